import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './astro.ts';
import { preview } from './browser.ts';
import { digestTree } from './content.ts';
import { dist, root, siteBuild, siteContent, TEST_NOW } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the one `astro preview` of the run serves the fixture site's build (`useBuiltSite`). */
    siteUrl: string;
  }
}

/**
 * Builds the fixture site (test/fixtures/site) once for the build and browser tests, with "now"
 * pinned, and its search indexes, into test/.output/site/. Its log and a digest of the content
 * before the build go beside it (`siteBuild`), for the tests of what the build says and writes.
 * ULAGAT_REUSE_DIST=1 skips the build when that output is from a test build of the same content already.
 *
 * Then serves it with `astro preview` for the whole run: Astro runs one preview server per
 * project at a time, so the browser test files, two at a time, share this one.
 */
export default async function setup(project: TestProject) {
  build();
  const server = await preview(dist);
  project.provide('siteUrl', server.url);
  return () => server.stop();
}

function build() {
  const before = digestTree(siteContent);
  const stamp = `${TEST_NOW}\n${before}`;
  if (process.env.ULAGAT_REUSE_DIST === '1' && existsSync(siteBuild.stamp) && readFileSync(siteBuild.stamp, 'utf8') === stamp) return;
  const result = astroBuild({ contentDir: siteContent, outDir: dist, env: { ULAGAT_NOW: TEST_NOW }, search: true });
  if (result.status !== 0) {
    throw new Error(`astro build failed:\n${result.output.slice(-4000)}`);
  }
  mkdirSync(join(root, 'test/.output'), { recursive: true });
  writeFileSync(siteBuild.log, result.output);
  writeFileSync(siteBuild.contentBefore, before);
  writeFileSync(siteBuild.stamp, stamp);
}
