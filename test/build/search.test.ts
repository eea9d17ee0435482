import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { collectionNames, kinds } from '../../src/model/collections';
import { readStoredFragment, withFoldedWords } from '../../scripts/search-index';
import { FOLDED_ANCHOR, languageBundle, MAIN_BUNDLE } from '../../src/utils/search-bundles';
import type { SearchPageConfig } from '../../src/utils/search-state';
import { slugsOnDisk } from '../helpers/content';
import { fileFor, htmlPages, load } from '../helpers/html';
import { dist } from '../helpers/paths';

const pages = htmlPages(dist);
const searchable = collectionNames.filter((c) => kinds[c].searchType !== null);
const entryPath = new RegExp(`^/(${locales.join('|')})/(${searchable.map((c) => kinds[c].segment).join('|')})/(?!archive/|\\d+/)[a-z0-9-]+/$`);
const entries = pages.filter((p) => entryPath.test(p.path));
const others = pages.filter((p) => !entryPath.test(p.path));
/** Entry pages whose text is their own language's: a page shown through a fallback is not indexed. */
const own = entries.filter((p) => !load(p.file).querySelector('[data-fallback-notice]'));

/** Pagefind's captures on a page, as `key:value` strings. */
function captures(doc: HTMLElement, attr: string): string[] {
  return doc.querySelectorAll(`[${attr}]`).map((n) => n.getAttribute(attr)!);
}
const entryJson = (bundle: string) =>
  JSON.parse(readFileSync(join(dist, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
/** Every page's data in a bundle, as Pagefind stored it. */
const fragments = (bundle: string) => readdirSync(join(dist, bundle, 'fragment')).map((name) => readStoredFragment(join(dist, bundle, 'fragment', name)));
const searchConfig = (locale: string) => JSON.parse(load(fileFor(dist, `/${locale}/search/`)!).querySelector('script[data-search-config]')!.textContent) as SearchPageConfig;

describe('what the search index holds', () => {
  it('marks the article of every entry page as its searchable body, and nothing else', () => {
    expect(entries.length).toBe(locales.length * searchable.reduce((n, c) => n + slugsOnDisk(c).length, 0));
    expect(own.length).toBeLessThan(entries.length);
    for (const p of entries.filter((p) => !own.includes(p))) expect(load(p.file).querySelector('[data-pagefind-body]'), p.path).toBeNull();
    for (const p of own) {
      const bodies = load(p.file).querySelectorAll('[data-pagefind-body]');
      expect(bodies.map((b) => b.tagName), p.path).toEqual(['ARTICLE']);
      // Title, summary and text are inside; site chrome and the facts list are not.
      const body = bodies[0]!;
      expect(body.querySelector('h1'), p.path).not.toBeNull();
      expect(body.querySelector('header.site-header, nav, footer, .crumbs, form'), p.path).toBeNull();
      for (const facts of body.querySelectorAll('dl.facts')) expect(facts.hasAttribute('data-pagefind-ignore'), p.path).toBe(true);
    }
  });

  it('leaves home, lists, search, about, 404 and the language chooser out', () => {
    expect(others.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/404.html', '/kk/', '/ru/news/', '/en/search/', '/kk/about/', '/ru/404/', '/kk/master-classes/archive/']));
    const marked = others.filter((p) => load(p.file).querySelector('[data-pagefind-body]'));
    expect(marked.map((p) => p.path)).toEqual([]);
  });

  it('has one bundle per language with exactly its entry pages, used by its search page', () => {
    expect(readdirSync(join(dist, MAIN_BUNDLE)).sort()).toEqual([...locales].sort());
    for (const l of locales) {
      const bundle = languageBundle(l);
      expect(Object.keys(entryJson(bundle).languages), l).toEqual([l]);
      expect(entryJson(bundle).languages[l]?.page_count, l).toBe(own.filter((p) => p.path.startsWith(`/${l}/`)).length);
      expect(searchConfig(l).bundle).toBe(`/${bundle}/`);
      expect(readdirSync(join(dist, bundle))).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.unknown.pagefind']));
    }
    // The folded copy of earlier builds is gone; folded words live in the Kazakh bundle.
    expect(existsSync(join(dist, 'pagefind-folded'))).toBe(false);
  });

  it("indexes each Kazakh page with its words folded after its text, under the anchor the search page reads, and stores none of them for results; no other language's", () => {
    const kazakh = fragments(languageBundle('kk'));
    expect(kazakh).toHaveLength(own.filter((p) => p.path.startsWith('/kk/')).length);
    for (const f of kazakh) {
      const anchor = f.anchors.find((a) => a.id === FOLDED_ANCHOR);
      const file = fileFor(dist, f.url)!;
      const served = readFileSync(file, 'utf8');
      // A page with no Kazakh letter to fold (the fixture's English-titled "autumn talk") has no folded words.
      if (withFoldedWords(served) === served) {
        expect(anchor, f.url).toBeUndefined();
        continue;
      }
      expect(anchor, f.url).toBeDefined();
      // The page's own words come before the anchor; after it, one ~ for each folded word it was indexed with.
      const title = load(file).querySelector('h1')!.textContent;
      const words = f.content.split(/\s+/);
      expect(words.slice(0, anchor!.location).join(' '), f.url).toContain(title.split(/\s+/)[0]);
      const indexed = /<h6 id="[^"]+">~<\/h6><p>([^<]*)<\/p>/.exec(withFoldedWords(served))![1]!.split(' ');
      expect(indexed.length, f.url).toBeGreaterThan(0);
      expect(words.slice(anchor!.location), f.url).toEqual(Array(indexed.length + 1).fill('~'));
    }
    for (const l of locales.filter((l) => l !== 'kk')) {
      for (const f of fragments(languageBundle(l))) expect(f.anchors.map((a) => a.id), f.url).not.toContain(FOLDED_ANCHOR);
    }
  });

  it('leaves page furniture out of the index: share links, add to calendar, print the poster (a search for "WhatsApp" or "Google" would find every page)', () => {
    for (const l of locales) {
      const stored = fragments(languageBundle(l));
      expect(stored.filter((f) => f.url.includes('/master-classes/')).length, l).toBeGreaterThan(0);
      const t = dictionaries[l];
      for (const f of stored) {
        expect(f.anchors.map((a) => a.id), f.url).not.toContain('share-heading');
        expect(f.anchors.map((a) => a.id), f.url).not.toContain('calendar-heading');
        for (const text of ['WhatsApp', t['calendar.add'], t['calendar.ics'], t['calendar.google'], t['poster.print']]) expect(f.content, f.url).not.toContain(text);
      }
    }
  });

  it('tags entries with their type, regions, project, year, date sort keys and result metadata', () => {
    const news = load(fileFor(dist, '/kk/news/zhetysu-mentors-figures/')!);
    expect(captures(news, 'data-pagefind-filter').sort()).toEqual(['project:zhetysu-mentorship', 'region:zhetysu', 'type:news', 'year:2024']);
    // Dated only to the year (the source gives no month): sorted by the year's first day, shown as the year alone.
    expect(captures(news, 'data-pagefind-sort').sort()).toEqual(['newest:2024-01-01', 'oldest:2024-01-01']);
    expect(captures(news, 'data-pagefind-meta')).toEqual(
      expect.arrayContaining([`title:${news.querySelector('h1')!.textContent}`, 'date:2024', 'region:Жетісу облысы', 'image:', 'summary[content]']),
    );
    const event = load(fileFor(dist, '/ru/master-classes/unified-upbringing-round-table/')!);
    expect(captures(event, 'data-pagefind-filter').sort()).toEqual(['project:school-of-moms', 'type:event', 'year:2025']);
    const project = load(fileFor(dist, '/en/projects/myn-jasa/')!);
    const filters = captures(project, 'data-pagefind-filter');
    // The 2021 plan named the 14 oblasts and 3 cities of its time: Abai, Ulytau and Zhetysu regions were formed in 2022.
    expect(filters.filter((f) => f.startsWith('region:'))).toHaveLength(17);
    expect(filters).toContain('project:myn-jasa');
    expect(filters).not.toContain('region:zhetysu');
    const regionMeta = captures(project, 'data-pagefind-meta').find((m) => m.startsWith('region:'));
    expect(regionMeta).toContain('Akmola Region');
    expect(regionMeta).not.toContain(dictionaries.en['projects.allRegions']);
    // Regions have no date: they sort after dated entries in both orders.
    const region = load(fileFor(dist, '/kk/regions/abai/')!);
    expect(captures(region, 'data-pagefind-filter').sort()).toEqual(['region:abai', 'type:region']);
    expect(captures(region, 'data-pagefind-sort').sort()).toEqual(['newest:0000-00-00', 'oldest:9999-99-99']);
  });
});

describe('search entry points', () => {
  it('puts a plain GET search form in the header of every page but the search page, leading to the page’s language', () => {
    for (const l of locales) expect(load(fileFor(dist, `/${l}/search/`)!).querySelector('header form')).toBeNull();
    // Posters and the link-in-bio page have no site header at all.
    const headerless = (path: string) => path.endsWith('/poster/') || path.endsWith('/links/');
    for (const p of pages.filter((p) => locales.some((l) => p.path.startsWith(`/${l}/`)) && !p.path.endsWith('/search/') && !headerless(p.path))) {
      const form = load(p.file).querySelector('header form[role="search"]');
      const l = p.path.split('/')[1]!;
      expect(form?.getAttribute('action'), p.path).toBe(`/${l}/search/`);
      expect(form?.getAttribute('method'), p.path).toBe('get');
      expect(form?.querySelector('input[name="q"]')?.getAttribute('id'), p.path).toBeTruthy();
      expect(form?.querySelector('label')?.textContent, p.path).toBe(dictionaries[l as 'kk']['search.label']);
    }
  });

  it('loads no search code on pages other than the search page', () => {
    for (const p of pages.filter((p) => !p.path.endsWith('/search/'))) {
      const html = readFileSync(p.file, 'utf8');
      expect(html, p.path).not.toMatch(/pagefind\.js|data-search-config/);
    }
  });

  it('gives each language a search page with its filters and strings, kept out of search engines', () => {
    for (const l of locales) {
      const doc = load(fileFor(dist, `/${l}/search/`)!);
      expect(doc.querySelector('h1')?.textContent).toBe(dictionaries[l]['search.title']);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      const form = doc.querySelector('form[data-search-form]')!;
      expect(form.getAttribute('action')).toBe(`/${l}/search/`);
      expect(form.querySelectorAll('select[name="region"] option')).toHaveLength(21);
      expect(form.querySelectorAll('select[name="type"] option').map((o) => o.getAttribute('value'))).toEqual(['', 'news', 'event', 'project', 'region']);
      // The years of the entries this language's index holds: the Russian-only events of 2027 and 2030 are in Russian only.
      const years = { kk: ['2026', '2025', '2024', '2023', '2021'], ru: ['2030', '2027', '2026', '2025', '2024', '2023', '2021'], en: ['2026', '2025', '2024', '2023', '2021'] }[l];
      expect(form.querySelectorAll('select[name="year"] option').map((o) => o.getAttribute('value'))).toEqual(['', ...years]);
      expect(doc.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
      expect(doc.querySelector('noscript')?.textContent).toContain(dictionaries[l]['search.noscript']);
      const config = JSON.parse(doc.querySelector('script[data-search-config]')!.textContent) as SearchPageConfig;
      expect(config.locale).toBe(l);
      expect(config.strings.none).toBe(dictionaries[l]['search.none']);
    }
  });
});
