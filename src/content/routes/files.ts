/**
 * What the site publishes besides pages, from the kinds that declare it: each section's RSS
 * feed, an entry's calendar file and printable poster, and the preview cards.
 */
import { locales, type Locale } from '../../i18n/locales';
import { calendarCollections, kinds, sectionCollections, type SectionCollection } from '../../model/collections';
import { NEWS_FEED_ITEMS } from '../../utils/feeds';
import { OG_EXTENSION } from '../../utils/og';
import { absoluteUrl, entryHref } from '../../utils/urls';
import { calendarEvent } from '../calendar';
import { allCards } from '../cards';
import { keyed } from '../keys';
import { itemsOf, type AnyItem, type Item } from '../readers';
import { hasCalendar, type WithCalendar } from '../templates';
import { splitByTime } from './sections';
import { ogCardKey } from '../../build/og-images';

const site = () => import.meta.env.SITE;


export interface FeedProps {
  locale: Locale;
  collection: SectionCollection;
  feed: 'latest' | 'upcoming';
  items: AnyItem[];
}

/** `getStaticPaths` of `/<locale>/<segment>/rss.xml`: the sections with a feed. */
export async function feedPaths() {
  const paths: { params: { locale: Locale; section: string }; props: FeedProps }[] = [];
  for (const locale of locales) {
    for (const collection of sectionCollections) {
      const feed = kinds[collection].feed;
      if (feed === null) continue;
      const items = await itemsOf(collection, locale);
      const shown = feed === 'upcoming' ? splitByTime(items).upcoming : items.slice(0, NEWS_FEED_ITEMS);
      paths.push({ params: { locale, section: kinds[collection].segment }, props: { locale, collection, feed, items: shown } });
    }
  }
  return keyed(paths);
}

async function withCalendar(): Promise<{ locale: Locale; item: Item<WithCalendar> }[]> {
  const out: { locale: Locale; item: Item<WithCalendar> }[] = [];
  for (const locale of locales) {
    for (const collection of calendarCollections) {
      for (const item of (await itemsOf(collection, locale)).filter(hasCalendar)) out.push({ locale, item });
    }
  }
  return out;
}

/** `getStaticPaths` of `/<locale>/<segment>/<slug>.ics`: an entry's calendar file. */
export async function icsPaths() {
  const entries = await withCalendar();
  return keyed(
    await Promise.all(
      entries.map(async ({ locale, item }) => ({
        params: { locale, section: kinds[item.entry.collection].segment, slug: item.slug },
        props: { event: await calendarEvent(item, locale, site()) },
      })),
    ),
  );
}

/** `getStaticPaths` of `/<locale>/<segment>/<slug>/poster/`: the printable poster of an entry. */
export async function posterPaths() {
  const entries = (await withCalendar()).filter(({ item }) => kinds[item.entry.collection].poster);
  return keyed(
    entries.map(({ locale, item }) => {
      const path = entryHref(item.entry.collection, locale, item.slug);
      return { params: { locale, section: kinds[item.entry.collection].segment, slug: item.slug }, props: { locale, item, path, url: absoluteUrl(path, site()) } };
    }),
  );
}

/**
 * `getStaticPaths` of `/og/…`: the preview cards. The route's path is the card's href without
 * `/og/` and the extension. One card at a time: each reads its cover, and tens of thousands of
 * files opened at once run out of file handles.
 */
export async function ogPaths() {
  const paths = [];
  for (const { href, card } of await allCards(site())) {
    // The key of the card's inputs (its text and its cover's bytes) stands for the cover file in the page key.
    paths.push({ params: { path: href.slice('/og/'.length, -`.${OG_EXTENSION}`.length) }, props: { card, inputs: await ogCardKey(card) } });
  }
  return keyed(paths);
}
