/**
 * The search page's script. Pagefind and the query analysis are imported only when the
 * reader focuses or uses the form, or opens the page with a search in its URL; other pages
 * never load them.
 * The URL holds the search (`?q=…&type=…`): typing replaces the history entry,
 * submitting or changing a filter adds one, and Back restores the previous search.
 */
import { FOLDED_ANCHOR } from '../utils/search-bundles';
import type { SearchStep } from '../utils/search-plan';
import {
  filterNames,
  isActive,
  pagefindOptions,
  parseSearchState,
  searchQueryString,
  type SearchPageConfig,
  type SearchState,
  type SearchType,
} from '../utils/search-state';
import { formatIsoDate, interpolate, plural, resultText, type ResultFragment } from '../utils/search-text';

interface PagefindFragment extends ResultFragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface PagefindEngine {
  search: (term: string | null, options?: object) => Promise<PagefindResponse>;
  preload?: (term: string, options?: object) => Promise<void>;
}
interface PagefindModule extends PagefindEngine {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
}

const EXCERPT_WORDS = 26;
const TYPING_DELAY = 250;

export function startSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const configNode = root?.querySelector('script[data-search-config]');
  if (!root || !configNode?.textContent) return;
  const config = JSON.parse(configNode.textContent) as SearchPageConfig;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selectNames = [...filterNames, 'sort'] as const;
  const selects = Object.fromEntries(selectNames.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!])) as Record<
    (typeof selectNames)[number],
    HTMLSelectElement
  >;
  const countNode = root.querySelector<HTMLElement>('[data-search-count]')!;
  const noteNode = root.querySelector<HTMLElement>('[data-search-note]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const allowed = { regions: config.regions, projects: config.projects, years: config.years };
  const s = config.strings;

  // ---- loading Pagefind and the query analysis, on demand ----------------------------
  // The analysis (the Kazakh stemmer and its tables, about 2 KB gzip) loads with Pagefind, not with the page.
  let planner: Promise<typeof import('../utils/search-plan')> | undefined;
  const loadPlanner = () => (planner ??= import('../utils/search-plan'));
  let main: Promise<PagefindModule> | undefined;
  const loadMain = () =>
    (main ??= (import(/* @vite-ignore */ `${config.bundle}pagefind.js`) as Promise<PagefindModule>).then(async (pf) => {
      // Searched on the page, not in Pagefind's web worker: the worker's script is 12 KB more to
      // fetch before the first results on a slow connection, for a search that takes
      // milliseconds (bench/search.ts measures the bytes and the time to results).
      await pf.options({ excerptLength: EXCERPT_WORDS, noWorker: true });
      void pf.init();
      return pf;
    }));

  // ---- state <-> form <-> URL ---------------------------------------------------------
  // The form's fields carry the URL's names, so the form reads as the URL does.
  const readForm = (): SearchState =>
    parseSearchState(new URLSearchParams([...new FormData(form)].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : []))), allowed);
  const filtersBox = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const fillForm = (state: SearchState) => {
    // Filters in use are shown; otherwise the reader opens them (they take a phone's screen).
    if (filtersBox && (filterNames.some((name) => state[name]) || state.sort !== 'relevance')) filtersBox.open = true;
    input.value = state.q;
    for (const name of selectNames) selects[name].value = state[name];
  };
  const languageLinks = [...document.querySelectorAll<HTMLAnchorElement>('nav.lang a[data-locale]')];
  for (const a of languageLinks) a.dataset.base = a.getAttribute('href') ?? '';
  // The same search in another language: filters are slugs, so they carry over.
  const linkLanguages = (query: string) => {
    for (const a of languageLinks) a.setAttribute('href', `${a.dataset.base}${query}`);
  };
  const writeUrl = (state: SearchState, mode: 'push' | 'replace') => {
    const query = searchQueryString(state);
    linkLanguages(query);
    if (query === location.search) return;
    const url = `${location.pathname}${query}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  // ---- searching ----------------------------------------------------------------------
  let generation = 0;
  let shown: { results: PagefindResult[]; step: SearchStep | undefined; next: number } | undefined;

  const setStatus = (count: string, note = '') => {
    countNode.textContent = count;
    noteNode.textContent = note;
  };

  async function run(state: SearchState) {
    const mine = ++generation;
    if (!isActive(state)) {
      list.replaceChildren();
      more.hidden = true;
      setStatus('');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    // On a slow connection the first search takes seconds: say so, once, after a moment.
    const slow = setTimeout(() => mine === generation && setStatus(s.loading), 600);
    try {
      const options = pagefindOptions(state);
      const [pf, { searchPlan, nearFirst }] = await Promise.all([loadMain(), loadPlanner()]);
      let found: { results: PagefindResult[]; step: SearchStep | undefined } = { results: [], step: undefined };
      if (!state.q) {
        found = { results: (await pf.search(null, options)).results, step: undefined };
      } else {
        const search = async (query: string) => (await pf.search(query, options)).results;
        for (const step of searchPlan(state.q, config.locale)) {
          const own = await search(step.query);
          if (mine !== generation) return;
          if (own.length) {
            // By relevance, the exact and near forms of the words first; a date order stays as sorted.
            const nearer = state.sort === 'relevance' ? await Promise.all((step.near ?? []).map(search)) : [];
            found = { results: nearFirst(own, ...nearer), step };
            break;
          }
        }
      }
      if (mine !== generation) return;
      shown = { ...found, next: 0 };
      list.replaceChildren();
      const anyFolded = await showMore(mine, false);
      if (mine !== generation) return;
      const total = found.results.length;
      if (total === 0) setStatus(state.q ? interpolate(s.none, { query: state.q }) : s.noneFiltered);
      else {
        const count = state.q ? plural(s.status, total, config.intl, { query: state.q }) : plural(s.statusFiltered, total, config.intl);
        const step = found.step;
        const note = step?.kind === 'latin' ? interpolate(s.latinNote, { query: step.shown ?? step.query }) : anyFolded ? s.foldedNote : '';
        setStatus(count, note);
      }
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      list.replaceChildren();
      more.hidden = true;
      setStatus(s.error);
    } finally {
      clearTimeout(slow);
      if (mine === generation) list.removeAttribute('aria-busy');
    }
  }

  /** Shows the next page of results; tells whether any of them was found by its folded words. */
  async function showMore(mine: number, focusFirst: boolean): Promise<boolean> {
    if (!shown) return false;
    const slice = shown.results.slice(shown.next, shown.next + config.pageSize);
    const fragments = await Promise.all(slice.map((r) => r.data()));
    if (mine !== generation) return false;
    const rendered = fragments.map((f) => renderResult(f, shown!.step));
    list.append(...rendered.map((r) => r.li));
    shown.next += slice.length;
    more.hidden = shown.next >= shown.results.length;
    if (focusFirst) rendered[0]?.li.querySelector('a')?.focus();
    return rendered.some((r) => r.folded);
  }

  function renderResult(fragment: PagefindFragment, step: SearchStep | undefined): { li: HTMLLIElement; folded: boolean } {
    const li = document.createElement('li');
    const article = li.appendChild(document.createElement('article'));
    article.className = 'result';
    const h2 = article.appendChild(document.createElement('h2'));
    const a = h2.appendChild(document.createElement('a'));
    // Result URLs are site paths; anything else is not linked.
    const url = fragment.url.startsWith('/') && !fragment.url.startsWith('//') ? fragment.url : '#';
    a.href = url;
    a.textContent = fragment.meta.title ?? url;
    const meta = article.appendChild(document.createElement('p'));
    meta.className = 'result-meta';
    const type = fragment.filters.type?.[0] as SearchType | undefined;
    const date = fragment.meta.date ? formatIsoDate(fragment.meta.date, config.months, config.partial) : undefined;
    for (const text of [type ? s.kinds[type] : undefined, date, fragment.meta.region]) {
      if (text) meta.appendChild(document.createElement('span')).textContent = text;
    }
    const excerpt = article.appendChild(document.createElement('p'));
    excerpt.className = 'result-excerpt';
    const text = resultText(fragment, step?.query.split(' ') ?? [], FOLDED_ANCHOR);
    for (const part of text.parts) {
      if (part.mark) excerpt.appendChild(document.createElement('mark')).textContent = part.text;
      else excerpt.appendChild(document.createTextNode(part.text));
    }
    return { li, folded: text.folded };
  }

  // ---- events ---------------------------------------------------------------------------
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const warm = () => {
    void loadMain().catch(() => undefined);
    void loadPlanner().catch(() => undefined);
  };

  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', () => {
    warm();
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const state = readForm();
      writeUrl(state, 'replace');
      void run(state);
    }, TYPING_DELAY);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    const state = readForm();
    writeUrl(state, 'push');
    void run(state);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const state = readForm();
    writeUrl(state, 'push');
    void run(state);
  });
  more.addEventListener('click', () => void showMore(generation, true));
  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search, allowed);
    fillForm(state);
    linkLanguages(searchQueryString(state));
    void run(state);
  });

  const initial = parseSearchState(location.search, allowed);
  fillForm(initial);
  linkLanguages(searchQueryString(initial));
  if (isActive(initial)) void run(initial);
}
