import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser';

/**
 * For a browser test file: the fixture site as the run's one preview server serves it
 * (`build-site.ts`), and Chromium, started before the tests and closed after. Read `site.url`
 * and `site.browser` inside tests.
 */
export function useBuiltSite(): { url: string; browser: Browser } {
  const site = { url: inject('siteUrl') } as { url: string; browser: Browser };
  beforeAll(async () => {
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
  });
  return site;
}
