import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEWS_FEED_ITEMS as FEED_ITEMS } from '../../src/utils/feeds';
import { locales } from '../../src/i18n/locales';
import { slugsOnDisk } from '../helpers/content';
import { dist } from '../helpers/paths';
import { existsIn, list, parseXml, sitePath } from '../helpers/sharing';

describe('news feeds of a site with more reports than a feed carries', () => {
  it('carry the newest reports only, newest first, in every locale', () => {
    // The fixture's 40 archive reports of early 2024 make it longer than a feed.
    expect(slugsOnDisk('news').length).toBeGreaterThan(FEED_ITEMS);
    for (const l of locales) {
      const items = list(parseXml(join(dist, l, 'news/rss.xml')).rss.channel.item) as { link: string; pubDate: string }[];
      expect(items, l).toHaveLength(FEED_ITEMS);
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      for (const item of items) expect(existsIn(dist, item.link), item.link).toBe(true);
      const links = items.map((item) => sitePath(item.link));
      expect(links).toContain(`/${l}/news/archive-report-040/`);
      expect(links).not.toContain(`/${l}/news/archive-report-001/`);
    }
    // The older ones are still on the site, in the news list.
    expect(existsIn(dist, '/ru/news/archive-report-001/')).toBe(true);
  });
});
