/**
 * The CMS script, bundled apart from the site's own scripts and kept between builds.
 *
 * Decap CMS and its dependencies are most of the JavaScript the site ships (about 5 MB before
 * minifying), and bundling them took over half of a rebuild after a content edit. They only
 * change with the lockfile or the site's code, so the bundle (`admin/main.ts` and what it imports)
 * is made by Vite once per digest of its inputs (the lockfile, tsconfig.json, and every file under
 * `admin/` and `src/`, this one included), kept in the build cache (`src/build/cache.ts`), and
 * copied into `dist/admin/cms/<digest>/` by each build. The digest is in the folder, not in a
 * query string: the bundle's chunks import its entry by a relative URL, and a second URL for
 * the same file would run the CMS twice. The build starts it beside Astro's own work, so
 * a build that has to make it again waits for it little or not at all.
 *
 * `astro dev` (and so `npm run cms`) serves the same bundle, from the cache: the admin page asks
 * for `/admin/cms/main.js`, a module that imports the bundle of the current digest, made again
 * when the code changed. Vite's dev server never sees the CMS's modules,
 * so none of them brings in its live-reload client, and a content change (which makes Vite
 * reload every page it serves) cannot reload the editor in the middle of its work.
 */
import type { AstroIntegration } from 'astro';
import { codeVersion, diskCache, type DiskCache } from '../build/cache';
import { decapPatchesPlugin } from './decap-patches';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The folder in the built site that holds the bundle, in a subfolder named by its digest. */
export const CMS_BUNDLE_DIR = 'admin/cms';
const ENTRY = 'admin/main.ts';
/** Bundles kept in the cache, most recently used first: the current one and a few for other branches. */
const CACHE_KEEP = 5;

const defaultRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The bundles' cache, versioned by this file's code (its patches included) and Vite's version; entries are named by `cmsBundleKey`. */
const cmsCache = (root: string) => diskCache('cms', codeVersion(['src/integrations/cms-bundle.ts'], [], root));

/** Every file under `dir`, in a stable order. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

const keys = new Map<string, string>();
/**
 * Digest of everything the bundle is made from: the lockfile, tsconfig.json (JSX settings), and
 * every file under admin/ and src/. Kept for the process (a build), unless `fresh` (the dev server,
 * where the code may change).
 */
export function cmsBundleKey(root = defaultRoot, fresh = false): string {
  let key = fresh ? undefined : keys.get(root);
  if (key === undefined) {
    const hash = createHash('sha256');
    for (const file of [join(root, 'package-lock.json'), join(root, 'tsconfig.json'), ...files(join(root, 'admin')), ...files(join(root, 'src'))]) {
      hash.update(`${relative(root, file).split(sep).join('/')}\0`).update(readFileSync(file)).update('\0');
    }
    key = hash.digest('hex').slice(0, 16);
    keys.set(root, key);
  }
  return key;
}

/** The bundle's folder in the site, named by its digest so a browser never runs a stale copy. */
const bundlePath = (root: string, key = cmsBundleKey(root)) => `${CMS_BUNDLE_DIR}/${key}`;
/** The URL of the bundle's entry. */
export const cmsEntryUrl = (root = defaultRoot) => `/${bundlePath(root)}/main.js`;
/** In `astro dev`: the entry's fixed address, a module that imports the bundle of the current code. */
export const CMS_DEV_ENTRY = `/${CMS_BUNDLE_DIR}/main.js`;

/** The module the admin page reads the entry's URL from. */
const VIRTUAL = 'virtual:ulagat/cms-entry';

/** Makes the bundle into `outDir` with Vite: minified, its chunks and assets named by content. */
async function makeBundle(root: string, outDir: string, key: string): Promise<void> {
  await build({
    configFile: false,
    root,
    base: `/${bundlePath(root, key)}/`,
    logLevel: 'error',
    mode: 'production',
    // Fixes to Decap's own code, each for one pinned version (decap-patches.ts).
    plugins: [decapPatchesPlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      // Decap is one large library; splitting it gains nothing on a page that needs all of it.
      chunkSizeWarningLimit: 8000,
      rolldownOptions: {
        input: { main: join(root, ENTRY) },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name]-[hash][extname]' },
      },
    },
  });
}

