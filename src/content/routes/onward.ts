/**
 * Where an entry page sends its reader next: more reports from the same project or region, the
 * events still to come, and the previous and next entry of its section. The entry route puts
 * them in the page's props as briefs (title, project, when), so its cache key covers them.
 *
 * What a rebuild costs after an edit follows from these lists. "More" is the entry's neighbourhood
 * in its project or region (the reports just before it), so an edited report renders again only
 * the few pages near it. The upcoming events are the same on every page that shows them: an edit
 * to one of the next three events, or one of them ending, renders all those pages again.
 */
import type { Locale } from '../../i18n/locales';
import { kinds, type CollectionName, type DetailTemplate } from '../../model/collections';
import type { LinkedEntry } from '../../utils/urls';
import { briefOf, type Brief } from '../briefs';
import { firstNamed, type Named } from '../links';
import { isItemOf, itemsOf, type AnyItem, type Item } from '../readers';
import { hasCalendar } from '../templates';
import { splitByTime } from './sections';

/** Reports in the "more from" list beside an entry. */
export const MORE_LIMIT = 3;
/** Events in the "upcoming" list beside an entry. */
export const UPCOMING_LIMIT = 3;

/** The pages that get the side column of more reports and upcoming events (projects and regions list what names them instead). */
const withSideLists: readonly DetailTemplate[] = ['article', 'event', 'page'];

export const hasSideLists = (collection: CollectionName) => withSideLists.includes(kinds[collection].detail);

/** Reports of the entry's project, else of its region, else of the whole site. */
export interface MoreList {
  by: 'project' | 'region' | 'latest';
  /** The project or region, linked: its page lists all its reports. */
  link?: LinkedEntry | undefined;
  items: Brief[];
}

/** When an entry happened: a report's date, an event's start; none for undated kinds. */
function dateOf(item: AnyItem): Date | undefined {
  if (isItemOf(item, 'news')) return item.entry.data.date;
  return hasCalendar(item) ? item.entry.data.start : undefined;
}

/**
 * Up to MORE_LIMIT reports of a list (newest first) around a date: those just before it, then,
 * when there are too few, those just after. Without a date, the newest.
 */
function around(reports: Item<'news'>[], date: Date | undefined): Item<'news'>[] {
  const at = date ? reports.findIndex((r) => r.entry.data.date <= date) : 0;
  const from = at < 0 ? reports.length : at;
  const before = reports.slice(from, from + MORE_LIMIT);
  const after = reports.slice(Math.max(0, from - (MORE_LIMIT - before.length)), from);
  return [...after, ...before];
}

/** The reports to show beside an entry: its neighbourhood in its project, else its region, else the site's latest. */
export async function moreReports(item: AnyItem, named: Record<string, Named[]>, locale: Locale): Promise<MoreList | null> {
  if (!hasSideLists(item.entry.collection)) return null;
  const others = (await itemsOf('news', locale)).filter((n) => !(isItemOf(item, 'news') && n.slug === item.slug));
  const date = dateOf(item);
  for (const by of ['project', 'region'] as const) {
    const target = firstNamed(named, by === 'project' ? 'projects' : 'regions');
    if (!target) continue;
    const items = around(
      others.filter((n) => n.entry.data[by] === target.item.slug),
      date,
    );
    if (items.length) return { by, link: target.link, items: items.map((i) => briefOf(i)) };
  }
  const latest = around(others, date);
  return latest.length ? { by: 'latest', items: latest.map((i) => briefOf(i)) } : null;
}

/** The events still to come, soonest first, besides the entry itself. */
export async function upcomingEvents(item: AnyItem, locale: Locale): Promise<Brief[]> {
  if (!hasSideLists(item.entry.collection)) return [];
  const { upcoming } = splitByTime(await itemsOf('events', locale));
  return upcoming
    .filter((e) => !(isItemOf(item, 'events') && e.slug === item.slug))
    .slice(0, UPCOMING_LIMIT)
    .map((i) => briefOf(i));
}

/**
 * The entries before and after this one in its section's order: for dated kinds the earlier and
 * the later one (reports are listed newest first, events soonest first), for the others the one
 * before and after in the list. None for kinds without a section.
 */
export async function neighbours(item: AnyItem, locale: Locale): Promise<{ previous: Brief | null; next: Brief | null }> {
  const { collection } = item.entry;
  if (!kinds[collection].list) return { previous: null, next: null };
  const list: AnyItem[] = await itemsOf(collection, locale);
  const at = list.findIndex((other) => other.slug === item.slug);
  if (at < 0) return { previous: null, next: null };
  const step = kinds[collection].order.direction === 'desc' ? -1 : 1;
  const [previous, next] = [list[at - step], list[at + step]];
  return { previous: previous ? briefOf(previous) : null, next: next ? briefOf(next) : null };
}
