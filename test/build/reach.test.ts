import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { astroBuild, type BuildResult } from '../helpers/astro';
import { slugsOnDisk } from '../helpers/content';
import { fileFor, load } from '../helpers/html';
import { dist, root } from '../helpers/paths';

async function decodeQr(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('event posters', () => {
  const events = slugsOnDisk('master-classes');

  it('exist for every event in every locale, with no JavaScript', () => {
    for (const l of locales) {
      for (const slug of events) {
        const file = fileFor(dist, `/${l}/master-classes/${slug}/poster/`);
        expect(file, `${l}/${slug}`).toBeDefined();
        const html = readFileSync(file!, 'utf8');
        // Only data (JSON-LD), never code.
        expect(html, `${l}/${slug}`).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/i);
        const doc = load(file!);
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
        const canonical = load(fileFor(dist, `/${l}/master-classes/${slug}/`)!).querySelector('link[rel="canonical"]')!.getAttribute('href');
        expect(await decodeQr(svg), `${l}/${slug}`).toBe(canonical);
        expect(canonical).toMatch(new RegExp(`/${l}/master-classes/${slug}/$`));
      }
    }
  });

  it('are linked from the event page', () => {
    const doc = load(fileFor(dist, '/ru/master-classes/seven-facets-master-classes/')!);
    expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/ru/master-classes/seven-facets-master-classes/poster/');
  });
});

describe('link-in-bio page', () => {
  let build: BuildResult;
  beforeAll(() => {
    const contentDir = join(mkdtempSync(join(tmpdir(), 'ulagat-links-')), 'content');
    cpSync(join(root, 'test/fixtures/untranslated/content'), contentDir, { recursive: true });
    cpSync(join(root, 'test/fixtures/future-event'), contentDir, { recursive: true });
    build = astroBuild({ contentDir, env: { ULAGAT_NOW: '2026-11-22T12:00:00+05:00' } });
  });

  it('lists only upcoming events, in every locale, with UTM-tagged links', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    for (const l of locales) {
      const doc = load(fileFor(build.outDir, `/${l}/links/`)!);
      const events = doc.querySelectorAll('[data-links-events] a').map((a) => a.getAttribute('href'));
      expect(events).toEqual([`/${l}/master-classes/open-day/?utm_source=link-in-bio&utm_medium=social&utm_campaign=bio-${l}`]);
      const all = doc.querySelectorAll('main section a').map((a) => a.getAttribute('href')!);
      expect(all.filter((h) => h.startsWith(`/${l}/`)).every((h) => h.includes('utm_source=link-in-bio'))).toBe(true);
      expect(all.some((h) => h.includes('/master-classes/open-class/'))).toBe(false);
    }
  });

  it('says so when nothing is upcoming (the seed site, whose events are all past)', () => {
    const doc = load(fileFor(dist, '/kk/links/')!);
    expect(doc.querySelector('[data-links-events]')).toBeNull();
    expect(doc.querySelector('[data-links-events-empty]')).not.toBeNull();
    expect(doc.querySelectorAll('section[aria-labelledby="links-news"] a')).toHaveLength(3);
  });
});
