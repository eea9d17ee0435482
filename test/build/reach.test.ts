import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { slugsOnDisk } from '../helpers/content';
import { fileFor, load } from '../helpers/html';
import { dist } from '../helpers/paths';

async function decodeQr(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('event posters', () => {
  const events = slugsOnDisk('events');

  it('exist for every event in every locale, with no JavaScript', () => {
    for (const l of locales) {
      for (const slug of events) {
        const file = fileFor(dist, `/${l}/master-classes/${slug}/poster/`);
        expect(file, `${l}/${slug}`).toBeDefined();
        const doc = load(file!);
        // Only data (JSON-LD), never code.
        expect(doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json'), `${l}/${slug}`).toEqual([]);
        expect(doc.querySelector('h1')?.textContent.trim()).toBe(load(fileFor(dist, `/${l}/master-classes/${slug}/`)!).querySelector('h1')?.textContent.trim());
        expect(doc.querySelector('[data-poster] dl')?.textContent).toMatch(/\d{2}:\d{2}/);
      }
    }
  });

  it('carry a QR code that decodes to the event page in the poster’s language', async () => {
    for (const l of locales) {
      for (const slug of events) {
        const poster = load(fileFor(dist, `/${l}/master-classes/${slug}/poster/`)!);
        const svg = poster.querySelector('.qr svg')!.toString();
        // The event's page in the poster's language, even where that page shows another language's text.
        expect(await decodeQr(svg), `${l}/${slug}`).toBe(`https://ulagat.kz/${l}/master-classes/${slug}/`);
      }
    }
  });

  it('are linked from the event page', () => {
    const doc = load(fileFor(dist, '/ru/master-classes/seven-facets-master-classes/')!);
    expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/ru/master-classes/seven-facets-master-classes/poster/');
  });
});

describe('link-in-bio page', () => {
  it('lists only upcoming events, soonest first, in every locale, with UTM-tagged links', () => {
    for (const l of locales) {
      const doc = load(fileFor(dist, `/${l}/links/`)!);
      const events = doc.querySelectorAll('[data-links-events] a').map((a) => a.getAttribute('href'));
      const utm = `?utm_source=link-in-bio&utm_medium=social&utm_campaign=bio-${l}`;
      expect(events).toEqual(['mentors-meetup', 'winter-workshop', 'open-day'].map((slug) => `/${l}/master-classes/${slug}/${utm}`));
      const all = doc.querySelectorAll('main section a').map((a) => a.getAttribute('href')!);
      expect(all.filter((h) => h.startsWith(`/${l}/`)).every((h) => h.includes('utm_source=link-in-bio'))).toBe(true);
      expect(all.some((h) => h.includes('/master-classes/open-class/'))).toBe(false);
      expect(doc.querySelectorAll('section[aria-labelledby="links-news"] a')).toHaveLength(3);
    }
  });
});
