import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { astroBuild } from './astro.ts';
import { dist, root, siteContent, TEST_NOW } from './paths.ts';

/**
 * Builds the fixture site (test/fixtures/site) once for the build and browser tests, with "now"
 * pinned, and its search indexes, into test/.output/site/.
 * ULAGAT_REUSE_DIST=1 skips the build when that output is from a test build already.
 */
export default function setup() {
  const stamp = join(root, 'node_modules/.cache/ulagat-test-build');
  if (process.env.ULAGAT_REUSE_DIST === '1' && existsSync(stamp) && readFileSync(stamp, 'utf8') === TEST_NOW) return;
  const result = astroBuild({ contentDir: siteContent, outDir: dist, env: { ULAGAT_NOW: TEST_NOW }, search: true });
  if (result.status !== 0) {
    throw new Error(`astro build failed:\n${result.output.slice(-4000)}`);
  }
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, TEST_NOW);
}
