/**
 * Open Graph cards: 1200×630 JPEG images for link previews, drawn at build time.
 * Satori turns the card (a small element tree) into an SVG whose text is glyph paths from
 * the Golos Text font files of `@fontsource/golos-text`, read from node_modules, never fetched;
 * sharp rasterises the SVG. Pure: the font files and the cover come in as bytes
 * (`src/build/og-images.ts` reads them and keeps the cards in the build cache).
 */
import { createHash } from 'node:crypto';
import satori from 'satori';
import sharp, { type OverlayOptions } from 'sharp';
import { OG_HEIGHT, OG_MAX_BYTES, OG_WIDTH } from './og-format';

export * from './og-format';

export interface OgCard {
  /** BCP 47 language of the text. */
  lang: string;
  /** Section label, e.g. "Жаңалықтар". */
  label: string;
  title: string;
  /** One or two short lines: a date or the event's time, the place. */
  meta: readonly string[];
  siteName: string;
  /** Shown at the bottom, e.g. "ulagat.kz". */
  domain: string;
  /** Path of the cover photo, if the entry has one. */
  coverFile?: string | undefined;
}

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

export interface OgAssets {
  fonts: OgFont[];
  /** The site's mark as SVG text (public/favicon.svg). */
  mark: string;
}

/**
 * The Unicode subsets of Golos Text, each its own font file, under its own family name.
 * Satori does not fall back between files that share one family name: a Kazakh letter
 * missing from the first `Golos Text` file would be drawn as an empty box. As distinct
 * families, each glyph is taken from the first file that has it.
 */
export const OG_FONT_SUBSETS = ['cyrillic', 'cyrillic-ext', 'latin', 'latin-ext'] as const;
export const OG_FONT_WEIGHTS = [400, 700] as const;
export const ogFontFamily = (subset: string) => `Golos ${subset}`;
export const OG_FONT_FAMILY = OG_FONT_SUBSETS.map((s) => `'${ogFontFamily(s)}'`).join(', ');

// A minimal element tree in the shape satori reads (it accepts React-like objects).
interface El {
  type: string;
  props: Record<string, unknown> & { style?: Record<string, unknown> | undefined; children?: unknown };
  /** As a React element has: satori reads the tree as one. */
  key: null;
}
const h = (type: string, props: Record<string, unknown>, ...children: Array<El | string | false | undefined>): El => {
  const kids = children.filter((c): c is El | string => c !== false && c !== undefined);
  return { type, props: { ...props, children: kids.length === 1 ? kids[0] : kids }, key: null };
};

const dataUri = (mime: string, bytes: Buffer | string) => `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

const BRAND = '#0a5a78';
const BRAND_DARK = '#06445c';
const GOLD = '#e0b04f';
const CREAM = '#f6ecd6';
const COVER_WIDTH = 430;

/** The ram's-horn band of public/ornament.svg, repeated across the card. */
function ornamentBand(width: number): string {
  const curl =
    'M0 7h6M34 7h6M20 12c-4 0-8-2-8-5.5S15 2 17.5 2 21 4 19.5 6 16 6 16 5M20 12c4 0 8-2 8-5.5S25 2 22.5 2 19 4 20.5 6 24 6 24 5M6 7c2 0 3-1 4-2M34 7c-2 0-3-1-4-2';
  const tiles = Array.from({ length: Math.ceil(width / 40) }, (_, i) => `<path transform="translate(${i * 40} 0)" d="${curl}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="14" viewBox="0 0 ${width} 14"><g fill="none" stroke="${GOLD}" stroke-width="1.6" stroke-linecap="round">${tiles}</g></svg>`;
}

const TITLE_LINE_HEIGHT = 1.14;
/** Height the title may take between the label and the date and place lines. */
const TITLE_SPACE = 260;

