/**
 * Prints the Kazakh search evaluation (recall and precision, before and after the search
 * page's analysis) for a built site, or for a content folder built first.
 *
 *   npm run build && npm run search:eval              # the site in dist/
 *   npm run search:eval -- --dist other-dist          # another built site (with its search index)
 *   npm run search:eval -- --content test/fixtures/x  # builds that content folder into a temporary site first
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { astroBuild } from '../test/helpers/astro.ts';
import { launchBrowser, preview } from '../test/helpers/browser.ts';
import { formatReport, runKazakhEval } from '../test/search/eval.ts';
import { kazakhQueries } from '../test/search/kazakh-queries.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, content: { type: 'string' } } });
if (values.dist && values.content) throw new Error('Give either --dist (a built site) or --content (a content folder to build), not both.');

let site = resolve(values.dist ?? 'dist');
let scratch: string | undefined;
if (values.content) {
  const content = resolve(values.content);
  if (!existsSync(content)) throw new Error(`No content folder at ${content}.`);
  console.error(`Building ${content} with its search index…`);
  const build = astroBuild({ contentDir: content, search: true });
  if (build.status !== 0) throw new Error(`The build failed:\n${build.output.slice(-4000)}`);
  site = build.outDir;
  scratch = dirname(build.outDir);
}
if (!existsSync(join(site, 'pagefind', 'kk', 'pagefind.js'))) {
  throw new Error(`${site} has no Kazakh search index. Fix: build it with \`npm run build\` (or pass --content to build a content folder).`);
}

const server = await preview(site);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  console.log(formatReport(await runKazakhEval(page, server.url, kazakhQueries)));
} finally {
  await browser.close();
  server.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
