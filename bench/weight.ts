/**
 * What a built page costs to load: HTML, CSS, JS and font bytes, raw and gzip. Used by the
 * benchmark (bench/run.ts) and by the budget test (test/build/budgets.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'css' | 'js' | 'font';
export interface PageWeight {
  /** [raw, gzip] bytes per kind. */
  bytes: Record<Kind, [number, number]>;
  /** Font files the page can fetch (an upper bound: the browser fetches only those its text needs). */
  fonts: string[];
}

const fontUrls = (css: string) => [...css.matchAll(/url\(["']?(\/_astro\/[^)"']+\.woff2)["']?\)/g)].map((m) => m[1]!);

/** The weight of `<dist>/<path>/index.html` and everything it links from `/_astro/`. */
export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const bytes: PageWeight['bytes'] = { html: [0, 0], css: [0, 0], js: [0, 0], font: [0, 0] };
  const add = (kind: Kind, data: Buffer) => {
    bytes[kind][0] += data.length;
    bytes[kind][1] += gzipSync(data).length;
  };
  add('html', Buffer.from(html));
  const fonts = new Set(fontUrls(html)); // from inlined stylesheets
  const refs = new Set([...html.matchAll(/<(?:link|script)[^>]*(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!));
  for (const ref of refs) {
    const file = join(dist, ref);
    if (!existsSync(file)) continue;
    const ext = extname(ref);
    if (ext === '.css') {
      const css = readFileSync(file);
      add('css', css);
      for (const font of fontUrls(css.toString('utf8'))) fonts.add(font);
    } else if (ext === '.js') add('js', readFileSync(file));
    else if (ext === '.woff2') fonts.add(ref);
  }
  for (const font of fonts) add('font', readFileSync(join(dist, font)));
  // Inline scripts count as JS; JSON-LD and other data blocks do not.
  for (const m of html.matchAll(/<script(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)) add('js', Buffer.from(m[1]!));
  return { bytes, fonts: [...fonts] };
}
