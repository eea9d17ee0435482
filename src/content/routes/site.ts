/**
 * The pages of each language that are not an entry or a section: the home page, the
 * link-in-bio page, search and the 404 page. Each gets what it shows as props.
 */
import { locales, type Locale } from '../../i18n/locales';
import { distinctYears } from '../../utils/dates';
import { kinds } from '../../model/collections';
import { keyed } from '../keys';
import { briefOf, type Brief } from '../briefs';
import { projectLabels, type ProjectLabels } from '../project-labels';
import { everyEntry, itemsOf, type AnyItem, type Item } from '../readers';
import { splitByTime } from './sections';
import type { WithCalendar } from '../templates';

function perLocale<P extends object>(props: (locale: Locale) => Promise<P>) {
  return async () => keyed(await Promise.all(locales.map(async (locale) => ({ params: { locale }, props: { locale, ...(await props(locale)) } }))));
}

/** A social-media account, and the region it is for (none: one of the site's national accounts). */
export interface SocialLink {
  network: string;
  url: string;
  region?: string | undefined;
}

/** The site's national accounts (a list on the pages, kept on the About page), then the regions', each address once. */
async function socialLinks(locale: Locale): Promise<SocialLink[]> {
  const [pages, regions] = await Promise.all([itemsOf('pages', locale), itemsOf('regions', locale)]);
  const all: SocialLink[] = [
    ...pages.flatMap((p) => p.entry.data.social.map((s) => ({ network: s.network, url: s.url }))),
    ...regions.flatMap((r) => r.entry.data.social.map((s) => ({ network: s.network, url: s.url, region: r.entry.data.title }))),
  ];
  return all.filter((link, i) => all.findIndex((other) => other.url === link.url) === i);
}

export interface HomeProps {
  locale: Locale;
  /** The newest report, set large. */
  lead: Item<'news'> | null;
  /** The next reports. */
  secondary: Brief[];
  upcoming: Item<WithCalendar>[];
  /** The latest events that took place, when none is still to come. */
  past: Brief[];
  projects: Item<'projects'>[];
  regions: Item<'regions'>[];
  social: SocialLink[];
  labels: ProjectLabels;
}

/** Reports on the home page: the lead story and four more. */
export const HOME_NEWS = 5;
/** Events on the home page. */
export const HOME_EVENTS = 3;

export const homePaths = perLocale(async (locale) => {
  const [news, events, projects, regions] = await Promise.all([itemsOf('news', locale), itemsOf('events', locale), itemsOf('projects', locale), itemsOf('regions', locale)]);
  const { upcoming, past } = splitByTime(events);
  return {
    lead: news[0] ?? null,
    secondary: news.slice(1, HOME_NEWS).map((item) => briefOf(item, { summary: true })),
    upcoming: upcoming.slice(0, HOME_EVENTS),
    past: upcoming.length ? [] : past.slice(0, HOME_EVENTS).map((item) => briefOf(item)),
    projects,
    regions,
    social: await socialLinks(locale),
    labels: await projectLabels(locale),
  } satisfies Omit<HomeProps, 'locale'>;
});

export const linksPaths = perLocale(async (locale) => {
  const [news, events, projects] = await Promise.all([itemsOf('news', locale), itemsOf('events', locale), itemsOf('projects', locale)]);
  return { upcoming: splitByTime(events).upcoming, news: news.slice(0, 3), projects, social: await socialLinks(locale) };
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
