// @ts-check
import { unified } from '@astrojs/markdown-remark';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { markdownRehypePlugins } from './src/utils/sanitize.ts';
import { canonicalSitemap } from './src/integrations/canonical-sitemap.ts';
import { cmsBundle } from './src/integrations/cms-bundle.ts';
import { localeNotFound } from './src/integrations/locale-not-found.ts';
import { pruneOutput } from './src/integrations/prune-output.ts';
import { MAIN_BUNDLE } from './src/utils/search-bundles.ts';
import { cacheDir } from './src/build/cache.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'https://ulagat.kz',
  trailingSlash: 'always',
  // Astro's cache (content store, incremental build) goes through the one cache module; a test
  // fixture builds with its own (ULAGAT_ASTRO_CACHE) beside the site without sharing content state.
  cacheDir: cacheDir('astro'),
  build: { format: 'directory', concurrency: 4 },
  i18n: {
    locales: [...locales],
    defaultLocale,
    // Every locale has a prefix: src/middleware.ts applies Astro's i18n routing to all but /admin/.
    routing: 'manual',
  },
  markdown: {
    // Raw HTML in Markdown is parsed and cleaned against an allowlist (src/utils/sanitize.ts).
    // No smartypants: it turned straight quotes into English “curly” ones in Russian and Kazakh
    // text too (which use «ёлочки»), and it was over half of all Markdown rendering time.
    processor: unified({ rehypePlugins: [...markdownRehypePlugins], smartypants: false }),
    // Shiki colours code with inline styles, which the CSP forbids; news has no code blocks.
    syntaxHighlight: false,
  },
  security: {
    // A strict Content-Security-Policy in a <meta> on every page: scripts and styles only
    // from this site or by hash (Astro computes them); no inline event handlers, no eval.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob: https:",
        "font-src 'self'",
        'frame-src https://www.youtube-nocookie.com',
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // cmsBundle copies its files into dist/ before pruneOutput looks for files the build did not write.
  integrations: [react(), ...canonicalSitemap(), cmsBundle(), localeNotFound(), pruneOutput([MAIN_BUNDLE])],
  // Pages drawn from one entry (reports, events, posters, preview cards) carry a `cacheKey`
  // (src/content/query.ts, src/pages/og/): a rebuild keeps those whose key and code are
  // unchanged from the previous build instead of rendering them again. dist/ is not emptied
  // first, so a kept page stays in place; pruneOutput removes what the build no longer makes.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      emptyOutDir: false,
      // Scripts go in files, cached across pages: inline, each was in every page's HTML with its
      // hash in every page's CSP (docs/performance.md). Other assets keep Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
