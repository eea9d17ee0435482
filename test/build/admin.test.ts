import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { collectionNames } from '../../src/model/collections';
import { CMS_BUNDLE_DIR, cmsBundleKey } from '../../src/integrations/cms-bundle';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { fileFor, htmlPages, load } from '../helpers/html';
import { dist } from '../helpers/paths';

/** The site's languages, as a regular expression alternation. */
const L = locales.join('|');

/** A script's references to other scripts: site paths, or paths relative to the script. */
const JS_REFERENCE = /["'`]((?:\.{1,2}\/|\/_astro\/|_astro\/|\/admin\/cms\/)[\w.\/-]+?\.js)["'`]/g;

/** Every script file a page can load: referenced from its HTML, then from those files, and so on. Keys are paths in dist/. */
function reachableScripts(html: string): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [...html.matchAll(/["'](\/(?:_astro|admin\/cms\/\w+)\/[\w.-]+\.js)["']/g)].map((m) => m[1]!.slice(1));
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path) || !existsSync(join(dist, path))) continue;
    const code = readFileSync(join(dist, path), 'utf8');
    seen.set(path, code);
    for (const m of code.matchAll(JS_REFERENCE)) {
      const ref = m[1]!;
      queue.push(ref.startsWith('/') ? ref.slice(1) : ref.startsWith('_astro/') ? ref : posix.join(posix.dirname(path), ref));
    }
  }
  return seen;
}
const loadsDecap = (html: string) => [...reachableScripts(html).values()].some((code) => code.includes('decap-cms-core'));

describe('the admin at /admin/', () => {
  const file = fileFor(dist, '/admin/')!;
  const html = readFileSync(file, 'utf8');
  const doc = load(file);

  it('is built, asks search engines not to index it, and points Decap at a generated config', () => {
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
    expect(doc.querySelector('link[rel="cms-config-url"]')?.getAttribute('href')).toBe('/admin/config.yml');
    expect(doc.querySelectorAll('script[type="module"][src]').length).toBe(1);
  });

  it('loads the CMS bundle made apart from the site, from the folder named by its digest, once', () => {
    const src = doc.querySelector('script[type="module"][src]')!.getAttribute('src');
    expect(src).toBe(`/${CMS_BUNDLE_DIR}/${cmsBundleKey()}/main.js`);
    expect(existsSync(join(dist, src!))).toBe(true);
    // Only the current bundle is in the site, and the site's own scripts carry none of it.
    expect(readdirSync(join(dist, CMS_BUNDLE_DIR))).toEqual([cmsBundleKey()]);
    for (const name of readdirSync(join(dist, '_astro')).filter((n) => n.endsWith('.js'))) {
      expect(readFileSync(join(dist, '_astro', name), 'utf8'), name).not.toContain('decap-cms-core');
    }
  });

  it('loads Decap CMS from the site itself, nothing from a CDN', () => {
    expect(loadsDecap(html)).toBe(true);
    const external = [...html.matchAll(/(?:src|href)="(https?:)?\/\/[^"]+"/g)].map((m) => m[0]);
    expect(external).toEqual([]);
    for (const code of reachableScripts(html).values()) expect(code).not.toMatch(/https:\/\/(unpkg\.com|cdn\.jsdelivr\.net)\/[^"'`]*decap/);
  });

  it('hands the admin script the content model and the names of regions and projects', () => {
    const data = JSON.parse(doc.querySelector('#cms-data')!.textContent);
    expect(Object.keys(data.collections)).toEqual([...collectionNames]);
    expect(data.collections.news).toMatchObject({ identifier: 'title', images: [['cover', 'coverAlt']] });
    expect(data.names.regions.zhetysu).toMatchObject({ kk: 'Жетісу облысы' });
  });

  it('is the only page that loads the CMS: no public page reaches its script', () => {
    const loading = htmlPages(dist)
      .filter((p) => !p.path.startsWith('/admin/'))
      .filter((p) => loadsDecap(readFileSync(p.file, 'utf8')))
      .map((p) => p.path);
    expect(loading).toEqual([]);
  });
});

describe('the CMS config files', () => {
  const read = (name: string) => parseYaml(readFileSync(join(dist, 'admin', name), 'utf8'));

  it('exist for each interface language, with the interface and labels in it', () => {
    for (const l of locales) {
      const config = read(`config.${l}.yml`);
      expect(config.locale).toBe(l);
      expect(config.collections.map((c: { name: string }) => c.name)).toEqual([...collectionNames]);
      expect(config.collections[0].label).toBe(dictionaries[l]['cms.collection.news']);
    }
    expect(read('config.yml')).toEqual(read('config.kk.yml'));
  });

  it('use the editorial workflow on a git host, and decap-server on 127.0.0.1 only for a local checkout', () => {
    const config = read('config.ru.yml');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend.name).toBe('github');
    expect(config.local_backend.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/api/v1\\?lang=(${L})$`));
    expect(config.i18n.structure).toBe('multiple_folders');
  });
});

describe('the translation status page', () => {
  const pages = { kk: '/admin/translations/', ru: '/admin/translations/ru/', en: '/admin/translations/en/' } as const;

  it('exists in each interface language, not for search engines, linked back to the editor', () => {
    for (const l of locales) {
      const doc = load(fileFor(dist, pages[l])!);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(l);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
      expect(doc.querySelector('h1')?.textContent).toBe(dictionaries[l]['cms.status.title']);
      expect(doc.querySelector(`a[href="/admin/?lang=${l}"]`)).not.toBeNull();
      expect(doc.querySelectorAll('section[data-collection]').map((s) => s.getAttribute('data-collection'))).toEqual([...collectionNames]);
    }
  });

  it('says where the ages of the files come from: the git history of this checkout', () => {
    const note = load(fileFor(dist, pages.en)!).querySelector('[data-history]')!;
    expect(note.getAttribute('data-history')).toMatch(/^git/);
    expect(note.textContent).toContain('git');
  });

  it('is not linked from any public page', () => {
    const linking = htmlPages(dist)
      .filter((p) => !p.path.startsWith('/admin/'))
      .filter((p) => readFileSync(p.file, 'utf8').includes('/admin/'))
      .map((p) => p.path);
    expect(linking).toEqual([]);
  });
});
