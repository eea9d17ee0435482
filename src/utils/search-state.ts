/**
 * The search page's state and its URL (`?q=…&type=…&region=…&year=…&sort=…`), and
 * what it means for Pagefind. Pure; shared by the page (options) and its script.
 */
import type { Locale } from '../i18n/locales';
import { collectionNames, kinds, type SearchType } from '../model/collections';
import type { DatePrecision } from '../model/options';

export type { SearchType };

/** The search filter values, one per searchable collection, in collection order. */
export const searchTypes: SearchType[] = collectionNames.flatMap((c) => {
  const type = kinds[c].searchType;
  return type === null ? [] : [type];
});

/**
 * What the search index records about an entry page besides its text: its type and filters,
 * its date (sorting, the year filter) and the result's metadata.
 */
export interface SearchFieldValues {
  type: SearchType;
  title: string;
  /** Region slugs the entry belongs to. */
  regions: readonly string[];
  /** The project's slug: its own on a project page. */
  project?: string | undefined;
  /** Publication date, event start or project start. */
  date?: Date | undefined;
  /** How much of it the source gives: the result shows "2021", never a day nobody gave. */
  datePrecision?: DatePrecision | undefined;
  /** The region as the result shows it, in the page's language. */
  regionLabel?: string | undefined;
}

export const sortOrders = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** Sort keys on every indexed page. Undated pages (regions) sort last both ways. */
export const SORT_KEYS = { newest: 'newest', oldest: 'oldest' } as const;
export const UNDATED = { newest: '0000-00-00', oldest: '9999-99-99' } as const;

/**
 * The filters, in the order of the form and of the URL. Each is a Pagefind filter of the
 * same name on the indexed pages (src/components/SearchFields.astro).
 */
export const filterNames = ['type', 'region', 'project', 'year'] as const;
export type FilterName = (typeof filterNames)[number];

export type SearchState = { q: string; sort: SortOrder; type: SearchType | '' } & Record<Exclude<FilterName, 'type'>, string>;

export const emptyState: SearchState = { q: '', type: '', region: '', project: '', year: '', sort: 'relevance' };

export interface Allowed {
  regions: readonly string[];
  projects: readonly string[];
  years: readonly string[];
}

/** The values each filter may take on a page. */
const filterOptions = (allowed: Allowed): Record<FilterName, readonly string[]> => ({
  type: searchTypes,
  region: allowed.regions,
  project: allowed.projects,
  year: allowed.years,
});

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
  const options = filterOptions(allowed);
  const filters = Object.fromEntries(filterNames.map((name) => [name, pick(name, options[name])]));
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
    ...(filters as Omit<SearchState, 'q' | 'sort'>),
    sort: pick('sort', sortOrders) || 'relevance',
  };
}

/** The filters a state sets, by name. */
const setFilters = (state: SearchState): Record<string, string> =>
  Object.fromEntries(filterNames.filter((name) => state[name]).map((name) => [name, state[name]]));

/** The query string for a state, in a fixed order and without defaults: `?q=…&type=news`. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, value] of Object.entries(setFilters(state))) params.set(name, value);
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
  return Boolean(state.q || filterNames.some((name) => state[name]));
}

export interface PagefindOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Filters and sort for `pagefind.search()`. */
export function pagefindOptions(state: SearchState): PagefindOptions {
  const filters = setFilters(state);
  if (state.sort === 'newest') return { filters, sort: { [SORT_KEYS.newest]: 'desc' } };
  if (state.sort === 'oldest') return { filters, sort: { [SORT_KEYS.oldest]: 'asc' } };
  return { filters };
}

/** What the search page hands its script, as JSON: where the indexes are and every string it shows. */
export interface SearchPageConfig {
  locale: Locale;
  /** BCP 47 tag for `Intl.PluralRules`. */
  intl: string;
  /** The language's Pagefind bundle folder, e.g. `/pagefind/kk/`. */
  bundle: string;
  regions: string[];
  projects: string[];
  years: string[];
  pageSize: number;
  /** Date pattern per month, `{year}` and `{day}` to fill in (see `monthTemplates`). */
  months: string[];
  /** Patterns of dates known only to the month or the year (see `partialTemplates`). */
  partial: { months: string[]; year: string };
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
