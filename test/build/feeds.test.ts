import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { NEWS_FEED_ITEMS } from '../../src/utils/feeds';
import { astroBuild, type BuildResult } from '../helpers/astro';
import { root, TEST_NOW } from '../helpers/paths';
import { existsIn, list, parseXml, sitePath } from '../helpers/sharing';

/** A content tree with more reports than a feed carries: 5 more, one a day, in Russian only. */
const reports = NEWS_FEED_ITEMS + 5;
const slug = (i: number) => `report-${String(i).padStart(3, '0')}`;
let build: BuildResult;

beforeAll(() => {
  const content = join(mkdtempSync(join(tmpdir(), 'ulagat-feeds-')), 'content');
  cpSync(join(root, 'test/fixtures/upcoming/content'), content, { recursive: true });
  mkdirSync(join(content, 'news/ru'), { recursive: true });
  for (let i = 0; i < reports; i++) {
    const date = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    writeFileSync(join(content, `news/ru/${slug(i)}.md`), `---\ntitle: "Отчёт ${i}"\ndate: ${date}\nsummary: "Отчёт номер ${i}."\n---\nТекст.\n`);
  }
  build = astroBuild({ contentDir: content, env: { ULAGAT_NOW: TEST_NOW } });
}, 300_000);

describe('news feeds of a large site', () => {
  it('carry the newest reports only, newest first, in every locale', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const newest = Array.from({ length: NEWS_FEED_ITEMS }, (_, i) => slug(reports - 1 - i));
    for (const l of locales) {
      const items = list(parseXml(join(build.outDir, l, 'news/rss.xml')).rss.channel.item) as { link: string }[];
      expect(items.map((item) => sitePath(item.link)), l).toEqual(newest.map((s) => `/${l}/news/${s}/`));
      for (const item of items) expect(existsIn(build.outDir, item.link), item.link).toBe(true);
    }
    // The older ones are still on the site, in the news list.
    expect(existsIn(build.outDir, `/ru/news/${slug(0)}/`)).toBe(true);
  });
});
