import { describe, expect, it } from 'vitest';
import { references } from '../../src/content/relations';
import { collectionNames, kinds } from '../../src/model/collections';
import { locales } from '../../src/i18n/locales';
import { dictionaries, pluralForms, useTranslations } from '../../src/i18n/ui';
import { formatDate } from '../../src/utils/dates';
import { withFoldedWords } from '../../scripts/search-index';
import { elementEnd, mapHtmlText, withoutElements } from '../../src/utils/html-text';
import { FOLDED_ANCHOR, withoutFoldedText } from '../../src/utils/search-bundles';
import { foldKazakh } from '../../src/utils/kazakh';
import { nearFirst, searchPlan } from '../../src/utils/search-plan';
import {
  emptyState,
  filterNames,
  isActive,
  pagefindOptions,
  newestQuery,
  parseSearchState,
  searchQueryString,
  searchTypes,
  sortOrders,
} from '../../src/utils/search-state';
import { decodeEntities, excerptParts, formatIsoDate, highlightPrefixes, interpolate, jsonForScript, monthTemplates, plural, resultText, withEllipses } from '../../src/utils/search-text';

describe('searchPlan', () => {
  it('hands Russian and English queries to Pagefind as typed (it stems those itself)', () => {
    expect(searchPlan('  наставники   школ ', 'ru')).toEqual([{ kind: 'typed', query: 'наставники школ' }]);
    expect(searchPlan('mentors', 'en')).toEqual([{ kind: 'typed', query: 'mentors' }]);
    expect(searchPlan('   ', 'kk')).toEqual([]);
  });

  it('stems Kazakh, then tries the folded endings, then the words as typed', () => {
    expect(searchPlan('мұғалімдерге', 'kk')).toEqual([
      { kind: 'stemmed', query: 'мұғалім', near: ['мұғалімдерге'] },
      { kind: 'folded', query: 'мугалим', near: ['мұғалімдерге', 'мугалимдерге'] },
      { kind: 'typed', query: 'мұғалімдерге' },
    ]);
    // Typed without the Kazakh letters: the folded query first, since it finds every page the
    // typed one finds; ы is folded to и, as in the pages' folded words (оқушылар → окушилар).
    expect(searchPlan('мугалимдерге', 'kk')).toEqual([
      { kind: 'folded', query: 'мугалим', near: ['мугалимдерге'] },
      { kind: 'typed', query: 'мугалимдерге' },
    ]);
    expect(searchPlan('окушылар сарайы', 'kk').map((s) => [s.kind, s.query])).toEqual([
      ['folded', 'окуши сарай'],
      ['stemmed', 'окушы сарай'],
      ['typed', 'окушылар сарайы'],
    ]);
    expect(searchPlan('облисинин', 'kk').map((s) => [s.kind, s.query])).toEqual([
      ['folded', 'обли'],
      ['typed', 'облисинин'],
    ]);
  });

  it('stems verb forms, typed in any alphabet, and ranks the exact and near forms first', () => {
    // The words as typed first, then the reading, then the reading with noun endings only stripped.
    expect(searchPlan('қатысуымен', 'kk')[0]).toEqual({ kind: 'stemmed', query: 'қатыс', near: ['қатысуымен', 'қатысу'] });
    expect(searchPlan('қатысқан', 'kk')[0]).toEqual({ kind: 'stemmed', query: 'қатыс', near: ['қатысқан'] });
    expect(searchPlan('катыскан', 'kk')[0]).toEqual({ kind: 'folded', query: 'катис', near: ['катыскан', 'катискан'] });
    expect(searchPlan('qatysqan', 'kk').find((s) => s.kind === 'latin')).toEqual({ kind: 'latin', query: 'қатыс', shown: 'қатысқан', near: ['qatysqan', 'қатысқан'] });
    expect(searchPlan('өткізілетін', 'kk')[0]).toEqual({ kind: 'stemmed', query: 'өткіз', near: ['өткізілетін', 'өткізілет'] });
  });

  it('reads Latin as the 2021 alphabet, then with the older digraphs, and folds both', () => {
    const steps = searchPlan('Zhetysu', 'kk');
    expect(steps.map((s) => [s.kind, s.query])).toEqual([
      ['typed', 'zhetysu'],
      ['latin', 'зхетыс'],
      ['latin', 'жетыс'],
      ['folded', 'зхетис'],
      ['folded', 'жетис'],
    ]);
    // Letters only the Kazakh alphabet has: read as Kazakh first, searched as typed last (Pagefind
    // would find «ansamblı» by the «an» of an English word it knows, and the plan would stop there).
    expect(searchPlan('Qazyna ansamblı', 'kk').map((s) => [s.kind, s.query])).toEqual([
      ['latin', 'қаз ансамбл'],
      ['folded', 'каз ансамбл'],
      ['typed', 'qazyna ansamblı'],
    ]);
    expect(searchPlan('Kazinform', 'kk')[0]).toEqual({ kind: 'typed', query: 'kazinform' });
    expect(searchPlan('Jetısudegı tälımgerler', 'kk').find((s) => s.kind === 'latin')).toEqual({
      kind: 'latin',
      query: 'жетіс тәлімгер',
      shown: 'жетісудегі тәлімгерлер',
      near: ['jetısudegı tälımgerler', 'жетісудегі тәлімгерлер', 'жетісу тәлімгер'],
    });
  });

  it('takes a quoted Kazakh query literally', () => {
    expect(searchPlan('«Біртұтас тәрбие»', 'kk')).toEqual([{ kind: 'typed', query: '«Біртұтас тәрбие»' }]);
  });

  it('ranks a step’s results by its nearer queries, and never adds one', () => {
    const r = (id: string) => ({ id });
    const own = ['a', 'b', 'c', 'd'].map(r);
    // Typed forms found c; near forms found d and b; x (found only by a nearer query) is not added.
    expect(nearFirst(own, [r('c'), r('x')], [r('d'), r('c'), r('b')]).map((x) => x.id)).toEqual(['c', 'd', 'b', 'a']);
    expect(nearFirst(own).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(nearFirst([], [r('x')])).toEqual([]);
  });
});

describe('search state and URL', () => {
  const allowed = { regions: ['zhetysu', 'abai'], projects: ['school-of-moms', 'myn-jasa'], years: ['2025', '2024'] };

  it('round-trips through the query string, in a fixed order and without defaults', () => {
    const state = { q: 'тәлімгер', type: 'news', region: 'zhetysu', project: 'myn-jasa', year: '2024', sort: 'newest' } as const;
    const qs = searchQueryString(state);
    expect(qs).toBe('?q=%D1%82%D3%99%D0%BB%D1%96%D0%BC%D0%B3%D0%B5%D1%80&type=news&region=zhetysu&project=myn-jasa&year=2024&sort=newest');
    expect(parseSearchState(qs, allowed)).toEqual(state);
    expect(searchQueryString(emptyState)).toBe('');
    expect(searchQueryString({ ...emptyState, q: 'a b' })).toBe('?q=a+b');
  });

  it('drops values the page does not offer, so a mangled link still searches', () => {
    expect(parseSearchState('?q=%20x%20%20y&type=blog&region=mars&project=moon&year=1999&sort=random', allowed)).toEqual({
      q: 'x y',
      type: '',
      region: '',
      project: '',
      year: '',
      sort: 'relevance',
    });
  });

  it('links a region or project to all its entries of a type, newest first', () => {
    expect(newestQuery('news', { region: 'abai' })).toBe('?type=news&region=abai&sort=newest');
    expect(newestQuery('event', { project: 'myn-jasa' })).toBe('?type=event&project=myn-jasa&sort=newest');
  });

  it('is active with a query or any filter, not with a sort alone', () => {
    expect(isActive(emptyState)).toBe(false);
    expect(isActive({ ...emptyState, sort: 'newest' })).toBe(false);
    expect(isActive({ ...emptyState, year: '2024' })).toBe(true);
    expect(isActive({ ...emptyState, project: 'myn-jasa' })).toBe(true);
  });

  it('turns filters and sort orders into Pagefind options; undated pages sort last both ways', () => {
    expect(pagefindOptions({ q: 'x', type: 'project', region: 'abai', project: '', year: '', sort: 'relevance' })).toEqual({ filters: { type: 'project', region: 'abai' } });
    expect(pagefindOptions({ ...emptyState, project: 'myn-jasa' })).toEqual({ filters: { project: 'myn-jasa' } });
    expect(pagefindOptions({ ...emptyState, sort: 'newest' })).toEqual({ filters: {}, sort: { newest: 'desc' } });
    expect(pagefindOptions({ ...emptyState, sort: 'oldest' })).toEqual({ filters: {}, sort: { oldest: 'asc' } });
  });

  it('derives the result types from the collections, with a label for each in every language', () => {
    expect(searchTypes).toEqual(collectionNames.flatMap((c) => (kinds[c].searchType ? [kinds[c].searchType] : [])));
    // The region and project filters are the search types of the collections that entries refer to.
    expect(filterNames).toEqual(['type', ...references().map((r) => kinds[r.to].searchType).filter((t, i, all) => t && all.indexOf(t) === i), 'year']);
    for (const l of locales) {
      const t = useTranslations(l);
      for (const type of searchTypes) {
        expect(t(`search.type.${type}`)).toBeTruthy();
        expect(t(`search.kind.${type}`)).toBeTruthy();
      }
      for (const s of sortOrders) expect(t(`search.sort.${s}`)).toBeTruthy();
    }
  });
});

describe('excerpts', () => {
  it('reads only <mark> as markup and decodes entities', () => {
    expect(excerptParts('a &lt;b&gt; <mark>тәлімгер</mark> &amp; <mark>x</mark>')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'тәлімгер', mark: true },
      { text: ' & ', mark: false },
      { text: 'x', mark: true },
    ]);
  });
  it('keeps hostile markup as text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><mark><script>x</script></mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)><', mark: false },
      { text: 'script>x</script', mark: true },
      { text: '>', mark: false },
    ]);
  });
  it('decodes numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&#1179;&#x4D9; &bogus; &#0;')).toBe('қә &bogus; &#0;');
  });
  it('marks the word, not the full stop, colon or quotes Pagefind marks with it', () => {
    expect(excerptParts('мектепте <mark>тәлімгерлер.</mark> Келесі <mark>«Қазына»:</mark> <mark>—</mark> x')).toEqual([
      { text: 'мектепте ', mark: false },
      { text: 'тәлімгерлер', mark: true },
      { text: '. Келесі «', mark: false },
      { text: 'Қазына', mark: true },
      { text: '»: — x', mark: false },
    ]);
    expect(excerptParts('<mark>Алматы-2025,</mark> <mark>т.б.</mark>')).toEqual([
      { text: 'Алматы-2025', mark: true },
      { text: ', ', mark: false },
      { text: 'т.б', mark: true },
      { text: '.', mark: false },
    ]);
  });
  it('marks words that start with a folded prefix', () => {
    expect(highlightPrefixes('Жетісу облысындағы тәлімгерлер.', ['талимгер', 'жетису'])).toEqual([
      { text: 'Жетісу', mark: true },
      { text: ' облысындағы ', mark: false },
      { text: 'тәлімгерлер', mark: true },
      { text: '.', mark: false },
    ]);
  });
});

