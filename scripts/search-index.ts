/**
 * Builds the search indexes of a built site (`npm run build` runs it after `astro build`):
 *
 * - `<site>/pagefind/`: Pagefind over every page with `data-pagefind-body`, one index per
 *   `<html lang>`. Entry pages carry that attribute unless they show a fallback text.
 * - `<site>/pagefind-folded/`: the same Kazakh pages with their text folded (ә → а, қ → к,
 *   і → и …), for queries typed without the Kazakh letters. The search page merges it into
 *   a Pagefind instance only when a Kazakh query finds nothing in the Kazakh index.
 *
 * Usage: node scripts/search-index.ts [site folder, default dist]
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { mapHtmlText } from '../src/utils/html-text.ts';
import { foldKazakh } from '../src/utils/kazakh.ts';
import { FOLDED_BUNDLE, FOLDED_FILTER, FOLDED_LANGUAGE, MAIN_BUNDLE } from '../src/utils/search-bundles.ts';

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

/**
 * A Kazakh page as the folded index sees it: its text folded, its markup as it was (the
 * title, summary, date and filters come from attributes, so results show them as written),
 * and tagged with the filter that tells folded copies from the main index's pages.
 */
export function foldedPage(html: string): string {
  const folded = mapHtmlText(html, foldKazakh);
  const tagged = folded.replace(/<article([^>]*\sdata-pagefind-body)/, `<article$1 data-pagefind-filter="${FOLDED_FILTER.key}:${FOLDED_FILTER.value}"`);
  if (tagged === folded) throw new Error('No <article data-pagefind-body> to tag in a page meant for the folded index.');
  return tagged;
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
    const pages = htmlFiles(site).filter((file) => file.startsWith(join(site, FOLDED_LANGUAGE) + sep));
    // A few files at a time: the Pagefind service works on them while the next ones are read.
    for (let i = 0; i < pages.length; i += 32) {
      await Promise.all(
        pages.slice(i, i + 32).map(async (file) => {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('data-pagefind-body') || !langAttr.test(html)) return;
          const path = relative(site, file).split(sep).join('/');
          const url = '/' + path.replace(/(^|\/)index\.html$/, '$1');
          check(`index ${path} (folded)`, (await folded.index!.addHTMLFile({ url, content: foldedPage(html) })).errors);
        }),
      );
    }
    check('write the folded index', (await folded.index!.writeFiles({ outputPath: foldedDir })).errors);
    // The search page merges the folded index into an instance of the main bundle, which brings
    // the scripts and the WebAssembly: drop the folded bundle's copies.
    for (const name of readdirSync(foldedDir)) if (/\.(js|css|pagefind)$/.test(name)) rmSync(join(foldedDir, name));
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
