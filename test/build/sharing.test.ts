import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { collectionNames, kinds, type CollectionName } from '../../src/model/collections';
import { slugsOnDisk } from '../helpers/content';
import { fileFor, htmlPages, load } from '../helpers/html';
import { dist } from '../helpers/paths';
import { existsIn, jsonLd, list, meta, og, ofType, parseIcs, parseXml, sitePath } from '../helpers/sharing';

const pages = htmlPages(dist).filter((p) => locales.some((l) => p.path.startsWith(`/${l}/`)));
const doc = (path: string) => {
  const file = fileFor(dist, path);
  if (!file) throw new Error(`${path} is not built`);
  return load(file);
};
/** Every page of a collection's entries, with the language its text is in (another one on a fallback page). */
const entryPages = (collection: CollectionName) =>
  slugsOnDisk(collection).flatMap((slug) =>
    locales.map((locale) => {
      const path = `/${locale}/${kinds[collection].segment}/${slug}/`;
      const d = doc(path);
      const notice = d.querySelector('[data-fallback-notice]')?.getAttribute('data-fallback-notice');
      const lang = locales.find((l) => l === notice) ?? locale;
      return { slug, locale, lang, path, doc: d, original: `/${lang}/${kinds[collection].segment}/${slug}/` };
    }),
  );

/** One page of each type, in every locale. */
const pageTypes = {
  home: (l: Locale) => `/${l}/`,
  'news list': (l: Locale) => `/${l}/news/`,
  'news report': (l: Locale) => `/${l}/news/school-of-moms-republic-day/`,
  event: (l: Locale) => `/${l}/master-classes/unified-upbringing-round-table/`,
  project: (l: Locale) => `/${l}/projects/school-of-moms/`,
  region: (l: Locale) => `/${l}/regions/zhetysu/`,
  about: (l: Locale) => `/${l}/about/`,
};

describe('the head of every page type', () => {
  for (const [type, pathOf] of Object.entries(pageTypes)) {
    for (const locale of locales) {
      const path = pathOf(locale);
      it(`${type} (${path}) has title, description, canonical, hreflang, Open Graph, X card and feeds`, () => {
        const d = doc(path);
        const url = `https://ulagat.kz${path}`;
        expect(d.querySelector('title')?.textContent.trim()).toBeTruthy();
        expect(meta(d, 'name', 'description')[0]).toBeTruthy();
        expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
        // Every seed entry is translated: three languages and x-default, each a built page.
        const alternates = d.querySelectorAll('link[rel="alternate"][hreflang]');
        expect(alternates.map((a) => a.getAttribute('hreflang'))).toEqual(['kk', 'ru', 'en', 'x-default']);
        for (const a of alternates) expect(existsIn(dist, a.getAttribute('href')!), a.getAttribute('href')!).toBe(true);
        expect(alternates.at(-1)!.getAttribute('href')).toBe(`https://ulagat.kz${path.replace(/^\/\w\w\//, '/kk/')}`);

        const expectedType = type === 'news report' || type === 'event' ? 'article' : 'website';
        expect(og(d, 'og:type')).toEqual([expectedType]);
        expect(og(d, 'og:title')[0]).toBeTruthy();
        expect(og(d, 'og:description')[0]).toBeTruthy();
        expect(og(d, 'og:url')).toEqual([url]);
        expect(og(d, 'og:site_name')).toEqual([dictionaries[locale]['site.name']]);
        expect(og(d, 'og:locale')).toEqual([localeInfo[locale].og]);
        expect(og(d, 'og:locale:alternate').sort()).toEqual(locales.filter((l) => l !== locale).map((l) => localeInfo[l].og).sort());
        expect(og(d, 'og:image')).toHaveLength(1);
        expect(sitePath(og(d, 'og:image')[0]!)).toMatch(new RegExp(`^/og/${locale}/`));
        expect([og(d, 'og:image:width'), og(d, 'og:image:height'), og(d, 'og:image:type')]).toEqual([['1200'], ['630'], ['image/jpeg']]);
        expect(og(d, 'og:image:alt')[0]).toBeTruthy();
        expect(meta(d, 'name', 'twitter:card')).toEqual(['summary_large_image']);

        const feeds = d.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((l) => l.getAttribute('href')!);
        expect(feeds).toEqual([`/${locale}/news/rss.xml`, `/${locale}/master-classes/rss.xml`]);
        for (const f of feeds) expect(existsIn(dist, f), f).toBe(true);
      });
    }
  }

  it('the root language chooser unfurls as the Kazakh home page (links to the bare domain are shared too)', () => {
    const d = load(join(dist, 'index.html'));
    expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://ulagat.kz/kk/');
    expect(og(d, 'og:url')).toEqual(['https://ulagat.kz/kk/']);
    expect(existsIn(dist, og(d, 'og:image')[0]!)).toBe(true);
    expect(meta(d, 'name', 'twitter:card')).toEqual(['summary_large_image']);
  });

  it('entry cards are the entry’s own, in its language; lists use the site card', () => {
    expect(sitePath(og(doc('/kk/news/school-of-moms-republic-day/'), 'og:image')[0]!)).toBe('/og/kk/news/school-of-moms-republic-day.jpg');
    expect(sitePath(og(doc('/en/master-classes/unified-upbringing-round-table/'), 'og:image')[0]!)).toBe('/og/en/events/unified-upbringing-round-table.jpg');
    expect(sitePath(og(doc('/ru/regions/zhetysu/'), 'og:image')[0]!)).toBe('/og/ru/regions/zhetysu.jpg');
    expect(sitePath(og(doc('/ru/news/'), 'og:image')[0]!)).toBe('/og/ru/site.jpg');
  });

  it('news reports give their publication date', () => {
    expect(og(doc('/kk/news/school-of-moms-republic-day/'), 'article:published_time')).toEqual(['2025-10-25T00:00:00+05:00']);
  });
});

