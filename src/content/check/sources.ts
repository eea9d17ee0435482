/**
 * The files a content check reads: every Markdown file under a collection's folder, found the
 * way the site's loader finds them (`content/<collection>/**\/*.md`, so that a file in a wrong
 * folder is reported rather than missed), and every image under the content folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { collectionNames, kinds, type CollectionName } from '../../model/collections';

export interface ContentSource {
  /** The path problems name: relative to the repository root, with forward slashes. */
  file: string;
  /** Absolute path. */
  path: string;
  collection: CollectionName;
  /** The loader's id: the path under the collection folder without `.md`, e.g. `kk/school-of-moms`. */
  id: string;
  text: string;
}

/** Extensions of the image files the site can show. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff', '.heic', '.heif'] as const;

/** Every file under a folder (none when it does not exist), skipping hidden ones, sorted. */
export function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && !relative(dir, join(e.parentPath, e.name)).split(sep).some((part) => part.startsWith('.')))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * How problems name a file: relative to the working folder (the repository root under
 * `npm run`), or, for a content folder outside it, relative to the content folder's parent
 * (`content/news/ru/x.md`).
 */
export function fileNamer(root: string, cwd = process.cwd()): (path: string) => string {
  return (path) => {
    const inside = relative(cwd, path);
    const name = inside.startsWith('..') || isAbsolute(inside) ? relative(dirname(root), path) : inside;
    return name.split(sep).join('/');
  };
}

/** Every Markdown file of every collection folder under `root`, read. */
export function readContentSources(root: string, nameOf = fileNamer(root)): ContentSource[] {
  return collectionNames.flatMap((collection) => {
    const base = join(root, kinds[collection].folder);
    return filesUnder(base)
      .filter((path) => path.endsWith('.md'))
      .map((path) => ({
        file: nameOf(path),
        path,
        collection,
        id: relative(base, path).split(sep).join('/').replace(/\.md$/, ''),
        text: readFileSync(path, 'utf8'),
      }));
  });
}

/** Every image file under `dir`, by extension. */
export function imageFiles(dir: string): string[] {
  return filesUnder(dir).filter((path) => (IMAGE_EXTENSIONS as readonly string[]).includes(extensionOf(path)));
}

const extensionOf = (path: string) => {
  const name = basename(path).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot);
};
