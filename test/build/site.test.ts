import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { collectionNames, kinds } from '../../src/model/collections';
import { slugsOnDisk } from '../helpers/content';
import { fileFor, htmlPages, load, visibleText } from '../helpers/html';
import { dist } from '../helpers/paths';

const pages = htmlPages(dist);
const localeOf = (path: string) => locales.find((l) => path.startsWith(`/${l}/`));
const localePages = pages.filter((p) => localeOf(p.path));
/** Printable posters have no site chrome, and their canonical is the event page they stand for. */
const isPoster = (path: string) => path.endsWith('/poster/');

/** The fixture's events still to come at TEST_NOW, soonest first. */
const upcoming = ['mentors-meetup', 'winter-workshop', 'open-day'];

describe('routes', () => {
  const expected: string[] = [];
  for (const l of locales) {
    expected.push(`/${l}/`, `/${l}/master-classes/archive/`, `/${l}/search/`, `/${l}/404/`);
    for (const collection of collectionNames) {
      const { segment, list } = kinds[collection];
      if (list) expected.push(`/${l}/${segment}/`);
      for (const slug of slugsOnDisk(collection)) expected.push(segment ? `/${l}/${segment}/${slug}/` : `/${l}/${slug}/`);
    }
  }

  it('exist for every entry and section in all three locales', () => {
    const missing = expected.filter((path) => !fileFor(dist, path));
    expect(missing).toEqual([]);
    expect(expected.length).toBeGreaterThan(3 * (20 + 3 + 6 + 3));
  });

  it('include the root chooser and the site-wide 404', () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });

  it('give every locale the same set of pages', () => {
    const strip = (p: string) => p.slice(`/${localeOf(p)}`.length);
    const byLocale = locales.map((l) => pages.filter((p) => p.path.startsWith(`/${l}/`)).map((p) => strip(p.path)).sort());
    expect(byLocale[1]).toEqual(byLocale[0]);
    expect(byLocale[2]).toEqual(byLocale[0]);
  });
});

describe('every locale page', () => {
  it('has <html lang> equal to its locale prefix', () => {
    const wrong = localePages.filter((p) => load(p.file).querySelector('html')?.getAttribute('lang') !== p.path.split('/')[1]);
    expect(wrong.map((p) => p.path)).toEqual([]);
    expect(localePages.length).toBeGreaterThan(100);
  });

  it('has a language switcher whose links all resolve to built pages', () => {
    const broken: string[] = [];
    for (const p of localePages.filter((p) => !isPoster(p.path))) {
      const links = load(p.file).querySelectorAll('nav.lang a[data-locale]');
      expect(links.length, p.path).toBe(3);
      for (const a of links) {
        const href = a.getAttribute('href')!;
        if (!fileFor(dist, href)) broken.push(`${p.path} → ${href}`);
        expect(href.startsWith(`/${a.getAttribute('data-locale')}/`), href).toBe(true);
      }
    }
    expect(broken).toEqual([]);
  });

  it('switches to the same entry in the other language', () => {
    const doc = load(fileFor(dist, '/ru/news/zhetysu-akim-lecture-mentorship/')!);
    const kk = doc.querySelector('nav.lang a[data-locale="kk"]')!.getAttribute('href');
    expect(kk).toBe('/kk/news/zhetysu-akim-lecture-mentorship/');
    expect(load(fileFor(dist, kk!)!).querySelector('h1')!.textContent).toMatch(/Жетісу/);
  });

  it('never shows a raw UI key', () => {
    const keys = Object.keys(dictionaries.en).map((k) => k.replace(/_(one|few|many|other)$/, ''));
    const prefixes = [...new Set(keys.map((k) => k.split('.')[0]))].join('|');
    const pattern = new RegExp(`\\b(?:${prefixes})\\.[a-z][\\w.-]*`);
    for (const p of pages) {
      const text = visibleText(load(p.file));
      const hit = keys.find((k) => text.includes(k)) ?? pattern.exec(text)?.[0];
      expect(hit, `${p.path} shows "${hit}"`).toBeUndefined();
    }
  });

  it('has a title, a description and a canonical URL on the page itself', () => {
    for (const p of localePages) {
      const doc = load(p.file);
      expect(doc.querySelector('title')?.textContent.trim(), p.path).toBeTruthy();
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), p.path).toBeTruthy();
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      // A page shown in another language names the original; a poster names its event's canonical page.
      // A language's 404.html is a copy of its /404/ page, for static hosts (test/build/not-found.test.ts).
      const own = isPoster(p.path) ? p.path.replace(/poster\/$/, '') : p.path.replace(/\/404\.html$/, '/404/');
      const shown = isPoster(p.path) ? load(fileFor(dist, own)!) : doc;
      const fallback = shown.querySelector('[data-fallback-notice]')?.getAttribute('data-fallback-notice');
      expect(new URL(canonical!).pathname, p.path).toBe(fallback ? `/${fallback}/${own.split('/').slice(2).join('/')}` : own);
    }
  });
});

