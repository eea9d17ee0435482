/** Folders of the search indexes inside the built site (written by scripts/search-index.ts). */
export const MAIN_BUNDLE = 'pagefind';
/** One language's bundle, `pagefind/kk`: indexed again only when that language's pages change. */
export const languageBundle = (lang: string) => `${MAIN_BUNDLE}/${lang}`;
/** The language whose pages are also indexed with their words folded (see `foldKazakh`). */
export const FOLDED_LANGUAGE = 'kk';
/**
 * Id of the heading the index builder puts before a Kazakh page's folded words. Pagefind
 * reports it among the page's anchors with its word position, so the search page can tell
 * a match in the page's own text from one in its folded words.
 */
export const FOLDED_ANCHOR = 'ulagat-folded-words';
