import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isLocale, locales } from '../i18n/locales';
import type { CollectionName } from './collections';
import { fieldMeta, translatableFields } from './fields';
import { splitMarkdown, type RawEntry } from './frontmatter';
import { contentDir } from './paths';
import { reservedSegments } from '../utils/urls';
import type { z } from 'astro/zod';

/** An ASCII slug: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { splitMarkdown, type RawEntry };

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  return false;
}

/**
 * A file the CMS writes for a language nobody has translated yet: empty, or with
 * only the shared fields (date, region, cover) and no text. It means "not translated yet".
 */
export function isUntranslatedStub(entry: RawEntry, translatable: readonly string[]): boolean {
  return entry.body.trim() === '' && translatable.every((field) => isBlank(entry.data[field]));
}

/** Where an entry id (`<locale>/<slug>`) or file path fails the folder rules, in plain words. */
export function checkEntryPath(id: string, file: string, collection?: CollectionName): string | undefined {
  const [locale, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!isLocale(locale)) {
    return `${file}: "${locale}" is not a language of this site. Fix: move the file into one of the folders ${locales.join(', ')}.`;
  }
  if (rest.length > 1) {
    return `${file}: the file is in a sub-folder. Fix: move it directly into the "${locale}" folder; the file name alone is the entry's address.`;
  }
  if (!SLUG_PATTERN.test(slug)) {
    return `${file}: the file name "${slug}" is not an ASCII slug. Fix: rename it using only a-z, 0-9 and hyphens, for example "republic-day-round-table.md", and use the same name in every language folder.`;
  }
  if (collection === 'pages' && reservedSegments.includes(slug)) {
    return `${file}: the page name "${slug}" is already the address of a section of the site (/${locale}/${slug}/), so the two would clash. Fix: rename the file, for example "${slug}-info.md".`;
  }
  return undefined;
}

/** Image fields whose file is missing, as plain-words problems. */
export function missingImages(data: Record<string, unknown>, imageFields: readonly string[], filePath: string): string[] {
  const problems: string[] = [];
  for (const field of imageFields) {
    const value = data[field];
    if (typeof value !== 'string' || value.trim() === '' || /^[a-z]+:\/\//i.test(value)) continue;
    const target = resolve(dirname(filePath), value);
    if (!existsSync(target)) {
      problems.push(
        `${field}: the image "${value}" does not exist (looked for ${relative(process.cwd(), target)}). Fix: upload the picture to content/media/ and write its path as "../../media/<file name>", or remove the field.`,
      );
    }
  }
  return problems;
}

/** Turns a YAML parse failure into a message that names the file and the fix. */
export function frontMatterError(error: unknown): Error | undefined {
  const e = error as { name?: string; message?: string; loc?: { file?: string; line?: number } };
  if (!e || typeof e.message !== 'string') return undefined;
  const isYaml = e.name === 'YAMLException' || e.name === 'MarkdownFrontmatterParseError' || /YAML|scalar|mapping entry|indentation/i.test(e.message);
  if (!isYaml) return undefined;
  const where = e.loc?.file ? `${relative(process.cwd(), e.loc.file)}${e.loc.line ? `, line ${e.loc.line}` : ''}` : 'a content file';
  return new Error(
    `${where}: the front matter (between the --- lines) is not valid YAML: ${e.message.split('\n')[0]}. Fix: put every text value in double quotes, close each quote, and write one "field: value" per line.`,
  );
}

/**
 * The glob loader over `content/<collection>/<locale>/<slug>.md`, plus three rules:
 * untranslated stub files are recorded as "not translated yet" instead of failing the schema;
 * files outside a known locale folder or with a non-ASCII name fail with the fix named;
 * the schema sees the front matter as written (dates as text).
 */
export function localizedLoader(collection: CollectionName, shape: z.ZodRawShape): Loader {
  const base = `${contentDir}/${collection}`;
  // The id is always the path (`<locale>/<slug>`), never a `slug` field in the front matter.
  const inner = glob({ pattern: '**/*.md', base, generateId: ({ entry }) => entry.replace(/\.md$/, '') });
  const translatable = translatableFields(shape);
  const imageFields = Object.entries(shape)
    .filter(([, field]) => fieldMeta(field as z.ZodType)?.widget === 'image')
    .map(([name]) => name);
  return {
    name: 'ulagat-localized-loader',
    load: async (context: LoaderContext) => {
      const stubs = new Set<string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath ? relative(process.cwd(), props.filePath) : `${collection}/${props.id}`;
        const problem = checkEntryPath(props.id, file, collection);
        if (problem) throw new Error(problem);
        const raw = props.filePath ? splitMarkdown(await readFile(props.filePath, 'utf8')) : { data: props.data, body: '' };
        if (isUntranslatedStub(raw, translatable)) {
          stubs.add(props.id);
          context.logger.info(`${file}: not translated yet (no text); readers see another language with a notice.`);
          return props.data;
        }
        // A stub that has just been translated (the dev server reloads a changed file) is an entry again.
        stubs.delete(props.id);
        const missing = props.filePath ? missingImages(raw.data, imageFields, props.filePath) : [];
        if (missing.length) throw new Error(`${file}:\n  ${missing.join('\n  ')}`);
        return context.parseData({ ...props, data: raw.data as typeof props.data });
      };
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) => {
          if (!stubs.has(entry.id)) return context.store.set(entry);
          context.store.delete(entry.id);
          return false;
        },
      };
      try {
        await inner.load({ ...context, parseData, store });
      } catch (error) {
        throw frontMatterError(error) ?? error;
      }
    },
  };
}
