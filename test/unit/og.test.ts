import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cachedOgImage,
  loadOgAssets,
  OG_FONT_FAMILY,
  OG_HEIGHT,
  OG_MAX_BYTES,
  OG_WIDTH,
  ogAlt,
  ogCacheKey,
  ogCardKey,
  renderOgImage,
  titleLines,
  titleSize,
  type OgAssets,
  type OgCard,
  type OgFont,
} from '../../src/utils/og';
import { root } from '../helpers/paths';

const KAZAKH = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І'];
const cover = join(root, 'content/media/school-of-moms.jpg');

let assets: OgAssets;
beforeAll(() => {
  assets = loadOgAssets(root);
});

/** The outline satori draws for one character in a font setup: glyph paths, or the empty box of a missing glyph. */
async function outline(char: string, fonts: OgFont[], fontFamily: string): Promise<string> {
  const svg = await satori({ type: 'div', props: { style: { display: 'flex', fontFamily, fontSize: 48 }, children: char } } as never, {
    width: 100,
    height: 100,
    fonts,
  });
  return [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]).join(' ');
}

const card = (over: Partial<OgCard> = {}): OgCard => ({
  lang: 'kk',
  label: 'Шеберлік сыныптары',
  title: 'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі: «Ұлы даланың жеті қыры»',
  meta: ['2025 ж. 12 желтоқсан, 15:00–17:00 (UTC+5)', 'Әл-Фараби атындағы Оқушылар сарайы'],
  siteName: 'Ұлағат',
  domain: 'ulagat.kz',
  ...over,
});

describe('Open Graph fonts', () => {
  it('draw every Kazakh-specific letter, capital and small, as a real glyph', async () => {
    // A private-use character is in no font: satori draws the missing-glyph box for it.
    const notdef = await outline('\uE000', assets.fonts, OG_FONT_FAMILY);
    expect(notdef).not.toBe('');
    const outlines = new Map<string, string>();
    for (const letter of KAZAKH) {
      const d = await outline(letter, assets.fonts, OG_FONT_FAMILY);
      expect(d, letter).not.toBe('');
      expect(d, `${letter} is drawn as the missing-glyph box`).not.toBe(notdef);
      outlines.set(letter, d);
    }
    // Eighteen different letters, eighteen different outlines.
    expect(new Set(outlines.values()).size).toBe(KAZAKH.length);
  });

  it('would catch a setup that loses them (the check is not vacuous)', async () => {
    // Latin only: every Kazakh letter falls to the missing-glyph box.
    const latin = loadOgAssets(root, ['latin']);
    const notdef = await outline('\uE000', latin.fonts, OG_FONT_FAMILY);
    for (const letter of ['ә', 'Қ', 'ң', 'і']) expect(await outline(letter, latin.fonts, OG_FONT_FAMILY), letter).toBe(notdef);
    // All subsets under one family name: satori does not fall back between them, and ә is lost.
    const sameName = assets.fonts.map((f) => ({ ...f, name: 'Golos Text' }));
    expect(await outline('ә', sameName, 'Golos Text')).toBe(await outline('\uE000', sameName, 'Golos Text'));
  });

  it('come from the npm font package on disk', () => {
    expect(assets.fonts.length).toBeGreaterThanOrEqual(8);
    for (const f of assets.fonts) expect(f.data.subarray(0, 4).toString('latin1')).toBe('wOFF');
  });
});

