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
