/**
 * Prepares a photo in the browser before the CMS stores it (and so before anything reaches git):
 * turned the right way up (EXIF orientation), shrunk to at most 2560 px on the long side,
 * encoded again (JPEG at 0.82; WebP when it has transparent parts), which leaves out every kind
 * of metadata (EXIF with GPS position, time and device serial numbers, XMP, IPTC, maker notes),
 * and named from its original name (`src/utils/media-name.ts`). The browser's own decoders do
 * the work (`createImageBitmap` with `imageOrientation: 'from-image'`, `OffscreenCanvas`); no
 * server sees the original.
 */
import { mediaFileName } from '../src/utils/media-name';

/** The long side of a prepared photo, in pixels, at most. */
export const MAX_EDGE = 2560;
/** Files larger than this are refused before they are read. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const JPEG_QUALITY = 0.82;

export interface PreparedPhoto {
  file: File;
  original: { width: number; height: number; bytes: number };
  result: { width: number; height: number; bytes: number };
}

export type PhotoRefusal = 'too-large' | 'heic' | 'unsupported' | 'unreadable';

export type PhotoOutcome = { ok: true; photo: PreparedPhoto } | { ok: false; reason: PhotoRefusal };

const HEIC = /\.(heic|heif)$/i;
/** Types the browser decodes and a page can show; SVG is refused (it can carry scripts, and has no pixels to clean). */
const RASTER = /^image\/(jpeg|png|webp|gif|avif|bmp)$/;
const RASTER_NAME = /\.(jpe?g|png|webp|gif|avif|bmp)$/i;
/** Formats that may have transparent pixels; JPEG has none. */
const MAY_BE_TRANSPARENT = /^image\/(png|webp|gif|avif)$|\.(png|webp|gif|avif)$/i;

/** The size a photo is shrunk to: its long side at most `MAX_EDGE`, never enlarged. */
export function targetSize(width: number, height: number, maxEdge = MAX_EDGE): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function hasTransparency(context: OffscreenCanvasRenderingContext2D, width: number, height: number): boolean {
  const { data } = context.getImageData(0, 0, width, height);
  for (let i = 3; i < data.length; i += 4) if (data[i]! < 255) return true;
  return false;
}

async function hexDigest(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Prepares `file`, or says why it cannot be used. */
export async function preparePhoto(file: File): Promise<PhotoOutcome> {
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, reason: 'too-large' };
  const heic = HEIC.test(file.name) || /^image\/hei[cf]/.test(file.type);
  if (!heic && !RASTER.test(file.type) && !RASTER_NAME.test(file.name)) return { ok: false, reason: 'unsupported' };

  let bitmap: ImageBitmap;
  try {
    // Turned by its EXIF orientation: a phone's portrait photo stored sideways comes out upright.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    // Chromium cannot decode HEIC; a browser that can (Safari) converts it like any photo.
    return { ok: false, reason: heic ? 'heic' : 'unreadable' };
  }
  const original = { width: bitmap.width, height: bitmap.height, bytes: file.size };
  const { width, height } = targetSize(bitmap.width, bitmap.height);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) {
    bitmap.close();
    return { ok: false, reason: 'unreadable' };
  }
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();

  const transparent = MAY_BE_TRANSPARENT.test(file.type || file.name) && hasTransparency(context, width, height);
  const type = transparent ? 'image/webp' : 'image/jpeg';
  const blob = await canvas.convertToBlob({ type, quality: JPEG_QUALITY });
  const name = mediaFileName(file.name, await hexDigest(blob), type === 'image/webp' ? 'webp' : 'jpg');
  return {
    ok: true,
    photo: { file: new File([blob], name, { type, lastModified: file.lastModified }), original, result: { width, height, bytes: blob.size } },
  };
}
