import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { fileFor, load } from '../helpers/html';
import { dist } from '../helpers/paths';
import { existsIn, list, og, ofType, parseIcs, parseXml, sitePath } from '../helpers/sharing';

/**
 * The fixture site's events around "now" (TEST_NOW, 2026-11-22): an upcoming event in three
 * languages (`mentors-meetup`: 12 Dec 2026, 15:00–17:30 in Taldykorgan, mixed, free), upcoming ones
 * written only in Russian (`winter-workshop`, 2027; `open-day`, 2030), and past ones.
 */
const build = { outDir: dist };
const doc = (path: string) => load(fileFor(build.outDir, path) ?? (() => { throw new Error(`${path} is not built`); })());

describe('fixture: upcoming events', () => {
  it('lists upcoming events in each locale’s events feed, soonest first, past ones left out', () => {
    for (const l of locales) {
      const rss = parseXml(join(build.outDir, l, 'master-classes/rss.xml')).rss;
      const items = list(rss.channel.item) as { link: string; title: string; description: string }[];
      expect(items.map((i) => sitePath(i.link))).toEqual([`/${l}/master-classes/mentors-meetup/`, `/${l}/master-classes/winter-workshop/`, `/${l}/master-classes/open-day/`]);
      for (const item of items) expect(existsIn(build.outDir, item.link), item.link).toBe(true);
      // The Russian-only event is listed in Russian: its text exists in no other language.
      expect(items[1]!.title).toBe('Зимняя мастерская');
      expect(items[0]!.description).toMatch(/15:00/);
    }
    expect(list(parseXml(join(build.outDir, 'kk/master-classes/rss.xml')).rss.channel.item)[0]).toMatchObject({ title: expect.stringContaining('Тәлімгерлер кездесуі') });
  });

  it('offers a prominent add-to-calendar with the event’s UTC instants', () => {
    for (const l of locales) {
      const d = doc(`/${l}/master-classes/mentors-meetup/`);
      expect(d.querySelector('[data-event-past]')).toBeNull();
      expect(d.querySelector('[data-calendar]')?.getAttribute('data-calendar')).toBe('upcoming');
      expect(d.querySelector('#calendar-heading')?.textContent).toBe(dictionaries[l]['calendar.add']);
      const google = new URL(d.querySelector('[data-calendar-google]')!.getAttribute('href')!);
      expect(google.searchParams.get('dates')).toBe('20261212T100000Z/20261212T123000Z');
      expect(google.searchParams.get('text')).toBe(d.querySelector('h1')!.textContent.trim());
      const ev = parseIcs(fileFor(build.outDir, d.querySelector('[data-calendar-ics]')!.getAttribute('href')!)!);
      expect([ev.startDate.toString(), ev.endDate.toString()]).toEqual(['2026-12-12T10:00:00Z', '2026-12-12T12:30:00Z']);
      expect(ev.summary).toBe(d.querySelector('h1')!.textContent.trim());
      // DTSTAMP: the build's day, midnight in Kazakhstan (TEST_NOW is 2026-11-22, 12:00 +05:00).
      expect(ev.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-21T19:00:00Z');
    }
  });

  it('describes the event in JSON-LD: both places, free, the region in the page’s language', () => {
    const [kk] = ofType(doc('/kk/master-classes/mentors-meetup/'), 'Event') as Record<string, any>[];
    expect(kk).toMatchObject({
      startDate: '2026-12-12T15:00:00+05:00',
      endDate: '2026-12-12T17:30:00+05:00',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      isAccessibleForFree: true,
      organizer: { '@type': 'Organization', name: 'Жетісу облысының білім басқармасы' },
      location: [
        {
          '@type': 'Place',
          name: 'Талдықорған қалалық мәдениет үйі',
          address: { '@type': 'PostalAddress', streetAddress: 'Талдықорған қ., Тәуелсіздік к-сі, 1', addressRegion: 'Жетісу облысы', addressCountry: 'KZ' },
        },
        { '@type': 'VirtualLocation', url: 'https://example.org/register' },
      ],
    });
    const [ru] = ofType(doc('/ru/master-classes/mentors-meetup/'), 'Event') as Record<string, any>[];
    expect(ru!.location[0].address.addressRegion).toBe('область Жетісу');
  });

  it('keeps a title with </script> inside its JSON-LD string', () => {
    const html = readFileSync(fileFor(build.outDir, '/ru/master-classes/mentors-meetup/')!, 'utf8');
    // Read the raw HTML as a browser's tokenizer does: a script ends at the first </script>.
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as { name?: string });
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks.map((b) => b.name)).toContain('Встреча менторов </script><script>alert(1)</script>');
  });

  it('draws the card with every Kazakh letter of the title', async () => {
    const file = fileFor(build.outDir, sitePath(og(doc('/kk/master-classes/mentors-meetup/'), 'og:image')[0]!))!;
    expect(file).toMatch(/og\/kk\/events\/mentors-meetup\.jpg$/);
    const info = await sharp(file).metadata();
    expect([info.width, info.height]).toEqual([1200, 630]);
  });
});

describe('fixture: an event written only in Russian', () => {
  it('points the Kazakh and English pages at the Russian original, card included', () => {
    for (const l of ['kk', 'en']) {
      const d = doc(`/${l}/master-classes/winter-workshop/`);
      expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://ulagat.kz/ru/master-classes/winter-workshop/');
      expect(og(d, 'og:url')).toEqual(['https://ulagat.kz/ru/master-classes/winter-workshop/']);
      expect(og(d, 'og:locale')).toEqual(['ru_RU']);
      expect(og(d, 'og:locale:alternate')).toEqual([]);
      expect(og(d, 'og:image')).toEqual(['https://ulagat.kz/og/ru/events/winter-workshop.jpg']);
      expect(d.querySelectorAll('link[rel="alternate"][hreflang]')).toHaveLength(0);
      expect(existsIn(build.outDir, d.querySelector('[data-calendar-ics]')!.getAttribute('href')!)).toBe(true);
    }
    expect(existsIn(build.outDir, '/og/ru/events/winter-workshop.jpg')).toBe(true);
    // No card is drawn for a translation that does not exist.
    expect(existsSync(join(build.outDir, 'og/kk/events/winter-workshop.jpg'))).toBe(false);
  });

  it('leaves the fallback pages out of the sitemap and out of the hreflang groups', () => {
    const index = parseXml(join(build.outDir, 'sitemap-index.xml'));
    const urls = list(index.sitemapindex.sitemap as { loc: string }[]).flatMap((s) =>
      list(parseXml(fileFor(build.outDir, sitePath(s.loc))!).urlset.url as Record<string, any>[]),
    );
    const locs = urls.map((u) => sitePath(u.loc));
    expect(locs).toContain('/ru/master-classes/winter-workshop/');
    expect(locs).not.toContain('/kk/master-classes/winter-workshop/');
    expect(locs).not.toContain('/en/master-classes/winter-workshop/');
    const hrefs = urls.flatMap((u) => list(u['xhtml:link'] as { '@href': string }[]).map((l) => sitePath(l['@href'])));
    expect(hrefs.filter((h) => h.includes('winter-workshop'))).toEqual([]);
    const meetup = urls.find((u) => sitePath(u.loc) === '/kk/master-classes/mentors-meetup/')!;
    expect(list(meetup['xhtml:link'] as { '@hreflang': string }[]).map((l) => l['@hreflang']).sort()).toEqual(['en', 'kk', 'ru', 'x-default']);
  });
});
