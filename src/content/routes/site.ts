/**
 * The pages of each language that are not an entry or a section: the home page, the
 * link-in-bio page, search and the 404 page. Each gets what it shows as props.
 */
import { locales, type Locale } from '../../i18n/locales';
import { distinctYears } from '../../utils/dates';
import { kinds } from '../../model/collections';
import { keyed } from '../keys';
import { everyEntry, itemsOf, type AnyItem, type Item } from '../readers';
import { splitByTime } from './sections';
import type { WithCalendar } from '../templates';

function perLocale<P extends object>(props: (locale: Locale) => Promise<P>) {
  return async () => keyed(await Promise.all(locales.map(async (locale) => ({ params: { locale }, props: { locale, ...(await props(locale)) } }))));
}

/** A social-media account, and the region it is for. */
export interface SocialLink {
  network: string;
  url: string;
  region?: string | undefined;
}

/** Every social-media link of the regions, with the region's name. */
function socialLinks(regions: Item<'regions'>[]): SocialLink[] {
  return regions.flatMap((r) => r.entry.data.social.map((s) => ({ ...s, region: r.entry.data.title })));
}

export interface HomeProps {
  locale: Locale;
  news: Item<'news'>[];
  upcoming: Item<WithCalendar>[];
  past: Item<WithCalendar>[];
  projects: Item<'projects'>[];
  regions: Item<'regions'>[];
  social: SocialLink[];
}

/** Reports on the home page. */
export const HOME_NEWS = 4;
/** Events on the home page. */
export const HOME_EVENTS = 3;

export const homePaths = perLocale(async (locale) => {
  const [news, events, projects, regions] = await Promise.all([itemsOf('news', locale), itemsOf('events', locale), itemsOf('projects', locale), itemsOf('regions', locale)]);
  const { upcoming, past } = splitByTime(events);
  return {
    news: news.slice(0, HOME_NEWS),
    upcoming: upcoming.slice(0, HOME_EVENTS),
    past: upcoming.length ? [] : past.slice(0, HOME_EVENTS),
    projects,
    regions,
    social: socialLinks(regions),
  };
});

export const linksPaths = perLocale(async (locale) => {
  const [news, events, projects, regions] = await Promise.all([itemsOf('news', locale), itemsOf('events', locale), itemsOf('projects', locale), itemsOf('regions', locale)]);
  return { upcoming: splitByTime(events).upcoming, news: news.slice(0, 3), projects, social: socialLinks(regions) };
});

/** The dates of the entries a language's index holds (fallback pages are not indexed), by their kinds' date fields. */
function indexedDates(items: AnyItem[]): Date[] {
  return items.flatMap((item) => {
    const { dateField, searchType } = kinds[item.entry.collection];
    const data: Record<string, unknown> = item.entry.data;
    const date = dateField ? data[dateField] : undefined;
    return !item.isFallback && searchType !== null && date instanceof Date ? [date] : [];
  });
}

export const searchPaths = perLocale(async (locale) => {
  const [regions, projects, all] = await Promise.all([itemsOf('regions', locale), itemsOf('projects', locale), everyEntry(locale)]);
  return {
    regions: regions.map((r) => ({ slug: r.slug, name: r.entry.data.title })),
    projects: projects.map((p) => ({ slug: p.slug, name: p.entry.data.title })),
    years: distinctYears(indexedDates(all)),
  };
});

export const notFoundPaths = perLocale(async () => ({}));
