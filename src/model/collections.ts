/**
 * The content collections and what the site needs to know about each kind of entry, declared
 * once. Routes, navigation, search, head tags and JSON-LD, preview cards, feeds, calendars and
 * the CMS all derive from these declarations (see docs/architecture.md). Plain data: safe for
 * every layer and for the browser.
 *
 * Templates are named, not imported: the site's templates (src/components/kinds/) and the CMS
 * previews (admin/previews.tsx) map each name to a component, so a collection that reuses
 * existing templates needs nothing but its declaration here, its schema and its words.
 */

/** The one list of content collections, in navigation order. */
export const collectionNames = ['news', 'events', 'projects', 'regions', 'pages'] as const;
export type CollectionName = (typeof collectionNames)[number];

/** The page an entry gets: its header, facts and the blocks around its text. */
export const detailTemplates = ['article', 'event', 'project', 'region', 'page'] as const;
export type DetailTemplate = (typeof detailTemplates)[number];

/**
 * The section's list page: `paged` (newest first, 12 a page), `agenda` (upcoming first, the
 * past in an archive), `grid` (all at once), `regions` (the map and the list).
 */
export const listTemplates = ['paged', 'agenda', 'grid', 'regions'] as const;
export type ListTemplate = (typeof listTemplates)[number];

/** How an entry is shown in lists and on its preview card: what the line above the title says. */
export const cardTemplates = ['dated', 'event', 'project', 'region', 'page'] as const;
export type CardTemplate = (typeof cardTemplates)[number];

export interface KindDeclaration {
  /** Folder under `content/`, with one sub-folder per locale. */
  folder: string;
  /** URL segment of the section (`/<locale>/<segment>/<slug>/`); empty: entries sit at the locale root. */
  segment: string;
  detail: DetailTemplate;
  list: ListTemplate | null;
  card: CardTemplate;
  /** The order of lists: by this field of the schema. */
  order: { field: string; direction: 'asc' | 'desc' };
  /** The field that dates an entry (search's year filter and date sort, feeds), if any. */
  dateField: string | null;
  /** The search filter value of this kind's pages; `null`: its pages are not searchable. */
  searchType: string | null;
  /** schema.org type of the entry's JSON-LD, besides the breadcrumbs. */
  jsonLd: 'NewsArticle' | 'Event' | null;
  /** Open Graph type of the entry's page. */
  ogType: 'article' | 'website';
  /** An `.ics` file per entry, subscription feeds and "add to calendar" (needs start, end, venue). */
  calendar: boolean;
  /** A printable A4 poster with a QR code per entry. */
  poster: boolean;
  /** The section's RSS feed: the latest entries, or those still to come. */
  feed: 'latest' | 'upcoming' | null;
  /** In the header and footer menus, in collection order. */
  nav: boolean;
  cms: {
    /** Editors may add and delete entries (the 20 regions and the fixed pages are not theirs to add). */
    create: boolean;
    /** Extra fields the CMS list can sort by, besides the order field. */
    sortable: readonly string[];
    /** The date shown after the title in the CMS's entry lists, as a date or a date and time. */
    listDate?: { field: string; kind: 'date' | 'dateTime' };
  };
}

export const kinds = {
  news: {
    folder: 'news',
    segment: 'news',
    detail: 'article',
    list: 'paged',
    card: 'dated',
    order: { field: 'date', direction: 'desc' },
    dateField: 'date',
    searchType: 'news',
    jsonLd: 'NewsArticle',
    ogType: 'article',
    calendar: false,
    poster: false,
    feed: 'latest',
    nav: true,
    cms: { create: true, sortable: ['title'], listDate: { field: 'date', kind: 'date' } },
  },
  events: {
    folder: 'master-classes',
    segment: 'master-classes',
    detail: 'event',
    list: 'agenda',
    card: 'event',
    order: { field: 'start', direction: 'asc' },
    dateField: 'start',
    searchType: 'event',
    jsonLd: 'Event',
    ogType: 'article',
    calendar: true,
    poster: true,
    feed: 'upcoming',
    nav: true,
    cms: { create: true, sortable: ['title'], listDate: { field: 'start', kind: 'dateTime' } },
  },
  projects: {
    folder: 'projects',
    segment: 'projects',
    detail: 'project',
    list: 'grid',
    card: 'project',
    order: { field: 'order', direction: 'asc' },
    dateField: 'started',
    searchType: 'project',
    jsonLd: null,
    ogType: 'website',
    calendar: false,
    poster: false,
    feed: null,
    nav: true,
    cms: { create: true, sortable: ['title'] },
  },
  regions: {
    folder: 'regions',
    segment: 'regions',
    detail: 'region',
    list: 'regions',
    card: 'region',
    order: { field: 'title', direction: 'asc' },
    dateField: null,
    searchType: 'region',
    jsonLd: null,
    ogType: 'website',
    calendar: false,
    poster: false,
    feed: null,
    nav: true,
    cms: { create: false, sortable: [] },
  },
  pages: {
    folder: 'pages',
    segment: '',
    detail: 'page',
    list: null,
    card: 'page',
    order: { field: 'title', direction: 'asc' },
    dateField: null,
    searchType: null,
    jsonLd: null,
    ogType: 'website',
    calendar: false,
    poster: false,
    feed: null,
    nav: false,
    cms: { create: false, sortable: [] },
  },
} as const satisfies Record<CollectionName, KindDeclaration>;

export type Kinds = typeof kinds;

/** The search filter values, one per searchable collection. */
export type SearchType = NonNullable<Kinds[CollectionName]['searchType']>;

/** The collections with a section list page. */
export type SectionCollection = { [C in CollectionName]: Kinds[C]['list'] extends null ? never : C }[CollectionName];

export function isSectionCollection(collection: CollectionName): collection is SectionCollection {
  return kinds[collection].list !== null;
}

/** The collections with a section list page, in menu order. */
export const sectionCollections: SectionCollection[] = collectionNames.filter(isSectionCollection);

/** Collections with an RSS feed of their own. */
export const feedCollections = collectionNames.filter((c) => kinds[c].feed !== null);

/** Collections with an `.ics` file per entry. */
export const calendarCollections = collectionNames.filter((c) => kinds[c].calendar);

export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && (collectionNames as readonly string[]).includes(value);
}