describe('Open Graph images', () => {
  const images = new Map<string, string>();
  for (const p of pages) for (const src of og(load(p.file), 'og:image')) images.set(sitePath(src), p.path);

  it('exist for every og:image, as 1200×630 JPEGs under 300 KB', async () => {
    expect(images.size).toBeGreaterThan(3 * 40);
    for (const [path, page] of images) {
      const file = fileFor(dist, path);
      expect(file, `${page} → ${path}`).toBeDefined();
      const info = await sharp(file!).metadata();
      expect([info.format, info.width, info.height], path).toEqual(['jpeg', 1200, 630]);
      expect(statSync(file!).size, path).toBeLessThan(300 * 1024);
    }
  });

  it('exist for every entry in the language of its text (a fallback page shows the original\'s card)', () => {
    for (const collection of collectionNames) {
      for (const { slug, lang, path } of entryPages(collection)) expect(sitePath(og(doc(path), 'og:image')[0]!), path).toBe(`/og/${lang}/${collection}/${slug}.jpg`);
    }
  });

  it('differ per language: the Kazakh, Russian and English cards of one entry are different pictures', () => {
    const bytes = locales.map((l) => readFileSync(fileFor(dist, `/og/${l}/news/school-of-moms-republic-day.jpg`)!));
    expect(new Set(bytes.map((b) => b.toString('base64'))).size).toBe(3);
  });
});

