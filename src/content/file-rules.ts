/**
 * The rules a content file must follow beyond its schema, each failure in plain words with the
 * file and the fix: where the file is, whether it is an untranslated stub, and whether the
 * images and entries it names exist. Used by the loader (builds) and the content check.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isLocale, locales } from '../i18n/locales';
import { kinds, type CollectionName } from '../model/collections';
import { SLUG_PATTERN } from '../utils/slug';
import { reservedSegments, reservedSlug } from '../utils/urls';
import { YAMLParseError } from 'yaml';
import type { RawEntry } from './frontmatter';

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
  if (collection && kinds[collection].segment === '' && reservedSegments.includes(slug)) {
    return `${file}: the page name "${slug}" is already the address of a section of the site (/${locale}/${slug}/), so the two would clash. Fix: rename the file, for example "${slug}-info.md".`;
  }
  if (collection && reservedSlug(collection, slug)) {
    return `${file}: the name "${slug}" is already taken by the section's own pages (/${locale}/${kinds[collection].segment}/${slug}…), so the two would clash. Fix: rename the file in every language folder, for example "${slug}-${kinds[collection].calendar ? 'event' : 'entry'}.md".`;
  }
  return undefined;
}

/** The front matter's value for an image field, as a file path to check, or nothing. */
function localImage(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && !/^[a-z]+:\/\//i.test(value) ? value : undefined;
}

/** The file an image field of an entry names: its value is relative to the entry's own file. */
export function imageSource(entryFile: string, value: unknown): string | undefined {
  const path = localImage(value);
  return path === undefined ? undefined : resolve(dirname(entryFile), path);
}

/** Image fields whose file is missing, as plain-words problems. */
export function missingImages(data: Record<string, unknown>, imageFields: readonly string[], filePath: string): string[] {
  const problems: string[] = [];
  for (const field of imageFields) {
    const target = imageSource(filePath, data[field]);
    if (target && !existsSync(target)) {
      problems.push(
        `${field}: the image "${String(data[field])}" does not exist (looked for ${relative(process.cwd(), target)}). Fix: upload the picture to content/media/ and write its path as "../../media/<file name>", or remove the field.`,
      );
    }
  }
  return problems;
}

/** The message for a slug that names no entry, listing the ones that exist. */
export function unknownReferenceMessage(slug: string, collection: CollectionName, known: ReadonlySet<string>): string {
  return `"${slug}" is not a known entry of ${collection}. Fix: use one of: ${[...known].sort().join(', ')}; or add content/${kinds[collection].folder}/<locale>/${slug}.md first.`;
}

/** References to entries that do not exist, as plain-words problems. */
export function referenceProblems(
  data: Record<string, unknown>,
  fields: readonly { field: string; collection: CollectionName }[],
  slugsOf: (collection: CollectionName) => ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const { field, collection } of fields) {
    const value = data[field];
    const named = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    const known = slugsOf(collection);
    for (const slug of named) {
      if (known.has(slug)) continue;
      problems.push(`${field}: ${unknownReferenceMessage(slug, collection, known)}`);
    }
  }
  return problems;
}

/** Turns a YAML parse failure into a message that names the file and the fix. */
export function frontMatterError(error: unknown, file: string): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  // The front matter starts on the file's second line.
  const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
  return new Error(
    `${file}${line ? `, line ${line + 1}` : ''}: the front matter (between the --- lines) is not valid YAML: ${error.message.split('\n')[0]}. Fix: put every text value in double quotes, close each quote, and write one "field: value" per line.`,
  );
}