/**
 * The bundle for the current inputs in the cache, made if it is not there. Several builds may
 * ask at once (the tests build fixtures side by side): each makes its own copy and the first
 * to finish puts it in place.
 */
export async function cachedCmsBundle(root = defaultRoot, cache: DiskCache = cmsCache(root), fresh = false): Promise<{ dir: string; made: boolean }> {
  const key = cmsBundleKey(root, fresh);
  const dir = cache.path(key);
  if (existsSync(join(dir, 'main.js'))) {
    cache.touch(key);
    return { dir, made: false };
  }
  const tmp = `${dir}.${process.pid}.${Date.now()}.tmp`;
  try {
    await makeBundle(root, tmp, key);
    if (!existsSync(join(tmp, 'main.js'))) throw new Error(`Vite wrote no main.js for ${ENTRY}.`);
    try {
      renameSync(tmp, dir);
    } catch (error) {
      if (!existsSync(join(dir, 'main.js'))) throw error;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  cache.prune(CACHE_KEEP);
  return { dir, made: true };
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * The dev server's handler for `/admin/cms/…`: the bundle is made when the code changed (a few
 * seconds; requests meanwhile wait for the same build), and its files are served from the cache.
 */
export function cmsDevBundleHandler(root = defaultRoot, cache: DiskCache = cmsCache(root)) {
  const cacheDir = cache.dir;
  let building: { key: string; done: Promise<{ dir: string }> } | undefined;
  const current = () => {
    const key = cmsBundleKey(root, true);
    if (building?.key !== key) building = { key, done: cachedCmsBundle(root, cache, true) };
    return building.done;
  };
  return async (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
    if (!path.startsWith(`/${CMS_BUNDLE_DIR}/`)) return next();
    try {
      if (path === CMS_DEV_ENTRY) {
        // A module that imports the bundle's entry by its own address: a redirect would give the
        // entry two addresses, and its chunks, which import it back, would run the CMS twice.
        const { dir } = await current();
        res.writeHead(200, { 'Content-Type': contentTypes['.js']!, 'Cache-Control': 'no-store' });
        res.end(`import ${JSON.stringify(`/${CMS_BUNDLE_DIR}/${relative(cacheDir, dir)}/main.js`)};\n`);
        return;
      }
      const file = normalize(join(cacheDir, path.slice(CMS_BUNDLE_DIR.length + 2)));
      if (!file.startsWith(cacheDir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
      res.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(readFileSync(file));
    } catch (error) {
      next(error);
    }
  };
}

/** The integration: starts the bundle when the build starts, and copies it into the site at the end; serves it in `astro dev`. */
export function cmsBundle(): AstroIntegration {
  let pending: Promise<{ dir: string; made: boolean }> | undefined;
  let root = defaultRoot;
  let dev = false;
  return {
    name: 'ulagat-cms-bundle',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        dev = command === 'dev';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'ulagat-cms-entry',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(dev ? CMS_DEV_ENTRY : cmsEntryUrl(root))};` : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(cmsDevBundleHandler(root));
      },
      'astro:build:start': () => {
        pending = cachedCmsBundle(root);
        // Awaited in astro:build:done; a failure is reported there, not as an unhandled rejection.
        pending.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { dir: bundle, made } = await (pending ?? cachedCmsBundle(root));
        const target = join(fileURLToPath(dir), bundlePath(root));
        rmSync(target, { recursive: true, force: true });
        // Copied, not linked: the files get this build's time, so pruneOutput keeps them and
        // removes the folders of older bundles.
        cpSync(bundle, target, { recursive: true });
        logger.info(`${made ? 'Made' : 'Reused'} the CMS bundle ${cmsBundleKey(root)} (${Math.round(performance.now() - started)} ms waited and copied)`);
      },
    },
  };
}
