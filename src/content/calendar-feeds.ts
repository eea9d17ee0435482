/**
 * The calendars readers subscribe to: every event of a language, a region's events and a
 * project's events, each as an iCalendar feed (`src/utils/calendar-feed.ts` writes them).
 *
 * A feed holds the events still to come and those that ended within the last year, each
 * in the feed's language (untranslated ones through their fallback, as on the site). An
 * event has the same UID in every feed and language, and its LAST-MODIFIED is the last
 * change of its files in any language (from git, or file times outside git; see `./history`),
 * so every feed that holds it says the same about it.
 */
import { getCollection } from 'astro:content';
import { locales, siteTimeZone, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { calendarFeedIcs, inFeed } from '../utils/calendar-feed';
import { buildNow } from '../utils/now';
import { groupBySlug } from '../utils/translations';
import type { CollectionName } from './collections';
import { fileHistory } from './history';
import { contentDir } from './paths';
import { entryPaths, eventItems, shownKey, type Item } from './query';
import { calendarEvent } from './sharing';

type Site = URL | string | undefined;
type Event = Item<'master-classes'>;

/** Collections whose entries have a calendar of their own, and the event field that names them. */
const scopeField = { regions: 'region', projects: 'project' } as const satisfies Partial<Record<CollectionName, keyof Event['entry']['data']>>;
export type FeedScope = keyof typeof scopeField;

let changes: Promise<Map<string, Date>> | undefined;

/**
 * When each event last changed, by slug: the newest of its files in every language, to the
 * second. Read once per build (one `git log` over the content folder); in dev, every time.
 */
function eventChanges(): Promise<Map<string, Date>> {
  const read = async () => {
    const history = fileHistory(contentDir);
    const out = new Map<string, Date>();
    for (const [slug, group] of groupBySlug(await getCollection('master-classes'))) {
      const times = locales.flatMap((l) => {
        const file = group[l]?.filePath;
        const time = file === undefined ? undefined : history.time(file);
        return time === undefined ? [] : [time];
      });
      if (times.length === 0) throw new Error(`The event "${slug}" has no file whose last change can be read, so its calendar entry cannot say when it changed.`);
      out.set(slug, new Date(Math.floor(Math.max(...times) / 1000) * 1000));
    }
    return out;
  };
  if (!import.meta.env.PROD) return read();
  changes ??= read();
  return changes;
}

/** The events of a locale that a feed built now holds, soonest first, optionally only those `keep` accepts. */
async function feedItems(locale: Locale, keep: (event: Event) => boolean = () => true): Promise<Event[]> {
  const now = buildNow();
  return (await eventItems(locale)).filter((event) => inFeed(event.entry.data, now) && keep(event));
}

/**
 * The `cacheKey` of a feed: the entries it shows (its events and, for a region or project
 * feed, that entry, whose name is the calendar's), and when each event last changed, which
 * the entries' data does not hold.
 */
async function feedKey(shown: readonly Item<CollectionName>[], events: readonly Event[]): Promise<string> {
  const changed = await eventChanges();
  return shownKey(shown, events.map((e) => [e.slug, changed.get(e.slug)?.getTime()]));
}

/** `getStaticPaths` of the feed of every event, one per locale. */
export function allEventsFeedPaths() {
  return Promise.all(
    locales.map(async (locale) => {
      const events = await feedItems(locale);
      return { params: { locale }, props: { locale, events }, cacheKey: await feedKey(events, events) };
    }),
  );
}

/** `getStaticPaths` of the feeds of each region or each project, in every locale. */
export async function scopedFeedPaths<C extends FeedScope>(collection: C) {
  const field = scopeField[collection];
  const paths = await entryPaths(collection);
  return Promise.all(
    paths.map(async ({ params, props: { item } }) => {
      const events = await feedItems(params.locale, (event) => event.entry.data[field] === item.slug);
      return { params, props: { locale: params.locale, item, events }, cacheKey: await feedKey([item, ...events], events) };
    }),
  );
}

/** The calendar's name in a locale: every event, or a region's or project's (named in that locale). */
export function feedName(locale: Locale, scope?: Item<FeedScope>): string {
  const t = useTranslations(locale);
  const site = t('site.name');
  const data = scope?.entry.data;
  const name = data === undefined ? t('calendar.feed.all', { site }) : t('calendar.feed.scoped', { site, name: 'name' in data ? data.name : data.title });
  // Russian region names start in lower case ("область Жетісу"); a calendar's name does not.
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * The feed as an iCalendar file. An event that is not simply scheduled says so before its
 * title ("Cancelled: …"), for calendar apps that show a cancelled event as it was; its STATUS
 * says it too (CANCELLED, or TENTATIVE while postponed).
 */
export async function feedIcs(locale: Locale, name: string, events: readonly Event[], site: Site): Promise<string> {
  const t = useTranslations(locale);
  const changed = await eventChanges();
  const entries = await Promise.all(
    events.map(async (item) => {
      const event = await calendarEvent(item, site);
      const { status } = item.entry.data;
      const title = status === 'scheduled' ? event.title : `${t(`events.status.${status}`)}: ${event.title}`;
      const lastModified = changed.get(item.slug);
      if (!lastModified) throw new Error(`The event "${item.slug}" has no recorded last change, so its calendar entry cannot be dated.`);
      return { ...event, title, lastModified };
    }),
  );
  return calendarFeedIcs({ name, timeZone: siteTimeZone, events: entries });
}

/** An iCalendar file as a response. */
export function calendarResponse(ics: string): Response {
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
