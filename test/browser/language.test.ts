import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, preview } from '../helpers/browser';

let browser: Browser;
let server: { url: string; stop: () => void };

beforeAll(async () => {
  server = await preview();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe('the root page in Chromium', () => {
  it('sends a reader to their browser language', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/ru\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await context.close();
  });

  it('sends a reader with no site language to Kazakh', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/kk\/$/);
    await context.close();
  });

  it('prefers the language the reader chose in the switcher over the browser’s', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${server.url}/ru/news/`);
    await page.click('nav.lang a[data-locale="en"]');
    await page.waitForURL(/\/en\/news\/$/);
    expect(await page.textContent('h1')).toBe('News');
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/en\/$/);
    await context.close();
  });

  it('shows three language links when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect(page.url()).toBe(`${server.url}/`);
    expect(await page.locator('main a').allTextContents()).toHaveLength(3);
    await context.close();
  });
});
