import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../bench/weight';
import { locales } from '../../src/i18n/locales';
import { htmlPages } from '../helpers/html';
import { dist } from '../helpers/paths';

/** The site's languages, as a regular expression alternation. */
const L = locales.join('|');

// The page-weight budgets of the performance issue, checked on every built page they cover.
const KB = 1024;
// Pages served at their folder's address; a language's 404.html is a copy of its /404/ page.
const pages = htmlPages(dist).filter((p) => new RegExp(`^/(${L})/`).test(p.path) && p.path.endsWith('/'));
const articles = pages.filter((p) => new RegExp(`^/(${L})/news/[^/]+/$`).test(p.path));

describe('page-weight budgets', () => {
  it('a news article: HTML and its CSS in one round trip (14 KB gzip), JS at most 5 KB gzip', () => {
    expect(articles.length).toBeGreaterThan(10);
    for (const { path } of articles) {
      const { bytes } = pageWeight(dist, path);
      expect(bytes.html[1] + bytes.css[1], `${path}: HTML + CSS gzip`).toBeLessThanOrEqual(14 * KB);
      expect(bytes.js[1], `${path}: JS gzip`).toBeLessThanOrEqual(5 * KB);
    }
  });

  it('every page: at most two font files, 80 KB in all', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const { path } of pages) {
      const { bytes, fonts } = pageWeight(dist, path);
      expect(fonts.length, `${path}: ${fonts.join(', ')}`).toBeLessThanOrEqual(2);
      expect(fonts.length, `${path} sets no web font`).toBeGreaterThan(0);
      expect(bytes.font[0], path).toBeLessThanOrEqual(80 * KB);
    }
  });
});