describe('JSON-LD', () => {
  it('parses on every page, and every page with breadcrumbs has a matching BreadcrumbList', () => {
    for (const p of pages) {
      const d = load(p.file);
      const data = jsonLd(d);
      for (const item of data) expect(item['@context'], p.path).toBe('https://schema.org');
      const crumbs = d.querySelectorAll('nav.crumbs li');
      if (crumbs.length === 0) continue;
      const [list] = data.filter((x) => x['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] }[];
      expect(list, p.path).toBeDefined();
      expect(list!.itemListElement.map((i) => i.name)).toEqual(crumbs.map((c) => c.textContent.trim()));
      expect(list!.itemListElement.map((i) => i.position)).toEqual(crumbs.map((_, i) => i + 1));
      for (const i of list!.itemListElement) expect(existsIn(dist, i.item), i.item).toBe(true);
    }
  });

  it('has BreadcrumbList on every page but the home pages', () => {
    const without = pages.filter((p) => ofType(load(p.file), 'BreadcrumbList').length === 0).map((p) => p.path);
    expect(without.sort()).toEqual(['/en/', '/kk/', '/ru/'].concat(locales.flatMap((l) => [`/${l}/404/`, `/${l}/404.html`])).sort());
  });

  it('has an Organization on the home page', () => {
    for (const l of locales) {
      const [org] = ofType(doc(`/${l}/`), 'Organization');
      expect(org).toMatchObject({ name: dictionaries[l]['site.name'], url: `https://ulagat.kz/${l}/` });
      expect(existsIn(dist, org!.logo as string)).toBe(true);
    }
  });

  it('has a NewsArticle on every news report, naming the original', () => {
    for (const { path, lang, original, doc: d } of entryPages('news')) {
      const [article] = ofType(d, 'NewsArticle');
      expect(article, path).toBeDefined();
      expect(article).toMatchObject({ inLanguage: lang, url: `https://ulagat.kz${original}` });
      for (const key of ['headline', 'description', 'datePublished', 'image', 'publisher', 'author']) expect(article, key).toHaveProperty(key);
      // Midnight in Kazakhstan on the page's date, with the offset of that day (UTC+6 before March 2024);
      // a date known only to the month or the year as such.
      const date = d.querySelector('.facts time')!.getAttribute('datetime')!;
      expect(article!.datePublished).toMatch(date.length === 10 ? new RegExp(`^${date}T00:00:00\\+0[56]:00$`) : new RegExp(`^${date}$`));
      for (const src of article!.image as string[]) expect(existsIn(dist, src), src).toBe(true);
    }
  });

  it('has an Event on every event page, with the times of the page in +05:00', () => {
    for (const { path, slug, doc: d } of entryPages('events')) {
      {
        const [event] = ofType(d, 'Event') as Record<string, any>[];
        expect(event, path).toBeDefined();
        expect(event!.startDate).toBe(d.querySelector('.facts time')!.getAttribute('datetime'));
        expect(event!.startDate).toMatch(/\+05:00$/);
        expect(event!.endDate).toMatch(/\+05:00$/);
        expect(Date.parse(event!.endDate)).toBeGreaterThanOrEqual(Date.parse(event!.startDate));
        // In person, or in person and online (then the place comes first).
        const place = Array.isArray(event!.location) ? event!.location[0] : event!.location;
        expect(place).toMatchObject({ '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'KZ' } });
        expect(place.name).toBeTruthy();
        expect(event!.organizer).toMatchObject({ '@type': 'Organization' });
        expect(event!.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed|MovedOnline)$/);
        expect(event!.eventAttendanceMode).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
        for (const src of event!.image as string[]) expect(existsIn(dist, src), src).toBe(true);
        // Only events that say they are free claim it.
        if (slug !== 'mentors-meetup') expect(event, slug).not.toHaveProperty('isAccessibleForFree');
      }
    }
  });
});

describe('calendar', () => {
  it('gives every event an .ics file with the right UTC instants, linked from its page', () => {
    for (const { slug, locale: l, doc: d } of entryPages('events')) {
      {
        const start = d.querySelector('.facts time')!.getAttribute('datetime')!;
        const link = d.querySelector('[data-calendar-ics]')!.getAttribute('href')!;
        expect(link).toBe(`/${l}/master-classes/${slug}.ics`);
        const ev = parseIcs(fileFor(dist, link)!);
        expect(ev.startDate.toString()).toMatch(/Z$/);
        expect(ev.startDate.toJSDate().getTime()).toBe(Date.parse(start));
        const [jsonEvent] = ofType(d, 'Event') as { endDate: string; name: string }[];
        expect(ev.endDate.toJSDate().getTime()).toBe(Date.parse(jsonEvent!.endDate));
        expect(ev.summary).toBe(d.querySelector('h1')!.textContent.trim());
        expect(ev.uid).toBe(`${slug}@ulagat.kz`);
      }
    }
  });

  it('shows 11:00 in Almaty as 06:00 UTC', () => {
    const ev = parseIcs(fileFor(dist, '/kk/master-classes/unified-upbringing-round-table.ics')!);
    expect(ev.startDate.toString()).toBe('2025-10-25T06:00:00Z');
    expect(ev.endDate.toString()).toBe('2025-10-25T07:30:00Z');
  });

  it('offers a Google Calendar link with the same UTC dates and the Almaty zone', () => {
    const link = new URL(doc('/ru/master-classes/unified-upbringing-round-table/').querySelector('[data-calendar-google]')!.getAttribute('href')!);
    expect(link.hostname).toBe('calendar.google.com');
    expect(link.searchParams.get('dates')).toBe('20251025T060000Z/20251025T073000Z');
    expect(link.searchParams.get('ctz')).toBe('Asia/Almaty');
  });

  it('keeps past events marked past, with add-to-calendar set quiet', () => {
    for (const l of locales) {
      const d = doc(`/${l}/master-classes/seven-facets-master-classes/`);
      expect(d.querySelector('[data-event-past]')?.textContent).toBe(dictionaries[l]['events.isPast']);
      expect(d.querySelector('[data-calendar]')?.getAttribute('data-calendar')).toBe('past');
      expect(d.querySelector('#calendar-heading')?.textContent).toBe(dictionaries[l]['calendar.add']);
    }
  });
});

describe('share links', () => {
  const entryPages = ['/kk/news/myn-jasa-launch/', '/ru/master-classes/seven-facets-master-classes/', '/en/projects/myn-jasa/', '/kk/regions/almaty/'];

  it('are plain links to Telegram, WhatsApp, Facebook, VK and X carrying the page URL, plus copy-link', () => {
    for (const path of entryPages) {
      const d = doc(path);
      const url = `https://ulagat.kz${path}`;
      const section = d.querySelector('[data-share]')!;
      expect(section, path).not.toBeNull();
      const hosts = section.querySelectorAll('a[data-network]').map((a) => new URL(a.getAttribute('href')!).hostname);
      expect(hosts).toEqual(['t.me', 'wa.me', 'www.facebook.com', 'vk.com', 'x.com']);
      for (const a of section.querySelectorAll('a[data-network]')) {
        const params = [...new URL(a.getAttribute('href')!).searchParams.values()].join(' ');
        expect(params, a.getAttribute('href')!).toContain(url);
      }
      expect(section.querySelector('a[data-share-copy]')?.getAttribute('href')).toBe(url);
      const locale = path.split('/')[1] as Locale;
      expect(section.querySelector('h2')?.textContent).toBe(dictionaries[locale]['share.title']);
      // The phone share button waits for the script that finds navigator.share.
      expect(section.querySelector('[data-share-native]')?.hasAttribute('hidden')).toBe(true);
    }
  });
});

describe('feeds', () => {
  it('list the news per locale, newest first, with links to built pages', () => {
    for (const l of locales) {
      const rss = parseXml(join(dist, l, 'news/rss.xml')).rss;
      expect(rss.channel.language).toBe(l);
      expect(rss.channel['atom:link']['@href']).toBe(`https://ulagat.kz/${l}/news/rss.xml`);
      const items = list(rss.channel.item) as { link: string; title: string; pubDate: string }[];
      for (const item of items) expect(existsIn(dist, item.link), item.link).toBe(true);
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      expect(items.map((i) => sitePath(i.link)).every((p) => p.startsWith(`/${l}/news/`))).toBe(true);
    }
  });

  it('have an events feed per locale with the upcoming events only, soonest first', () => {
    for (const l of locales) {
      const rss = parseXml(join(dist, l, 'master-classes/rss.xml')).rss;
      expect(rss.channel.title).toBe(`${dictionaries[l]['site.name']}: ${dictionaries[l]['home.upcoming']}`);
      const items = list(rss.channel.item) as { link: string }[];
      expect(items.map((i) => sitePath(i.link))).toEqual(['mentors-meetup', 'winter-workshop', 'open-day'].map((slug) => `/${l}/master-classes/${slug}/`));
    }
  });
});

describe('sitemap and robots.txt', () => {
  const index = parseXml(join(dist, 'sitemap-index.xml'));
  const maps = list(index.sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
  const urls = maps.flatMap((loc) => list(parseXml(fileFor(dist, sitePath(loc))!).urlset.url as Record<string, any>[]));

  it('is a sitemap index whose sitemaps and URLs all exist', () => {
    expect(maps.length).toBeGreaterThan(0);
    for (const u of urls) expect(existsIn(dist, u.loc), u.loc).toBe(true);
  });

  it('lists every canonical page once and nothing else', () => {
    const listed = urls.map((u) => sitePath(u.loc)).sort();
    const canonical = pages
      .filter((p) => !/\/404\/$/.test(p.path))
      .filter((p) => load(p.file).querySelector('link[rel="canonical"]')?.getAttribute('href') === `https://ulagat.kz${p.path}`)
      .map((p) => p.path)
      .sort();
    expect(listed).toEqual(canonical);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).not.toContain('/');
  });

  it('gives each page its translations and x-default, as the page’s own head does', () => {
    for (const u of urls) {
      const links = list(u['xhtml:link'] as { '@hreflang': string; '@href': string }[]);
      const head = load(fileFor(dist, sitePath(u.loc))!).querySelectorAll('link[rel="alternate"][hreflang]');
      const asPairs = (xs: { lang: string; href: string }[]) => xs.map((x) => `${x.lang} ${x.href}`).sort();
      // A page in one language only is its own group: the sitemap leaves it out, as it gives no alternative.
      const own = head.length === 2 && links.length === 0;
      if (own) continue;
      expect(asPairs(links.map((l) => ({ lang: l['@hreflang'], href: l['@href'] }))), u.loc).toEqual(
        asPairs(head.map((l) => ({ lang: l.getAttribute('hreflang')!, href: l.getAttribute('href')! }))),
      );
    }
  });

  it('robots.txt names the sitemap index and keeps crawlers out of /admin', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/admin$/m);
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)![1]!;
    expect(sitemap).toBe('https://ulagat.kz/sitemap-index.xml');
    expect(existsIn(dist, sitemap)).toBe(true);
  });
});
