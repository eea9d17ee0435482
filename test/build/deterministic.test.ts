import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { TEST_NOW } from '../helpers/paths';

function manifest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('deterministic builds', () => {
  it('produce byte-identical dist/ from the same commit', () => {
    const env = { ULAGAT_NOW: TEST_NOW };
    const a = astroBuild({ env });
    // The second build draws every preview card afresh, so the cache cannot hide a difference.
    const b = astroBuild({ env: { ...env, ULAGAT_OG_CACHE: mkdtempSync(join(tmpdir(), 'ulagat-og-')) } });
    expect(a.status, a.output.slice(-2000)).toBe(0);
    expect(b.status, b.output.slice(-2000)).toBe(0);
    const ma = manifest(a.outDir);
    const mb = manifest(b.outDir);
    expect(Object.keys(mb).sort()).toEqual(Object.keys(ma).sort());
    const differing = Object.keys(ma).filter((f) => ma[f] !== mb[f]);
    expect(differing).toEqual([]);
    expect(Object.keys(ma).length).toBeGreaterThan(150);
  });
});
