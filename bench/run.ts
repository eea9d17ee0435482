/**
 * The build benchmark: synthetic trilingual content at several sizes, the full production build
 * (pages, preview cards, feeds, sitemap, search index) against two baselines over the same
 * Markdown: a minimal Astro site (content rendering only) and Hugo (Debian's package).
 *
 *   npm run bench                       # 300 and 3,000 entries per locale
 *   npm run bench -- 300 3000 10000     # any sizes
 *
 * Needs GNU time (/usr/bin/time) and, for the Hugo baseline, `apt-get install hugo`.
 * Prints a Markdown table and writes bench/results.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { generateContent } from './generate-content.ts';
import { pageWeight } from './weight.ts';

const root = new URL('..', import.meta.url).pathname;
const node = process.execPath;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (!sizes.length) sizes.push(300, 3000);

interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
  ok: boolean;
}

/** Runs a command under GNU time: wall seconds, CPU seconds, peak memory. */
function timed(cmd: string, args: string[], env: Record<string, string>, cwd = root): Run {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-time-')), 't');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, cmd, ...args], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const [wall, user, sys, rss] = readFileSync(out, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  if (r.status !== 0) console.error(r.stdout.slice(-2000), r.stderr.slice(-2000));
  return { wall: wall!, cpu: user! + sys!, rssMb: Math.round(rss! / 1024), ok: r.status === 0 };
}

const add = (a: Run, b: Run): Run => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu, rssMb: Math.max(a.rssMb, b.rssMb), ok: a.ok && b.ok });

function countHtml(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(dir);
  return n;
}

async function coverPool(dir: string, n: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `bench-cover-${i}.jpg`;
    const hue = (i * 37) % 360;
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: `hsl(${hue}, 45%, 40%)` } })
      .composite([{ input: Buffer.from(`<svg width="1600" height="900"><circle cx="${300 + i * 40}" cy="450" r="260" fill="hsl(${(hue + 180) % 360},60%,70%)"/></svg>`) }])
      .jpeg({ quality: 80 })
      .toFile(join(dir, name));
    names.push(name);
  }
  return names;
}

const results: Record<string, unknown>[] = [];
const hugo = spawnSync('hugo', ['version']).status === 0;

for (const n of sizes) {
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  const content = join(work, 'content');
  const covers = await coverPool(join(work, 'pool'), 24);
  // 40 % of entries get a cover photo, drawn from a pool of 24 distinct pictures.
  generateContent(content, n, join(root, 'content'), { covers });
  execFileSync('cp', ['-r', ...covers.map((c) => join(work, 'pool', c)), join(content, 'media')]);

  const env = {
    ULAGAT_CONTENT_DIR: content,
    ULAGAT_ASTRO_CACHE: join(work, 'astro-cache'),
    ULAGAT_OG_CACHE: join(work, 'og-cache'),
    // The cold build starts from empty caches: none shared with other builds on this machine.
    ULAGAT_SEARCH_CACHE: join(work, 'search-cache'),
    ULAGAT_CMS_CACHE: join(work, 'cms-cache'),
    ULAGAT_NOW: '2026-11-22T12:00:00+05:00',
  };
  const dist = join(work, 'dist');
  const build = () => {
    const site = timed(node, [astro, 'build', '--outDir', dist], env);
    const search = timed(node, [join(root, 'scripts/search-index.ts'), dist], env);
    return { ...add(site, search), astroWall: site.wall, searchWall: search.wall };
  };
  const cold = build();
  const pages = countHtml(dist);
  // Edit one entry, then rebuild with warm caches.
  const edited = join(content, 'news/ru/generated-news-00000.md');
  const editOne = () => writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: "/m, 'title: "Изменено: '));
  editOne();
  const warm = build();

  const baseEnv = { BENCH_CONTENT_DIR: content, BENCH_CACHE_DIR: join(work, 'base-cache') };
  const baseDist = join(work, 'base-dist');
  const baseCold = timed(node, [astro, 'build', '--outDir', baseDist], baseEnv, join(root, 'bench/baseline-astro'));
  editOne();
  const baseWarm = timed(node, [astro, 'build', '--outDir', baseDist], baseEnv, join(root, 'bench/baseline-astro'));
  const hugoRun = hugo
    ? timed('hugo', ['--source', join(root, 'bench/hugo'), '--contentDir', content, '--destination', join(work, 'hugo-dist'), '--quiet'], {})
    : undefined;

  const weights = Object.fromEntries(
    Object.entries({ home: 'kk', 'news article': 'ru/news/zhetysu-akim-lecture-mentorship', event: 'kk/master-classes/unified-upbringing-round-table', region: 'en/regions/zhetysu', 'news list': 'kk/news' }).map(([k, p]) => [k, pageWeight(dist, p).bytes]),
  );
  const row = { entriesPerLocale: n, pages, cold, warm, baseCold, baseWarm, hugo: hugoRun, weights };
  results.push(row);
  console.error(JSON.stringify(row));
  rmSync(work, { recursive: true, force: true });
}

const f = (x: number) => x.toFixed(1);
console.log('| Entries/locale | Pages | Build (cold) | of which search index | CPU | Peak RSS | Pages/s | × minimal Astro | × Hugo | Rebuild after 1 edit (warm) | of which search index | × minimal Astro (warm) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results as any[]) {
  console.log(
    `| ${r.entriesPerLocale} | ${r.pages} | ${f(r.cold.wall)} s | ${f(r.cold.searchWall)} s | ${f(r.cold.cpu)} s | ${r.cold.rssMb} MB | ${f(r.pages / r.cold.wall)} | ${f(r.cold.wall / r.baseCold.wall)} (${f(r.baseCold.wall)} s) | ${r.hugo ? `${f(r.cold.wall / r.hugo.wall)} (${f(r.hugo.wall)} s)` : 'n/a'} | ${f(r.warm.wall)} s | ${f(r.warm.searchWall)} s | ${f(r.warm.wall / r.baseWarm.wall)} (${f(r.baseWarm.wall)} s) |`,
  );
}
console.log('\n| Page type | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | Fonts (upper bound) |');
console.log('|---|---|---|---|---|');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
for (const [k, w] of Object.entries((results.at(-1) as any).weights as Record<string, Record<string, [number, number]>>)) {
  console.log(`| ${k} | ${kb(w.html![0])} / ${kb(w.html![1])} | ${kb(w.css![0])} / ${kb(w.css![1])} | ${kb(w.js![0])} / ${kb(w.js![1])} | ${kb(w.font![0])} |`);
}
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2));
