/**
 * Each language's "not found" page where static hosts look for it.
 *
 * The site builds a 404 page per language at `/<locale>/404/` (`src/pages/[locale]/404.astro`)
 * and a trilingual one at `/404.html` for addresses outside any language. Hosts that serve the
 * nearest `404.html` up the path (Cloudflare Pages), or are told to serve a file for misses under
 * a prefix (`netlify.toml`, `deploy/nginx.conf`), need each language's page as
 * `/<locale>/404.html`: this writes it, once the build is done, as a copy of the built page.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales';

/** The page the site builds for a language's "not found", relative to the output folder. */
export const builtNotFound = (locale: string) => `${locale}/404/index.html`;
/** Where hosts look for it. */
export const servedNotFound = (locale: string) => `${locale}/404.html`;

export function localeNotFound(): AstroIntegration {
  return {
    name: 'ulagat:locale-not-found',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        for (const locale of locales) {
          const built = new URL(builtNotFound(locale), dir);
          if (!existsSync(built)) {
            throw new Error(`${fileURLToPath(built)} was not built: src/pages/[locale]/404.astro must make a "not found" page for every language, so that hosts can serve /${servedNotFound(locale)}.`);
          }
          writeFileSync(new URL(servedNotFound(locale), dir), readFileSync(built));
        }
        logger.info(`Wrote ${locales.map((l) => `/${servedNotFound(l)}`).join(', ')}`);
      },
    },
  };
}
