/**
 * Content files read as entries, by the loader's own rules: the folder and file-name rules
 * (`checkEntryPath`), the front matter (`splitMarkdown`), and "not translated yet" stubs
 * (`isUntranslatedStub`), which are recorded and not validated.
 */
import { isLocale, type Locale } from '../../i18n/locales';
import type { ContentProblem } from '../../utils/content-problem';
import type { CollectionName } from '../../model/collections';
import { translatableFields } from '../fields';
import { fieldLines, yamlErrorLine, type FieldPath } from '../field-lines';
import { splitMarkdown } from '../frontmatter';
import { checkEntryPath, isUntranslatedStub } from '../file-rules';
import { plainShapes } from '../schemas';
import type { ContentSource } from './sources';

export interface ContentEntry extends ContentSource {
  locale: Locale;
  /** The file name without `.md`, shared by the entry's languages. */
  slug: string;
  data: Record<string, unknown>;
  body: string;
  /** A file the CMS writes for a language nobody has translated yet. */
  stub: boolean;
  /** The line of a field in the file. */
  lineOf: (path: FieldPath) => number;
}

export interface ReadEntries {
  entries: ContentEntry[];
  problems: ContentProblem[];
}

/** The message of a loader rule without the file name it starts with: a problem names its file apart. */
const withoutFile = (message: string, file: string) => (message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message);

/** Reads each source as an entry, or reports why it cannot be one. */
export function readEntries(sources: readonly ContentSource[]): ReadEntries {
  const all = plainShapes();
  const translatable = new Map<CollectionName, string[]>();
  const entries: ContentEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const source of sources) {
    const pathProblem = checkEntryPath(source.id, source.file, source.collection);
    const [locale, slug] = source.id.split('/');
    if (pathProblem || !isLocale(locale) || slug === undefined) {
      problems.push({ file: source.file, rule: 'file-path', message: withoutFile(pathProblem ?? `"${source.id}" is not a content file path.`, source.file) });
      continue;
    }
    let raw;
    try {
      raw = splitMarkdown(source.text);
    } catch (error) {
      // The parser's own position is within the front matter, not the file: the problem's line says where.
      const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      problems.push({
        file: source.file,
        line: yamlErrorLine(source.text, error) ?? 1,
        rule: 'front-matter',
        message: `the front matter (between the --- lines) is not valid YAML: ${first}. Fix: put every text value in double quotes, close each quote, and write one "field: value" per line.`,
      });
      continue;
    }
    let fields = translatable.get(source.collection);
    if (!fields) translatable.set(source.collection, (fields = translatableFields(all[source.collection])));
    entries.push({
      ...source,
      locale,
      slug,
      data: raw.data,
      body: raw.body,
      stub: isUntranslatedStub(raw, fields),
      lineOf: fieldLines(source.text),
    });
  }
  return { entries, problems };
}

/**
 * The slugs of each collection that a reference may name: every file in a language folder,
 * translated or not, as the site's reference check counts them (`contentSlugs`).
 */
export function knownSlugs(sources: readonly ContentSource[]): Map<CollectionName, Set<string>> {
  const known = new Map<CollectionName, Set<string>>();
  for (const { collection, id } of sources) {
    const [locale, slug, ...rest] = id.split('/');
    if (!isLocale(locale) || slug === undefined || rest.length) continue;
    let slugs = known.get(collection);
    if (!slugs) known.set(collection, (slugs = new Set()));
    slugs.add(slug);
  }
  return known;
}
