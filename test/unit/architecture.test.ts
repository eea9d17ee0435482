import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths';

/** Every source file under a folder, relative to the repository. */
function files(dir: string, extensions = /\.(ts|tsx|astro|mjs)$/): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && extensions.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

const source = (file: string) => readFileSync(join(root, file), 'utf8');
const imports = (file: string) => [...source(file).matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
/** Imports that load code, not only types (`import type { … }` reads nothing at run time). */
const valueImports = (file: string) =>
  [...source(file).matchAll(/^import\s+(?!type\s)[^;]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/gm)].map((m) => (m[1] ?? m[2])!);

describe('the layers of the house', () => {
  it('keeps src/utils/ pure: no content layer, no disk, no environment', () => {
    const offences = files('src/utils').flatMap((file) => {
      const text = source(file);
      return [
        ...imports(file).filter((i) => /\/content\/|\/build\/|^astro:content$|^node:fs|^node:child_process/.test(i)).map((i) => `${file} imports ${i}`),
        ...(/process\.env|process\.cwd\(\)/.test(text) ? [`${file} reads the environment`] : []),
      ];
    });
    expect(offences).toEqual([]);
  });

  it('keeps the model at the bottom: src/model/ imports only the locale definitions', () => {
    const offences = files('src/model').flatMap((file) => imports(file).filter((i) => !/^\.\.\/i18n\/|^\.\//.test(i)).map((i) => `${file} imports ${i}`));
    expect(offences).toEqual([]);
  });

  it('gives pages, layouts and components what they show as props: none of them reads a collection', () => {
    // A page's cache key covers its props (src/content/keys.ts); content read anywhere else would not be covered.
    const offences = ['src/pages', 'src/layouts', 'src/components'].flatMap((dir) => files(dir)).flatMap((file) => {
      const text = source(file);
      return [
        ...valueImports(file).filter((i) => /\/content\/readers$|\/content\/(links|relations)$/.test(i)).map((i) => `${file} imports ${i}`),
        ...(/\bget(Collection|Entry|Entries)\b/.test(text) ? [`${file} calls getCollection/getEntry`] : []),
      ];
    });
    expect(offences).toEqual([]);
  });

  it('lets the admin derive from the site, never the reverse (only the admin\'s own routes load it)', () => {
    const offences = files('src')
      .filter((file) => !file.startsWith('src/pages/admin/'))
      .flatMap((file) => imports(file).filter((i) => /(^|\/)admin\//.test(i)).map((i) => `${file} imports ${i}`));
    expect(offences).toEqual([]);
  });

  it('has no unchecked casts of the locale, the props or through unknown in src/', () => {
    const offences = files('src').flatMap((file) => {
      const text = source(file);
      return [/\bas Locale\b/, /Astro\.props as\b/, /Astro\.params\.\w+ as\b/, /as unknown as/].filter((pattern) => pattern.test(text)).map((p) => `${file}: ${p}`);
    });
    expect(offences).toEqual([]);
  });
});
