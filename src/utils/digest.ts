/**
 * Digests of what a built file is drawn from, for caches that must change when, and only
 * when, the file would: the pages an incremental build copies from the previous build.
 */
import { createHash } from 'node:crypto';

/**
 * A stable digest of JSON-like parts. Dates count by their instant; a Map, Set, function or
 * symbol throws rather than being dropped from the digest unseen, as `JSON.stringify` would.
 */
export function digestOf(...parts: readonly unknown[]): string {
  return digestWith((value) => value, ...parts);
}

/** `digestOf`, with `replace` applied to every value first (an object may stand for itself by a digest of its own). */
export function digestWith(replace: (value: unknown) => unknown, ...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const json = JSON.stringify(part, (key, raw: unknown) => {
      const image = imageIdentity(raw);
      if (image) return image;
      const value = replace(raw);
      if (value instanceof Map || value instanceof Set || typeof value === 'function' || typeof value === 'symbol') {
        throw new Error(`digestOf: "${key}" is a ${value instanceof Map ? 'Map' : value instanceof Set ? 'Set' : typeof value}, which JSON cannot hold. Fix: pass its contents as an array or object.`);
      }
      return value;
    });
    hash.update(json ?? 'undefined').update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * An imported image (`ImageMetadata`: `src`, `width`, `height`, `format`) as the fields that tell
 * it apart (its `src` carries a digest of the file), read from the object's own property
 * descriptors. Not through its getters: Astro's build hands content images out as objects that
 * mark the original file as used when one of their fields is read, and then copies the original,
 * with whatever metadata it carries (a phone photo's GPS position), into the built site. A digest
 * is no use of the image, so it must leave no such mark; test/build/image-metadata.test.ts proves
 * that no original reaches the site.
 */
function imageIdentity(value: unknown): { src: string; width: number; height: unknown; format: string } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const own = (name: string): unknown => Object.getOwnPropertyDescriptor(value, name)?.value;
  const [src, width, format] = [own('src'), own('width'), own('format')];
  if (typeof src !== 'string' || typeof width !== 'number' || typeof format !== 'string') return undefined;
  return { src, width, height: own('height'), format };
}
