import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths';

/**
 * Links that may point at files that do not exist yet, relative to the repository root. Each
 * must still be missing and still be linked: when its file lands, this test fails until the
 * path is taken off its list.
 */
// Screenshots the documentation links before they are taken (the README's are in docs/screenshots/).
const PENDING_SCREENSHOTS: string[] = [];
// The documentation of features being built at the same time, each written with its feature.
const PENDING_DOCS: string[] = [];
const pending = new Set([...PENDING_SCREENSHOTS, ...PENDING_DOCS]);

const README = 'README.md';
const MAX_README_LINES = 200;

/** Repository-relative path with forward slashes. */
const repoPath = (file: string) => relative(root, file).split(sep).join('/');

function markdownUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${dir}/${name.split(sep).join('/')}`)
    .sort();
}

/** The documents checked: the README and every Markdown file under docs/. */
const documents = [README, ...markdownUnder('docs')];

interface Link {
  /** The document it is in. */
  from: string;
  /** As written. */
  href: string;
  /** Repository-relative target, or the document itself for a bare `#fragment`. */
  target: string;
  fragment: string | undefined;
}

interface Rendered {
  links: Link[];
  /** Every id a link can point at: the headings' ids (as GitHub makes them) and explicit ids. */
  ids: Set<string>;
}

/** An absolute URL (`https:`, `mailto:` …) or protocol-relative: external, never fetched. */
const isExternal = (href: string) => /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//');

const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  // The site's own Markdown renderer: headings get the ids GitHub gives them (github-slugger),
  // and links in code are text, not links.
  const markdown = await createMarkdownProcessor({ syntaxHighlight: false });
  for (const doc of documents) {
    const { code } = await markdown.render(readFileSync(join(root, doc), 'utf8'));
    const html = parse(code);
    const ids = new Set<string>();
    for (const element of html.querySelectorAll('[id], a[name]')) {
      const id = element.getAttribute('id') ?? element.getAttribute('name');
      if (id) ids.add(id);
    }
    const links: Link[] = [];
    const hrefs = [
      ...html.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? ''),
      ...html.querySelectorAll('img[src]').map((img) => img.getAttribute('src') ?? ''),
    ];
    for (const href of hrefs) {
      if (href === '' || isExternal(href)) continue;
      const hash = href.indexOf('#');
      const path = decodeURIComponent((hash < 0 ? href : href.slice(0, hash)).replace(/\?.*$/, ''));
      const fragment = hash < 0 ? undefined : decodeURIComponent(href.slice(hash + 1));
      const absolute = path === '' ? join(root, doc) : path.startsWith('/') ? join(root, path) : resolve(dirname(join(root, doc)), path);
      links.push({ from: doc, href, target: repoPath(absolute), fragment });
    }
    rendered.set(doc, { links, ids });
  }
});

const allLinks = () => [...rendered.values()].flatMap((r) => r.links);
const exists = (target: string) => !target.startsWith('..') && existsSync(join(root, target));

describe('documentation links', () => {
  it('finds the README and the documents under docs/', () => {
    expect(documents).toContain('docs/architecture.md');
    expect(rendered.size).toBe(documents.length);
    // Guards the parsing: the README links the documentation and shows its screenshots.
    const fromReadme = rendered.get(README)!.links.map((l) => l.target);
    expect(fromReadme).toContain('docs/architecture.md');
    expect(fromReadme).toContain('docs/screenshots/home-kk-phone.webp');
  });

  it.each(documents)('%s: every relative link and image names a file of the repository', (doc) => {
    const broken = rendered
      .get(doc)!
      .links.filter((link) => !pending.has(link.target) && !exists(link.target))
      .map((link) => `${link.href} (→ ${link.target})`);
    expect(broken).toEqual([]);
  });

  it.each(documents)('%s: every #fragment names a heading or id of its target', (doc) => {
    const broken = rendered
      .get(doc)!
      .links.filter((link) => link.fragment !== undefined && link.target.endsWith('.md') && !pending.has(link.target))
      .filter((link) => {
        const target = rendered.get(link.target);
        if (target) return !target.ids.has(link.fragment!);
        // A Markdown file outside the checked documents: only whether it exists is checked.
        return !exists(link.target);
      })
      .map((link) => link.href);
    expect(broken).toEqual([]);
  });

  it('lists as pending only files that are still missing and still linked', () => {
    const linked = new Set(allLinks().map((l) => l.target));
    const landed = [...pending].filter((path) => existsSync(join(root, path)));
    expect(landed, 'these files exist now: take them off PENDING_SCREENSHOTS / PENDING_DOCS').toEqual([]);
    const unused = [...pending].filter((path) => !linked.has(path));
    expect(unused, 'nothing links these any more: take them off the pending lists').toEqual([]);
  });

  it('reaches every document under docs/ from the README', () => {
    const reached = new Set([README]);
    const queue = [README];
    while (queue.length) {
      for (const link of rendered.get(queue.pop()!)!.links) {
        if (rendered.has(link.target) && !reached.has(link.target)) {
          reached.add(link.target);
          queue.push(link.target);
        }
      }
    }
    expect(documents.filter((doc) => !reached.has(doc))).toEqual([]);
  });

  it(`keeps the README within ${MAX_README_LINES} lines`, () => {
    const text = readFileSync(join(root, README), 'utf8');
    expect(text.split('\n').length - (text.endsWith('\n') ? 1 : 0)).toBeLessThanOrEqual(MAX_README_LINES);
  });
});
