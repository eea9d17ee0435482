import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales';
import { root } from '../helpers/paths';
import { useBuiltSite } from '../helpers/site';

/**
 * Phone and desktop screenshots of every page type a reader meets first, in every language,
 * into test/.output/screenshots/ (not committed) for a person to look at; and the checks of what
 * would break visibly: the page scrolls sideways, a photo or its caption is missing, a picture
 * appears where there is no photo, the side column is not where the layout puts it.
 */
const site = useBuiltSite();
const out = join(root, 'test/.output/screenshots');
mkdirSync(out, { recursive: true });

const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
} as const;

/** A Kazakh inflected word, a Russian and an English one: each finds the mentorship reports. */
const searchWords: Record<Locale, string> = { kk: 'тәлімгерлерге', ru: 'менторов', en: 'mentors' };

const pages = {
  home: () => '',
  /** A report without a photo: the text-first layout. */
  'news-text': () => 'news/zhetysu-akim-lecture-mentorship/',
  /** A report with its own photo, caption and credit (test/fixtures/site/content/media/LICENSES.md). */
  'news-photo': () => 'news/dune-photo-marathon/',
  event: () => 'master-classes/greening-day/',
  region: () => 'regions/zhetysu/',
  search: (l: Locale) => `search/?q=${encodeURIComponent(searchWords[l])}`,
  '404': () => '404/',
} satisfies Record<string, (l: Locale) => string>;
type PageName = keyof typeof pages;

/** The photos' authors, as the fixture entries credit them. */
const credits: Partial<Record<PageName, string>> = { 'news-photo': 'Marco Cogoni', event: 'Timothy Schellhase' };

async function settle(page: Page, name: PageName) {
  if (name === 'search') {
    await page.waitForFunction(() => {
      const list = document.querySelector('[data-search-results]');
      return list && !list.hasAttribute('aria-busy') && document.querySelector('[data-search-count]')?.textContent;
    });
  }
  // Every image that is in the page loaded (lazy ones too: a full-page screenshot shows them).
  await page.evaluate(async () => {
    for (const img of document.querySelectorAll('img')) img.loading = 'eager';
    await Promise.all([...document.images].map((img) => (img.complete ? null : new Promise((r) => img.addEventListener('load', r, { once: true })))));
    await document.fonts.ready;
  });
}

const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY };
  });

// Phone and desktop side by side, one browser tab each, so both cores work.
describe.concurrent('screenshots at phone and desktop size', () => {
  for (const [device, viewport] of Object.entries(viewports)) {
    it(`${device} (${viewport.width}×${viewport.height}): every page type in every language`, async () => {
      const context = await site.browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light' });
      const page = await context.newPage();
      const problems: string[] = [];
      try {
        for (const locale of locales) {
          for (const [name, pathOf] of Object.entries(pages) as [PageName, (l: Locale) => string][]) {
            const path = `/${locale}/${pathOf(locale)}`;
            const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
            expect(response?.ok(), path).toBe(true);
            await settle(page, name);
            await page.screenshot({ path: join(out, `${name}-${locale}-${device}.png`), fullPage: true });

            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            if (overflow > 0) problems.push(`${path}: scrolls sideways by ${overflow}px`);

            const credit = credits[name];
            if (credit) {
              const figure = page.locator('article.entry figure.cover-figure');
              const shown = await figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().height > 100);
              if (!shown) problems.push(`${path}: the photo is not shown`);
              const caption = (await figure.locator('figcaption').innerText()).trim();
              if (!caption.includes(credit) || caption.length <= credit.length + 10) problems.push(`${path}: the caption says "${caption}"`);
            }
            if (name === 'news-text') {
              const images = await page.locator('main img').count();
              if (images > 0) problems.push(`${path}: ${images} picture(s) on a report without a photo`);
            }
            if (name === 'news-text' || name === 'news-photo' || name === 'event') {
              const text = await box(page, 'article.entry');
              const side = await box(page, '.entry-side');
              const beside = side.left >= text.right && side.top < text.bottom;
              const after = side.top >= text.bottom - 1 && Math.abs(side.left - text.left) < 2;
              if (device === 'desktop' ? !beside : !after) problems.push(`${path}: the side column is not ${device === 'desktop' ? 'beside' : 'after'} the text (${JSON.stringify({ text, side })})`);
            }
          }
        }
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    }, 300_000);
  }
});
