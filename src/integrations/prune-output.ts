/**
 * Keeps dist/ equal to what the build produces, without emptying it first.
 *
 * Astro empties the output folder before a build unless `vite.build.emptyOutDir` is false; with
 * an incremental build that meant deleting every unchanged page and copying it back from the
 * cache. The site keeps dist/ instead (an unchanged page stays where it is), and this removes,
 * once the build is done, every file it neither wrote nor kept: the pages and cards of deleted
 * entries, old hashed assets, anything left by hand. The search bundles are left to
 * `scripts/search-index.ts`, which owns them.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files under `dir` last written before `since` and not in `kept`, skipping the top-level
 * folders in `owned`; folders left empty are removed too. Returns the removed files, relative.
 */
export function pruneStale(dir: string, since: number, kept: ReadonlySet<string>, owned: readonly string[]): string[] {
  const removed: string[] = [];
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (folder === dir && owned.includes(entry.name)) empty = false;
        else if (walk(full)) rmdirSync(full);
        else empty = false;
      } else if (statSync(full).mtimeMs < since && !kept.has(full)) {
        unlinkSync(full);
        removed.push(relative(dir, full).split(sep).join('/'));
      } else empty = false;
    }
    return empty;
  };
  walk(dir);
  return removed;
}

export function pruneOutput(owned: readonly string[]): AstroIntegration {
  let started = 0;
  return {
    name: 'ulagat:prune-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // Every file a route produced, rendered now or kept from the previous build.
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = pruneStale(fileURLToPath(dir), started, kept, owned);
        if (removed.length) logger.info(`Removed ${removed.length} file(s) this build no longer makes, e.g. ${removed.slice(0, 3).join(', ')}`);
      },
    },
  };
}
