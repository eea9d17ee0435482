import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localeInfo, locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { PREFS_KEY, type DisplayPrefs } from '../../src/utils/preferences';
import { useBuiltSite } from '../helpers/site';

const site = useBuiltSite();

/** Every display mode a reader can choose, with the system's colour scheme it starts from. */
const modes: { name: string; colorScheme: 'light' | 'dark'; prefs?: DisplayPrefs }[] = [
  { name: 'light', colorScheme: 'light' },
  { name: 'dark', colorScheme: 'dark' },
  { name: 'low vision, black on white', colorScheme: 'light', prefs: { vision: 'bw' } },
  { name: 'low vision, white on black, no images', colorScheme: 'dark', prefs: { vision: 'wb', hideImages: true } },
];

/** One page of each frame: home, a report, an event, a region, search (no header search), not found. */
const pageTypes = ['', 'news/zhetysu-akim-lecture-mentorship/', 'master-classes/unified-upbringing-round-table/', 'regions/zhetysu/', 'search/', '404/'];

async function phone(width: number, mode: (typeof modes)[number] = modes[0]!): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ viewport: { width, height: 844 }, colorScheme: mode.colorScheme });
  if (mode.prefs) await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [PREFS_KEY, JSON.stringify(mode.prefs)]);
  return { context, page: await context.newPage() };
}

/**
 * The text a reader sees in an element: its text nodes that are drawn larger than a pixel, so
 * not text hidden for screen readers only (clipped to 1 px) nor text not rendered at all.
 */
function drawnText(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    const parent = node.parentElement!.getBoundingClientRect();
    if (Math.min(box.width, box.height, parent.width, parent.height) > 1) text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}
const shownText = (page: Page, selector: string) => page.locator(selector).evaluate(drawnText);

describe('the header on a 390 px phone', () => {
  it('takes at most 100 px before the content, in every language', async () => {
    const { context, page } = await phone(390);
    for (const locale of locales) {
      for (const type of ['', 'news/']) {
        await page.goto(`${site.url}/${locale}/${type}`);
        const layout = await page.evaluate(() => {
          const header = document.querySelector('header.site-header')!;
          // What follows the header on screen (its script draws nothing).
          let next = header.nextElementSibling;
          while (next?.tagName === 'SCRIPT') next = next.nextElementSibling;
          return { bottom: header.getBoundingClientRect().bottom, next: next?.tagName };
        });
        expect(layout.next, `/${locale}/${type}`).toBe('MAIN');
        expect(layout.bottom, `/${locale}/${type}`).toBeLessThanOrEqual(100);
      }
    }
    await context.close();
  });

  it('shows the languages and the version for the visually impaired, named in words, and the dark theme one tap away', async () => {
    const { context, page } = await phone(390);
    for (const locale of locales) {
      const t = dictionaries[locale];
      await page.goto(`${site.url}/${locale}/news/`);
      // Before any tap: every language, labelled, each link named in full for screen readers.
      expect(await shownText(page, 'nav.lang .lang-label')).toBe(`${t['lang.label']}:`);
      for (const l of locales) {
        const link = page.locator('header').getByRole('navigation', { name: t['lang.label'] }).getByRole('link', { name: localeInfo[l].endonym, exact: true });
        expect(await link.isVisible(), `${locale}: ${l}`).toBe(true);
        expect(await link.evaluate(drawnText)).toBe(localeInfo[l].abbr);
      }
      const vision = page.getByRole('button', { name: t['display.visionShort'], exact: true });
      expect(await vision.isVisible(), locale).toBe(true);
      expect(await vision.evaluate(drawnText)).toBe(t['display.visionShort']);
      const theme = page.getByRole('button', { name: t['display.darkTheme'], exact: true });
      expect(await theme.count(), `${locale}: the dark theme waits in the menu`).toBe(0);

      // One tap on the menu: the dark theme, in words.
      await page.getByRole('button', { name: t['nav.menu'], exact: true }).click();
      expect(await theme.isVisible(), locale).toBe(true);
      expect(await theme.evaluate(drawnText)).toBe(t['display.darkTheme']);
      // And each setting takes one more tap.
      await theme.click();
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      await vision.click();
      expect(await page.getAttribute('html', 'data-vision')).toBe('bw');
      await page.evaluate((key) => localStorage.removeItem(key), PREFS_KEY);
    }
    await context.close();
  });

  it('opens and closes the menu from the keyboard', async () => {
    const { context, page } = await phone(390);
    await page.goto(`${site.url}/ru/`);
    const menu = page.locator('[data-menu-button]');
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-menu-button'))).toBe(true);
    await context.close();
  });
});

describe('the header on a 1440 px screen', () => {
  it('shows the languages and both display settings in full words, with no menu button', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    for (const locale of locales) {
      const t = dictionaries[locale];
      await page.goto(`${site.url}/${locale}/news/`);
      for (const l of locales) expect(await shownText(page, `nav.lang a[data-locale="${l}"]`)).toBe(localeInfo[l].endonym);
      for (const name of [t['display.darkTheme'], t['display.vision']]) {
        const button = page.getByRole('button', { name, exact: true });
        expect(await button.isVisible(), `${locale}: ${name}`).toBe(true);
        expect(await button.evaluate(drawnText)).toBe(name);
      }
      expect(await page.locator('[data-menu-button]').isVisible()).toBe(false);
      expect(await page.locator('#main-nav a').first().isVisible()).toBe(true);
    }
    await context.close();
  });
});

describe('nothing is wider than a 320 px phone', () => {
  for (const mode of modes) {
    it(`in every language and frame, menu closed and open: ${mode.name}`, async () => {
      const { context, page } = await phone(320, mode);
      const wide: string[] = [];
      for (const locale of locales) {
        for (const type of pageTypes) {
          const path = `/${locale}/${type}`;
          await page.goto(site.url + path);
          if (mode.prefs) expect(await page.getAttribute('html', 'data-vision'), path).toBe(mode.prefs.vision);
          const closed = await page.evaluate(() => document.documentElement.scrollWidth);
          if (closed > 320) wide.push(`${path}: ${closed} px`);
          await page.locator('[data-menu-button]').click();
          const open = await page.evaluate(() => document.documentElement.scrollWidth);
          if (open > 320) wide.push(`${path}, menu open: ${open} px`);
        }
      }
      expect(wide).toEqual([]);
      await context.close();
    });
  }
});
