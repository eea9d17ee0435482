import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

/** Token values from a block of the tokens file, with light-dark() split into [light, dark]. */
function tokens(selector: string): Record<string, [string, string]> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  const out: Record<string, [string, string]> = {};
  for (const m of block.matchAll(/(--c-[\w-]+):\s*([^;]+);/g)) {
    const v = m[2]!.trim();
    const ld = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(v);
    out[m[1]!] = ld ? [ld[1]!, ld[2]!] : [v, v];
  }
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

// Every pair the site puts text on. 4.5:1 for text; 3:1 for focus rings and UI borders of controls.
const textPairs: [string, string][] = [
  ['--c-text', '--c-bg'],
  ['--c-text', '--c-surface'],
  ['--c-text', '--c-surface-2'],
  ['--c-muted', '--c-bg'],
  ['--c-muted', '--c-surface'],
  ['--c-muted', '--c-surface-2'],
  ['--c-brand', '--c-bg'],
  ['--c-brand', '--c-surface'],
  ['--c-brand', '--c-surface-2'],
  ['--c-brand-strong', '--c-surface'],
  ['--c-on-brand', '--c-brand'],
  ['--c-text', '--c-notice-bg'],
  ['--c-text', '--c-accent-soft'],
  ...[1, 2, 3, 4].flatMap((n): [string, string][] => [
    [`--c-tone-${n}`, '--c-bg'],
    [`--c-tone-${n}`, '--c-surface'],
  ]),
];
const uiPairs: [string, string][] = [
  ['--c-focus', '--c-bg'],
  ['--c-focus', '--c-surface'],
  ['--c-accent', '--c-bg'],
];

describe('colour contrast (WCAG 2.2 AA)', () => {
  const base = tokens(':root');
  const schemes = {
    light: Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v[0]])),
    dark: Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v[1]])),
    'low vision, black on white': { ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v[0]])), ...Object.fromEntries(Object.entries(tokens(":root[data-vision='bw']")).map(([k, v]) => [k, v[0]])) },
    'low vision, white on black': { ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v[1]])), ...Object.fromEntries(Object.entries(tokens(":root[data-vision='wb']")).map(([k, v]) => [k, v[0]])) },
  };

  it('reads every colour token', () => {
    expect(Object.keys(base).length).toBeGreaterThanOrEqual(14);
  });

  for (const [name, scheme] of Object.entries(schemes)) {
    it(`${name}: text pairs reach 4.5:1 and UI pairs 3:1`, () => {
      for (const [fg, bg] of textPairs) expect(contrast(scheme[fg]!, scheme[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      for (const [fg, bg] of uiPairs) expect(contrast(scheme[fg]!, scheme[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
  }

  it('makes the low-vision schemes truly high contrast (7:1 and more)', () => {
    expect(contrast(schemes['low vision, black on white']['--c-text']!, schemes['low vision, black on white']['--c-bg']!)).toBe(21);
    expect(contrast(schemes['low vision, white on black']['--c-text']!, schemes['low vision, white on black']['--c-bg']!)).toBe(21);
  });
});
