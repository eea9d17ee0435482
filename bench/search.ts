/**
 * Search benchmark: what a reader's browser fetches for the first search, and how long
 * the results take, at seed size and with generated content.
 *
 *   node bench/search.ts                 # the seed content
 *   node bench/search.ts --entries 3000  # 3,000 generated entries per locale (+ the seed)
 *   node bench/search.ts --dist DIR      # a site already built with its search index
 *   node bench/search.ts --query kk:балалар --query ru:дети   # other first queries
 *
 * Builds the site (astro build + search index) into a temporary folder, serves it with
 * gzip for text files (as a static host would), and opens each locale's search page in a
 * fresh Chromium context: the reader focuses the search field, types a query and presses
 * Enter. Counted: every search request (Pagefind's files) from the focus on, in bytes on
 * the wire after compression, until the results are shown; timed: focus to results. Each query runs twice, unthrottled
 * and on an emulated slow mobile connection (150 ms RTT, 1.6 Mbit/s down), and the median
 * of `--runs` runs is reported.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { astroBuild } from '../test/helpers/astro.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { generateContent } from './generate-content.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const entries = option('entries', 0);
const runs = option('runs', 3);

/** First searches to measure: a word in each language, and a Kazakh one typed without the Kazakh letters (`--query kk:word` instead, repeatable). */
const given = args.flatMap((a, i) => (args[i - 1] === '--query' ? [{ locale: a.slice(0, a.indexOf(':')), q: a.slice(a.indexOf(':') + 1), note: 'given' }] : []));
const queries = given.length ? given : [
  { locale: 'kk', q: 'тәлімгерлерге', note: 'Kazakh, stemmed' },
  { locale: 'kk', q: 'талимгерлер', note: 'Kazakh, no Kazakh letters (folded words)' },
  { locale: 'ru', q: 'менторов', note: 'Russian' },
  { locale: 'en', q: 'mentors', note: 'English' },
];
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

/** Search requests the server answered while counting: path and bytes written to the socket (headers and body, as sent). */
const sent: { path: string; bytes: number }[] = [];
let counting = false;

/**
 * A static server like a CDN: gzip for text, Pagefind's own files as they are (already
 * compressed), long caching. It counts what it sends for search requests itself: Chromium
 * reports no size for a script a web worker fetches (Pagefind's worker was once missed so).
 */
function serve(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    if (counting && path.includes('/pagefind')) {
      // One response at a time on a connection, so the socket's count grows by this response alone.
      const socket = req.socket;
      const before = socket.bytesWritten;
      res.on('finish', () => sent.push({ path, bytes: socket.bytesWritten - before }));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const text = /^(text|application\/json|image\/svg)/.test(type);
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    if (text && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.setHeader('Content-Encoding', 'gzip');
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const scratch = mkdtempSync(join(tmpdir(), 'ulagat-bench-'));
let contentDir: string | undefined;
if (entries > 0) {
  contentDir = join(scratch, 'content');
  const t = performance.now();
  generateContent(contentDir, entries);
  console.error(`Generated ${entries} entries per locale in ${Math.round(performance.now() - t)} ms`);
}
const builtDir = args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : undefined;
const buildStart = performance.now();
const build = builtDir
  ? { outDir: builtDir, output: 'Search index: already built' }
  : astroBuild({ ...(contentDir ? { contentDir } : {}), outDir: join(scratch, 'dist'), search: true, env: { ULAGAT_NOW: '2026-11-22T12:00:00+05:00' } });
if ('status' in build && build.status !== 0) throw new Error(`Build failed:\n${build.output.slice(-3000)}`);
const buildSeconds = (performance.now() - buildStart) / 1000;
const indexLine = build.output.split('\n').find((l) => l.startsWith('Search index')) ?? '';
console.error(indexLine);

const { url, server } = await serve(build.outDir);
const browser = await launchBrowser();
const rows: string[] = [];
try {
  for (const { locale, q, note } of queries) {
    const results = { fast: [] as number[], slow: [] as number[], bytes: [] as number[], requests: [] as number[], count: 0 };
    for (const throttled of [false, true]) {
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await page.goto(`${url}/${locale}/search/`, { waitUntil: 'networkidle' });
        if (throttled) await cdp.send('Network.emulateNetworkConditions', SLOW);
        sent.length = 0;
        counting = true;
        const started = await page.evaluate(() => performance.now());
        await page.focus('#search-q');
        await page.fill('#search-q', q);
        await page.press('#search-q', 'Enter');
        await page.waitForFunction(() => {
          const list = document.querySelector('[data-search-results]');
          return list && !list.hasAttribute('aria-busy') && document.querySelector('[data-search-count]')?.textContent;
        });
        const ended = await page.evaluate(() => performance.now());
        await page.waitForTimeout(100);
        counting = false;
        const bytes = sent.reduce((a, b) => a + b.bytes, 0);
        const requests = sent.length;
        if (process.env.BENCH_VERBOSE && run === 0 && !throttled) console.error(locale, q, sent.map((r) => `${r.path} ${r.bytes}`).join('\n  '));
        (throttled ? results.slow : results.fast).push(ended - started);
        if (!throttled) {
          results.bytes.push(bytes);
          results.requests.push(requests);
          results.count = await page.locator('.result').count();
        }
        await context.close();
      }
    }
    rows.push(
      `| ${entries || (builtDir ? 'built site' : 'seed')} | ${locale} | ${q} (${note}) | ${(median(results.bytes) / 1024).toFixed(1)} KB in ${median(results.requests)} requests | ${Math.round(median(results.fast))} ms | ${Math.round(median(results.slow))} ms |`,
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`Build (astro build + search index): ${buildSeconds.toFixed(1)} s. ${indexLine}`);
console.log('| Entries per locale | Locale | First query | Fetched for the first search | Time to results | On slow mobile |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