describe('regions', () => {
  // The 20 regions of Kazakhstan since June 2022, as ../shared/glossary.md lists them.
  const kkNames = [
    'Абай облысы', 'Ақмола облысы', 'Ақтөбе облысы', 'Алматы облысы', 'Атырау облысы', 'Батыс Қазақстан облысы',
    'Жамбыл облысы', 'Жетісу облысы', 'Қарағанды облысы', 'Қостанай облысы', 'Қызылорда облысы', 'Маңғыстау облысы',
    'Павлодар облысы', 'Солтүстік Қазақстан облысы', 'Түркістан облысы', 'Ұлытау облысы', 'Шығыс Қазақстан облысы',
    'Астана', 'Алматы', 'Шымкент',
  ];

  it('has a page for each of the 20 regions in every locale', () => {
    for (const l of locales) {
      const regionPages = pages.filter((p) => new RegExp(`^/${l}/regions/[a-z-]+/$`).test(p.path));
      expect(regionPages.length, l).toBe(20);
      for (const p of regionPages) {
        const doc = load(p.file);
        // The fixture's Ulytau Region has no English text yet: its English page shows the Kazakh one.
        const untranslated = p.path === '/en/regions/ulytau/';
        expect(doc.querySelector('[data-fallback-notice]') === null, `${p.path} is a translation`).toBe(!untranslated);
        expect(doc.querySelector('h1')?.textContent.trim(), p.path).toBeTruthy();
      }
    }
    const kkTitles = pages
      .filter((p) => /^\/kk\/regions\/[a-z-]+\/$/.test(p.path))
      .map((p) => load(p.file).querySelector('h1')!.textContent.trim())
      .sort();
    expect(kkTitles).toEqual([...kkNames].sort());
  });

  it('lists 17 oblasts and 3 cities on the index', () => {
    const doc = load(fileFor(dist, '/en/regions/')!);
    const groups = doc.querySelectorAll('.regions section');
    expect(groups.map((g) => g.querySelectorAll('li').length)).toEqual([17, 3]);
  });

  it('shows Zhetysu’s mentor figures, its news, events and projects', () => {
    const doc = load(fileFor(dist, '/ru/regions/zhetysu/')!);
    expect(doc.querySelectorAll('.figures strong').map((n) => n.textContent)).toEqual(['31', '37', '48']);
    const links = (collection: string) => doc.querySelectorAll(`section[data-related="${collection}"] article a`).map((a) => a.getAttribute('href'));
    expect(links('news')).toContain('/ru/news/round-table/');
    expect(links('events')).toContain('/ru/master-classes/mentors-meetup/');
    expect(links('projects')).toContain('/ru/projects/zhetysu-mentorship/');
  });
});

describe('dates and events', () => {
  it('formats news dates in the page’s locale, the Kazakh one as a Kazakh editor writes it', () => {
    const times = locales.map((l) => load(fileFor(dist, `/${l}/news/school-of-moms-republic-day/`)!).querySelector('.facts time')!);
    expect(times.map((t) => t.textContent)).toEqual(['2025 жылғы 25 қазан', '25 октября 2025 г.', '25 October 2025']);
    expect(times[0]!.getAttribute('datetime')).toBe('2025-10-25');
  });

  it('shows event times in Kazakhstan time with the +05:00 offset', () => {
    const doc = load(fileFor(dist, '/en/master-classes/unified-upbringing-round-table/')!);
    const time = doc.querySelector('.facts time')!;
    expect(time.getAttribute('datetime')).toBe('2025-10-25T11:00:00+05:00');
    expect(time.textContent).toMatch(/11:00.*12:30/);
  });

  it('lists upcoming events first, soonest first, puts past ones in the archive and says they are past', () => {
    const archive = load(fileFor(dist, '/kk/master-classes/archive/')!);
    expect(archive.querySelectorAll('article').length).toBe(slugsOnDisk('events').length - upcoming.length);
    const index = load(fileFor(dist, '/kk/master-classes/')!);
    const soon = index.querySelectorAll('section[aria-labelledby="upcoming"] article h3 a').map((a) => a.getAttribute('href'));
    expect(soon).toEqual(upcoming.map((slug) => `/kk/master-classes/${slug}/`));
    const event = load(fileFor(dist, '/ru/master-classes/seven-facets-master-classes/')!);
    expect(event.querySelector('[data-event-past]')?.textContent).toBe(dictionaries.ru['events.isPast']);
  });

  it('counts with real plural forms', () => {
    const ru = visibleText(load(fileFor(dist, '/ru/news/')!));
    const n = slugsOnDisk('news').length;
    const form = n % 10 === 1 && n % 100 !== 11 ? 'новость' : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? 'новости' : 'новостей';
    expect(ru).toContain(`${n} ${form}`);
  });
});

describe('root page', () => {
  it('offers the three languages as plain links without JavaScript', () => {
    const doc = load(join(dist, 'index.html'));
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/kk/', '/ru/', '/en/']);
  });
});
