import type { CollectionName } from '../content/collections';
import { isLocale, type Locale } from '../i18n/locales';
import { OG_EXTENSION } from './og-format';

/** URL segment of each collection's section. Pages (about, contacts) sit at the locale root. */
export const sectionSegment: Record<CollectionName, string> = {
  news: 'news',
  'master-classes': 'master-classes',
  projects: 'projects',
  regions: 'regions',
  pages: '',
};

/**
 * First path segments that belong to the site itself. A page of the `pages` collection
 * (served at `/<locale>/<slug>/`) may not use one, or two pages would share a URL.
 */
export const reservedSegments: readonly string[] = [
  ...Object.values(sectionSegment).filter(Boolean),
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
  return localeHref(locale, sectionSegment[collection]);
}

export function entryHref(collection: CollectionName, locale: Locale, slug: string): string {
  return localeHref(locale, sectionSegment[collection], slug);
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

/** An event's calendar file: `/kk/master-classes/<slug>.ics`. */
export function icsHref(locale: Locale, slug: string): string {
  return `/${locale}/${sectionSegment['master-classes']}/${slug}.ics`;
}

/** File names an event may not take: its section already serves them (`/<locale>/master-classes/archive/`, `…/calendar.ics`). */
export const reservedEventSlugs: readonly string[] = ['archive', 'calendar'];

/**
 * A calendar to subscribe to: every event of a locale (`/kk/master-classes/calendar.ics`), or a
 * region's or a project's (`/kk/regions/zhetysu/calendar.ics`).
 */
export function calendarFeedHref(locale: Locale, scope?: { collection: 'regions' | 'projects'; slug: string }): string {
  return scope ? `${entryHref(scope.collection, locale, scope.slug)}calendar.ics` : `${sectionHref('master-classes', locale)}calendar.ics`;
}

/** The RSS feeds of a locale: news, and upcoming events. */
export const feedHref = {
  news: (locale: Locale) => `/${locale}/${sectionSegment.news}/rss.xml`,
  events: (locale: Locale) => `/${locale}/${sectionSegment['master-classes']}/rss.xml`,
};

/** A link to another entry under its name, marked with the language the name is shown in when that is a fallback. */
export function linkedEntry(
  collection: CollectionName,
  item: { slug: string; locale: Locale; lang: Locale; isFallback: boolean },
  name: string,
): { name: string; href: string; lang: Locale | undefined } {
  return { name, href: entryHref(collection, item.locale, item.slug), lang: item.isFallback ? item.lang : undefined };
}
