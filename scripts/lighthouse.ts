/**
 * Lighthouse (mobile settings: emulated phone, simulated slow 4G and CPU slowdown) over the
 * built site with Debian's Chromium. Run: npm run build && npm run lighthouse
 * Prints a Markdown table of scores; `--json file` also writes the raw figures; `--site folder`
 * measures another build (the test build of the fixture site: `--site test/.output/site`).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS, preview } from '../test/helpers/browser.ts';
import { root } from '../test/helpers/paths.ts';
import { locales } from '../src/i18n/locales.ts';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

const pages = {
  home: '',
  'news article': 'news/zhetysu-akim-lecture-mentorship/',
  event: 'master-classes/unified-upbringing-round-table/',
  region: 'regions/zhetysu/',
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await preview(resolve(option('--site') ?? join(root, 'dist')));
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
const rows: { page: string; locale: string; scores: Record<string, number> }[] = [];
try {
  for (const locale of locales) {
    for (const [name, path] of Object.entries(pages)) {
      const url = `${server.url}/${locale}/${path}`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      rows.push({ page: name, locale, scores });
      console.error(`${locale} ${name}: ${categories.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    }
  }
} finally {
  await chrome.kill();
  server.stop();
}

console.log(`| Page | Locale | ${categories.join(' | ')} |`);
console.log(`|---|---|${categories.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.page} | ${r.locale} | ${categories.map((c) => r.scores[c]).join(' | ')} |`);
const json = option('--json');
if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
