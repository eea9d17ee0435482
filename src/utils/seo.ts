/**
 * Everything a page's <head> says about it to search engines and link previews, as data:
 * title, description, canonical, hreflang alternates, Open Graph and the X card.
 * `src/components/SeoHead.astro` renders it; pages describe themselves with a `Seo` object.
 */
import { defaultLocale, localeInfo, locales, type Locale } from '../i18n/locales';
import { OG_HEIGHT, OG_TYPE, OG_WIDTH } from './og-format';
import { absoluteUrl, localeHref, switchLocalePath } from './urls';

/**
 * Open Graph types Facebook accepts. ogp.me defines no `event` type and Facebook's list of
 * object types has none, so an event page is an `article`; the event itself is described
 * in its JSON-LD.
 */
export type OgType = 'website' | 'article';

/** A step of the breadcrumb trail, shown on the page and written as JSON-LD. */
export interface Crumb {
  label: string;
  href: string;
}

export interface SeoImage {
  /** Site path of the 1200×630 card, e.g. `/og/kk/news/slug.jpg`. */
  path: string;
  alt: string;
}

/** What a page says about itself. Everything but the title has a default. */
export interface Seo {
  title: string;
  description?: string | undefined;
  /** `article` for news and events, `website` for everything else (the default). */
  type?: OgType | undefined;
  image?: SeoImage | undefined;
  /** Locales that have a real translation of this page. Defaults to all. */
  translatedIn?: readonly Locale[] | undefined;
  /** When the text is shown from another language because no translation exists: that language. */
  fallbackLang?: Locale | undefined;
  noindex?: boolean | undefined;
  /** For `article`: the publication instant, as ISO 8601 with its offset. */
  publishedTime?: string | undefined;
  /** For `article`: the tags. */
  tags?: readonly string[] | undefined;
  /** Extra JSON-LD objects (NewsArticle, Event, Organization); BreadcrumbList comes from the crumbs. */
  jsonLd?: readonly object[] | undefined;
}

export interface HeadContext {
  locale: Locale;
  /** Path of the page, e.g. `/kk/news/slug/`. */
  path: string;
  site: URL | string | undefined;
  siteName: string;
  /** The home page title, "Name: tagline". */
  homeTitle: string;
  defaultDescription: string;
  /** Default card for pages without one of their own. */
  defaultImage: SeoImage;
}

export interface HeadTags {
  title: string;
  description: string;
  canonical: string;
  robots?: string | undefined;
  alternates: { hreflang: string; href: string }[];
  /** `<meta property=… content=…>` in order (Open Graph, article). */
  properties: [string, string][];
  /** `<meta name=… content=…>` (the X card). */
  names: [string, string][];
}

/** `kk`, `ru`, `en`: the language subtag, as `hreflang` and `inLanguage` use it. */
export const hreflangOf = (locale: Locale): string => localeInfo[locale].intl.split('-')[0] ?? locale;

export function headTags(seo: Seo, ctx: HeadContext): HeadTags {
  const { locale, path, site } = ctx;
  const isHome = path === localeHref(locale);
  const translatedIn = locales.filter((l) => (seo.translatedIn ?? locales).includes(l));
  const fallback = seo.fallbackLang;
  // The language the text is really in, and the page that is its original.
  const textLang = fallback ?? locale;
  const canonical = absoluteUrl(fallback ? switchLocalePath(path, fallback) : path, site);
  // A fallback page is not a translation: it lists no alternates, and its canonical is the original.
  const alternates = fallback
    ? []
    : [
        ...translatedIn.map((l) => ({ hreflang: hreflangOf(l), href: absoluteUrl(switchLocalePath(path, l), site) })),
        ...xDefault(translatedIn, path, site),
      ];
  const title = isHome ? ctx.homeTitle : `${seo.title} | ${ctx.siteName}`;
  const description = seo.description ?? ctx.defaultDescription;
  const image = seo.image ?? ctx.defaultImage;
  const type = seo.type ?? 'website';
  const properties: [string, string][] = [
    ['og:type', type],
    ['og:site_name', ctx.siteName],
    ['og:title', isHome ? ctx.homeTitle : seo.title],
    ['og:description', description],
    ['og:url', canonical],
    ['og:locale', localeInfo[textLang].og],
    ...translatedIn.filter((l) => l !== textLang).map((l): [string, string] => ['og:locale:alternate', localeInfo[l].og]),
    ['og:image', absoluteUrl(image.path, site)],
    ['og:image:type', OG_TYPE],
    ['og:image:width', String(OG_WIDTH)],
    ['og:image:height', String(OG_HEIGHT)],
    ['og:image:alt', image.alt],
  ];
  if (type === 'article') {
    if (seo.publishedTime) properties.push(['article:published_time', seo.publishedTime]);
    for (const tag of seo.tags ?? []) properties.push(['article:tag', tag]);
  }
  return {
    title,
    description,
    canonical,
    robots: seo.noindex ? 'noindex' : undefined,
    alternates,
    properties,
    names: [
      ['twitter:card', 'summary_large_image'],
      ['twitter:image:alt', image.alt],
    ],
  };
}

function xDefault(translatedIn: readonly Locale[], path: string, site: HeadContext['site']) {
  const target = translatedIn.includes(defaultLocale) ? defaultLocale : translatedIn[0];
  return target ? [{ hreflang: 'x-default', href: absoluteUrl(switchLocalePath(path, target), site) }] : [];
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as
 * Unicode escapes, so no text in the data can close the script element or start a comment.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
