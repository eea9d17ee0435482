import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/ui';
import { useBuiltSite } from '../helpers/site';

const site = useBuiltSite();
const path = '/kk/news/myn-jasa-launch/';
const canonical = `https://ulagat.kz${path}`;


describe('share links in Chromium', () => {
  it('copy the page address to the clipboard and say so', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await page.click('[data-share-copy]');
    await expect.poll(() => page.textContent('[data-share-status]')).toBe(dictionaries.kk['share.copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    expect(page.url()).toBe(site.url + path); // the click did not navigate
    await context.close();
  });

  it('open the phone’s share sheet where navigator.share exists', async () => {
    const context = await site.browser.newContext({ isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 } });
    // Chromium on Linux has no share sheet: stand in for the phone's, recording what it was given.
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData[] }).shared = [...((window as unknown as { shared?: ShareData[] }).shared ?? []), data];
          return Promise.resolve();
        },
      });
    });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const button = page.locator('[data-share-native]');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.textContent()).toBe(dictionaries.kk['share.native']);
    await button.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ title: await page.locator('[data-share]').getAttribute('data-title'), url: canonical }]);
    await context.close();
  });

  it('show no share-sheet button on a desktop without one', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await page.waitForLoadState('load');
    expect(await page.locator('[data-share-native]').isVisible()).toBe(false);
    expect(await page.locator('[data-share] a[data-network]').count()).toBe(5);
    await context.close();
  });

  it('work as plain links with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + path);
    expect(await page.locator('[data-share-native]').isVisible()).toBe(false);
    const hrefs = await page.locator('[data-share] a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(6);
    expect(hrefs.at(-1)).toBe(canonical);
    for (const href of hrefs.slice(0, 5)) expect(decodeURIComponent(href)).toContain(canonical);
    await context.close();
  });
});
