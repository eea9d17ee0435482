/**
 * The list of published reports and events that the announcer posts from (`/announce.json`):
 * each entry with its date, the editor's "announce in Telegram" tick, and its title, summary,
 * page address and (for an event) time and place in every language it is written in.
 * Drafts are not in it, as they are not on the site. The live site's copy tells a deploy
 * whose own record was lost which entries were there before it.
 */
import { locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { entryKey, type AnnouncedEntry, type AnnouncementList, type AnnouncementText } from '../utils/announce';
import { formatEventRange } from '../utils/dates';
import { absoluteUrl, entryHref } from '../utils/urls';
import { eventItems, newsItems, regionItems, type Item } from './query';

type Site = URL | string | undefined;

async function eventLines(item: Item<'master-classes'>, locale: Locale): Promise<string[]> {
  const t = useTranslations(locale);
  const { start, end, venue, status, region } = item.entry.data;
  const regionName = region ? (await regionItems(locale)).find((r) => r.slug === region)?.entry.data.name : undefined;
  return [
    ...(status === 'scheduled' ? [] : [t(`events.status.${status}`)]),
    `${formatEventRange(start, end, locale)}, ${t('events.timeZoneNote')}`,
    [venue, regionName].filter(Boolean).join(', '),
  ];
}

export async function announcementList(site: Site): Promise<AnnouncementList> {
  const entries = new Map<string, AnnouncedEntry>();
  const add = (key: string, date: Date, announce: boolean, locale: Locale, text: AnnouncementText) => {
    const entry = entries.get(key) ?? { key, date: date.toISOString(), announce, texts: {} };
    entry.texts[locale] = text;
    entries.set(key, entry);
  };
  for (const locale of locales) {
    for (const item of await newsItems(locale)) {
      if (item.isFallback) continue;
      const { title, summary, date, announce } = item.entry.data;
      add(entryKey('news', item.slug), date, announce, locale, { title, summary, url: absoluteUrl(entryHref('news', locale, item.slug), site), lines: [] });
    }
    for (const item of await eventItems(locale)) {
      if (item.isFallback) continue;
      const { title, summary, start, announce } = item.entry.data;
      add(entryKey('master-classes', item.slug), start, announce, locale, {
        title,
        summary,
        url: absoluteUrl(entryHref('master-classes', locale, item.slug), site),
        lines: await eventLines(item, locale),
      });
    }
  }
  return { version: 1, entries: [...entries.values()].sort((a, b) => a.key.localeCompare(b.key)) };
}
