/**
 * Content files in the canonical form the CMS writes (`frontmatter.ts`), per collection:
 * what `npm run content:format` applies and what the unit tests check.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locales } from '../i18n/locales';
import { collectionNames, kinds, type CollectionName } from '../model/collections';
import { fromFile, toFile } from './frontmatter';
import { contentDir } from './paths';
import { plainShapes } from './schemas';

/** Field order of a collection, as the CMS writes it: the order of the schema. */
export function fieldOrder(collection: CollectionName): string[] {
  return Object.keys(plainShapes()[collection]);
}

export interface ContentFile {
  collection: CollectionName;
  path: string;
  /** Relative to the content folder's parent, e.g. `content/news/ru/x.md`. */
  name: string;
}

/** Every Markdown file of every collection and locale folder. */
export function contentFiles(root = contentDir): ContentFile[] {
  const out: ContentFile[] = [];
  for (const collection of collectionNames) {
    for (const locale of locales) {
      const dir = join(root, kinds[collection].folder, locale);
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
      } catch {
        continue;
      }
      for (const file of names) {
        const path = join(dir, file);
        out.push({ collection, path, name: relative(join(root, '..'), path) });
      }
    }
  }
  return out;
}

/** The file's text in canonical form. */
export function canonicalText(file: ContentFile): string {
  return toFile(fromFile(readFileSync(file.path, 'utf8')), fieldOrder(file.collection));
}

/** Rewrites files that are not in canonical form; returns their names. */
export function formatContent(root = contentDir, write = true): string[] {
  const changed: string[] = [];
  for (const file of contentFiles(root)) {
    const before = readFileSync(file.path, 'utf8');
    const after = canonicalText(file);
    if (after !== before) {
      changed.push(file.name);
      if (write) writeFileSync(file.path, after);
    }
  }
  return changed;
}
