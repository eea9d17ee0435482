import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCanonicalPage } from '../../src/integrations/canonical-pages';
import { canonicalOf, robotsTxt, withXDefault } from '../../src/utils/sitemap';

describe('sitemap rules', () => {
  it('read the canonical link of a page', () => {
    expect(canonicalOf('<head><link rel="icon" href="/x"><link rel="canonical" href="https://ulagat.kz/ru/a/"></head>')).toBe('https://ulagat.kz/ru/a/');
    expect(canonicalOf('<link href="https://ulagat.kz/b/" rel=canonical>')).toBe('https://ulagat.kz/b/');
    expect(canonicalOf('<link rel="alternate" href="https://ulagat.kz/c/">')).toBeUndefined();
  });

  it('list a built page only when its canonical is itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ulagat-sitemap-'));
    const page = (path: string, canonical: string) => {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), `<link rel="canonical" href="${canonical}">`);
    };
    page('ru/news/a', 'https://ulagat.kz/ru/news/a/');
    page('kk/news/a', 'https://ulagat.kz/ru/news/a/'); // shown through the Russian fallback
    expect(isCanonicalPage(dir, 'https://ulagat.kz/ru/news/a/')).toBe(true);
    expect(isCanonicalPage(dir, 'https://ulagat.kz/kk/news/a/')).toBe(false);
    expect(isCanonicalPage(dir, 'https://ulagat.kz/kk/news/rss.xml')).toBe(false);
    // Only the head is read: a head longer than one block read, and a link written in the text, which does not count.
    const long = (path: string, html: string) => {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), html);
    };
    const filler = `<meta name="x" content="${'ә'.repeat(20_000)}">`;
    long('en/news/b', `<html><head>${filler}<link rel="canonical" href="https://ulagat.kz/en/news/b/"></head><body></body></html>`);
    long('en/news/c', `<html><head>${filler}</head><body><p><link rel="canonical" href="https://ulagat.kz/en/news/c/"></p></body></html>`);
    expect(isCanonicalPage(dir, 'https://ulagat.kz/en/news/b/')).toBe(true);
    expect(isCanonicalPage(dir, 'https://ulagat.kz/en/news/c/')).toBe(false);
  });

  it('add x-default to a group of translations: Kazakh if there, else the first', () => {
    const links = [
      { lang: 'en', url: 'https://ulagat.kz/en/a/' },
      { lang: 'kk', url: 'https://ulagat.kz/kk/a/' },
    ];
    expect(withXDefault({ url: 'x', links }).links!.at(-1)).toEqual({ lang: 'x-default', url: 'https://ulagat.kz/kk/a/' });
    expect(withXDefault({ url: 'x', links: [links[0]!] }).links!.at(-1)).toEqual({ lang: 'x-default', url: 'https://ulagat.kz/en/a/' });
    const single: { url: string; links?: typeof links } = { url: 'x' };
    expect(withXDefault(single)).toEqual({ url: 'x' });
  });

  it('write a robots.txt that keeps crawlers out of /admin and names the sitemap', () => {
    expect(robotsTxt('https://ulagat.kz')).toBe('User-agent: *\nDisallow: /admin\n\nSitemap: https://ulagat.kz/sitemap-index.xml\n');
  });
});
