/** Which built pages are canonical, read from each page's head: the sitemap lists those only. */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalOf } from '../utils/sitemap';

/** The start of a file up to the end of its `<head>` (or the whole file, if it has none), read a block at a time. */
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const blocks: Buffer[] = [];
    for (;;) {
      const block = Buffer.alloc(16 * 1024);
      const n = readSync(fd, block, 0, block.length, null);
      if (n === 0) break;
      blocks.push(block.subarray(0, n));
      if (block.subarray(0, n).includes('</head>')) break;
    }
    const text = Buffer.concat(blocks).toString('utf8');
    const end = text.indexOf('</head>');
    return end < 0 ? text : text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}

/** True when the built page at `url` names itself as canonical (read from its head). Files that are not HTML pages are left out. */
export function isCanonicalPage(outDir: string, url: string): boolean {
  const path = decodeURI(new URL(url).pathname);
  const file = join(outDir, path.endsWith('/') ? join(path, 'index.html') : path);
  let head: string;
  try {
    head = readHead(file);
  } catch {
    return false;
  }
  return canonicalOf(head) === url;
}

