import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/ui';
import { digestTree } from '../helpers/content';
import { astroBuild, type BuildResult } from '../helpers/astro';
import { fileFor, load } from '../helpers/html';
import { root } from '../helpers/paths';

const fixture = (name: string) => join(root, 'test/fixtures', name, 'content');


describe('fixture: untranslated and partial locale files', () => {
  let build: BuildResult;
  let contentDir: string;
  let before: string;

  beforeAll(() => {
    // A copy, plus enough news to need a second list page.
    contentDir = join(mkdtempSync(join(tmpdir(), 'ulagat-fixture-')), 'content');
    cpSync(fixture('untranslated'), contentDir, { recursive: true });
    for (let i = 1; i <= 13; i++) {
      const day = String(i).padStart(2, '0');
      writeFileSync(
        join(contentDir, 'news/ru', `generated-${day}.md`),
        `---\ntitle: "Новость ${i}"\ndate: 2025-09-${day}\nsummary: "Краткое содержание ${i}."\nregion: zhetysu\nproject: school-of-moms\n---\nТекст ${i}.\n`,
      );
    }
    before = digestTree(contentDir);
    build = astroBuild({ contentDir, env: { ULAGAT_NOW: '2026-11-22T12:00:00+05:00' }, search: true });
  });

  it('builds, reporting the stubs as not translated yet rather than as errors', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).toMatch(/news\/kk\/round-table\.md: not translated yet/);
    expect(build.output).toMatch(/news\/en\/round-table\.md: not translated yet/);
    expect(build.output).toMatch(/projects\/kk\/school-of-moms\.md: not translated yet/);
    // Exactly what the CMS writes for a language with no text: no fields at all, or shared fields and empty lists.
    expect(build.output).toMatch(/news\/kk\/english-only\.md: not translated yet/);
    expect(build.output).toMatch(/news\/ru\/english-only\.md: not translated yet/);
  });

  it('modifies no content file', () => {
    expect(digestTree(contentDir)).toBe(before);
  });

  it('serves the untranslated locale with a notice, the real language and a canonical to the original', () => {
    const file = fileFor(build.outDir, '/kk/news/round-table/');
    expect(file).toBeDefined();
    const doc = load(file!);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('kk');
    const notice = doc.querySelector('[data-fallback-notice]');
    expect(notice?.getAttribute('data-fallback-notice')).toBe('ru');
    expect(notice?.textContent).toContain(dictionaries.kk['fallback.title']);
    expect(notice?.textContent).toContain(dictionaries.kk['lang.in.ru']);
    expect(doc.querySelector('h1')!.getAttribute('lang')).toBe('ru');
    expect(doc.querySelector('.entry-body')!.getAttribute('lang')).toBe('ru');
    expect(doc.querySelector('.entry-body')!.textContent).toContain('только на русском');
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/\/ru\/news\/round-table\/$/);
    expect(doc.querySelectorAll('link[rel="alternate"][hreflang]')).toHaveLength(0);
  });

  it('uses the English notice on the English fallback page', () => {
    const doc = load(fileFor(build.outDir, '/en/news/round-table/')!);
    expect(doc.querySelector('[data-fallback-notice]')!.textContent).toContain('shown in Russian');
  });

  it('falls back to English when only English exists', () => {
    const doc = load(fileFor(build.outDir, '/ru/news/english-only/')!);
    expect(doc.querySelector('[data-fallback-notice]')!.getAttribute('data-fallback-notice')).toBe('en');
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/\/en\/news\/english-only\/$/);
  });

  it('lists only real translations as hreflang alternates on the original', () => {
    const doc = load(fileFor(build.outDir, '/ru/news/round-table/')!);
    expect(doc.querySelector('[data-fallback-notice]')).toBeNull();
    const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
    expect(alternates).toEqual(['ru', 'x-default']);
    const switcher = doc.querySelectorAll('nav.lang a').map((a) => a.getAttribute('href'));
    for (const href of switcher) expect(fileFor(build.outDir, href!), href!).toBeDefined();
  });

  it('marks untranslated items in lists with their language', () => {
    const doc = load(fileFor(build.outDir, '/kk/news/')!);
    const card = doc.querySelectorAll('article').find((a) => a.querySelector('a')?.getAttribute('href') === '/kk/news/round-table/');
    expect(card?.querySelector('h2')?.getAttribute('lang')).toBe('ru');
    expect(card?.querySelector('.chip')?.textContent).toContain(dictionaries.kk['lang.in.ru']);
  });

  it('keeps fallback pages out of the search index: their text is another language’s', () => {
    const kkFallback = load(fileFor(build.outDir, '/kk/news/round-table/')!);
    expect(kkFallback.querySelector('[data-fallback-notice]')).not.toBeNull();
    expect(kkFallback.querySelector('[data-pagefind-body]')).toBeNull();
    expect(load(fileFor(build.outDir, '/ru/news/round-table/')!).querySelector('article[data-pagefind-body]')).not.toBeNull();
    // What Pagefind indexed per language: the entry pages that are not fallbacks, counted from the built HTML.
    const indexed = (l: string) =>
      (JSON.parse(readFileSync(join(build.outDir, `pagefind/${l}/pagefind-entry.json`), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages[l]?.page_count;
    for (const l of ['kk', 'ru', 'en'] as const) {
      const own = ['news', 'master-classes', 'projects', 'regions'].flatMap((c) =>
        readdirSync(join(build.outDir, l, c), { withFileTypes: true })
          .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name) && d.name !== 'archive')
          .map((d) => load(join(build.outDir, l, c, d.name, 'index.html'))),
      ).filter((doc) => !doc.querySelector('[data-fallback-notice]'));
      expect(indexed(l), l).toBe(own.length);
    }
    expect(indexed('kk')).toBeLessThan(indexed('ru')!);
  });

  it('paginates the news list in every locale', () => {
    for (const l of ['kk', 'ru', 'en']) {
      const first = load(fileFor(build.outDir, `/${l}/news/`)!);
      expect(first.querySelectorAll('article')).toHaveLength(12);
      expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/${l}/news/2/`);
      const second = load(fileFor(build.outDir, `/${l}/news/2/`)!);
      expect(second.querySelectorAll('article')).toHaveLength(3);
      expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/${l}/news/`);
    }
  });

  it("shows a region's and a project's latest 12 reports, the count, and all of them in search", () => {
    for (const l of ['kk', 'ru', 'en'] as const) {
      const doc = load(fileFor(build.outDir, `/${l}/regions/zhetysu/`)!);
      const section = doc.querySelector('section[aria-labelledby="related-news"]')!;
      const titles = section.querySelectorAll('article h3').map((h) => h.textContent.trim());
      // 14 in the region: the 13 generated reports and the fixture's round table (the newest).
      expect(titles).toHaveLength(12);
      expect(titles.slice(0, 3)).toEqual(['Круглый стол «Единое воспитание»', 'Новость 13', 'Новость 12']);
      expect(titles).not.toContain('Новость 2');
      const more = section.querySelector('[data-related-more]')!;
      expect(more.textContent).toContain('12');
      expect(more.textContent).toContain('14');
      expect(more.querySelector('a')!.getAttribute('href')).toBe(`/${l}/search/?type=news&region=zhetysu&sort=newest`);
      // The same on the project's page, with the project filter.
      const project = load(fileFor(build.outDir, `/${l}/projects/school-of-moms/`)!).querySelector('section[aria-labelledby="related-news"]')!;
      expect(project.querySelectorAll('article')).toHaveLength(12);
      expect(project.querySelector('[data-related-more] a')!.getAttribute('href')).toBe(`/${l}/search/?type=news&project=school-of-moms&sort=newest`);
    }
  });

  it('lists the untranslated languages of each entry on the translation status page', () => {
    const doc = load(fileFor(build.outDir, '/admin/translations/en/')!);
    const news = doc.querySelector('section[data-collection="news"]')!;
    const states = (slug: string) =>
      Object.fromEntries(news.querySelectorAll(`tr[data-slug="${slug}"] td`).map((td) => [td.getAttribute('data-locale'), td.getAttribute('data-state')]));
    expect(states('round-table')).toEqual({ kk: 'missing', ru: 'ok', en: 'missing' });
    expect(states('english-only')).toEqual({ kk: 'missing', ru: 'missing', en: 'ok' });
    expect(news.querySelectorAll('tr[data-slug^="generated-"]')[0]?.querySelector('td[data-locale="kk"]')?.getAttribute('data-state')).toBe('missing');
    // Outside git, the page says its ages come from file times.
    expect(doc.querySelector('[data-history]')!.getAttribute('data-history')).toBe('mtime');
  });

  it('keeps a partial event stub out of the Kazakh text but still gives it a page', () => {
    const doc = load(fileFor(build.outDir, '/kk/master-classes/open-class/')!);
    expect(doc.querySelector('[data-fallback-notice]')).not.toBeNull();
    expect(doc.querySelector('h1')!.textContent).toBe('Открытое занятие');
  });
});

describe('fixture: a reference to a region that does not exist', () => {
  it('fails the build naming the file, the field and the fix', () => {
    const contentDir = fixture('bad-reference');
    const before = digestTree(contentDir);
    const build = astroBuild({ contentDir });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('news/ru/typo-in-region.md');
    expect(build.output).toMatch(/region: "zhetsu" is not a known entry of regions\. Fix: use one of: zhetysu/);
    expect(digestTree(contentDir)).toBe(before);
  });
});