describe('Open Graph card', () => {
  it('is a 1200×630 JPEG under 300 KB, with a cover photo and without', async () => {
    for (const coverBytes of [await sharp(cover).toBuffer(), undefined]) {
      const jpeg = await renderOgImage(card(), assets, coverBytes);
      const meta = await sharp(jpeg).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', OG_WIDTH, OG_HEIGHT]);
      expect(jpeg.length).toBeLessThan(OG_MAX_BYTES);
    }
  });

  it('shows the cover photo in its right-hand column', async () => {
    // A red photo on a blue card: the column's average colour tells whether the photo is there.
    const red = await sharp(join(root, 'content/media/myn-jasa.jpg')).toBuffer();
    const column = { left: 800, top: 40, width: 380, height: 540 };
    const mean = async (img: Buffer) => (await sharp(await sharp(img).extract(column).toBuffer()).stats()).channels.slice(0, 3).map((c) => c.mean);
    const photo = (await sharp(red).stats()).channels.slice(0, 3).map((c) => c.mean);
    const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));
    const withCover = await mean(await renderOgImage(card(), assets, red));
    const without = await mean(await renderOgImage(card(), assets));
    expect(withCover[0]!).toBeGreaterThan(withCover[2]!); // red over blue, as in the photo
    expect(without[0]!).toBeLessThan(without[2]!);
    expect(distance(withCover, photo)).toBeLessThan(distance(without, photo) / 3);
  });

  it("draws each card's own site name and domain, though the background is drawn once and reused", async () => {
    // The header (mark and site name) and footer (domain) come from the shared background layer.
    const header = { left: 60, top: 40, width: 400, height: 80 };
    const footer = { left: 60, top: 540, width: 400, height: 50 };
    const region = async (img: Buffer, area: typeof header) => sharp(img).extract(area).raw().toBuffer();
    const kk = await renderOgImage(card(), assets);
    const en = await renderOgImage(card({ siteName: 'Ulagat' }), assets);
    const other = await renderOgImage(card({ domain: 'example.org' }), assets);
    expect((await region(kk, header)).equals(await region(en, header))).toBe(false);
    expect((await region(kk, footer)).equals(await region(other, footer))).toBe(false);
    // The same inputs give the same bytes, whichever background was drawn first.
    expect((await renderOgImage(card(), assets)).equals(kk)).toBe(true);
  });

  it('fits long titles by size and line count', () => {
    expect(titleSize('Short', true)).toBeGreaterThan(titleSize('x'.repeat(120), true));
    expect(titleLines(titleSize('x'.repeat(140), true))).toBeGreaterThanOrEqual(5);
  });

  it('has alt text made of what it shows', () => {
    expect(ogAlt({ title: 'Title', meta: ['12 December 2025', 'Palace'], siteName: 'Ulagat' })).toBe('Title. 12 December 2025. Palace. Ulagat');
  });
});

describe('Open Graph cache', () => {
  it('draws a card once, then serves it from the cache until an input changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ulagat-og-'));
    const coverFile = join(dir, 'cover.jpg');
    copyFileSync(cover, coverFile);
    const first = await cachedOgImage(card({ coverFile }), assets, join(dir, 'cache'));
    expect(first.drawn).toBe(true);
    const again = await cachedOgImage(card({ coverFile }), assets, join(dir, 'cache'));
    expect(again.drawn).toBe(false);
    expect(again.bytes.equals(first.bytes)).toBe(true);

    const retitled = await cachedOgImage(card({ coverFile, title: 'Жаңа тақырып' }), assets, join(dir, 'cache'));
    expect(retitled.drawn).toBe(true);
    expect(retitled.key).not.toBe(first.key);

    // Same path, new picture: the key follows the bytes, not the file name.
    writeFileSync(coverFile, await sharp(cover).flip().jpeg().toBuffer());
    const recovered = await cachedOgImage(card({ coverFile }), assets, join(dir, 'cache'));
    expect(recovered.drawn).toBe(true);
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.jpg'))).toHaveLength(3);
  });

  it('keys on the text, the fonts and the renderers but not on where the cover lies', () => {
    const bytes = Buffer.from('cover');
    const key = ogCacheKey(card({ coverFile: '/a.jpg' }), assets, bytes);
    expect(ogCacheKey(card({ coverFile: '/b.jpg' }), assets, bytes)).toBe(key);
    expect(ogCacheKey(card({ meta: ['other'] }), assets, bytes)).not.toBe(key);
    expect(ogCacheKey(card(), { ...assets, digest: 'other fonts' }, bytes)).not.toBe(key);
  });

  it('gives the card route the same key, reading the cover from its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ulagat-og-key-'));
    writeFileSync(join(dir, 'cover.jpg'), 'cover bytes');
    expect(await ogCardKey(card({ coverFile: join(dir, 'cover.jpg') }), assets)).toBe(ogCacheKey(card(), assets, Buffer.from('cover bytes')));
    expect(await ogCardKey(card(), assets)).toBe(ogCacheKey(card(), assets));
    await expect(ogCardKey(card({ coverFile: '/nowhere/cover.jpg' }), assets)).rejects.toThrow(/\/nowhere\/cover\.jpg.*Fix/);
  });

  it('names the entry when a cover cannot be read', async () => {
    await expect(cachedOgImage(card({ coverFile: '/nowhere/cover.jpg' }), assets, mkdtempSync(join(tmpdir(), 'ulagat-og-')))).rejects.toThrow(
      /Ұлы даланың.*\/nowhere\/cover\.jpg.*Fix/,
    );
  });
});
