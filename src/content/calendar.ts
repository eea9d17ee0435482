/**
 * Events as calendar entries (an `.ics` file each, "add to calendar" links), in a page's locale,
 * with the text in the language it is written in.
 */
import type { Locale } from '../i18n/locales';
import type { CalendarEvent } from '../utils/calendar';
import { parseLocalDateTime, toIsoDate } from '../utils/dates';
import { absoluteUrl, entryHref } from '../utils/urls';
import { domainOf } from './cards';
import { firstRegion, namedEntries } from './links';
import { buildNow } from './now';
import type { Item } from './readers';
import type { WithCalendar } from './templates';

type Site = URL | string | undefined;

/**
 * DTSTAMP of the calendar files: the build's day (midnight in Kazakhstan), not its instant, so
 * a file is the same all day and an incremental build can keep it (its key holds the day).
 */
export function calendarStamp(now = buildNow()): Date {
  return parseLocalDateTime(`${toIsoDate(now)}T00:00`)!;
}

/** An event as a calendar entry, in the page's locale. */
export async function calendarEvent(item: Item<WithCalendar>, locale: Locale, site: Site): Promise<CalendarEvent> {
  const { data, collection } = item.entry;
  const region = firstRegion(await namedEntries(item, locale));
  return {
    uid: `${item.slug}@${domainOf(site)}`,
    title: data.title,
    description: data.summary,
    location: [data.venue, data.address, region?.entry.data.title].filter(Boolean).join(', '),
    url: absoluteUrl(entryHref(collection, locale, item.slug), site),
    start: data.start,
    end: data.end,
    status: data.status,
    organiser: data.organiser,
    stamp: calendarStamp(),
  };
}
