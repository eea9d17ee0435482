/** Folders of the search indexes inside the built site (written by scripts/search-index.ts). */
export const MAIN_BUNDLE = 'pagefind';
/** The Kazakh pages with their text folded (see `foldKazakh`), for queries typed without the Kazakh letters. */
export const FOLDED_BUNDLE = 'pagefind-folded';
/** The language whose pages get a folded copy. */
export const FOLDED_LANGUAGE = 'kk';
