/**
 * The list of published reports and events that the announcer posts from (`/announce.json`):
 * each entry with its date, the editor's "announce in Telegram" tick, and its title, summary,
 * page address and (for an event) time and place in every language it is written in.
 * Drafts are not in it, as they are not on the site. The live site's copy tells a deploy
 * whose own record was lost which entries were there before it.
 */
import { locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { kinds } from '../model/collections';
import { announcedCollections, entryKey, type AnnouncedEntry, type AnnouncementList, type AnnouncementText } from '../utils/announce';
import { formatEventRange } from '../utils/dates';
import { absoluteUrl, entryHref } from '../utils/urls';
import { firstRegion, namedEntries } from './links';
import { itemsOf, type AnyItem } from './readers';
import { hasCard } from './templates';

type Site = URL | string | undefined;

/** The lines between an event's title and its summary: its status, time and place. */
async function eventLines(item: AnyItem, locale: Locale): Promise<string[]> {
  if (!hasCard(item, 'event')) return [];
  const t = useTranslations(locale);
  const { start, end, venue, status } = item.entry.data;
  const region = firstRegion(await namedEntries(item, locale));
  return [
    ...(status === 'scheduled' ? [] : [t(`events.status.${status}`)]),
    `${formatEventRange(start, end, locale, 'short')} (${t('events.timeZoneNote')})`,
    [venue, region?.entry.data.title].filter(Boolean).join(', '),
  ];
}

export async function announcementList(site: Site): Promise<AnnouncementList> {
  const entries = new Map<string, AnnouncedEntry>();
  for (const locale of locales) {
    for (const collection of announcedCollections) {
      const dateField = kinds[collection].dateField;
      for (const item of await itemsOf(collection, locale)) {
        if (item.isFallback) continue;
        const data: Record<string, unknown> = item.entry.data;
        const date = dateField ? data[dateField] : undefined;
        if (!(date instanceof Date)) continue;
        const key = entryKey(collection, item.slug);
        const text: AnnouncementText = {
          title: item.entry.data.title,
          summary: item.entry.data.summary,
          url: absoluteUrl(entryHref(collection, locale, item.slug), site),
          lines: await eventLines(item, locale),
        };
        const entry = entries.get(key) ?? { key, date: date.toISOString(), announce: data.announce === true, texts: {} };
        entry.texts[locale] = text;
        entries.set(key, entry);
      }
    }
  }
  return { version: 1, entries: [...entries.values()].sort((a, b) => a.key.localeCompare(b.key)) };
}
