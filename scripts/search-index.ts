/**
 * Builds the search indexes of a built site (`npm run build` runs it after `astro build`):
 *
 * `<site>/pagefind/<lang>/`: Pagefind over the pages of one `<html lang>` that carry
 * `data-pagefind-body` (entry pages, unless they show a fallback text). One bundle per
 * language, so a rebuild indexes again only the languages whose pages changed. Kazakh pages
 * are indexed with their words folded (ә → а, қ → к, і → и …) added after their text, for
 * queries typed without the Kazakh letters (`withFoldedWords`); the pages as served are unchanged,
 * and the data stored for each result keeps the page's own text only (`withoutFoldedText`).
 *
 * Each bundle is kept in the build cache (`src/build/cache.ts`: versioned by this script's code
 * and Pagefind's version) under a digest of every page it indexes, and copied from there while
 * those are unchanged. A bundle already in the site with the same
 * digest (`astro build` leaves these folders alone) is kept as it is.
 *
 * Usage: node scripts/search-index.ts [site folder, default dist]
 */
import { createHash, type Hash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { locales } from '../src/i18n/locales.ts';
import { codeVersion, diskCache, type DiskCache } from '../src/build/cache.ts';
import { elementEnd, mapHtmlText, withoutElements } from '../src/utils/html-text.ts';
import { foldKazakh } from '../src/utils/kazakh.ts';
import { FOLDED_ANCHOR, FOLDED_LANGUAGE, languageBundle, MAIN_BUNDLE, withoutFoldedText, type StoredFragment } from '../src/utils/search-bundles.ts';

export interface SearchIndexSummary {
  /** Indexed pages per language, as Pagefind reports them. */
  pages: Record<string, number>;
  /** Bundles drawn this time; the others were copied from the cache. */
  drawn: string[];
}

interface Page {
  url: string;
  file: string;
}

interface Language {
  pages: Page[];
  /** Digest of every page's URL and bytes, with Pagefind's version. */
  key: string;
}

const root = new URL('..', import.meta.url).pathname;
/** The bundles' cache, versioned by the code that makes them (this script, what it imports, Pagefind's version). */
export const searchCache = (): DiskCache => diskCache('search', codeVersion(['scripts/search-index.ts'], [], root));
/** Bundles kept in the cache, most recently used first: the site's, plus a few for other content trees. */
const CACHE_KEEP = 16;
const pagefindVersion = (JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== MAIN_BUNDLE) out.push(...htmlFiles(full));
    } else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/**
 * The pages Pagefind would index, by their `<html lang>`, with the URLs it would give them,
 * and a digest of them per language. Only digests are kept: a large site's HTML would not fit
 * in memory at once.
 */
function indexablePages(site: string): Map<string, Language> {
  const byLang = new Map<string, { pages: Page[]; hash: Hash }>();
  for (const file of htmlFiles(site)) {
    const bytes = readFileSync(file);
    if (bytes.indexOf('data-pagefind-body') < 0) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(bytes.subarray(0, 1024).toString('latin1'))?.[1];
    if (!lang) throw new Error(`${relative(site, file)} has data-pagefind-body but no <html lang>. Fix: render it through the site's layouts.`);
    const path = relative(site, file).split(sep).join('/');
    // Each language's bundle is made from its folder (`ru/…`), so the two must agree.
    if (!path.startsWith(`${lang}/`)) throw new Error(`${path} is searchable with <html lang="${lang}"> but is not under ${lang}/. Fix: keep searchable pages in their language's folder.`);
    const url = '/' + path.replace(/(^|\/)index\.html$/, '$1');
    let language = byLang.get(lang);
    if (!language) byLang.set(lang, (language = { pages: [], hash: createHash('sha256') }));
    language.pages.push({ url, file });
    language.hash.update(`\0${url}\0${bytes.length}\0`).update(bytes);
  }
  return new Map([...byLang].map(([lang, { pages, hash }]) => [lang, { pages, key: hash.digest('hex').slice(0, 32) }]));
}

/** How much a match in the folded words counts against one in the page's own text (Pagefind's default weight is 1). */
const FOLDED_WEIGHT = 0.5;

/**
 * A Kazakh page as its index sees it: after the article's own text, each word of it that
 * folding changes, folded (`тәлімгерлерге` → `талимгерлерге`), once, under a heading with the
 * id `FOLDED_ANCHOR` and at a lower weight. A query typed without the Kazakh letters finds the
 * page by these words; Pagefind gives the heading's word position, so the search page tells
 * such a match from one in the text. Parts Pagefind does not index (`data-pagefind-ignore`)
 * are left out of the folded words too.
 */
export function withFoldedWords(html: string): string {
  const open = /<article\b[^>]*\sdata-pagefind-body[\s=>]/.exec(html);
  if (!open) throw new Error('No <article data-pagefind-body> in a page meant for the Kazakh index.');
  if (html.includes(`id="${FOLDED_ANCHOR}"`)) throw new Error(`The page already has an element with the id ${FOLDED_ANCHOR}, which the Kazakh index reserves.`);
  const closing = html.lastIndexOf('</', elementEnd(html, open.index) - 1);
  const words = new Set<string>();
  mapHtmlText(withoutElements(html.slice(open.index, closing), 'data-pagefind-ignore'), (text) => {
    for (const word of text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
      const folded = foldKazakh(word);
      if (folded !== word) words.add(folded);
    }
    return text;
  });
  if (!words.size) return html;
  const section = `<section data-pagefind-weight="${FOLDED_WEIGHT}"><h6 id="${FOLDED_ANCHOR}">~</h6><p>${[...words].join(' ')}</p></section>`;
  return html.slice(0, closing) + section + html.slice(closing);
}

