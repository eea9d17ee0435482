// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/i18n/locales.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'https://ulagat.kz',
  trailingSlash: 'always',
  // Separate caches let the test fixtures build beside the site without sharing content state.
  ...(process.env.ULAGAT_CACHE_DIR ? { cacheDir: process.env.ULAGAT_CACHE_DIR } : {}),
  build: { format: 'directory' },
  i18n: {
    locales: [...locales],
    defaultLocale,
    // Every locale has a prefix: src/middleware.ts applies Astro's i18n routing to all but /admin/.
    routing: 'manual',
  },
  integrations: [react()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
