/**
 * What an entry's page says about itself in its <head>: title, description, preview card,
 * translations, and the JSON-LD its kind declares (NewsArticle, Event). Plain values handed to
 * the pure builders of `src/utils/seo.ts` and `src/utils/jsonld.ts`.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { kinds } from '../model/collections';
import { isoDateAt } from '../utils/date-precision';
import { parseLocalDateTime, toZonedIso } from '../utils/dates';
import { eventLd, newsArticleLd, organizationLd, type OrganizationInput } from '../utils/jsonld';
import { ogAlt } from '../utils/og';
import { hreflangOf, type Seo, type SeoImage } from '../utils/seo';
import { absoluteUrl, entryHref, localeHref, ogImageHref } from '../utils/urls';
import { entryCard, siteCard } from './cards';
import { firstRegion, namedEntries } from './links';
import { publishedImageUrl } from './published-image';
import type { AnyItem } from './readers';
import { hasJsonLd } from './templates';

type Site = URL | string | undefined;

/** The site's preview card for a page without its own. */
export function siteImage(locale: Locale, site: Site): SeoImage {
  return { path: ogImageHref(locale), alt: ogAlt(siteCard(locale, site)) };
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
  return toZonedIso(parseLocalDateTime(`${isoDateAt(date, 'day')}T00:00`)!);
}

/** Head tags and JSON-LD of an entry's page. */
export async function entrySeo(item: AnyItem, site: Site): Promise<Seo> {
  const { collection, data } = item.entry;
  const card = await entryCard(item, site);
  const image: SeoImage = { path: ogImageHref(item.lang, { collection, slug: item.slug }), alt: ogAlt(card) };
  const base: Seo = {
    title: data.title,
    description: data.summary,
    image,
    type: kinds[collection].ogType,
    translatedIn: item.translatedIn,
    fallbackLang: item.isFallback ? item.lang : undefined,
  };
  // Structured data names the canonical page: the original's URL on a fallback page.
  const url = absoluteUrl(entryHref(collection, item.lang, item.slug), site);
  // The cover as a copy astro:assets made, never the uploaded original (see ./published-image.ts).
  const images = [absoluteUrl(image.path, site), ...('cover' in data && data.cover ? [absoluteUrl(await publishedImageUrl(data.cover), site)] : [])];
  const inLanguage = hreflangOf(item.lang);
  if (hasJsonLd(item, 'NewsArticle')) {
    const news = item.entry.data;
    // A date known only to the month or the year is published as such (`2021-05`), never as a made-up day.
    const published = news.datePrecision === 'day' ? startOfDay(news.date) : isoDateAt(news.date, news.datePrecision);
    return {
      ...base,
      publishedTime: published,
      tags: news.tags,
      jsonLd: [
        newsArticleLd({
          url,
          headline: news.title,
          description: news.summary,
          datePublished: published,
          images,
          inLanguage,
          keywords: news.tags,
          publisher: publisher(item.lang, site),
        }),
      ],
    };
  }
  if (hasJsonLd(item, 'Event')) {
    const event = item.entry.data;
    const region = firstRegion(await namedEntries(item, item.lang));
    return {
      ...base,
      tags: event.tags,
      jsonLd: [
        eventLd({
          url,
          name: event.title,
          description: event.summary,
          start: event.start,
          end: event.end,
          status: event.status,
          attendance: event.attendance,
          venue: event.venue,
          address: event.address,
          region: region && { name: region.entry.data.title, kind: region.entry.data.kind },
          organiser: event.organiser,
          images,
          free: event.free,
          inLanguage,
          registration: event.registration,
        }),
      ],
    };
  }
  return base;
}
