/**
 * Where an entry page sends its reader next: more reports from the same project or region, the
 * events still to come, and the previous and next entry of its section. The entry route puts
 * them in the page's props, so its cache key covers them.
 */
import type { Locale } from '../../i18n/locales';
import { kinds, type CollectionName, type DetailTemplate } from '../../model/collections';
import type { LinkedEntry } from '../../utils/urls';
import type { Named } from '../links';
import { isItemOf, itemsOf, type AnyItem, type Item } from '../readers';
import type { WithCalendar } from '../templates';
import { splitByTime } from './sections';

/** Reports in the "more from" list beside an entry. */
export const MORE_LIMIT = 3;
/** Events in the "upcoming" list beside an entry. */
export const UPCOMING_LIMIT = 3;

/** The pages that get the side column of more reports and upcoming events (projects and regions list what names them instead). */
const withSideLists: readonly DetailTemplate[] = ['article', 'event', 'page'];

export const hasSideLists = (collection: CollectionName) => withSideLists.includes(kinds[collection].detail);

/** The latest reports of the entry's project, else of its region, else of the whole site. */
export interface MoreList {
  by: 'project' | 'region' | 'latest';
  /** The project or region, linked. */
  link?: LinkedEntry | undefined;
  items: Item<'news'>[];
}

/** The first named entry of a collection, across the entry's reference fields. */
function firstNamed(named: Record<string, Named[]>, collection: 'projects' | 'regions'): Named | undefined {
  return Object.values(named)
    .flat()
    .find((n) => isItemOf(n.item, collection));
}

/** The reports to show beside an entry: the first of its project's, its region's or the site's latest that has any besides the entry itself. */
export async function moreReports(item: AnyItem, named: Record<string, Named[]>, locale: Locale): Promise<MoreList | null> {
  if (!hasSideLists(item.entry.collection)) return null;
  const others = (await itemsOf('news', locale)).filter((n) => !(isItemOf(item, 'news') && n.slug === item.slug));
  for (const by of ['project', 'region'] as const) {
    const target = firstNamed(named, by === 'project' ? 'projects' : 'regions');
    if (!target) continue;
    const items = others.filter((n) => n.entry.data[by] === target.item.slug).slice(0, MORE_LIMIT);
    if (items.length) return { by, link: target.link, items };
  }
  const latest = others.slice(0, MORE_LIMIT);
  return latest.length ? { by: 'latest', items: latest } : null;
}

/** The events still to come, soonest first, besides the entry itself. */
export async function upcomingEvents(item: AnyItem, locale: Locale): Promise<Item<WithCalendar>[]> {
  if (!hasSideLists(item.entry.collection)) return [];
  const { upcoming } = splitByTime(await itemsOf('events', locale));
  return upcoming.filter((e) => !(isItemOf(item, 'events') && e.slug === item.slug)).slice(0, UPCOMING_LIMIT);
}

/**
 * The entries before and after this one in its section's order: for dated kinds the earlier and
 * the later one (reports are listed newest first, events soonest first), for the others the one
 * before and after in the list. None for kinds without a section.
 */
export async function neighbours(item: AnyItem, locale: Locale): Promise<{ previous: AnyItem | null; next: AnyItem | null }> {
  const { collection } = item.entry;
  if (!kinds[collection].list) return { previous: null, next: null };
  const list: AnyItem[] = await itemsOf(collection, locale);
  const at = list.findIndex((other) => other.slug === item.slug);
  if (at < 0) return { previous: null, next: null };
  const step = kinds[collection].order.direction === 'desc' ? -1 : 1;
  return { previous: list[at - step] ?? null, next: list[at + step] ?? null };
}
