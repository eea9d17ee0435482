import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kinds, type CollectionName } from '../../src/model/collections.ts';
import { siteContent } from './paths.ts';

/** Slugs present in a collection's locale folders of a content tree (the fixture site's by default), read straight from the files. */
export function slugsOnDisk(collection: CollectionName, contentDir = siteContent): string[] {
  const folder = join(contentDir, kinds[collection].folder);
  const slugs = new Set<string>();
  for (const locale of readdirSync(folder)) {
    for (const f of readdirSync(join(folder, locale))) if (f.endsWith('.md')) slugs.add(f.slice(0, -3));
  }
  return [...slugs].sort();
}

/** A hash of every file's path and bytes under a folder: proof that a build changed nothing. */
export function digestTree(dir: string): string {
  const hash = createHash('sha256');
  for (const [path, digest] of Object.entries(fileHashes(dir)).sort(([a], [b]) => a.localeCompare(b))) hash.update(`${path}\0${digest}\0`);
  return hash.digest('hex');
}

/** Every file under a folder, by its relative path, with a hash of its bytes: for comparing builds. */
export function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