function check(what: string, errors: string[]) {
  if (errors.length) throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
}

/**
 * One language's bundle. Pagefind reads the pages under `<site>/<lang>/` itself, except the
 * Kazakh ones, which are read here to add their folded words.
 */
async function writeLanguageBundle(site: string, lang: string, pages: Page[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  check('start', errors);
  if (lang !== FOLDED_LANGUAGE) {
    check(`index ${site}/${lang}`, (await index!.addDirectory({ path: site, glob: `${lang}/**/*.html` })).errors);
  } else {
    // A few pages at a time: the Pagefind service works on them while the next ones are read.
    for (let i = 0; i < pages.length; i += 32) {
      await Promise.all(
        pages.slice(i, i + 32).map(async ({ url, file }) => {
          let content: string;
          try {
            content = withFoldedWords(readFileSync(file, 'utf8'));
          } catch (error) {
            throw new Error(`${relative(site, file)}: ${(error as Error).message}`);
          }
          check(`index ${url}`, (await index!.addHTMLFile({ url, content })).errors);
        }),
      );
    }
  }
  check(`write the ${lang} index`, (await index!.writeFiles({ outputPath })).errors);
  if (lang === FOLDED_LANGUAGE) storeWithoutFoldedText(outputPath);
}

/** Pagefind's stored page data: gzip of this signature and JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** One page's stored data (a file under a bundle's `fragment/`), as Pagefind wrote it. */
export function readStoredFragment(file: string): StoredFragment {
  const bytes = gunzipSync(readFileSync(file));
  if (bytes.subarray(0, FRAGMENT_SIGNATURE.length).toString('latin1') !== FRAGMENT_SIGNATURE) {
    throw new Error(`${file} does not start with ${FRAGMENT_SIGNATURE}. Fix: check how Pagefind ${pagefindVersion} stores page data.`);
  }
  return JSON.parse(bytes.subarray(FRAGMENT_SIGNATURE.length).toString('utf8')) as StoredFragment;
}

/**
 * Rewrites every page's stored data in a bundle without its folded words (`withoutFoldedText`).
 * The files keep their names: the bundle's metadata points at them by name.
 */
function storeWithoutFoldedText(bundle: string): void {
  const dir = join(bundle, 'fragment');
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const fragment = readStoredFragment(file);
    const stored = withoutFoldedText(fragment);
    if (stored !== fragment) writeFileSync(file, gzipSync(Buffer.concat([Buffer.from(FRAGMENT_SIGNATURE), Buffer.from(JSON.stringify(stored))]), { level: 9 }));
  }
}

/** Names the digest a bundle in the site was made from. */
const KEY_FILE = '.ulagat-key';

/**
 * The bundle for `key` into `target`: kept if it is there already, else from the cache, else
 * drawn by `draw` and stored. Returns whether it was drawn.
 */
async function cachedBundle(cache: DiskCache, key: string, target: string, draw: (outputPath: string) => Promise<void>): Promise<boolean> {
  const cached = cache.path(key);
  const keyFile = join(target, KEY_FILE);
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return false;
  rmSync(target, { recursive: true, force: true });
  let drawn = false;
  if (existsSync(join(cached, 'pagefind-entry.json'))) {
    cpSync(cached, target, { recursive: true });
    cache.touch(key);
  } else {
    await draw(target);
    const tmp = `${cached}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    cpSync(target, tmp, { recursive: true });
    rmSync(cached, { recursive: true, force: true });
    renameSync(tmp, cached);
    drawn = true;
  }
  writeFileSync(keyFile, key);
  return drawn;
}

function pageCounts(bundle: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
}

export async function buildSearchIndex(siteDir: string, cache = searchCache()): Promise<SearchIndexSummary> {
  const site = resolve(siteDir);
  const byLang = indexablePages(site);
  const unknown = [...byLang.keys()].filter((lang) => !(locales as readonly string[]).includes(lang));
  if (unknown.length) throw new Error(`Searchable pages in languages the site does not have: ${unknown.join(', ')}. Fix: give them one of ${locales.join(', ')} as <html lang>.`);
  // Whatever else is in the bundles' folders is from an older build: a language without pages now.
  const main = join(site, MAIN_BUNDLE);
  mkdirSync(main, { recursive: true });
  for (const name of readdirSync(main)) if (!byLang.has(name)) rmSync(join(main, name), { recursive: true, force: true });

  const summary: SearchIndexSummary = { pages: {}, drawn: [] };
  try {
    for (const lang of locales) {
      const language = byLang.get(lang);
      if (!language) continue;
      const target = join(site, languageBundle(lang));
      if (await cachedBundle(cache, `${lang}-${language.key}`, target, (out) => writeLanguageBundle(site, lang, language.pages, out))) summary.drawn.push(languageBundle(lang));
      summary.pages[lang] = pageCounts(target)[lang] ?? 0;
    }
  } finally {
    await pagefind.close();
  }
  cache.prune(CACHE_KEEP);
  return summary;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const site = process.argv[2] ?? 'dist';
  const started = performance.now();
  const summary = await buildSearchIndex(site);
  const pages = Object.entries(summary.pages).map(([lang, n]) => `${lang} ${n}`).join(', ');
  const drawn = summary.drawn.length ? `indexed again: ${summary.drawn.join(', ')}` : 'every bundle unchanged';
  console.log(`Search index in ${site}/${MAIN_BUNDLE}/<lang>/: ${pages} pages (Kazakh with folded words); ${drawn} (${Math.round(performance.now() - started)} ms)`);
}
