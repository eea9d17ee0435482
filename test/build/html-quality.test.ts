import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { htmlPages, load } from '../helpers/html';
import { dist, root } from '../helpers/paths';
import { locales } from '../../src/i18n/locales';

/** The site's languages, as a regular expression alternation. */
const L = locales.join('|');

const pages = htmlPages(dist);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Pages that may use a looser, documented policy (the CMS needs eval). */
const isAdmin = (path: string) => path.startsWith('/admin/');

describe('Content-Security-Policy', () => {
  it('is on every public page, strict, and covers every inline script and style by hash', () => {
    const publicPages = pages.filter((p) => !isAdmin(p.path));
    expect(publicPages.length).toBeGreaterThan(100);
    for (const p of publicPages) {
      const doc = load(p.file);
      const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(csp, p.path).toBeTruthy();
      const directive = (name: string) => csp!.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
      const scriptSrc = directive('script-src');
      expect(scriptSrc, p.path).toMatch(/^script-src 'self'/);
      // WebAssembly (Pagefind) is allowed on the search pages only; eval and inline code nowhere.
      const allowed = new RegExp(`^/(${L})/search/$`).test(p.path) ? scriptSrc.replace(" 'wasm-unsafe-eval'", '') : scriptSrc;
      expect(allowed, p.path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(directive('object-src'), p.path).toBe("object-src 'none'");
      for (const script of doc.querySelectorAll('script:not([src])')) {
        const type = script.getAttribute('type') ?? '';
        if (type === 'application/ld+json' || type === 'application/json') continue;
        expect(scriptSrc, `${p.path}: inline script without its hash`).toContain(sha256(script.rawText));
      }
      for (const style of doc.querySelectorAll('style')) {
        expect(directive('style-src'), `${p.path}: inline style without its hash`).toContain(sha256(style.rawText));
      }
      expect(doc.querySelectorAll('[onclick], [onload], [onerror], [onsubmit]'), p.path).toHaveLength(0);
      // Style attributes would be blocked by the hashed style-src.
      expect(doc.querySelectorAll('[style]').map((n) => n.tagName), p.path).toEqual([]);
    }
  });
});

describe('links', () => {
  it('has no broken internal link or fragment anywhere in dist/', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: dist,
      recurse: true,
      checkFragments: true,
      concurrency: 20,
      // Only this site: the machine has no internet, and other sites are not ours to check.
      linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}, ${l.status})`);
    expect(broken).toEqual([]);
    // Every built page was reached by the crawl.
    expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThanOrEqual(pages.length - 1);
  });
});

describe('valid HTML', () => {
  it('passes the Nu Html Checker with zero errors on every page', () => {
    const jar = join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
    let output = '';
    try {
      // The JVM's quick compiler only: half the CPU time for a run this short (it needs a larger stack).
      output = execFileSync('java', ['-Xss16m', '-XX:TieredStopAtLevel=1', '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dist], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string; code?: string };
      if (e.code === 'ENOENT') throw new Error('Java is not installed. Fix: sudo apt-get install default-jre-headless');
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    const messages = output.trim() ? (JSON.parse(output.trim()) as { messages: { type: string; url: string; message: string; lastLine?: number }[] }).messages : [];
    const errors = messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/^file:.*?\/dist/, '')}:${m.lastLine}: ${m.message}`);
    expect(errors).toEqual([]);
    expect(pages.length).toBeGreaterThan(100);
  });

  it('checked real files', () => {
    expect(readFileSync(join(dist, 'kk/index.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
});
