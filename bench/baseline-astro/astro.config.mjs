// The minimal-Astro baseline: the same Markdown, content rendering only, no features.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro-baseline',
  devToolbar: { enabled: false },
});
