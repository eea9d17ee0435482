import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.ts';

/** Slugs present in a collection's locale folders, read straight from the files. */
export function slugsOnDisk(collection: string, contentDir = join(root, 'content')): string[] {
  const slugs = new Set<string>();
  for (const locale of readdirSync(join(contentDir, collection))) {
    for (const f of readdirSync(join(contentDir, collection, locale))) if (f.endsWith('.md')) slugs.add(f.slice(0, -3));
  }
  return [...slugs].sort();
}
