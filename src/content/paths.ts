import { resolve } from 'node:path';

/**
 * Folder that holds `content/<collection>/<locale>/<slug>.md`.
 * `ULAGAT_CONTENT_DIR` points a build at another folder (the test fixtures use it).
 */
export const contentDir = resolve(process.env.ULAGAT_CONTENT_DIR ?? 'content');
