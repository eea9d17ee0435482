import { en } from 'decap-cms-locales/dist/esm/index.js';
import { describe, expect, it } from 'vitest';
import kk from '../../admin/locales/kk';

type Tree = { [key: string]: string | Tree };

/** `path → string` for every leaf of a Decap dictionary. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Kazakh interface of the CMS', () => {
  const reference = leaves(en as Tree);
  const ours = leaves(kk as Tree);

  it('has every key of Decap’s English dictionary, and no other', () => {
    expect([...ours.keys()].sort()).toEqual([...reference.keys()].sort());
    expect(reference.size).toBeGreaterThan(200);
  });

  it('keeps every placeholder and the plural separator', () => {
    for (const [key, value] of reference) {
      expect(placeholders(ours.get(key)!), key).toEqual(placeholders(value));
      expect(ours.get(key)!.includes('||||'), key).toBe(value.includes('||||'));
    }
  });

  it('is written in Kazakh, not left in English', () => {
    const english = [...reference].filter(([key, value]) => ours.get(key) === value && /[a-z]{4}/.test(value.replace(/%\{\w+\}/g, '')));
    // Product names stay as they are.
    expect(english.map(([key]) => key)).toEqual(['editor.editorWidgets.markdown.markdown']);
    for (const [key, value] of ours) if (reference.get(key)!.trim() !== '') expect(value.trim(), key).not.toBe('');
    expect(ours.get('editor.editorToolbar.publish')).toBe('Жариялау');
  });
});