describe('withEllipses', () => {
  const content = 'Жетісу облысында тәлімгерлер кездесті. Кездесуге мектеп директорлары, ата-аналар және оқушылар қатысты: барлығы елу адам. Соңы.';
  const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

  it('puts "…" before an excerpt that starts inside a sentence and after one that stops inside one', () => {
    const parts = withEllipses(excerptParts('директорлары, ата-аналар <mark>және</mark> оқушылар'), content);
    expect(parts).toEqual([
      { text: '…директорлары, ата-аналар ', mark: false },
      { text: 'және', mark: true },
      { text: ' оқушылар…', mark: false },
    ]);
  });

  it('puts none where the excerpt starts the text or a sentence, or ends the text or a sentence', () => {
    expect(text(withEllipses(excerptParts('<mark>Жетісу</mark> облысында тәлімгерлер кездесті.'), content))).toBe('Жетісу облысында тәлімгерлер кездесті.');
    expect(text(withEllipses(excerptParts('Кездесуге <mark>мектеп</mark> директорлары,'), content))).toBe('Кездесуге мектеп директорлары…');
    expect(text(withEllipses(excerptParts('елу адам. <mark>Соңы.</mark>'), content))).toBe('…елу адам. Соңы.');
  });

  it('drops the comma or colon the excerpt stops at, and keeps a mark whole', () => {
    expect(text(withEllipses(excerptParts('оқушылар қатысты:'), content))).toBe('…оқушылар қатысты…');
    expect(withEllipses(excerptParts('және <mark>оқушылар</mark>'), content).at(-1)).toEqual({ text: '…', mark: false });
  });

  it('ends the text where the folded words of a Kazakh page begin', () => {
    const kazakhContent = `${content} ~ ~ ~`;
    const words = content.split(' ').length;
    expect(text(withEllipses(excerptParts('барлығы елу адам. Соңы.'), kazakhContent, words))).toBe('…барлығы елу адам. Соңы.');
    expect(text(withEllipses(excerptParts('барлығы елу'), kazakhContent, words))).toBe('…барлығы елу…');
  });

  it('leaves an excerpt it cannot find in the text as it is', () => {
    const parts = excerptParts('бөтен <mark>мәтін</mark>');
    expect(withEllipses(parts, content)).toEqual(parts);
  });
});

