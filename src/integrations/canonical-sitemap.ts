/**
 * `@astrojs/sitemap`, told which pages are canonical. It reads the built pages, so the rule is
 * the one the pages themselves state: only a page whose canonical is its own URL is listed, and
 * hreflang links join only listed pages, i.e. real translations; `x-default` is added to each group.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales } from '../i18n/locales';
import { hreflangOf } from '../utils/seo';
import { withXDefault } from '../utils/sitemap';
import { isCanonicalPage } from './canonical-pages';

export function canonicalSitemap(): AstroIntegration[] {
  let outDir: string | undefined;
  // Runs before the sitemap's own build hook (integrations run in order) and notes where the pages are.
  const locate: AstroIntegration = {
    name: 'ulagat:sitemap-out-dir',
    hooks: {
      'astro:build:done': ({ dir }) => {
        outDir = fileURLToPath(dir);
      },
    },
  };
  return [
    locate,
    sitemap({
      filter: (url) => {
        if (!outDir) throw new Error('The sitemap filter ran before the build folder was known.');
        return isCanonicalPage(outDir, url);
      },
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, hreflangOf(l)])) },
      serialize: (item) => withXDefault(item),
    }),
  ];
}
