/**
 * What entries say to the outside world: their Open Graph cards, head tags and JSON-LD,
 * calendar entries and feed items. Reads content through `./query` and hands plain values
 * to the pure builders in `src/utils/`.
 */
import type { ImageMetadata } from 'astro';
import { collectionNames, type CollectionName } from './collections';
import { eventItems, itemsOf, projectCovers, regionItems, splitEvents, type Item } from './query';
import { locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import type { CalendarEvent } from '../utils/calendar';
import { coverOf } from '../utils/covers';
import { formatDate, formatEventRange, parseLocalDateTime, toIsoDate, toZonedIso } from '../utils/dates';
import { eventLd, newsArticleLd, organizationLd, type OrganizationInput } from '../utils/jsonld';
import { buildNow } from '../utils/now';
import { ogAlt, type OgCard } from '../utils/og';
import { hreflangOf, type Seo, type SeoImage } from '../utils/seo';
import { absoluteUrl, entryHref, localeHref, ogImageHref } from '../utils/urls';

type Site = URL | string | undefined;

const domainOf = (site: Site) => new URL(absoluteUrl('/', site)).host;

/** Astro's image metadata carries the source file's path; the card needs the file itself. */
function fileOf(image: ImageMetadata, where: string): string {
  const file = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!file) throw new Error(`${where}: the cover image has no source file path, so its Open Graph card cannot show it.`);
  return file;
}

async function regionOf(slug: string | undefined, lang: Locale) {
  return slug ? (await regionItems(lang)).find((r) => r.slug === slug) : undefined;
}

/** The site's card in a language: for lists, the home page and anything without its own. */
export function siteCard(locale: Locale, site: Site): OgCard {
  const t = useTranslations(locale);
  return {
    lang: locale,
    label: '',
    title: t('site.tagline'),
    meta: [[t('nav.news'), t('nav.masterClasses'), t('nav.projects'), t('nav.regions')].join(' · ')],
    siteName: t('site.name'),
    domain: domainOf(site),
  };
}

export function siteImage(locale: Locale, site: Site): SeoImage {
  return { path: ogImageHref(locale), alt: ogAlt(siteCard(locale, site)) };
}

/**
 * The card of an entry, in the language its text is in (`item.lang`): a page shown through
 * a fallback uses the original's card.
 */
export async function entryCard<C extends CollectionName>(collection: C, item: Item<C>, site: Site): Promise<OgCard> {
  const lang = item.lang;
  const t = useTranslations(lang);
  const base = { lang, siteName: t('site.name'), domain: domainOf(site) };
  const where = `${collection}/${lang}/${item.slug}`;
  const entry = item as Item<CollectionName>;
  switch (entry.entry.collection) {
    case 'news': {
      const data = (entry as Item<'news'>).entry.data;
      const region = await regionOf(data.region, lang);
      const cover = coverOf(data, await projectCovers(lang));
      return {
        ...base,
        label: t('nav.news'),
        title: data.title,
        meta: [formatDate(data.date, lang), region ? region.entry.data.name : t('common.national')],
        coverFile: cover && fileOf(cover.src, where),
      };
    }
    case 'master-classes': {
      const data = (entry as Item<'master-classes'>).entry.data;
      const region = await regionOf(data.region, lang);
      const cover = coverOf(data, await projectCovers(lang));
      const status = data.status === 'scheduled' ? '' : ` · ${t(`events.status.${data.status}`)}`;
      return {
        ...base,
        label: `${t('nav.masterClasses')}${status}`,
        title: data.title,
        meta: [`${formatEventRange(data.start, data.end, lang, 'short')} (UTC+5)`, [data.venue, region?.entry.data.name].filter(Boolean).join(', ')],
        coverFile: cover && fileOf(cover.src, where),
      };
    }
    case 'projects': {
      const data = (entry as Item<'projects'>).entry.data;
      return {
        ...base,
        label: t('common.project'),
        title: data.title,
        meta: [data.organiser],
        coverFile: data.cover ? fileOf(data.cover, where) : undefined,
      };
    }
    case 'regions': {
      const data = (entry as Item<'regions'>).entry.data;
      return {
        ...base,
        label: t(`regions.kind.${data.kind}`),
        title: data.name,
        meta: data.centre ? [`${t('regions.centre')}: ${data.centre}`] : [],
      };
    }
    case 'pages': {
      const data = (entry as Item<'pages'>).entry.data;
      return { ...base, label: '', title: data.title, meta: [t('site.tagline')] };
    }
  }
}

