/**
 * Sitemap and robots.txt rules. The sitemap lists canonical pages only: a page whose
 * `rel=canonical` points elsewhere (an untranslated page shown through a fallback, the root
 * language chooser) is left out, so it is never offered as a translation in the hreflang links.
 */
import { defaultLocale } from '../i18n/locales';
import { hreflangOf } from './seo';
import { absoluteUrl } from './urls';

export const SITEMAP_INDEX = '/sitemap-index.xml';

/** The `href` of the page's `<link rel="canonical">`, if it has one. */
export function canonicalOf(html: string): string | undefined {
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (/\brel=["']?canonical["'\s>/]/i.test(tag)) return /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
  }
  return undefined;
}

export interface SitemapLink {
  lang: string;
  url: string;
}

/** Adds the `x-default` alternate to a page's hreflang links: the default locale's version, else the first. */
export function withXDefault<T extends { links?: SitemapLink[] | undefined }>(item: T): T {
  const links = item.links;
  if (!links?.length) return item;
  const target = links.find((l) => l.lang === hreflangOf(defaultLocale)) ?? links[0]!;
  return { ...item, links: [...links, { lang: 'x-default', url: target.url }] };
}

export function robotsTxt(site: URL | string | undefined): string {
  return ['User-agent: *', 'Disallow: /admin', '', `Sitemap: ${absoluteUrl(SITEMAP_INDEX, site)}`, ''].join('\n');
}
