/**
 * Photos as the site hands them to other sites (structured data for search engines): a copy made
 * by astro:assets, never the uploaded original.
 *
 * Reading any field of an imported image (`src`, `width`, …) marks it as used as it is, and the
 * build then copies the original file into the site unchanged, with whatever metadata it still
 * carries (a phone photo's GPS position, date and serial numbers). A copy that astro:assets makes
 * is encoded afresh and carries none. So the image is only ever handed to `getImage`, and
 * test/build/image-metadata.test.ts proves that no original reaches the built site.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** Wide enough for search engines' large previews, which ask for at least 1200 pixels; a smaller photo is not enlarged. */
const PUBLISHED_WIDTH = 1200;

/** The site-relative URL of a JPEG copy of the photo, at most 1200 pixels wide. */
export async function publishedImageUrl(image: ImageMetadata): Promise<string> {
  return (await getImage({ src: image, width: PUBLISHED_WIDTH, format: 'jpeg' })).src;
}
