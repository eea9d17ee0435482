import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { splitMarkdown } from '../../src/content/frontmatter';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales';
import { fileFor, load } from '../helpers/html';
import { dist, siteContent } from '../helpers/paths';

/**
 * The fixture site's 20 regions (17 regions and 3 cities) in three languages, Ulytau Region
 * not translated into English: the map on the home page and the regions list.
 */
const contentDir = siteContent;
const KB = 1024;
const build = { outDir: dist };

/** Each region's name in a language, as the fixture files give it (absent: not translated). */
function namesIn(locale: Locale): Map<string, string> {
  const dir = join(contentDir, 'regions', locale);
  return new Map(
    readdirSync(dir).map((f) => {
      const name = splitMarkdown(readFileSync(join(dir, f), 'utf8')).data.title;
      if (typeof name !== 'string') throw new Error(`${dir}/${f} has no name`);
      return [f.slice(0, -3), name];
    }),
  );
}
const slugs = [...namesIn('kk').keys()].sort();

function mapOn(path: string) {
  const file = fileFor(build.outDir, path);
  if (!file) throw new Error(`${path} is not built`);
  const map = load(file).querySelector('.region-map');
  if (!map) throw new Error(`${path} has no region map`);
  return map;
}

describe('fixture: the map of the 20 regions', () => {
  it('has the 20 regions', () => {
    expect(slugs).toHaveLength(20);
  });

  for (const locale of locales) {
    for (const page of [`/${locale}/`, `/${locale}/regions/`]) {
      it(`${page}: a link for each of the 20 regions inside the map, named as the region is in that language`, () => {
        const svg = mapOn(page).querySelector('svg[data-region-map]')!;
        expect(svg.getAttribute('aria-label')).toBeTruthy();
        const links = svg.querySelectorAll('a[href]');
        expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(slugs.map((s) => `/${locale}/regions/${s}/`).sort());
        for (const a of links) {
          const slug = a.getAttribute('data-region')!;
          const name = a.querySelector('title')?.textContent.trim();
          // An entry not translated yet shows its name in the first language that has it, and says so.
          const shownIn = [locale, ...localeInfo[locale].fallbacks].find((l) => namesIn(l).has(slug))!;
          expect(name, `${page} ${slug}`).toBe(namesIn(shownIn).get(slug));
          expect(a.getAttribute('lang') ?? locale, `${page} ${slug}`).toBe(shownIn);
        }
      });

      it(`${page}: every name shown on the map is part of its link’s name, and the map is under 25 KB gzip`, () => {
        const map = mapOn(page);
        const shown = map.querySelectorAll('text.wide');
        expect(shown.length).toBe(20);
        const linkNames = map.querySelectorAll('a title').map((t) => t.textContent.trim());
        for (const text of shown) {
          const label = text.querySelectorAll('tspan').map((t) => t.textContent.trim()).join(' ') || text.textContent.trim();
          expect(linkNames.some((n) => n.includes(label.replace(/- /g, '-'))), label).toBe(true);
        }
        expect(gzipSync(map.outerHTML).length).toBeLessThan(25 * KB);
      });
    }
  }

  it('credits the geodata with a visible link on every page with the map', () => {
    for (const locale of locales) {
      const credit = mapOn(`/${locale}/`).querySelector('.credit a');
      expect(credit?.getAttribute('href')).toBe('https://www.amcharts.com/');
      expect(credit?.textContent).toBe('amCharts');
    }
  });

  it('ships no script for the map', () => {
    for (const locale of locales) expect(mapOn(`/${locale}/`).querySelectorAll('script')).toHaveLength(0);
  });
});