describe('resultText', () => {
  // A Kazakh page's data as Pagefind returns it: words 0–11 are its text, 12 on its folded words.
  const kazakh = {
    excerpt: 'талимгерлер мугалимдер <mark>казина</mark> залинда',
    meta: { summary: 'Тәлімгерлер «Қазына» залында кездесті.' },
    anchors: [
      { id: 'bolim', location: 6 },
      { id: FOLDED_ANCHOR, location: 12 },
    ],
    locations: [14],
    sub_results: [{ url: `/kk/news/a/#${FOLDED_ANCHOR}`, excerpt: 'мугалимдер <mark>казина</mark>', locations: [14] }],
  };

  it('shows the summary with the query marked when only the folded words matched', () => {
    expect(resultText(kazakh, ['казин'], FOLDED_ANCHOR)).toEqual({
      parts: [
        { text: 'Тәлімгерлер «', mark: false },
        { text: 'Қазына', mark: true },
        { text: '» залында кездесті.', mark: false },
      ],
      folded: true,
    });
  });

  it("shows the excerpt of the text's best section when the text matched too, never one from the folded words", () => {
    const both = {
      ...kazakh,
      locations: [2, 7, 8, 14, 15, 16],
      sub_results: [
        { url: '/kk/news/a/', excerpt: 'бір <mark>қазына</mark>', locations: [2] },
        { url: '/kk/news/a/#bolim', excerpt: 'екі <mark>қазына</mark> <mark>қазынасы</mark>', locations: [7, 8] },
        { url: `/kk/news/a/#${FOLDED_ANCHOR}`, excerpt: '<mark>казина</mark> <mark>казинаси</mark> <mark>казинага</mark>', locations: [14, 15, 16] },
      ],
    };
    expect(resultText(both, ['қазына'], FOLDED_ANCHOR)).toEqual({
      parts: [
        { text: 'екі ', mark: false },
        { text: 'қазына', mark: true },
        { text: ' ', mark: false },
        { text: 'қазынасы', mark: true },
      ],
      folded: false,
    });
  });

  it('marks a query word that matched only among the folded words in the excerpt of the text', () => {
    const mixed = {
      ...kazakh,
      locations: [3, 14],
      sub_results: [
        { url: '/kk/news/a/', excerpt: '«Қазына» <mark>ансамблі</mark> өнер көрсетті', locations: [3] },
        { url: `/kk/news/a/#${FOLDED_ANCHOR}`, excerpt: '<mark>казина</mark>', locations: [14] },
      ],
    };
    expect(resultText(mixed, ['казин', 'ансамбл'], FOLDED_ANCHOR).parts).toEqual([
      { text: '«', mark: false },
      { text: 'Қазына', mark: true },
      { text: '» ', mark: false },
      { text: 'ансамблі', mark: true },
      { text: ' өнер көрсетті', mark: false },
    ]);
  });

  it("shows Pagefind's excerpt, not folded, when only filters were searched (no word matched anywhere)", () => {
    expect(resultText({ ...kazakh, excerpt: 'Тәлімгерлер «Қазына» залында', locations: [] }, [], FOLDED_ANCHOR)).toEqual({
      parts: [{ text: 'Тәлімгерлер «Қазына» залында', mark: false }],
      folded: false,
    });
  });

  it('marks where the excerpt cuts a sentence when the page text is given', () => {
    const russian = {
      excerpt: 'встреча <mark>наставников.</mark> Затем',
      meta: {},
      locations: [3],
      content: 'В Талдыкоргане прошла встреча наставников. Затем выступили директора школ.',
    };
    expect(resultText(russian, ['наставник'], FOLDED_ANCHOR).parts).toEqual([
      { text: '…встреча ', mark: false },
      { text: 'наставников', mark: true },
      { text: '. Затем…', mark: false },
    ]);
  });

  it("shows Pagefind's excerpt for pages without folded words (Russian, English)", () => {
    expect(resultText({ excerpt: 'о <mark>наставниках</mark>', meta: {}, locations: [1] }, ['наставник'], FOLDED_ANCHOR)).toEqual({
      parts: [
        { text: 'о ', mark: false },
        { text: 'наставниках', mark: true },
      ],
      folded: false,
    });
  });
});

