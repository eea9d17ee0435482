/**
 * How much the Open Graph card cache saves: three real builds of the site into a scratch folder,
 * with a fresh, empty card cache.
 *   1. cold: every card drawn;
 *   2. warm: nothing changed, every card from the cache;
 *   3. one title edited (in a copy of the content): only that entry's card drawn again.
 * Run: node bench/og-cache.ts   (results go in README, "Open Graph cards")
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../test/helpers/astro.ts';
import { root, TEST_NOW } from '../test/helpers/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'ulagat-og-bench-'));
const cache = join(scratch, 'og-cache');
const content = join(scratch, 'content');
cpSync(join(root, 'content'), content, { recursive: true });
const cards = () => readdirSync(cache).filter((f) => f.endsWith('.jpg')).length;

function timed(label: string) {
  const before = (() => {
    try {
      return cards();
    } catch {
      return 0;
    }
  })();
  const t0 = performance.now();
  const result = astroBuild({ contentDir: content, outDir: join(scratch, 'dist'), env: { ULAGAT_NOW: TEST_NOW, ULAGAT_OG_CACHE: cache } });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0) throw new Error(`${label} build failed:\n${result.output.slice(-2000)}`);
  console.log(`${label.padEnd(22)} ${seconds.toFixed(1).padStart(6)} s   cards drawn: ${cards() - before}`);
}

timed('cold (empty cache)');
timed('warm (no change)');
const file = join(content, 'news/ru/myn-jasa-launch.md');
writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "/m, 'title: "Обновлено: '));
timed('one title edited');
console.log(`(${cards()} cards in the cache)`);
rmSync(scratch, { recursive: true, force: true });
