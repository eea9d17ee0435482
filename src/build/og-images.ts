/**
 * The preview cards' files: the fonts and the mark read from disk once, each card's cover read
 * from its file, and the drawn JPEGs kept in the build cache (`./cache.ts`) by a digest of the
 * card's text and cover. The cache's version is a digest of the drawing code, the fonts and the
 * mark, so a change to any of them draws every card again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { OG_EXTENSION, OG_FONT_SUBSETS, OG_FONT_WEIGHTS, ogFontFamily, renderOgImage, type OgAssets, type OgCard, type OgFont } from '../utils/og';
import { codeVersion, diskCache, projectRoot, type DiskCache } from './cache';

const MARK = 'public/favicon.svg';

function fontFiles(root: string, subsets: readonly string[] = OG_FONT_SUBSETS): { file: string; subset: string; weight: OgFont['weight'] }[] {
  const require = createRequire(join(root, 'package.json'));
  return subsets.flatMap((subset) =>
    OG_FONT_WEIGHTS.map((weight) => ({ subset, weight, file: require.resolve(`@fontsource/golos-text/files/golos-text-${subset}-${weight}-normal.woff`) })),
  );
}

/** The Golos Text files of `@fontsource/golos-text` (the Unicode subsets the cards use) and the site's mark. */
export function loadOgAssets(root = projectRoot, subsets: readonly string[] = OG_FONT_SUBSETS): OgAssets {
  const fonts = fontFiles(root, subsets).map(({ file, subset, weight }) => ({ name: ogFontFamily(subset), data: readFileSync(file), weight, style: 'normal' as const }));
  return { fonts, mark: readFileSync(join(root, MARK), 'utf8') };
}

let cache: DiskCache | undefined;
/** The cards' cache, versioned by the drawing code, its packages, the fonts and the mark. */
export function ogCache(root = projectRoot): DiskCache {
  cache ??= diskCache('og', codeVersion(['src/utils/og.ts'], [MARK, ...fontFiles(root).map((f) => f.file)], root));
  return cache;
}

async function readCover(card: OgCard): Promise<Buffer | undefined> {
  if (!card.coverFile) return undefined;
  try {
    return await readFile(card.coverFile);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Open Graph card "${card.title}": cannot read the cover ${card.coverFile} (${reason}). Fix: check the entry's cover path.`);
  }
}

const coverDigests = new Map<string, string>();
/** A cover's digest, each file read and hashed once per build. */
async function coverDigest(card: OgCard): Promise<string> {
  if (!card.coverFile) return 'no-cover';
  let digest = coverDigests.get(card.coverFile);
  if (digest === undefined) {
    digest = createHash('sha256').update((await readCover(card))!).digest('hex');
    coverDigests.set(card.coverFile, digest);
  }
  return digest;
}

/** Everything a card is drawn from besides the code: its text and its cover's bytes. */
export async function ogCardKey(card: OgCard): Promise<string> {
  const { coverFile: _file, ...text } = card;
  return createHash('sha256').update(JSON.stringify(text)).update(await coverDigest(card)).digest('hex').slice(0, 32);
}

/**
 * The card's image from the cache when its inputs are unchanged, else drawn and stored.
 * `drawn` tells whether it was drawn this time.
 */
export async function cachedOgImage(card: OgCard, assets: OgAssets, store = ogCache()): Promise<{ bytes: Buffer; key: string; drawn: boolean }> {
  const key = await ogCardKey(card);
  const file = store.path(`${key}.${OG_EXTENSION}`);
  try {
    return { bytes: await readFile(file), key, drawn: false };
  } catch {
    /* not cached yet */
  }
  const bytes = await renderOgImage(card, assets, await readCover(card));
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
  return { bytes, key, drawn: true };
}
