import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';

const site = useBuiltSite();

describe('the root page in Chromium', () => {
  it('sends a reader to their browser language', async () => {
    const context = await site.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForURL(/\/ru\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await context.close();
  });

  it('sends a reader with no site language to Kazakh', async () => {
    const context = await site.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForURL(/\/kk\/$/);
    await context.close();
  });

  it('prefers the language the reader chose in the switcher over the browser’s', async () => {
    const context = await site.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${site.url}/ru/news/`);
    await page.click('nav.lang a[data-locale="en"]');
    await page.waitForURL(/\/en\/news\/$/);
    expect(await page.textContent('h1')).toBe('News');
    await page.goto(`${site.url}/`);
    await page.waitForURL(/\/en\/$/);
    await context.close();
  });

  it('shows three language links when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(page.url()).toBe(`${site.url}/`);
    expect(await page.locator('main a').allTextContents()).toHaveLength(3);
    await context.close();
  });
});
