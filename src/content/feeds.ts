/** An entry as an RSS item, by its card template: a report with its date, an event with its time and place. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { formatEventRange } from '../utils/dates';
import { entryHref } from '../utils/urls';
import type { AnyItem } from './readers';
import { hasCard } from './templates';

export function feedItem(item: AnyItem, locale: Locale): RSSFeedItem {
  const { collection, data } = item.entry;
  const base = { title: data.title, description: data.summary, link: entryHref(collection, locale, item.slug) };
  if (hasCard(item, 'dated')) return { ...base, pubDate: item.entry.data.date, categories: 'tags' in item.entry.data ? item.entry.data.tags : [] };
  if (hasCard(item, 'event')) {
    const event = item.entry.data;
    const t = useTranslations(locale);
    const when = `${formatEventRange(event.start, event.end, locale)} (${t('events.timeZoneNote')})`;
    // No pubDate: an event has a time, not a publication date, and readers sort by pubDate.
    return { ...base, description: `${when}. ${event.venue}. ${event.summary}`, categories: event.tags };
  }
  return base;
}
