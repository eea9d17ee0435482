/**
 * Builds the search indexes of a built site (`npm run build` runs it after `astro build`):
 *
 * - `<site>/pagefind/`: Pagefind over every page with `data-pagefind-body`, one index per
 *   `<html lang>`. Entry pages carry that attribute unless they show a fallback text.
 * - `<site>/pagefind-folded/`: the same Kazakh pages with their text folded (ә → а, қ → к,
 *   і → и …), for queries typed without the Kazakh letters. The search page loads it only
 *   when a Kazakh query finds nothing in the Kazakh index.
 *
 * Usage: node scripts/search-index.ts [site folder, default dist]
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { mapHtmlText } from '../src/utils/html-text.ts';
import { foldKazakh } from '../src/utils/kazakh.ts';
import { FOLDED_BUNDLE, FOLDED_LANGUAGE, MAIN_BUNDLE } from '../src/utils/search-bundles.ts';

export interface SearchIndexSummary {
  /** Indexed pages per language, as Pagefind reports them. */
  pages: Record<string, number>;
  foldedPages: number;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== MAIN_BUNDLE && name !== FOLDED_BUNDLE) out.push(...htmlFiles(full));
    } else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

function check(what: string, errors: string[]) {
  if (errors.length) throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
}

function pageCounts(bundle: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexSummary> {
  const site = resolve(siteDir);
  const mainDir = join(site, MAIN_BUNDLE);
  const foldedDir = join(site, FOLDED_BUNDLE);
  rmSync(mainDir, { recursive: true, force: true });
  rmSync(foldedDir, { recursive: true, force: true });
  try {
    const main = await pagefind.createIndex({});
    check('start', main.errors);
    const added = await main.index!.addDirectory({ path: site });
    check(`index ${site}`, added.errors);
    check('write the index', (await main.index!.writeFiles({ outputPath: mainDir })).errors);

    const folded = await pagefind.createIndex({});
    check('start', folded.errors);
    const langAttr = new RegExp(`<html[^>]*\\slang="${FOLDED_LANGUAGE}"`);
    for (const file of htmlFiles(site)) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes('data-pagefind-body') || !langAttr.test(html)) continue;
      const path = relative(site, file).split(sep).join('/');
      const url = '/' + path.replace(/(^|\/)index\.html$/, '$1');
      // Only text is folded: the title, summary, dates and filters come from attributes and stay as written.
      check(`index ${path} (folded)`, (await folded.index!.addHTMLFile({ url, content: mapHtmlText(html, foldKazakh) })).errors);
    }
    check('write the folded index', (await folded.index!.writeFiles({ outputPath: foldedDir })).errors);
    // The folded bundle is searched through the main bundle's script: drop its copies of the scripts and styles.
    for (const name of readdirSync(foldedDir)) if (/\.(js|css)$/.test(name)) rmSync(join(foldedDir, name));
  } finally {
    await pagefind.close();
  }
  const folded = pageCounts(foldedDir);
  return { pages: pageCounts(mainDir), foldedPages: folded[FOLDED_LANGUAGE] ?? 0 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const site = process.argv[2] ?? 'dist';
  const started = performance.now();
  const summary = await buildSearchIndex(site);
  const pages = Object.entries(summary.pages).map(([lang, n]) => `${lang} ${n}`).join(', ');
  console.log(`Search index in ${site}/${MAIN_BUNDLE}: ${pages} pages; folded Kazakh copy in ${site}/${FOLDED_BUNDLE}: ${summary.foldedPages} pages (${Math.round(performance.now() - started)} ms)`);
}
