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

/** What a page's stored search data (a Pagefind fragment) holds that `withoutFoldedText` reads and changes. */
export interface StoredFragment {
  url: string;
  content: string;
  anchors: { id: string; location: number }[];
}

/**
 * A Kazakh page's stored search data with its folded words replaced by `~`, one for each.
 * The index still holds the folded words, so queries find the page by them; the search page
 * never shows them (`resultText`), and they were about a third of what a reader fetches per
 * result. Word positions stay as they were (Pagefind splits the text on white space), so the
 * anchor and every match location still point at the same words. Data without the anchor is
 * returned as it is.
 */
export function withoutFoldedText<T extends StoredFragment>(fragment: T): T {
  const anchor = fragment.anchors.find((a) => a.id === FOLDED_ANCHOR);
  if (!anchor) return fragment;
  // Words at even indexes, the white space between them at odd ones: the words are numbered as Pagefind numbers them.
  const pieces = fragment.content.split(/([\r\n\s]+)/);
  if (pieces[2 * anchor.location] !== '~') {
    throw new Error(`${fragment.url}: word ${anchor.location} of the stored text is not the heading of the folded words. Fix: check what Pagefind's new version stores, then this function.`);
  }
  const content = pieces.map((piece, i) => (i > 2 * anchor.location && i % 2 === 0 && piece ? '~' : piece)).join('');
  return { ...fragment, content };
}
