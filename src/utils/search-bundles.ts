/** Folders of the search indexes inside the built site (written by scripts/search-index.ts). */
export const MAIN_BUNDLE = 'pagefind';
/** One language's bundle, `pagefind/kk`: indexed again only when that language's pages change. */
export const languageBundle = (lang: string) => `${MAIN_BUNDLE}/${lang}`;
/** The Kazakh pages with their text folded (see `foldKazakh`), for queries typed without the Kazakh letters. */
export const FOLDED_BUNDLE = 'pagefind-folded';
/** The language whose pages get a folded copy. */
export const FOLDED_LANGUAGE = 'kk';
/**
 * A filter only the folded copies carry. The search page merges the folded index into an
 * instance of the main bundle (to share its WebAssembly) and searches with this filter,
 * so the main index, which has no such page, adds nothing.
 */
export const FOLDED_FILTER = { key: 'index', value: 'folded' } as const;
