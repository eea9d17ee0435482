/**
 * The search page's state and its URL (`?q=…&type=…&region=…&year=…&sort=…`), and
 * what it means for Pagefind. Pure; shared by the page (options) and its script.
 */
import type { CollectionName } from '../content/collections';
import type { Locale } from '../i18n/locales';

/** Collections with search results, and the type each is filtered by. The one mapping; the type list derives from it. */
export const searchTypeOf = {
  news: 'news',
  'master-classes': 'master-class',
  projects: 'project',
  regions: 'region',
} as const satisfies Partial<Record<CollectionName, string>>;

export type SearchableCollection = keyof typeof searchTypeOf;
export type SearchType = (typeof searchTypeOf)[SearchableCollection];
export const searchableCollections = Object.keys(searchTypeOf) as SearchableCollection[];
export const searchTypes = Object.values(searchTypeOf) as SearchType[];

export const sortOrders = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** Sort keys on every indexed page. Undated pages (regions) sort last both ways. */
export const SORT_KEYS = { newest: 'newest', oldest: 'oldest' } as const;
export const UNDATED = { newest: '0000-00-00', oldest: '9999-99-99' } as const;

export interface SearchState {
  q: string;
  type: SearchType | '';
  region: string;
  project: string;
  year: string;
  sort: SortOrder;
}

export const emptyState: SearchState = { q: '', type: '', region: '', project: '', year: '', sort: 'relevance' };

export interface Allowed {
  regions: readonly string[];
  projects: readonly string[];
  years: readonly string[];
}

/**
 * Reads the state from a query string. Values the page does not offer (a region slug
 * that does not exist, `sort=random`) are dropped, so a mangled link still searches.
 */
export function parseSearchState(search: string | URLSearchParams, allowed: Allowed): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const pick = <T extends string>(name: string, options: readonly T[]): T | '' => {
    const value = params.get(name)?.trim() ?? '';
    return (options as readonly string[]).includes(value) ? (value as T) : '';
  };
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
    type: pick('type', searchTypes),
    region: pick('region', allowed.regions),
    project: pick('project', allowed.projects),
    year: pick('year', allowed.years),
    sort: pick('sort', sortOrders) || 'relevance',
  };
}

/** The query string for a state, in a fixed order and without defaults: `?q=…&type=news`. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  if (state.region) params.set('region', state.region);
  if (state.project) params.set('project', state.project);
  if (state.year) params.set('year', state.year);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query string that lists every entry of a type in a region or project, newest first. */
export function newestQuery(type: SearchType, filter: { region: string } | { project: string }): string {
  return searchQueryString({ ...emptyState, type, ...filter, sort: 'newest' });
}

/** True when the state asks for results: a query, or at least one filter. */
export function isActive(state: SearchState): boolean {
  return Boolean(state.q || state.type || state.region || state.project || state.year);
}

export interface PagefindOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Filters and sort for `pagefind.search()`. */
export function pagefindOptions(state: SearchState): PagefindOptions {
  const filters: Record<string, string> = {};
  if (state.type) filters.type = state.type;
  if (state.region) filters.region = state.region;
  if (state.project) filters.project = state.project;
  if (state.year) filters.year = state.year;
  if (state.sort === 'newest') return { filters, sort: { [SORT_KEYS.newest]: 'desc' } };
  if (state.sort === 'oldest') return { filters, sort: { [SORT_KEYS.oldest]: 'asc' } };
  return { filters };
}

/** What the search page hands its script, as JSON: where the indexes are and every string it shows. */
export interface SearchPageConfig {
  locale: Locale;
  /** BCP 47 tag for `Intl.PluralRules`. */
  intl: string;
  /** Pagefind bundle folder, e.g. `/pagefind/`. */
  bundle: string;
  /** The folded Kazakh bundle, on Kazakh pages only. */
  foldedBundle?: string;
  regions: string[];
  projects: string[];
  years: string[];
  pageSize: number;
  /** Date pattern per month, `{year}` and `{day}` to fill in (see `monthTemplates`). */
  months: string[];
  strings: {
    status: PluralStrings;
    statusFiltered: PluralStrings;
    none: string;
    noneFiltered: string;
    loading: string;
    error: string;
    latinNote: string;
    foldedNote: string;
    kinds: Record<SearchType, string>;
  };
}

type PluralStrings = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
