import { isLocale, type Locale } from '../i18n/locales';
import { collectionNames, kinds, type CollectionName } from '../model/collections';
import { OG_EXTENSION } from './og-format';


/**
 * First path segments that belong to the site itself. A page of the `pages` collection
 * (served at `/<locale>/<slug>/`) may not use one, or two pages would share a URL.
 */
export const reservedSegments: readonly string[] = [
  ...collectionNames.map((c) => kinds[c].segment).filter(Boolean),
  '404',
  'search',
  'links',
  'admin',
  'og',
  'rss.xml',
];

/** `/kk/news/` from `('kk', 'news')`: always a leading and a trailing slash. */
export function localeHref(locale: Locale, ...segments: Array<string | number>): string {
  const rest = segments.map(String).filter(Boolean).join('/');
  return rest ? `/${locale}/${rest}/` : `/${locale}/`;
}

export function sectionHref(collection: CollectionName, locale: Locale): string {
  return localeHref(locale, kinds[collection].segment);
}

export function entryHref(collection: CollectionName, locale: Locale, slug: string): string {
  return localeHref(locale, kinds[collection].segment, slug);
}

/** The locale a path belongs to, if it starts with one. */
export function localeFromPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/**
 * The same page in another locale. Every page exists in every locale (untranslated
 * entries are shown through a fallback), so swapping the prefix is always a real page.
 */
export function switchLocalePath(pathname: string, target: Locale): string {
  const current = localeFromPath(pathname);
  if (!current) return `/${target}/`;
  return `/${target}${pathname.slice(current.length + 1)}`;
}

/** An absolute URL on the site. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'https://ulagat.kz').href;
}

/** The Open Graph card of an entry in a language, or the site's card for that language. */
export function ogImageHref(locale: Locale, entry?: { collection: CollectionName; slug: string }): string {
  return entry ? `/og/${locale}/${entry.collection}/${entry.slug}.${OG_EXTENSION}` : `/og/${locale}/site.${OG_EXTENSION}`;
}

/** An entry's calendar file: `/kk/master-classes/<slug>.ics`. */
export function icsHref(collection: CollectionName, locale: Locale, slug: string): string {
  return `/${locale}/${kinds[collection].segment}/${slug}.ics`;
}

/**
 * A calendar to subscribe to: every event of a section (`/kk/master-classes/calendar.ics`), or an
 * entry's that events name, a region's or a project's (`/kk/regions/zhetysu/calendar.ics`).
 */
export function calendarFeedHref(collection: CollectionName, locale: Locale, slug?: string): string {
  return `${slug ? entryHref(collection, locale, slug) : sectionHref(collection, locale)}calendar.ics`;
}

/**
 * Names an entry of a section may not take, because the section's own pages and files already
 * use them: `archive` (the events archive), `calendar` (its calendar feed), page numbers (a list's pages).
 */
export function reservedSlug(collection: CollectionName, slug: string): boolean {
  const { list, calendar } = kinds[collection];
  return (list === 'agenda' && slug === 'archive') || (calendar && slug === 'calendar') || (list === 'paged' && /^\d+$/.test(slug));
}

/** The RSS feed of a section: `/kk/news/rss.xml`. */
export function feedHref(collection: CollectionName, locale: Locale): string {
  return `/${locale}/${kinds[collection].segment}/rss.xml`;
}

/** A link to another entry (a region, a project), in the language its name is shown in. */
export interface LinkedEntry {
  name: string;
  href: string;
  /** Set when the name is shown from another language. */
  lang?: Locale | undefined;
}

/** A link to another entry under its name, marked with the language the name is shown in when that is a fallback. */
export function linkedEntry(
  collection: CollectionName,
  item: { slug: string; locale: Locale; lang: Locale; isFallback: boolean },
  name: string,
): LinkedEntry {
  return { name, href: entryHref(collection, item.locale, item.slug), lang: item.isFallback ? item.lang : undefined };
}
