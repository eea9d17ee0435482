import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, preview } from './browser';

/**
 * For a browser test file: serves the built dist/ and starts Chromium before the tests, and
 * stops both after. Read `site.url` and `site.browser` inside tests.
 */
export function useBuiltSite(): { url: string; browser: Browser } {
  const site = {} as { url: string; browser: Browser };
  let stop: (() => void) | undefined;
  beforeAll(async () => {
    const server = await preview();
    stop = server.stop;
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    stop?.();
  });
  return site;
}
