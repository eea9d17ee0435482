import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../scripts/subset-fonts';
import { dictionaries } from '../../src/i18n/ui';
import { fontCharacters, fontFaces, fontRanges } from '../../src/styles/fonts';
import { root, siteContent } from '../helpers/paths';

const KAZAKH = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';
const open = (file: string) => fontkit.create(readFileSync(join(root, 'src/assets/fonts', file))) as fontkit.Font;

/** Every character of the fixture site's content and the UI strings, outside plain ASCII controls (the real content is held to the same by the content check). */
function usedCharacters(): Set<string> {
  const text: string[] = Object.values(dictionaries).flatMap((d) => Object.values(d as Record<string, string>));
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.md')) text.push(readFileSync(join(dir, e.name), 'utf8'));
    }
  };
  walk(siteContent);
  return new Set([...text.join('')].filter((c) => c.codePointAt(0)! >= 0x20));
}

const inRanges = (c: string) => fontRanges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b);

describe('site fonts', () => {
  it('are the files scripts/subset-fonts.ts makes from the npm fonts (run `npm run fonts` after changing src/styles/fonts.ts)', async () => {
    for (const [path, bytes] of await fontFiles()) {
      expect(readFileSync(join(root, path)).equals(bytes), path).toBe(true);
    }
  });

  it('are at most two files and 80 KB in all', () => {
    const sizes = fontFaces.map((f) => readFileSync(join(root, 'src/assets/fonts', f.file)).length);
    expect(sizes.length).toBeLessThanOrEqual(2);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(80 * 1024);
  });

  it('draw every Kazakh letter, and every character the content and UI use, in both weights', () => {
    const used = usedCharacters();
    expect(used.size).toBeGreaterThan(100);
    for (const face of fontFaces) {
      const font = open(face.file);
      for (const letter of KAZAKH) expect(font.hasGlyphForCodePoint(letter.codePointAt(0)!), `${letter} in ${face.file}`).toBe(true);
      // Letters outside the ranges fall back to a system font by design; none may be missing inside them.
      const missing = [...used].filter((c) => inRanges(c) && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(missing, face.file).toEqual([]);
      const outside = [...used].filter((c) => !inRanges(c) && !/\s/.test(c));
      expect(outside, 'characters the content uses that the fonts leave out: add their range to src/styles/fonts.ts').toEqual([]);
    }
  });

  it('keep only the ranges asked for', () => {
    const font = open(fontFaces[0].file);
    const kept = new Set(font.characterSet.filter((cp) => cp !== 0xffff)); // 0xFFFF ends every cmap table
    for (const cp of kept) expect(inRanges(String.fromCodePoint(cp)), `U+${cp.toString(16)}`).toBe(true);
    expect([...fontCharacters()].filter((c) => font.hasGlyphForCodePoint(c.codePointAt(0)!)).length).toBeGreaterThan(300);
  });
});
