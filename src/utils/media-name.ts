/**
 * File names for uploaded photos: the original name transliterated like entry slugs (Kazakh-aware,
 * `slug.ts`), then part of a digest of the file's bytes, so two different photos never get the
 * same name (Decap would replace the older one) and the same photo uploaded twice does.
 * "Әжелер ойыны.jpg" → `azheler-oyyny-1a2b3c4d.jpg`, "Ұлттық ойындар.jpg" → `ulttyq-oyyndar-…`.
 */
import { slugify } from './slug';

/** Characters kept from the original name: enough to recognise the photo in the media library. */
export const MEDIA_NAME_LENGTH = 60;
/** Hex digits of the digest in the name: 32 bits, so a clash among a site's photos is out of reach. */
export const MEDIA_DIGEST_LENGTH = 8;

/** The name for a photo whose original name is `original`, whose bytes have the hex `digest`, saved as `extension`. */
export function mediaFileName(original: string, digest: string, extension: string): string {
  if (!/^[0-9a-f]+$/.test(digest) || digest.length < MEDIA_DIGEST_LENGTH) throw new Error(`Not a hex digest: "${digest}".`);
  const stem = original.replace(/\.[^./\\]*$/, '').replace(/^.*[/\\]/, '');
  const base = slugify(stem, MEDIA_NAME_LENGTH) || 'photo';
  return `${base}-${digest.slice(0, MEDIA_DIGEST_LENGTH)}.${extension.toLowerCase()}`;
}
