/**
 * For editors: per collection, the entries that miss a locale (no file, or an untranslated
 * stub) or whose translation is older than the newest version. Drafts included.
 */
import { locales, sourceLocale, type Locale } from '../i18n/locales';
import { collectionNames, type CollectionName } from '../model/collections';
import { entryStatus, type EntryStatus } from '../utils/translation-status';
import { groupBySlug, resolveAll } from '../utils/translations';
import { fileHistory, type HistorySource } from './history';
import { contentDir } from './paths';
import { allEntries } from './readers';

export interface TranslationReport {
  /** Where the ages of the files come from. */
  history: HistorySource;
  sections: { collection: CollectionName; total: number; entries: (EntryStatus & { title: string; lang: Locale })[] }[];
}

export async function translationReport(uiLocale: Locale): Promise<TranslationReport> {
  const history = fileHistory(contentDir);
  const collator = new Intl.Collator(uiLocale);
  const sections: TranslationReport['sections'] = [];
  for (const collection of collectionNames) {
    const entries = await allEntries(collection);
    const titles = new Map(resolveAll(entries, uiLocale).map((r) => [r.slug, { title: r.entry.data.title, lang: r.lang }] as const));
    const rows = [...groupBySlug(entries)].map(([slug, group]) => {
      const versions = Object.fromEntries(
        locales.flatMap((l) => {
          const file = group[l]?.filePath;
          return group[l] ? [[l, { time: file ? history.time(file) : undefined }]] : [];
        }),
      );
      return { ...entryStatus(slug, versions, locales, sourceLocale), ...(titles.get(slug) ?? { title: slug, lang: uiLocale }) };
    });
    sections.push({
      collection,
      total: rows.length,
      entries: rows.filter((r) => r.needsAttention).sort((a, b) => collator.compare(a.title, b.title)),
    });
  }
  return { history: history.source, sections };
}