/** Title size by length, so that long titles (Kazakh ones run long) still fit. */
export function titleSize(title: string, hasCover: boolean): number {
  const n = [...title].length;
  const steps = hasCover ? [[36, 62], [64, 54], [90, 46], [130, 40]] : [[45, 72], [80, 62], [110, 54], [150, 48]];
  for (const [max, size] of steps) if (n <= max!) return size!;
  return hasCover ? 36 : 42;
}

/** How many lines of that size fit; a longer title ends in an ellipsis. */
export const titleLines = (size: number) => Math.floor(TITLE_SPACE / (size * TITLE_LINE_HEIGHT));

type Layer = 'background' | 'text';

/**
 * The card as two layers with one layout. The background (gradient, mark, site name, domain,
 * ornament, the photo column's border) is the same for many cards and is drawn once per
 * process; the text layer (label, title, date and place) is drawn for each card on a
 * transparent ground, with the background's parts kept as empty boxes of the same size.
 */
function cardTree(card: OgCard, assets: OgAssets, hasCover: boolean, layer: Layer): El {
  const bg = layer === 'background';
  const size = titleSize(card.title, hasCover);
  const text = h(
    'div',
    {
      style: {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        flexGrow: 1,
        flexBasis: 0,
        minWidth: 0,
        boxSizing: 'border-box',
        padding: '48px 56px 44px 64px',
      },
    },
    h(
      'div',
      { style: { display: 'flex', alignItems: 'center', height: 64 } },
      bg && h('img', { src: dataUri('image/svg+xml', assets.mark), width: 64, height: 64, style: { borderRadius: 14 } }),
      bg && h('div', { style: { marginLeft: 20, fontSize: 34, fontWeight: 700, letterSpacing: 0.5 } }, card.siteName),
    ),
    !bg &&
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column' } },
        card.label &&
          h(
            'div',
            { style: { display: 'flex', marginBottom: 22 } },
            h(
              'div',
              { style: { background: GOLD, color: '#0b1b24', fontSize: 24, fontWeight: 700, padding: '6px 18px', borderRadius: 999 } },
              card.label,
            ),
          ),
        h(
          'div',
          {
            lang: card.lang,
            style: {
              display: 'block',
              fontSize: size,
              fontWeight: 700,
              lineHeight: TITLE_LINE_HEIGHT,
              maxWidth: hasCover ? OG_WIDTH - COVER_WIDTH - 124 : 980,
              lineClamp: titleLines(size),
            },
          },
          card.title,
        ),
      ),
    h(
      'div',
      { style: { display: 'flex', flexDirection: 'column' } },
      ...(bg ? [] : card.meta.slice(0, 2)).map((line) =>
        h(
          'div',
          { style: { display: 'flex', alignItems: 'center', marginTop: 10, fontSize: 28, color: CREAM } },
          h('div', { style: { width: 12, height: 12, background: GOLD, borderRadius: 3, marginRight: 16, flexShrink: 0 } }),
          h('div', { lang: card.lang, style: { display: 'block', lineClamp: 1, maxWidth: hasCover ? 680 : 1060 } }, line),
        ),
      ),
      h('div', { style: { display: 'flex', marginTop: 18, height: 27, fontSize: 22, lineHeight: 1.2, color: 'rgba(255,255,255,0.75)' } }, bg ? card.domain : ''),
    ),
  );
  return h(
    'div',
    {
      style: {
        display: 'flex',
        width: OG_WIDTH,
        height: OG_HEIGHT,
        position: 'relative',
        background: bg ? `linear-gradient(135deg, ${BRAND} 0%, ${BRAND_DARK} 100%)` : 'transparent',
        color: '#ffffff',
        fontFamily: OG_FONT_FAMILY,
      },
    },
    bg &&
      !hasCover &&
      h('img', {
        src: dataUri('image/svg+xml', assets.mark),
        width: 560,
        height: 560,
        style: { position: 'absolute', right: -110, top: 35, opacity: 0.13 },
      }),
    text,
    hasCover && h('div', { style: { display: 'flex', width: COVER_WIDTH, flexShrink: 0, height: OG_HEIGHT, borderLeft: bg ? `8px solid ${GOLD}` : 'none' } }),
    bg &&
      h('img', {
        src: dataUri('image/svg+xml', ornamentBand(OG_WIDTH)),
        width: OG_WIDTH,
        height: 14,
        style: { position: 'absolute', left: 0, bottom: 10, opacity: 0.9 },
      }),
  );
}

