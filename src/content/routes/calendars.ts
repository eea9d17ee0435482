/**
 * The calendars readers subscribe to: every event of a language (`/<locale>/<segment>/calendar.ics`
 * for each kind with a calendar), and the events of each entry they name: a region's, a project's
 * (`/<locale>/<segment>/<slug>/calendar.ics`). `src/utils/calendar-feed.ts` writes them.
 *
 * A feed holds the events still to come and those that ended within the last year, each in the
 * feed's language (untranslated ones through their fallback, as on the site). An event has the
 * same UID in every feed and language, and its LAST-MODIFIED is the last change of its files in any
 * language (from git, or file times outside git; see `../history.ts`), so every feed that holds it
 * says the same about it. The props hold each event as the feed writes it, so the key covers it.
 */
import { locales, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { calendarCollections, kinds, type CollectionName } from '../../model/collections';
import { inFeed, type FeedEvent } from '../../utils/calendar-feed';
import { groupBySlug } from '../../utils/translations';
import { calendarEvent } from '../calendar';
import { fileHistory } from '../history';
import { keyed } from '../keys';
import { buildNow } from '../now';
import { contentDir } from '../paths';
import { allEntries, itemsOf, type AnyItem, type Item } from '../readers';
import { namedSlugs, referencesFrom } from '../relations';
import { hasCalendar, type WithCalendar } from '../templates';

const site = () => import.meta.env.SITE;

export interface CalendarFeedProps {
  locale: Locale;
  /** The calendar's name in the feed's language. */
  name: string;
  events: FeedEvent[];
}

const changes = new Map<CollectionName, Promise<Map<string, Date>>>();

/**
 * When each entry of a calendar collection last changed, by slug: the newest of its files in every
 * language, to the second. Read once per build (one `git log` over the content folder).
 */
function lastChanges(collection: CollectionName): Promise<Map<string, Date>> {
  const read = async () => {
    const history = fileHistory(contentDir);
    const out = new Map<string, Date>();
    for (const [slug, group] of groupBySlug(await allEntries(collection))) {
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
  let hit = changes.get(collection);
  if (!hit) changes.set(collection, (hit = read()));
  return hit;
}

/**
 * The events of a feed as it writes them. One that is not simply scheduled says so before its
 * title ("Cancelled: …"), for calendar apps that show a cancelled event as it was; its STATUS says it
 * too (CANCELLED, or TENTATIVE while postponed).
 */
async function feedEvents(items: readonly Item<WithCalendar>[], locale: Locale): Promise<FeedEvent[]> {
  const t = useTranslations(locale);
  return Promise.all(
    items.map(async (item) => {
      const event = await calendarEvent(item, locale, site());
      const { status } = item.entry.data;
      const lastModified = (await lastChanges(item.entry.collection)).get(item.slug);
      if (!lastModified) throw new Error(`The event "${item.slug}" has no recorded last change, so its calendar entry cannot be dated.`);
      return { ...event, title: status === 'scheduled' ? event.title : `${t(`events.status.${status}`)}: ${event.title}`, lastModified };
    }),
  );
}

/** The calendar's name in a locale: every event's, or a region's or project's (named in that locale). */
function feedName(locale: Locale, scope?: AnyItem): string {
  const t = useTranslations(locale);
  const siteName = t('site.name');
  const name = scope ? t('calendar.feed.scoped', { site: siteName, name: scope.entry.data.title }) : t('calendar.feed.all', { site: siteName });
  // Russian region names start in lower case ("область Жетісу"); a calendar's name does not.
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A calendar collection's events in a locale that a feed built now holds, soonest first. */
async function inFeedNow(collection: CollectionName, locale: Locale): Promise<Item<WithCalendar>[]> {
  const now = buildNow();
  return (await itemsOf(collection, locale)).filter(hasCalendar).filter((item) => inFeed(item.entry.data, now));
}

/** `getStaticPaths` of `/<locale>/<segment>/calendar.ics`: every event of a language. */
export async function calendarFeedPaths() {
  const paths = [];
  for (const locale of locales) {
    for (const collection of calendarCollections) {
      const props: CalendarFeedProps = { locale, name: feedName(locale), events: await feedEvents(await inFeedNow(collection, locale), locale) };
      paths.push({ params: { locale, section: kinds[collection].segment }, props });
    }
  }
  return keyed(paths);
}

/** The collections whose entries calendar events name (regions, projects), each with the naming field. */
const scopes = () =>
  calendarCollections.flatMap((from) => referencesFrom(from).map((r) => ({ from, field: r.field, to: r.to })));

/** Whether an entry has a calendar of its own: events name entries of its collection. */
export const hasScopedCalendar = (collection: CollectionName) => scopes().some((s) => s.to === collection);

/** `getStaticPaths` of `/<locale>/<segment>/<slug>/calendar.ics`: the events of a region or a project. */
export async function scopedCalendarPaths() {
  const paths = [];
  for (const locale of locales) {
    for (const { from, field, to } of scopes()) {
      const events = await inFeedNow(from, locale);
      for (const item of await itemsOf(to, locale)) {
        const own = events.filter((event) => namedSlugs(event.entry.data, field).includes(item.slug));
        const props: CalendarFeedProps = { locale, name: feedName(locale, item), events: await feedEvents(own, locale) };
        paths.push({ params: { locale, section: kinds[to].segment, slug: item.slug }, props });
      }
    }
  }
  return keyed(paths);
}
