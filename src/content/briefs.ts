/**
 * An entry as a short list shows it beside or under another entry: its title, its project and
 * when. Only what such a list shows goes into a page's props, so editing a report's text renders
 * again the pages that show that text, not every page that links to it.
 */
import type { Locale } from '../i18n/locales';
import type { CollectionName } from '../model/collections';
import type { DatePrecision } from '../model/options';
import type { AnyItem, Item } from './readers';
import { hasCard, type WithCard } from './templates';

export interface Brief {
  collection: CollectionName;
  slug: string;
  title: string;
  /** The language of the title, when the entry is not written in the page's. */
  lang?: Locale | undefined;
  /** The project it belongs to, for its label. */
  project?: string | undefined;
  /** A report's date. */
  date?: { date: Date; precision?: DatePrecision | undefined } | undefined;
  /** An event's time. */
  time?: { start: Date; end: Date } | undefined;
  /** Its summary, where the list has room for it (the home page's next stories). */
  summary?: string | undefined;
}

export function briefOf(item: AnyItem, opts: { summary?: boolean } = {}): Brief {
  const data: Record<string, unknown> = item.entry.data;
  return {
    collection: item.entry.collection,
    slug: item.slug,
    title: item.entry.data.title,
    lang: item.isFallback ? item.lang : undefined,
    project: typeof data.project === 'string' && data.project !== '' ? data.project : undefined,
    date: hasCard(item, 'dated') ? datedOf(item.entry.data) : undefined,
    time: hasCard(item, 'event') ? { start: item.entry.data.start, end: item.entry.data.end } : undefined,
    summary: opts.summary ? item.entry.data.summary : undefined,
  };
}

/** A report's date, and how precisely it is known where the collection records that (else to the day). */
function datedOf(data: Item<WithCard<'dated'>>['entry']['data']): Brief['date'] {
  return { date: data.date, precision: 'datePrecision' in data ? data.datePrecision : undefined };
}