const satoriSvg = (tree: El, assets: OgAssets) =>
  satori(tree, { width: OG_WIDTH, height: OG_HEIGHT, fonts: assets.fonts });

/** Background layers as raw RGB pixels, by what they show; a handful per site. */
const backgrounds = new Map<string, Promise<Buffer>>();
function backgroundOf(card: OgCard, assets: OgAssets, hasCover: boolean): Promise<Buffer> {
  const key = JSON.stringify([card.siteName, card.domain, hasCover]);
  let layer = backgrounds.get(key);
  if (!layer) {
    layer = satoriSvg(cardTree(card, assets, hasCover, 'background'), assets).then((svg) =>
      sharp(Buffer.from(svg)).flatten({ background: BRAND }).removeAlpha().raw().toBuffer(),
    );
    backgrounds.set(key, layer);
  }
  return layer;
}

/**
 * The cover, cropped to the card's photo column. Many cards share a picture (entries without
 * their own show their project's), so recent crops are kept, by the picture's bytes.
 */
const columns = new Map<string, Promise<Buffer>>();
function coverColumn(bytes: Buffer): Promise<Buffer> {
  const key = createHash('sha256').update(bytes).digest('hex');
  let column = columns.get(key);
  if (!column) {
    column = sharp(bytes).resize(COVER_WIDTH - 8, OG_HEIGHT, { fit: 'cover', position: 'attention' }).removeAlpha().toBuffer();
    columns.set(key, column);
    if (columns.size > 64) columns.delete(columns.keys().next().value!);
  }
  return column;
}

/** The card's text layer as SVG, text drawn as glyph paths on a transparent ground. */
export function renderOgSvg(card: OgCard, assets: OgAssets, hasCover = false): Promise<string> {
  return satoriSvg(cardTree(card, assets, hasCover, 'text'), assets);
}

/** The card as a 1200×630 JPEG. A pure function of the card, the cover bytes and the assets. */
export async function renderOgImage(card: OgCard, assets: OgAssets, coverBytes?: Buffer): Promise<Buffer> {
  const hasCover = coverBytes !== undefined;
  const [background, svg, cover] = await Promise.all([
    backgroundOf(card, assets, hasCover),
    renderOgSvg(card, assets, hasCover),
    coverBytes && coverColumn(coverBytes),
  ]);
  const layers: OverlayOptions[] = [{ input: Buffer.from(svg), left: 0, top: 0 }];
  if (cover) layers.unshift({ input: cover, left: OG_WIDTH - COVER_WIDTH + 8, top: 0 });
  const jpeg = await sharp(background, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } })
    .composite(layers)
    // Plain libjpeg, one pass: mozjpeg saved ~15 % of bytes but cost ~120 ms a card (3× the
    // whole render), and optimised Huffman tables save ~7 % for twice the encoding time (10 ms
    // against 4.7 ms); every card stays far under the 300 KB limit without either.
    .jpeg({ quality: 84, chromaSubsampling: '4:4:4', optimiseCoding: false })
    .toBuffer();
  if (jpeg.length > OG_MAX_BYTES) {
    throw new Error(`Open Graph card "${card.title}" is ${Math.round(jpeg.length / 1024)} KB, over the ${OG_MAX_BYTES / 1024} KB WhatsApp accepts. Fix: use a smaller or simpler cover photo.`);
  }
  return jpeg;
}

/** Alt text of a card: what it shows, in its language. */
export function ogAlt(card: Pick<OgCard, 'title' | 'meta' | 'siteName'>): string {
  return [card.title, ...card.meta, card.siteName].filter(Boolean).join('. ').replace(/\.\./g, '.');
}
