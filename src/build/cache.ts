/**
 * Every disk cache of the build goes through here: Astro's own cache folder, the preview cards,
 * the search bundles and the CMS bundle. They live under one root (`node_modules/.cache/ulagat/`,
 * or `$ULAGAT_CACHE_ROOT`), one folder each, which the deploy workflows keep between runs.
 *
 * A cache's version is a digest of the code that makes what it holds (`codeVersion`): the
 * source files reachable from the maker's module, and the versions of the packages they import.
 * A change to that code starts the cache afresh; nobody bumps a number by hand.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The project's folder: where `npm run …` and `astro build` run. (Not this file's URL: the card
 * route bundles this module into the build's own folder.)
 */
export const projectRoot = process.cwd();

export type CacheName = 'astro' | 'og' | 'search' | 'cms';

/**
 * The folder of a cache: `$ULAGAT_<NAME>_CACHE` when set (a test build keeps its own Astro cache
 * but shares the others), else under `$ULAGAT_CACHE_ROOT`, else under node_modules/.cache/ulagat/.
 */
export function cacheDir(name: CacheName, env: Record<string, string | undefined> = process.env): string {
  return env[`ULAGAT_${name.toUpperCase()}_CACHE`] || join(env.ULAGAT_CACHE_ROOT || join(projectRoot, 'node_modules/.cache/ulagat'), name);
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts'];

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** `satori` from `satori/wasm`, `@scope/pkg` from `@scope/pkg/x`; nothing for Node's own modules. */
function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || specifier.startsWith('astro:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function packageVersion(name: string, root: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'missing';
  }
}

/**
 * A digest of the code that makes a cached thing: every project file reachable by imports from
 * `entries` (read as text, so a change anywhere in them counts), the versions of the packages
 * they import, and any `extra` files (fonts, a logo) the code reads.
 */
export function codeVersion(entries: readonly string[], extra: readonly string[] = [], root = projectRoot): string {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((file) => resolve(root, file));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!specifier) continue;
      if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        if (target) queue.push(target);
      } else {
        const name = packageName(specifier);
        if (name) packages.add(name);
      }
    }
  }
  const hash = createHash('sha256');
  for (const file of [...seen, ...extra.map((f) => resolve(root, f))].sort()) {
    hash.update(`${relative(root, file).split(sep).join('/')}\0`).update(readFileSync(file)).update('\0');
  }
  for (const name of [...packages].sort()) hash.update(`${name}@${packageVersion(name, root)}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** A cache of entries (files or folders) named by key, inside a folder for the current code version. */
export interface DiskCache {
  /** The folder of this version's entries. */
  dir: string;
  /** Where the entry for `key` is or goes. */
  path(key: string): string;
  /** Marks an entry as used now, so pruning keeps it. */
  touch(key: string): void;
  /** Removes other versions' folders, and all but the `keep` most recently used entries. */
  prune(keep: number): void;
}

export function diskCache(name: CacheName, version: string, env: Record<string, string | undefined> = process.env): DiskCache {
  const root = cacheDir(name, env);
  const dir = join(root, version);
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    path: (key) => join(dir, key),
    touch: (key) => {
      const now = new Date();
      utimesSync(join(dir, key), now, now);
    },
    prune: (keep) => {
      for (const other of readdirSync(root)) if (other !== version) rmSync(join(root, other), { recursive: true, force: true });
      const entries = readdirSync(dir)
        .filter((entry) => !entry.endsWith('.tmp'))
        .map((entry) => ({ entry, used: statSync(join(dir, entry)).mtimeMs }))
        .sort((a, b) => b.used - a.used);
      for (const { entry } of entries.slice(keep)) rmSync(join(dir, entry), { recursive: true, force: true });
    },
  };
}
