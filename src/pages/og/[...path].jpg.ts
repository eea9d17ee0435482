/**
 * The Open Graph cards, one JPEG per entry and language and one per locale for the rest,
 * drawn at build time and taken from the cache when nothing they show has changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards } from '../../content/sharing';
import { cachedOgImage, loadOgAssets, OG_EXTENSION, OG_TYPE, ogCardKey, type OgAssets, type OgCard } from '../../utils/og';

let assets: OgAssets | undefined;

export const getStaticPaths = (async () => {
  assets ??= loadOgAssets();
  const cards = await allCards(import.meta.env.SITE);
  // The route's path is the card's href without `/og/` and the extension: one source for both.
  // The card cache's key is also Astro's `cacheKey`: an incremental build keeps an unchanged
  // card from the previous build without running this route. One card at a time: each reads
  // its cover, and tens of thousands of files opened at once run out of file handles.
  const paths = [];
  for (const { href, card } of cards) {
    paths.push({ params: { path: href.slice('/og/'.length, -`.${OG_EXTENSION}`.length) }, props: { card }, cacheKey: await ogCardKey(card, assets) });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  assets ??= loadOgAssets();
  const { bytes } = await cachedOgImage((props as { card: OgCard }).card, assets);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': OG_TYPE } });
};
