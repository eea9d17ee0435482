import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../src/i18n/ui';
import { interpolate } from '../../src/utils/search-text';
import { useBuiltSite } from '../helpers/site';
import { fileFor } from '../helpers/html';
import { dist } from '../helpers/paths';
import { pageSearch, plainSearch } from '../search/eval';

const site = useBuiltSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
});

async function open(path: string): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(site.url + path);
  return { page, requests };
}

/** Waits until the search for the current URL has finished. */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-search-results]');
    const status = document.querySelector('[data-search-count]');
    return list && !list.hasAttribute('aria-busy') && status?.textContent;
  });
}
/** Opens the filters, as a reader would, if they are closed. */
async function openFilters(page: Page) {
  if (!(await page.locator('details[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open))) {
    await page.click('details[data-search-filters] summary');
  }
}
const resultPaths = (page: Page) => page.locator('.result h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const status = (page: Page) => page.locator('[data-search-count]').innerText();

/**
 * Every word shown under a result is a word of that page as served: excerpts never show the
 * folded words the Kazakh index holds after a page's text.
 */
async function expectExcerptsFromPages(page: Page) {
  const shown = await page.locator('.result').evaluateAll((results) =>
    results.map((r) => ({ path: new URL(r.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname, text: r.querySelector('.result-excerpt')!.textContent ?? '' })),
  );
  expect(shown.length).toBeGreaterThan(0);
  for (const { path, text } of shown) {
    const html = readFileSync(fileFor(dist, path)!, 'utf8').toLowerCase();
    for (const word of text.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []) expect(html, `${path}: "${word}" in "${text}"`).toContain(word);
  }
}

describe('search in Chromium', () => {
  it('finds the Russian article for an inflected Russian query, and nothing in other languages', async () => {
    const { page } = await open('/ru/search/');
    const found = await pageSearch(page, 'менторов');
    expect(found).toContain('/ru/news/zhetysu-mentors-figures/');
    expect(found.every((p) => p.startsWith('/ru/'))).toBe(true);
    // "Kazinform" is in the Kazakh and English articles too; the Russian page still lists only Russian ones.
    for (const l of ['kk', 'en']) expect(readFileSync(fileFor(dist, `/${l}/news/zhetysu-mentors-figures/`)!, 'utf8')).toContain('Kazinform');
    const kazinform = await pageSearch(page, 'Kazinform');
    expect(kazinform.length).toBeGreaterThan(0);
    expect(kazinform.every((p) => p.startsWith('/ru/'))).toBe(true);
    // The count in the page's language with its real plural form, as i18next gives it.
    expect(await status(page)).toBe(useTranslations('ru')('search.status', { count: kazinform.length, query: 'Kazinform' }));
    await page.close();
  });

  it('finds the Kazakh entry for an inflected Kazakh query that plain Pagefind misses', async () => {
    const { page } = await open('/kk/search/');
    const plain = await plainSearch(page, 'тәлімгерлерге');
    expect(plain).not.toContain('/kk/news/zhetysu-akim-lecture-mentorship/');
    const found = await pageSearch(page, 'тәлімгерлерге');
    expect(found).toEqual(expect.arrayContaining(['/kk/news/zhetysu-akim-lecture-mentorship/', '/kk/news/zhetysu-mentors-figures/', '/kk/projects/zhetysu-mentorship/']));
    expect(found.every((p) => p.startsWith('/kk/'))).toBe(true);
    // The excerpt highlights the matched word, as text, not markup from the page.
    const marks = await page.locator('.result-excerpt mark').allInnerTexts();
    expect(marks.some((m) => m.toLowerCase().startsWith('тәлімгер'))).toBe(true);
    expect(await page.locator('.result-excerpt *:not(mark)').count()).toBe(0);
    // The mark ends with the word, not with the full stop or colon after it; a cut sentence shows "…".
    expect(marks.filter((m) => !/[\p{L}\p{N}]$/u.test(m))).toEqual([]);
    expect((await page.locator('.result-excerpt').allInnerTexts()).some((text) => text.startsWith('…'))).toBe(true);
    await page.close();
  });

  it('finds Kazakh text typed in Latin letters or without the Kazakh letters, and says so', async () => {
    const { page, requests } = await open('/kk/search/');
    expect(await pageSearch(page, 'tälımgerler')).toContain('/kk/news/zhetysu-mentors-figures/');
    expect(await page.locator('[data-search-note]').innerText()).toBe(interpolate(dictionaries.kk['search.latinNote'], { query: 'тәлімгерлер' }));
    // Typed without the Kazakh letters: found by the folded words the Kazakh index holds after each page's text.
    expect(await pageSearch(page, 'талимгерлер')).toContain('/kk/news/zhetysu-mentors-figures/');
    expect(await page.locator('[data-search-note]').innerText()).toBe(dictionaries.kk['search.foldedNote']);
    // A folded match shows the entry's summary with the matching words marked, never the folded words themselves.
    expect((await page.locator('.result-excerpt mark').allInnerTexts()).some((m) => m.startsWith('тәлімгер'))).toBe(true);
    await expectExcerptsFromPages(page);
    // Pages matched in their text and pages matched only by folded words, in one list.
    const qazyna = await pageSearch(page, 'Казына ансамбли');
    expect(qazyna.sort()).toEqual(['/kk/master-classes/school-of-moms-qazyna-concert/', '/kk/news/school-of-moms-qazyna-new-school-year/', '/kk/projects/school-of-moms/']);
    await expectExcerptsFromPages(page);
    const mektep = await pageSearch(page, 'мектеп');
    expect(mektep.length).toBeGreaterThan(3);
    await expectExcerptsFromPages(page);
    // One index, one copy of Pagefind's WebAssembly; no second bundle.
    expect(requests.filter((r) => r.endsWith('.pagefind'))).toHaveLength(1);
    expect(requests.filter((r) => r.startsWith('/pagefind/') && !r.startsWith('/pagefind/kk/'))).toEqual([]);
    await page.close();
  });

  it('lists Kazakh entries by filter alone with their own text and no note', async () => {
    const { page } = await open('/kk/search/?type=news');
    await settled(page);
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-note]').innerText()).toBe('');
    await expectExcerptsFromPages(page);
    await page.close();
  });

  it('narrows the results with each filter', async () => {
    const { page } = await open('/kk/search/?q=балалар');
    await settled(page);
    const total = Number((await status(page)).match(/\d+/)![0]);
    expect(total).toBeGreaterThan(10);
    await openFilters(page);

    const narrowed = async (select: string, value: string) => {
      await page.selectOption(`select[name="${select}"]`, value);
      await page.waitForURL((url) => url.searchParams.get(select) === value);
      await settled(page);
      const count = Number((await status(page)).match(/\d+/)![0]);
      expect(count, `${select}=${value}`).toBeGreaterThan(0);
      expect(count, `${select}=${value}`).toBeLessThan(total);
      const metas = await page.locator('.result-meta').allInnerTexts();
      const links = await page.locator('.result a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      await page.selectOption(`select[name="${select}"]`, '');
      await settled(page);
      return Object.assign(metas, { links });
    };
    const news = await narrowed('type', 'news');
    expect(news.every((m) => m.startsWith(dictionaries.kk['search.kind.news']))).toBe(true);
    const region = await narrowed('region', 'zhetysu');
    expect(region.every((m) => m.includes('Жетісу облысы') || m.includes(dictionaries.kk['projects.allRegions']) || m === dictionaries.kk['search.kind.region'])).toBe(true);
    // The Myn Jasa! project: its page and the reports and events that name it.
    const project = await narrowed('project', 'myn-jasa');
    expect(project.links.length).toBeGreaterThan(0);
    expect(project.links.every((href) => /\/kk\/(projects\/myn-jasa|news\/myn-jasa-[a-z-]+)\/$/.test(href)), project.links.join(' ')).toBe(true);
    const year = await narrowed('year', '2021');
    expect(year.every((m) => m.includes('2021'))).toBe(true);
    await page.close();
  });

  it('sorts by date, newest or oldest first, with undated regions last', async () => {
    const { page } = await open('/kk/search/?q=Жетісу&sort=newest');
    await settled(page);
    // A sort in the URL opens the filters, so the reader sees what is applied.
    expect(await page.locator('details[data-search-filters]').getAttribute('open')).toBe('');
    const iso = async () =>
      page.locator('.result').evaluateAll((items) => items.map((i) => i.querySelector('.result-meta span:nth-child(2)')?.textContent ?? ''));
    const newest = await iso();
    expect(newest[0]).toBe('2026 ж. 12 желтоқсан');
    await page.selectOption('select[name="sort"]', 'oldest');
    await page.waitForURL(/sort=oldest/);
    await settled(page);
    const oldest = await iso();
    // The mentorship project, started in September 2023 (the Myn Jasa! plan, dated 2021, no longer names Zhetysu).
    expect(oldest[0]).toBe('2023 жылғы қыркүйек');
    const kinds = await page.locator('.result-meta span:first-child').allInnerTexts();
    expect(kinds.at(-1)).toBe(dictionaries.kk['search.kind.region']);
    await page.close();
  });

  it('shows the translated message when nothing is found', async () => {
    for (const l of ['kk', 'ru', 'en'] as const) {
      const { page } = await open(`/${l}/search/?q=zzxqv`);
      await settled(page);
      expect(await status(page)).toBe(interpolate(dictionaries[l]['search.none'], { query: 'zzxqv' }));
      expect(await page.locator('.result').count()).toBe(0);
      await page.close();
    }
  });

  it('keeps the search in the URL: reload restores it, Back returns to the previous one', async () => {
    const { page } = await open('/kk/search/');
    await pageSearch(page, 'аналар');
    await openFilters(page);
    await page.selectOption('select[name="type"]', 'event');
    await page.waitForURL(/type=event/);
    await settled(page);
    const filtered = await resultPaths(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((p) => p.startsWith('/kk/master-classes/'))).toBe(true);

    await page.reload();
    await settled(page);
    expect(await page.inputValue('#search-q')).toBe('аналар');
    expect(await page.inputValue('select[name="type"]')).toBe('event');
    expect(await resultPaths(page)).toEqual(filtered);
    // The language switcher keeps the search, so the reader can repeat it in Russian.
    expect(await page.getAttribute('nav.lang a[data-locale="ru"]', 'href')).toBe('/ru/search/?q=%D0%B0%D0%BD%D0%B0%D0%BB%D0%B0%D1%80&type=event');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('type'));
    await settled(page);
    expect(await page.inputValue('select[name="type"]')).toBe('');
    expect((await resultPaths(page)).length).toBeGreaterThan(filtered.length);
    await page.close();
  });

  it('fetches no search file on other pages, and only on demand on the search page', async () => {
    for (const path of ['/kk/', '/ru/news/zhetysu-akim-lecture-mentorship/', '/en/regions/zhetysu/']) {
      const { page, requests } = await open(path);
      await page.focus('#site-search-q');
      await page.keyboard.type('mentor');
      await page.waitForTimeout(400);
      expect(requests.filter((r) => r.includes('pagefind')), path).toEqual([]);
      await page.close();
    }
    const { page, requests } = await open('/kk/search/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.includes('pagefind'))).toEqual([]);
    await page.focus('#search-q');
    await page.waitForResponse((r) => r.url().endsWith('/pagefind/kk/pagefind.js'));
    await page.close();
  });

  it('says it is searching when the first search is slow', async () => {
    const { page } = await open('/kk/search/');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
    await page.fill('#search-q', 'тәлімгер');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction((text) => document.querySelector('[data-search-count]')?.textContent === text, dictionaries.kk['search.loading']);
    await settled(page);
    expect(await status(page)).toMatch(/нәтиже табылды$/);
    await cdp.detach();
    await page.close();
  });

  it('takes a search from the header form of any page', async () => {
    const { page } = await open('/ru/regions/abai/');
    await page.fill('#site-search-q', 'менторов');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/ru\/search\/\?q=/);
    await settled(page);
    expect(await resultPaths(page)).toContain('/ru/news/zhetysu-mentors-figures/');
    await page.close();
  });

  it('works from the keyboard and fits a 320 px phone', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await phone.newPage();
    await page.goto(`${site.url}/en/search/`);
    await page.focus('#search-q');
    await page.keyboard.type('mentors');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await status(page)).toMatch(/^\d+ results? for “mentors”$/);
    // Tab moves to the filters, Enter opens them, Tab goes on through them to the results.
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      if (i === 1) await page.keyboard.press('Enter');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          if (el?.closest('.result')) return 'result';
          return el?.getAttribute('name') ?? el?.tagName.toLowerCase() ?? '';
        }),
      );
    }
    expect(order).toEqual(['button', 'summary', 'type', 'region', 'project', 'year', 'sort', 'result']);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await phone.close();
  });
});
