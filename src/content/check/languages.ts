/**
 * What the CMS needs of an entry's language files, which it edits side by side
 * (`i18n: multiple_folders`): a file in every language, and the same value of every shared field
 * (dates, region, photo, …) in each. Decap reads the shared fields from the file of the
 * language written first and copies them to the others on every save: without that file it
 * would take another language's file for it and save that text there, and a differing value
 * would be overwritten.
 */
import type { z } from 'astro/zod';
import { locales } from '../../i18n/locales';
import type { ContentProblem } from '../../utils/content-problem';
import { fieldMeta } from '../fields';
import { plainShapes } from '../schemas';
import type { ContentEntry } from './entries';
import type { ContentSource } from './sources';

/** The fields of a collection that every language shares. */
const sharedFields = (shape: z.ZodRawShape) =>
  Object.entries(shape).filter(([, schema]) => !fieldMeta(schema)?.translatable).map(([field]) => field);

/** The file name of the same entry in another language: `content/news/kk/x.md` → `content/news/en/x.md`. */
const fileIn = (entry: ContentEntry, locale: string) => `${entry.file.slice(0, entry.file.length - `${entry.id}.md`.length)}${locale}/${entry.slug}.md`;

const shown = (value: unknown) => (value === undefined ? 'empty' : JSON.stringify(value));

/**
 * Problems of the entries' language files. `sources`: every file read, so that a file the check
 * could not read as an entry (reported by the files step) is not also called missing.
 */
export function languageFileProblems(entries: readonly ContentEntry[], sources: readonly ContentSource[]): ContentProblem[] {
  const shapes = plainShapes();
  const present = new Set(sources.map((s) => `${s.collection}/${s.id}`));
  const groups = new Map<string, ContentEntry[]>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.slug}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const problems: ContentProblem[] = [];
  for (const group of groups.values()) {
    const byLocale = new Map(group.map((e) => [e.locale, e]));
    // The first language in site order that has the file: what the others are compared with.
    const first = locales.map((l) => byLocale.get(l)).find((e) => e !== undefined)!;
    for (const locale of locales) {
      const entry = byLocale.get(locale);
      if (!entry) {
        if (present.has(`${first.collection}/${locale}/${first.slug}`)) continue;
        problems.push({
          file: fileIn(first, locale),
          rule: 'language-files',
          message: `is missing, while ${first.file} exists. The CMS edits an entry's languages side by side and would save another language's text into it. Fix: create it with the shared fields of ${first.file} only (no title, summary or text): the site shows it as not translated yet.`,
        });
        continue;
      }
      if (entry === first) continue;
      for (const field of sharedFields(shapes[entry.collection])) {
        if (!(field in entry.data) || !(field in first.data)) continue;
        if (JSON.stringify(entry.data[field]) === JSON.stringify(first.data[field])) continue;
        problems.push({
          file: entry.file,
          line: entry.lineOf([field]),
          rule: 'shared-fields',
          message: `"${field}" is ${shown(entry.data[field])} here but ${shown(first.data[field])} in ${first.file}. Every language shares it, and the CMS copies it from one language to the others on every save, so one of the two would be lost. Fix: write the same value in every language.`,
        });
      }
    }
  }
  return problems;
}
