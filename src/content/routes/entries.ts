/**
 * The page of every entry of every collection: `/<locale>/<segment>/<slug>/`, or
 * `/<locale>/<slug>/` for a kind without a segment (about, contacts). Everything the page shows
 * is in its props, so its cache key covers it.
 */
import { locales, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { collectionNames, kinds, type CollectionName } from '../../model/collections';
import { datePrecisions } from '../../model/options';
import { googleCalendarUrl } from '../../utils/calendar';
import { isUpcoming } from '../../utils/dates';
import { newestQuery, type SearchFieldValues } from '../../utils/search-state';
import type { Crumb, Seo } from '../../utils/seo';
import { absoluteUrl, calendarFeedHref, entryHref, icsHref, localeHref, sectionHref, type LinkedEntry } from '../../utils/urls';
import { calendarEvent } from '../calendar';
import { entrySeo } from '../head';
import { keyed } from '../keys';
import { linksOf, namedEntries, type Named } from '../links';
import { buildNow } from '../now';
import { isItemOf, itemsOf, type AnyItem, type Item } from '../readers';
import { namedSlugs, referencesFrom, referencesTo } from '../relations';
import { projectLabels, type ProjectLabels } from '../project-labels';
import type { Brief } from '../briefs';
import { hasCalendar } from '../templates';
import { hasScopedCalendar } from './calendars';
import { moreReports, neighbours, upcomingEvents, type MoreList } from './onward';

/** Entries of another kind that name this one (a region's reports), the latest few. */
export interface RelatedList {
  collection: CollectionName;
  items: AnyItem[];
  total: number;
  /** The search page listing all of them, newest first. */
  searchHref?: string | undefined;
}

export interface EntryPageProps<C extends CollectionName> {
  locale: Locale;
  collection: C;
  item: Item<C>;
  /** The entries it names, per field, in the page's language where they have it. */
  links: Record<string, LinkedEntry[]>;
  /** Per field naming several entries: whether it names every entry of that collection (a project in all regions). */
  everywhere: Record<string, boolean>;
  related: RelatedList[];
  /** The projects' names and tones: the entry's own label and the cards'. */
  labels: ProjectLabels;
  /** Beside a report, an event or a page: more reports from the same project or region. */
  more: MoreList | null;
  /** Beside a report, an event or a page: the events still to come. */
  upcoming: Brief[];
  /** The entries before and after this one in its section, the page's way onward. */
  previous: Brief | null;
  next: Brief | null;
  /** For an event: it has ended, at build time. */
  past: boolean;
  seo: Seo;
  crumbs: Crumb[];
  /** What the search index records about the page; none when its kind is not searchable. */
  search: SearchFieldValues | null;
  /** Its calendar file and Google Calendar link, for kinds with a calendar. */
  calendar: { ics: string; google: string } | null;
  poster: string | null;
  /** Its calendar to subscribe to, for an entry that events name (a region, a project). */
  subscribe: string | null;
  /** The page's own absolute URL, for share links. */
  url: string;
}

export type AnyEntryPage = EntryPageProps<CollectionName>;

/** Cards shown per related list: four rows of three on a wide screen. */
export const RELATED_LIMIT = 12;

const site = () => import.meta.env.SITE;

/** The search fields of an entry page, from its kind: type, region and project filters, date. */
function searchFields(item: AnyItem, named: Record<string, Named[]>, everywhere: Record<string, boolean>, locale: Locale): SearchFieldValues | null {
  const { collection } = item.entry;
  const type = kinds[collection].searchType;
  if (type === null) return null;
  const data: Record<string, unknown> = item.entry.data;
  const all = Object.values(named).flat();
  const regions = all.filter((n) => isItemOf(n.item, 'regions'));
  const project = all.find((n) => isItemOf(n.item, 'projects'));
  const dateField = kinds[collection].dateField;
  const date = dateField ? data[dateField] : undefined;
  const precision = dateField ? data[`${dateField}Precision`] : undefined;
  const t = useTranslations(locale);
  const inRegions = referencesFrom(collection).filter((r) => r.to === 'regions');
  // An entry of a kind that names a region, with none named, is for all of Kazakhstan; one that names them all says so.
  const national = inRegions.length ? t('common.national') : undefined;
  const label = inRegions.some((r) => everywhere[r.field]) ? t('projects.allRegions') : regions.map((n) => n.link.name).join(', ');
  return {
    type,
    title: item.entry.data.title,
    regions: isItemOf(item, 'regions') ? [item.slug] : regions.map((n) => n.item.slug),
    project: isItemOf(item, 'projects') ? item.slug : project?.item.slug,
    date: date instanceof Date ? date : undefined,
    datePrecision: datePrecisions.find((p) => p === precision),
    regionLabel: label || national,
  };
}

/** The lists of entries that name this one, newest or soonest first as their kind orders them. */
async function relatedLists(item: AnyItem, locale: Locale): Promise<RelatedList[]> {
  const lists: RelatedList[] = [];
  for (const { from, field } of referencesTo(item.entry.collection)) {
    const naming = (await itemsOf(from, locale)).filter((other) => namedSlugs(other.entry.data, field).includes(item.slug));
    // Events list their latest first on a region or project page.
    const ordered = kinds[from].order.direction === 'asc' && kinds[from].dateField ? naming.reverse() : naming;
    if (!ordered.length) continue;
    const type = kinds[from].searchType;
    const filter = kinds[item.entry.collection].searchType;
    const searchHref =
      type && (filter === 'region' || filter === 'project')
        ? localeHref(locale, 'search') + newestQuery(type, filter === 'region' ? { region: item.slug } : { project: item.slug })
        : undefined;
    lists.push({ collection: from, items: ordered.slice(0, RELATED_LIMIT), total: ordered.length, searchHref });
  }
  return lists;
}

/** Everything an entry's page shows, for a locale. */
export async function entryPage(item: AnyItem, locale: Locale): Promise<AnyEntryPage> {
  const { collection } = item.entry;
  const kind = kinds[collection];
  const t = useTranslations(locale);
  const named = await namedEntries(item, locale);
  const everywhere: Record<string, boolean> = {};
  for (const [field, entries] of Object.entries(named)) {
    const target = entries[0]?.item.entry.collection;
    everywhere[field] = target !== undefined && entries.length > 1 && entries.length === (await itemsOf(target, locale)).length;
  }
  const href = entryHref(collection, locale, item.slug);
  const section: Crumb[] = kind.list ? [{ label: t(`nav.${collection}`), href: sectionHref(collection, locale) }] : [];
  const calendar = hasCalendar(item)
    ? { ics: icsHref(collection, locale, item.slug), google: googleCalendarUrl(await calendarEvent(item, locale, site())) }
    : null;
  return {
    locale,
    collection,
    item,
    links: linksOf(named),
    everywhere,
    related: await relatedLists(item, locale),
    labels: await projectLabels(locale),
    more: await moreReports(item, named, locale),
    upcoming: await upcomingEvents(item, locale),
    ...(await neighbours(item, locale)),
    past: hasCalendar(item) ? !isUpcoming(item.entry.data, buildNow()) : false,
    seo: await entrySeo(item, site()),
    crumbs: [...section, { label: item.entry.data.title, href }],
    search: searchFields(item, named, everywhere, locale),
    calendar,
    poster: kind.poster ? `${href}poster/` : null,
    subscribe: hasScopedCalendar(collection) ? calendarFeedHref(collection, locale, item.slug) : null,
    url: absoluteUrl(href, site()),
  };
}

async function pagesOf(collections: readonly CollectionName[]) {
  const out: { locale: Locale; collection: CollectionName; slug: string; props: AnyEntryPage }[] = [];
  for (const locale of locales) {
    for (const collection of collections) {
      for (const item of await itemsOf(collection, locale)) out.push({ locale, collection, slug: item.slug, props: await entryPage(item, locale) });
    }
  }
  return out;
}

/**
 * `getStaticPaths` of every entry's page: `/<locale>/<segment>/<slug>/`, or `/<locale>/<slug>/`
 * for a kind without a segment (about, contacts).
 */
export async function entryPagePaths() {
  const pages = await pagesOf(collectionNames);
  return keyed(pages.map(({ locale, collection, slug, props }) => ({ params: { locale, entry: [kinds[collection].segment, slug].filter(Boolean).join('/') }, props })));
}
