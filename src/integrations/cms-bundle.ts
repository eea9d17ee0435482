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
 * `astro dev` does not use it: there the admin page loads `admin/main.ts` through Vite's dev
 * server, with fast refresh.
 */
import type { AstroIntegration } from 'astro';
import { codeVersion, diskCache } from '../build/cache';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The folder in the built site that holds the bundle, in a subfolder named by its digest. */
export const CMS_BUNDLE_DIR = 'admin/cms';
const ENTRY = 'admin/main.ts';
/** Bundles kept in the cache, most recently used first: the current one and a few for other branches. */
const CACHE_KEEP = 5;

const defaultRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The bundles' cache, versioned by this file's code and Vite's version; entries are named by `cmsBundleKey`. */
const cmsCache = (root: string) => diskCache('cms', codeVersion(['src/integrations/cms-bundle.ts'], [], root));

/** Every file under `dir`, in a stable order. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

const keys = new Map<string, string>();
/** Digest of everything the bundle is made from: the lockfile, tsconfig.json (JSX settings), and every file under admin/ and src/. */
export function cmsBundleKey(root = defaultRoot): string {
  let key = keys.get(root);
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
const bundlePath = (root: string) => `${CMS_BUNDLE_DIR}/${cmsBundleKey(root)}`;
/** The URL of the bundle's entry. */
export const cmsEntryUrl = (root = defaultRoot) => `/${bundlePath(root)}/main.js`;

/** The module the admin page reads the entry's URL from. */
const VIRTUAL = 'virtual:ulagat/cms-entry';

/** Makes the bundle into `outDir` with Vite: minified, its chunks and assets named by content. */
async function makeBundle(root: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root,
    base: `/${bundlePath(root)}/`,
    logLevel: 'error',
    mode: 'production',
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
export async function cachedCmsBundle(root = defaultRoot, cache = cmsCache(root)): Promise<{ dir: string; made: boolean }> {
  const key = cmsBundleKey(root);
  const dir = cache.path(key);
  if (existsSync(join(dir, 'main.js'))) {
    cache.touch(key);
    return { dir, made: false };
  }
  const tmp = `${dir}.${process.pid}.${Date.now()}.tmp`;
  try {
    await makeBundle(root, tmp);
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

/** The integration: starts the bundle when the build starts, and copies it into the site at the end. */
export function cmsBundle(): AstroIntegration {
  let pending: Promise<{ dir: string; made: boolean }> | undefined;
  let root = defaultRoot;
  return {
    name: 'ulagat-cms-bundle',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'ulagat-cms-entry',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(cmsEntryUrl(root))};` : undefined),
              },
            ],
          },
        });
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
