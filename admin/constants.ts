/** Names shared by the config generator (build time) and the admin script (browser). */

/** The custom format the admin registers: `src/content/frontmatter.ts`. */
export const CONTENT_FORMAT = 'ulagat-markdown';
/** Set on a new entry just before its first save; names its file and is never written to it. */
export const NEW_SLUG_FIELD = '__newSlug';
export const MEDIA_FOLDER = 'content/media';
/** Entries sit at content/<collection>/<locale>/<slug>.md, so this reaches content/media. */
export const PUBLIC_FOLDER = '../../media';
/** Where the interface language the editor picked is remembered. */
export const UI_LOCALE_STORAGE_KEY = 'ulagat-cms-locale';
