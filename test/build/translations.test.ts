import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { digestTree, slugsOnDisk } from '../helpers/content';
import { fileFor, load } from '../helpers/html';
import { dist, siteBuild, siteContent } from '../helpers/paths';

/**
 * The fixture site's untranslated entries: a report in Russian only (`round-table`, with an empty
 * Kazakh file and an English file with shared fields only, as the CMS writes them), one in English
 * only (`english-only`), an event with a Kazakh file that has no text (`open-class`), a project in
 * Russian only (`parents-club`), and 13 reports in Russian only (`school-report-*`).
 */
const doc = (path: string) => load(fileFor(dist, path) ?? (() => { throw new Error(`${path} is not built`); })());
const log = () => readFileSync(siteBuild.log, 'utf8');

describe('untranslated and partial locale files', () => {
  it('build, reported as not translated yet rather than as errors', () => {
    expect(log()).toMatch(/news\/kk\/round-table\.md: not translated yet/);
    expect(log()).toMatch(/news\/en\/round-table\.md: not translated yet/);
    expect(log()).toMatch(/projects\/kk\/parents-club\.md: not translated yet/);
    // Exactly what the CMS writes for a language with no text: no fields at all, or shared fields and empty lists.
    expect(log()).toMatch(/news\/kk\/english-only\.md: not translated yet/);
    expect(log()).toMatch(/news\/ru\/english-only\.md: not translated yet/);
  });

  it('are left as they were: the build writes no content file', () => {
    expect(digestTree(siteContent)).toBe(readFileSync(siteBuild.contentBefore, 'utf8'));
  });

  it('serve the untranslated locale with a notice, the real language and a canonical to the original', () => {
    const d = doc('/kk/news/round-table/');
    expect(d.querySelector('html')!.getAttribute('lang')).toBe('kk');
    const notice = d.querySelector('[data-fallback-notice]');
    expect(notice?.getAttribute('data-fallback-notice')).toBe('ru');
    expect(notice?.textContent).toContain(dictionaries.kk['fallback.title']);
    expect(notice?.textContent).toContain(dictionaries.kk['lang.in.ru']);
    expect(d.querySelector('h1')!.getAttribute('lang')).toBe('ru');
    expect(d.querySelector('.entry-body')!.getAttribute('lang')).toBe('ru');
    expect(d.querySelector('.entry-body')!.textContent).toContain('только на русском');
    expect(d.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/\/ru\/news\/round-table\/$/);
    expect(d.querySelectorAll('link[rel="alternate"][hreflang]')).toHaveLength(0);
  });

  it('use the English notice on the English fallback page', () => {
    expect(doc('/en/news/round-table/').querySelector('[data-fallback-notice]')!.textContent).toContain('shown in Russian');
  });

  it('fall back to English when only English exists', () => {
    const d = doc('/ru/news/english-only/');
    expect(d.querySelector('[data-fallback-notice]')!.getAttribute('data-fallback-notice')).toBe('en');
    expect(d.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/\/en\/news\/english-only\/$/);
  });

  it('list only real translations as hreflang alternates on the original', () => {
    const d = doc('/ru/news/round-table/');
    expect(d.querySelector('[data-fallback-notice]')).toBeNull();
    expect(d.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'))).toEqual(['ru', 'x-default']);
    for (const href of d.querySelectorAll('nav.lang a').map((a) => a.getAttribute('href')!)) expect(fileFor(dist, href), href).toBeDefined();
  });

  it('are marked with their language in lists', () => {
    const card = doc('/kk/news/').querySelectorAll('article').find((a) => a.querySelector('a')?.getAttribute('href') === '/kk/news/round-table/');
    expect(card?.querySelector('h2')?.getAttribute('lang')).toBe('ru');
    expect(card?.querySelector('.chip')?.textContent).toContain(dictionaries.kk['lang.in.ru']);
  });

  it('keep a partial event stub out of the Kazakh text but still give it a page', () => {
    const d = doc('/kk/master-classes/open-class/');
    expect(d.querySelector('[data-fallback-notice]')).not.toBeNull();
    expect(d.querySelector('h1')!.textContent).toBe('Открытое занятие');
  });

  it('are listed with their missing languages on the translation status page', () => {
    const d = doc('/admin/translations/en/');
    const news = d.querySelector('section[data-collection="news"]')!;
    const states = (slug: string) =>
      Object.fromEntries(news.querySelectorAll(`tr[data-slug="${slug}"] td`).map((td) => [td.getAttribute('data-locale'), td.getAttribute('data-state')]));
    expect(states('round-table')).toEqual({ kk: 'missing', ru: 'ok', en: 'missing' });
    expect(states('english-only')).toEqual({ kk: 'missing', ru: 'missing', en: 'ok' });
    expect(news.querySelector('tr[data-slug="school-report-01"] td[data-locale="kk"]')?.getAttribute('data-state')).toBe('missing');
    // The fixture is in the repository: the ages of its files come from git.
    expect(d.querySelector('[data-history]')!.getAttribute('data-history')).toMatch(/^git/);
  });
});

describe('long lists', () => {
  it('paginate the news list in every locale, 12 a page', () => {
    const total = slugsOnDisk('news').length;
    const last = Math.ceil(total / 12);
    expect(last).toBeGreaterThan(2);
    for (const l of locales) {
      const first = doc(`/${l}/news/`);
      expect(first.querySelectorAll('article')).toHaveLength(12);
      expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/${l}/news/2/`);
      const second = doc(`/${l}/news/2/`);
      expect(second.querySelectorAll('article')).toHaveLength(12);
      expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/${l}/news/`);
      const end = doc(`/${l}/news/${last}/`);
      expect(end.querySelectorAll('article')).toHaveLength(total - 12 * (last - 1));
      expect(end.querySelector('a[rel="next"]')).toBeNull();
      expect(fileFor(dist, `/${l}/news/${last + 1}/`)).toBeUndefined();
    }
  });

  it("show a region's and a project's latest 12 reports, the count, and all of them in search", () => {
    for (const l of locales) {
      const section = doc(`/${l}/regions/zhetysu/`).querySelector('section[data-related="news"]')!;
      const titles = section.querySelectorAll('article h3').map((h) => h.textContent.trim());
      // 16 in the region: the 13 school reports, the round table (the newest) and the two Zhetysu reports (the oldest).
      expect(titles).toHaveLength(12);
      expect(titles.slice(0, 3)).toEqual(['Круглый стол «Единое воспитание»', 'Отчёт школы 13', 'Отчёт школы 12']);
      expect(titles).not.toContain('Отчёт школы 02');
      const more = section.querySelector('[data-related-more]')!;
      expect(more.textContent).toContain('12');
      expect(more.textContent).toContain('16');
      expect(more.querySelector('a')!.getAttribute('href')).toBe(`/${l}/search/?type=news&region=zhetysu&sort=newest`);
      const project = doc(`/${l}/projects/zhetysu-mentorship/`).querySelector('section[data-related="news"]')!;
      expect(project.querySelectorAll('article')).toHaveLength(12);
      expect(project.querySelector('[data-related-more] a')!.getAttribute('href')).toBe(`/${l}/search/?type=news&project=zhetysu-mentorship&sort=newest`);
    }
  });
});
