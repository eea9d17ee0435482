/**
 * The loader of every collection: `content/<folder>/<locale>/<slug>.md`, each file read once,
 * through Astro's public loader API (`parseData`, `renderMarkdown`, the store). On top of what a
 * plain file loader does:
 * - a file the CMS wrote for a language nobody has translated yet (no text) is "not translated
 *   yet", not an invalid entry: readers see another language with a notice;
 * - files outside a known locale folder, in a sub-folder or with a non-ASCII name fail with the fix named;
 * - references to other entries and image files are checked against the files themselves;
 * - the schema sees the front matter as written (dates as text).
 * The front matter as written is kept beside the rendered body (`rendered.metadata.frontmatter`),
 * so an image's source file is found from the entry's own file path.
 *
 * Astro keeps parsed entries between builds and starts afresh only when the text of
 * `src/content.config.ts` changes, not the schemas it imports. So an entry's digest covers the
 * code of the schemas too (`codeVersion`): after a schema change every entry is parsed again,
 * instead of keeping data in the shape of the old schema.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { codeVersion } from '../build/cache';
import { kinds, type CollectionName } from '../model/collections';
import { imageFields, referenceFields, translatableFields } from './fields';
import { splitMarkdown, type RawEntry } from './frontmatter';
import { checkEntryPath, frontMatterError, isUntranslatedStub, missingImages, referenceProblems } from './file-rules';
import { contentDir } from './paths';
import { plainShapes } from './schemas';
import { contentSlugs } from './slugs';

/** `kk/slug.md` and the other Markdown files under a collection's folder, relative to it. */
async function markdownFiles(base: string): Promise<string[]> {
  try {
    const names = await readdir(base, { recursive: true });
    return names.filter((name) => name.endsWith('.md')).map((name) => name.split('\\').join('/')).sort();
  } catch {
    return [];
  }
}

/** The content config and everything it imports (schemas, fields, the model), read once per process. */
let schemaCode: string | undefined;
export const contentCodeVersion = () => (schemaCode ??= codeVersion(['src/content.config.ts']));

export function localizedLoader(collection: CollectionName): Loader {
  const base = join(contentDir, kinds[collection].folder);
  const shape = plainShapes()[collection];
  const translatable = translatableFields(shape);
  const images = imageFields(shape).map(({ field }) => field);
  const references = referenceFields(shape);

  return {
    name: 'ulagat-localized-loader',
    load: async (context: LoaderContext) => {
      const { store, logger, config } = context;
      const root = fileURLToPath(config.root);

      /** Checks what depends on other files: run for every entry, changed or not. */
      const checkLinks = (file: string, path: string, data: Record<string, unknown>) => {
        const problems = [
          ...missingImages(data, images, path),
          ...referenceProblems(data, references, (target) => contentSlugs(target)),
        ];
        if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
      };

      const syncFile = async (name: string): Promise<string | undefined> => {
        const path = join(base, name);
        const file = relative(process.cwd(), path);
        const id = name.replace(/\.md$/, '');
        const problem = checkEntryPath(id, file, collection);
        if (problem) throw new Error(problem);
        const text = await readFile(path, 'utf8');
        const digest = context.generateDigest(`${contentCodeVersion()}\0${text}`);
        const existing = store.get(id);
        const kept = existing?.digest === digest ? existing.rendered?.metadata?.frontmatter : undefined;
        if (kept) {
          checkLinks(file, path, kept);
          return id;
        }
        let raw: RawEntry;
        try {
          raw = splitMarkdown(text);
        } catch (error) {
          throw frontMatterError(error, file) ?? error;
        }
        if (isUntranslatedStub(raw, translatable)) {
          store.delete(id);
          logger.info(`${file}: not translated yet (no text); readers see another language with a notice.`);
          return undefined;
        }
        checkLinks(file, path, raw.data);
        const data = await context.parseData({ id, data: raw.data, filePath: path });
        const rendered = await context.renderMarkdown(raw.body, { fileURL: pathToFileURL(path) });
        store.set({
          id,
          data,
          body: raw.body,
          filePath: relative(root, path),
          digest,
          rendered: { ...rendered, metadata: { ...rendered.metadata, frontmatter: raw.data } },
          assetImports: rendered.metadata?.imagePaths ?? [],
        });
        return id;
      };

      const sync = async () => {
        const stale = new Set(store.keys());
        for (const name of await markdownFiles(base)) {
          const id = await syncFile(name);
          if (id) stale.delete(id);
        }
        for (const id of stale) store.delete(id);
      };

      await sync();
      // `astro dev`: follow edits, new files and deletions under the collection's folder.
      if (context.watcher) {
        context.watcher.add(base);
        // One sync at a time, and one more after the last change: two at once (the CMS writes
        // an entry's languages one after the other) could finish in the wrong order, the one that
        // read a file before its change last, and leave the old text in the store.
        let running = false;
        let again = false;
        const resync = async () => {
          running = true;
          try {
            do {
              again = false;
              await sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
            } while (again);
          } finally {
            running = false;
          }
        };
        const onChange = (path: string) => {
          if (!path.startsWith(base) || !path.endsWith('.md')) return;
          if (running) again = true;
          else void resync();
        };
        context.watcher.on('change', onChange);
        context.watcher.on('add', onChange);
        context.watcher.on('unlink', onChange);
      }
    },
  };
}
