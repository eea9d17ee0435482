import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileHashes } from '../helpers/content';
import { buildSearchIndex, type SearchIndexSummary } from '../../scripts/search-index';
import { languageBundle, MAIN_BUNDLE } from '../../src/utils/search-bundles';
import { dist } from '../helpers/paths';
import { diskCache } from '../../src/build/cache';
import { locales } from '../../src/i18n/locales';

/**
 * The search index is built per language and kept in a cache under a digest of the pages it
 * indexes: a rebuild copies the bundles of unchanged languages and indexes the others again,
 * and what it writes is what an index built from nothing writes.
 */
const bundles = (site: string) => ({ main: fileHashes(join(site, MAIN_BUNDLE)) });

const scratch = mkdtempSync(join(tmpdir(), 'ulagat-search-cache-'));
const site = join(scratch, 'site');
const cache = diskCache('search', 'test', { ULAGAT_SEARCH_CACHE: join(scratch, 'cache') });
const runs: { summary: SearchIndexSummary; bundles: ReturnType<typeof bundles> }[] = [];
let fresh: ReturnType<typeof bundles>;

beforeAll(async () => {
  cpSync(dist, site, { recursive: true, filter: (src) => !/[/\\]pagefind$/.test(src) });
  const run = async () => {
    const summary = await buildSearchIndex(site, cache);
    runs.push({ summary, bundles: bundles(site) });
  };
  await run(); // cold
  await run(); // nothing changed
  // A Russian report's text edited; leftovers of an older layout in the bundles' folder.
  writeFileSync(join(site, MAIN_BUNDLE, 'pagefind.js'), '// old');
  mkdirSync(join(site, MAIN_BUNDLE, 'de'));
  const page = join(site, 'ru/news/zhetysu-mentors-figures/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</article>', '<p>Дополнение: наставники из Талдыкоргана.</p></article>'));
  await run();
  // The same site indexed from nothing, for comparison.
  const other = join(scratch, 'site-fresh');
  cpSync(site, other, { recursive: true, filter: (src) => !/[/\\]pagefind$/.test(src) });
  await buildSearchIndex(other, diskCache('search', 'test', { ULAGAT_SEARCH_CACHE: join(scratch, 'cache-fresh') }));
  fresh = bundles(other);
}, 180_000);

describe('search index cache', () => {
  it('indexes every language when the cache is empty', () => {
    expect(runs[0]!.summary.drawn.sort()).toEqual(locales.map(languageBundle).sort());
  });

  it('keeps every bundle, byte for byte, when no page changed', () => {
    expect(runs[1]!.summary.drawn).toEqual([]);
    expect(runs[1]!.bundles).toEqual(runs[0]!.bundles);
  });

  it('indexes only the language whose page changed, removes leftovers, and writes what a build from nothing writes', () => {
    expect(runs[2]!.summary.drawn).toEqual([languageBundle('ru')]);
    const changed = Object.keys(runs[2]!.bundles.main).filter((f) => runs[2]!.bundles.main[f] !== runs[0]!.bundles.main[f]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((f) => f.startsWith('ru/'))).toBe(true);
    expect(runs[2]!.bundles).toEqual(fresh);
  });
});