/** Every card to draw: each entry in each language it is really written in, and the site's card per locale. */
export async function allCards(site: Site): Promise<{ href: string; card: OgCard }[]> {
  const out: { href: string; card: OgCard }[] = [];
  for (const locale of locales) {
    out.push({ href: ogImageHref(locale), card: siteCard(locale, site) });
    for (const collection of collectionNames) {
      for (const item of await itemsOf(collection, locale)) {
        if (item.isFallback) continue;
        out.push({ href: ogImageHref(locale, { collection, slug: item.slug }), card: await entryCard(collection, item, site) });
      }
    }
  }
  return out;
}

/** The publisher, in a language. */
export function publisher(locale: Locale, site: Site): OrganizationInput {
  const t = useTranslations(locale);
  return { name: t('site.name'), url: absoluteUrl(localeHref(locale), site), logo: absoluteUrl('/logo.png', site), description: t('site.description') };
}

export function organizationJsonLd(locale: Locale, site: Site) {
  return organizationLd(publisher(locale, site));
}

/** A calendar date of the content (`2025-10-25`) as midnight in Kazakhstan, with the offset. */
function startOfDay(date: Date): string {
  return toZonedIso(parseLocalDateTime(`${toIsoDate(date)}T00:00`)!);
}

/** Head and JSON-LD of an entry page. */
export async function entrySeo<C extends CollectionName>(collection: C, item: Item<C>, site: Site): Promise<Seo> {
  const card = await entryCard(collection, item, site);
  const image: SeoImage = { path: ogImageHref(item.lang, { collection, slug: item.slug }), alt: ogAlt(card) };
  const entry = item as Item<CollectionName>;
  const base: Seo = {
    title: 'title' in entry.entry.data ? entry.entry.data.title : entry.entry.data.name,
    description: entry.entry.data.summary,
    image,
    translatedIn: item.translatedIn,
    fallbackLang: item.isFallback ? item.lang : undefined,
  };
  // Structured data names the canonical page: the original's URL on a fallback page.
  const url = absoluteUrl(entryHref(collection, item.lang, item.slug), site);
  const images = [absoluteUrl(image.path, site)];
  const data = entry.entry.data;
  const cover = 'cover' in data ? coverOf(data, await projectCovers(item.lang)) : undefined;
  if (cover) images.push(absoluteUrl(cover.src.src, site));
  switch (entry.entry.collection) {
    case 'news': {
      const data = (entry as Item<'news'>).entry.data;
      const published = startOfDay(data.date);
      return {
        ...base,
        type: 'article',
        publishedTime: published,
        tags: data.tags,
        jsonLd: [
          newsArticleLd({
            url,
            headline: data.title,
            description: data.summary,
            datePublished: published,
            images,
            inLanguage: hreflangOf(item.lang),
            keywords: data.tags,
            publisher: publisher(item.lang, site),
          }),
        ],
      };
    }
    case 'master-classes': {
      const data = (entry as Item<'master-classes'>).entry.data;
      const region = await regionOf(data.region, item.lang);
      return {
        ...base,
        type: 'article',
        tags: data.tags,
        jsonLd: [
          eventLd({
            url,
            name: data.title,
            description: data.summary,
            start: data.start,
            end: data.end,
            status: data.status,
            attendance: data.attendance,
            venue: data.venue,
            address: data.address,
            region: region && { name: region.entry.data.name, kind: region.entry.data.kind },
            organiser: data.organiser,
            images,
            free: data.free,
            inLanguage: hreflangOf(item.lang),
            registration: data.registration,
          }),
        ],
      };
    }
    default:
      return base;
  }
}

/**
 * DTSTAMP of the calendar files: the build's day (midnight in Kazakhstan), not its instant, so
 * a file is the same all day and an incremental build can keep it (its cacheKey holds the day).
 */
export function calendarStamp(now = buildNow()): Date {
  return parseLocalDateTime(`${toIsoDate(now)}T00:00`)!;
}

/** An event as a calendar entry, in the page's locale (the text in the language it is written in). */
export async function calendarEvent(item: Item<'master-classes'>, site: Site): Promise<CalendarEvent> {
  const data = item.entry.data;
  const region = await regionOf(data.region, item.locale);
  return {
    uid: `${item.slug}@${domainOf(site)}`,
    title: data.title,
    description: data.summary,
    location: [data.venue, data.address, region?.entry.data.name].filter(Boolean).join(', '),
    url: absoluteUrl(entryHref('master-classes', item.locale, item.slug), site),
    start: data.start,
    end: data.end,
    status: data.status,
    organiser: data.organiser,
    stamp: calendarStamp(),
  };
}

/** Upcoming events of a locale, soonest first, for its events feed. */
export async function upcomingEvents(locale: Locale) {
  return splitEvents(await eventItems(locale)).upcoming;
}
