import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHashes } from '../helpers/content';
import { astroBuild } from '../helpers/astro';
import { TEST_NOW } from '../helpers/paths';

describe('deterministic builds', () => {
  it('produce byte-identical dist/ from the same commit', () => {
    const env = { ULAGAT_NOW: TEST_NOW };
    const a = astroBuild({ env });
    // The second build draws every preview card afresh, so the cache cannot hide a difference.
    const b = astroBuild({ env: { ...env, ULAGAT_OG_CACHE: mkdtempSync(join(tmpdir(), 'ulagat-og-')) } });
    expect(a.status, a.output.slice(-2000)).toBe(0);
    expect(b.status, b.output.slice(-2000)).toBe(0);
    const ma = fileHashes(a.outDir);
    const mb = fileHashes(b.outDir);
    expect(Object.keys(mb).sort()).toEqual(Object.keys(ma).sort());
    const differing = Object.keys(ma).filter((f) => ma[f] !== mb[f]);
    expect(differing).toEqual([]);
    expect(Object.keys(ma).length).toBeGreaterThan(150);
  });
});