describe('strings for the search script', () => {
  it('interpolates {{names}} and leaves unknown ones visible', () => {
    expect(interpolate('«{{query}}» — {{count}} {{other}}', { query: 'x', count: 2 })).toBe('«x» — 2 {{other}}');
  });
  it('picks the plural form the dictionaries define, as i18next does', () => {
    const forms = pluralForms('ru', 'search.statusFiltered');
    expect(Object.keys(forms).sort()).toEqual(['few', 'many', 'one', 'other']);
    const t = useTranslations('ru');
    for (const n of [1, 2, 5, 11, 21, 22]) expect(plural(forms, n, 'ru-RU')).toBe(t('search.statusFiltered', { count: n }));
    expect(plural(pluralForms('kk', 'search.status'), 3, 'kk-KZ', { query: 'тәлімгер' })).toBe('«тәлімгер» бойынша 3 нәтиже табылды');
    expect(plural(pluralForms('en', 'search.status'), 1, 'en-GB', { query: 'x' })).toBe('1 result for “x”');
  });
  it('formats ISO dates as the pages do, in every month and language', () => {
    for (const l of locales) {
      const templates = monthTemplates((d) => formatDate(d, l));
      for (let m = 1; m <= 12; m++) {
        for (const day of [1, 9, 28, 31].filter((d) => d <= new Date(Date.UTC(2025, m, 0)).getUTCDate())) {
          const iso = `2025-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatIsoDate(iso, templates), `${l} ${iso}`).toBe(formatDate(new Date(`${iso}T00:00:00+05:00`), l));
        }
      }
    }
    expect(formatIsoDate('2025-10-25', monthTemplates((d) => formatDate(d, 'kk', 'short')))).toBe('2025 ж. 25 қазан');
    expect(formatIsoDate('soon', [])).toBe('soon');
  });
  it('serialises JSON that cannot close its <script> element', () => {
    const json = jsonForScript({ s: '</script><!-- & \u2028' });
    expect(json).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(json)).toEqual({ s: '</script><!-- & \u2028' });
  });
  it('has every search string in every dictionary', () => {
    const keys = Object.keys(dictionaries.en).filter((k) => k.startsWith('search.'));
    expect(keys.length).toBeGreaterThan(30);
    for (const l of locales) for (const k of keys.filter((k) => !/_(one|other)$/.test(k))) expect(dictionaries[l]).toHaveProperty(k);
  });
});

describe('withFoldedWords', () => {
  const page = (article: string) =>
    `<html lang="kk"><head><title>Қазына</title></head><body><nav>Жаңалықтар</nav><article class="a" data-pagefind-body>${article}</article><footer>Өңірлер</footer></body></html>`;

  it("adds the article's words that folding changes, folded, once each, after its text and under the anchor", () => {
    const html = page('<h1>Мұғалімдер мен тәлімгерлер</h1><p>Мұғалімдер <b>Қазына</b> залында, 2025 жылы.</p><div data-pagefind-ignore><p>Өшірілген мәтін</p></div><img data-pagefind-ignore alt="Сурет"><script>const ә = 1;</script>');
    const out = withFoldedWords(html);
    expect(out).toBe(
      page(
        '<h1>Мұғалімдер мен тәлімгерлер</h1><p>Мұғалімдер <b>Қазына</b> залында, 2025 жылы.</p><div data-pagefind-ignore><p>Өшірілген мәтін</p></div><img data-pagefind-ignore alt="Сурет"><script>const ә = 1;</script>' +
          `<section data-pagefind-weight="0.5"><h6 id="${FOLDED_ANCHOR}">~</h6><p>мугалимдер талимгерлер казина залинда жили</p></section>`,
      ),
    );
  });

  it('leaves a page without such words as it is, and names what is wrong with a page it cannot index', () => {
    expect(withFoldedWords(page('<p>Мен мектеп 2025</p>'))).toBe(page('<p>Мен мектеп 2025</p>'));
    expect(() => withFoldedWords('<html lang="kk"><body><main>Қазына</main></body></html>')).toThrow(/No <article data-pagefind-body>/);
    expect(() => withFoldedWords(page(`<h2 id="${FOLDED_ANCHOR}">Қазына</h2>`))).toThrow(/reserves/);
  });

  it('finds the end of the article past nested articles', () => {
    const html = page('<p>Бірінші</p><article><p>Ішкі</p></article><p>Соңғы</p>');
    expect(withFoldedWords(html)).toContain(`<p>Соңғы</p><section data-pagefind-weight="0.5"><h6 id="${FOLDED_ANCHOR}">~</h6><p>биринши ишки сонги</p></section></article><footer>`);
  });
});

describe('withoutFoldedText', () => {
  const stored = (content: string, location: number) => ({ url: '/kk/news/x/', content, word_count: 9, anchors: [{ id: 'h', location: 0 }, { id: FOLDED_ANCHOR, location }] });

  it("replaces each folded word after the anchor with ~, so every word keeps its position, and keeps the page's own text as stored", () => {
    const fragment = stored('Мұғалімдер  Қазына\nзалында. ~ мугалимдер казина\nзалинда', 3);
    const out = withoutFoldedText(fragment);
    expect(out.content).toBe('Мұғалімдер  Қазына\nзалында. ~ ~ ~\n~');
    expect(out.content.split(/[\r\n\s]+/)).toHaveLength(fragment.content.split(/[\r\n\s]+/).length);
    expect({ ...out, content: fragment.content }).toEqual(fragment);
  });

  it('leaves data without folded words as it is, and stops when the anchor is not where Pagefind said', () => {
    const plain = { url: '/kk/regions/abai/', content: 'Абай облысы', anchors: [] };
    expect(withoutFoldedText(plain)).toBe(plain);
    expect(() => withoutFoldedText(stored('Мұғалімдер ~ мугалимдер', 2))).toThrow(/\/kk\/news\/x\/: word 2 .* not the heading/);
  });
});

describe('html helpers for the index', () => {
  it('finds where an element ends, nested ones and void ones included', () => {
    const html = '<div a="x>y"><div>1</div><script>"</div>"</script><br></div><p>';
    expect(elementEnd(html, 0)).toBe(html.indexOf('<p>'));
    expect(elementEnd(html, html.indexOf('<br>'))).toBe(html.indexOf('<br>') + 4);
    expect(() => elementEnd('<div><div></div>', 0)).toThrow(/No end tag/);
  });
  it('drops the elements that carry an attribute, with their content', () => {
    expect(withoutElements('<p>a<span data-x>b<span>c</span>d</span>e<img data-x src=y>f</p><i data-xy>g</i>', 'data-x')).toBe('<p>aef</p><i data-xy>g</i>');
  });
});

describe('mapHtmlText', () => {
  it('rewrites text and leaves tags, attributes, comments, scripts and styles alone', () => {
    const html =
      '<!doctype html><html lang="kk"><head><title>Өңір</title><style>.қ{}</style></head>' +
      '<body><h1 data-pagefind-meta="title:Өңір > қала" class=\'a>b\'>Өңір</h1><!-- Өңір --><p>қала &amp; ауыл</p>' +
      '<script>const s = "Өңір";</script></body></html>';
    expect(mapHtmlText(html, foldKazakh)).toBe(
      '<!doctype html><html lang="kk"><head><title>Онир</title><style>.қ{}</style></head>' +
        '<body><h1 data-pagefind-meta="title:Өңір > қала" class=\'a>b\'>Онир</h1><!-- Өңір --><p>кала &amp; ауил</p>' +
        '<script>const s = "Өңір";</script></body></html>',
    );
  });
});
