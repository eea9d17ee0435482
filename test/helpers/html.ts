import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file under a folder, as site paths (`/kk/news/x/`) with their file. */
export function htmlPages(dir: string): { path: string; file: string }[] {
  const out: { path: string; file: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        out.push({ path: '/' + rel.replace(/(^|\/)index\.html$/, '$1'), file: full });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

const cache = new Map<string, HTMLElement>();
export function load(file: string): HTMLElement {
  let doc = cache.get(file);
  if (!doc) {
    doc = parse(readFileSync(file, 'utf8'));
    cache.set(file, doc);
  }
  return doc;
}

/** The file a site path is served from, or undefined. */
export function fileFor(dir: string, sitePath: string): string | undefined {
  const clean = decodeURI(sitePath.split('#')[0]!.split('?')[0]!);
  for (const candidate of [join(dir, clean), join(dir, clean, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* not there */
    }
  }
  return undefined;
}

/** Visible text of a page: no scripts or styles. */
export function visibleText(doc: HTMLElement): string {
  const body = doc.querySelector('body');
  if (!body) return '';
  const clone = parse(body.toString());
  clone.querySelectorAll('script, style').forEach((n) => n.remove());
  return clone.structuredText;
}
