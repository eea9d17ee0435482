/**
 * The Open Graph cards, one JPEG per entry and language and one per locale for the rest,
 * drawn at build time and taken from the build cache when nothing they show has changed.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { cachedOgImage, loadOgAssets } from '../../build/og-images';
import { ogPaths } from '../../content/routes/files';
import { OG_TYPE, type OgAssets } from '../../utils/og';

let assets: OgAssets | undefined;

export const getStaticPaths = ogPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  assets ??= loadOgAssets();
  const { bytes } = await cachedOgImage(props.card, assets);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': OG_TYPE } });
};
