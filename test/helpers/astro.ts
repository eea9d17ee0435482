import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs a real `astro build`, optionally over another content folder, into its own output
 * and cache. With `search`, then builds the search indexes as `npm run build` does.
 */
/**
 * This process's environment without what Vitest adds for its own `import.meta.env` (NODE_ENV=test,
 * DEV, PROD, MODE, SSR, BASE_URL): a build that inherits them is a development build (drafts
 * shown, lists not memoised, the admin page loading the CMS from source), unlike `npm run build`.
 */
function productionEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _node, DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _base, ...env } = process.env;
  return env;
}

export function astroBuild(opts: { contentDir?: string; outDir?: string; env?: Record<string, string>; search?: boolean } = {}): BuildResult {
  const scratch = mkdtempSync(join(tmpdir(), 'ulagat-build-'));
  const outDir = opts.outDir ?? join(scratch, 'dist');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    // A large site logs a line per page: several megabytes.
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...productionEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ULAGAT_ASTRO_CACHE: join(scratch, 'cache'),
      ...(opts.contentDir ? { ULAGAT_CONTENT_DIR: opts.contentDir } : {}),
      ...opts.env,
    },
  });
  let output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0 || !opts.search) return { status: result.status, output, outDir };
  const index = spawnSync(process.execPath, [join(root, 'scripts/search-index.ts'), outDir], { cwd: root, encoding: 'utf8' });
  output += `\n${index.stdout}\n${index.stderr}`;
  return { status: index.status, output, outDir };
}
