import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../i18n/locales';
import { kinds, type CollectionName } from '../model/collections';
import { contentDir } from './paths';

const cache = new Map<string, { stamp: string; slugs: Set<string> }>();

/**
 * Slugs that exist in a collection, in any locale: the targets a reference may name.
 * Read from the file system, so a reference is checked against the files themselves.
 */
export function contentSlugs(collection: CollectionName, root = contentDir): Set<string> {
  const dirs = locales.map((locale) => join(root, kinds[collection].folder, locale));
  const stamp = dirs.map((dir) => safeMtime(dir)).join(':');
  const key = join(root, kinds[collection].folder);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.slugs;
  const slugs = new Set<string>();
  for (const dir of dirs) {
    for (const file of safeReaddir(dir)) {
      if (file.endsWith('.md')) slugs.add(file.slice(0, -3));
    }
  }
  cache.set(key, { stamp, slugs });
  return slugs;
}

function safeMtime(dir: string) {
  try {
    return String(statSync(dir).mtimeMs);
  } catch {
    return 'none';
  }
}

function safeReaddir(dir: string) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
