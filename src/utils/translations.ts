import { isLocale, localeInfo, locales, type Locale } from '../i18n/locales';

/** `kk/school-of-moms` → `{ locale: 'kk', slug: 'school-of-moms' }`. */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const slash = id.indexOf('/');
  const locale = id.slice(0, slash);
  if (slash < 0 || !isLocale(locale)) throw new Error(`Entry id "${id}" does not start with a locale folder.`);
  return { locale, slug: id.slice(slash + 1) };
}

export type TranslationGroup<T> = Partial<Record<Locale, T>>;

/** Groups entries by slug: the translations of one entry. */
export function groupBySlug<T extends { id: string }>(entries: readonly T[]): Map<string, TranslationGroup<T>> {
  const groups = new Map<string, TranslationGroup<T>>();
  for (const entry of entries) {
    const { locale, slug } = splitEntryId(entry.id);
    const group = groups.get(slug) ?? {};
    group[locale] = entry;
    groups.set(slug, group);
  }
  return groups;
}

export interface Resolved<T> {
  slug: string;
  /** Locale of the page the reader asked for. */
  locale: Locale;
  /** Language the text is actually in. */
  lang: Locale;
  /** True when the text is shown from another language because no translation exists yet. */
  isFallback: boolean;
  entry: T;
  /** Locales that have a real translation of this entry, in site order. */
  translatedIn: Locale[];
}

/** The text to show for `locale`: its own translation, else the first fallback language that has one. */
export function resolveTranslation<T>(slug: string, group: TranslationGroup<T>, locale: Locale): Resolved<T> | undefined {
  const translatedIn = locales.filter((l) => group[l] !== undefined);
  for (const lang of [locale, ...localeInfo[locale].fallbacks]) {
    const entry = group[lang];
    if (entry !== undefined) return { slug, locale, lang, isFallback: lang !== locale, entry, translatedIn };
  }
  return undefined;
}

/** Every entry resolved for one locale, untranslated ones included through their fallback. */
export function resolveAll<T extends { id: string }>(entries: readonly T[], locale: Locale): Resolved<T>[] {
  const out: Resolved<T>[] = [];
  for (const [slug, group] of groupBySlug(entries)) {
    const resolved = resolveTranslation(slug, group, locale);
    if (resolved) out.push(resolved);
  }
  return out;
}
