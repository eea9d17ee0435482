/**
 * Sitemap and robots.txt rules. The sitemap lists canonical pages only: a page whose
 * `rel=canonical` points elsewhere (an untranslated page shown through a fallback, the root
 * language chooser) is left out, so it is never offered as a translation in the hreflang links.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
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

/** The start of a file up to the end of its `<head>` (or the whole file, if it has none), read a block at a time. */
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const blocks: Buffer[] = [];
    for (;;) {
      const block = Buffer.alloc(16 * 1024);
      const n = readSync(fd, block, 0, block.length, null);
      if (n === 0) break;
      blocks.push(block.subarray(0, n));
      if (block.subarray(0, n).includes('</head>')) break;
    }
    const text = Buffer.concat(blocks).toString('utf8');
    const end = text.indexOf('</head>');
    return end < 0 ? text : text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}

/** True when the built page at `url` names itself as canonical (read from its head). Files that are not HTML pages are left out. */
export function isCanonicalPage(outDir: string, url: string): boolean {
  const path = decodeURI(new URL(url).pathname);
  const file = join(outDir, path.endsWith('/') ? join(path, 'index.html') : path);
  let head: string;
  try {
    head = readHead(file);
  } catch {
    return false;
  }
  return canonicalOf(head) === url;
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
