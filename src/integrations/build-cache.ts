/**
 * Folders of build caches (search bundles, the CMS bundle) hold one subfolder per digest of
 * its inputs. Each is kept to its newest few entries by last use, so switching branches back
 * and forth reuses them without the cache growing for ever.
 */
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/** Marks a cache entry as used now, so pruning keeps it. */
export function touchCacheEntry(path: string): void {
  const now = new Date();
  utimesSync(path, now, now);
}

/** Removes all but the `keep` most recently used entries of a cache folder; entries still being written (`.tmp`) are left alone. */
export function pruneCacheDir(dir: string, keep: number): void {
  const entries = readdirSync(dir)
    .filter((name) => !name.endsWith('.tmp'))
    .map((name) => ({ name, used: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { name } of entries.slice(keep)) rmSync(join(dir, name), { recursive: true, force: true });
}
