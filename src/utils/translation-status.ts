import type { Locale } from '../i18n/locales';

/** One language version of an entry: present (with text) or not, and when it last changed. */
export interface Version {
  /** Last change, in ms since the epoch; undefined when unknown. */
  time?: number | undefined;
}

export type LocaleState = { state: 'ok' } | { state: 'missing' } | { state: 'outdated'; source: Locale };

export interface EntryStatus {
  slug: string;
  states: Record<Locale, LocaleState>;
  needsAttention: boolean;
}

/**
 * The translation state of one entry in every locale. The source is `preferredSource`
 * when that version exists, else the most recently changed version. A version older than
 * the source is outdated; a locale with no version (or only an untranslated stub) is missing.
 */
export function entryStatus(
  slug: string,
  versions: Partial<Record<Locale, Version>>,
  locales: readonly Locale[],
  preferredSource: Locale,
): EntryStatus {
  const present = locales.filter((l) => versions[l] !== undefined);
  const newest = [...present].sort((a, b) => (versions[b]!.time ?? 0) - (versions[a]!.time ?? 0))[0];
  const source = versions[preferredSource] ? preferredSource : newest;
  const sourceTime = source ? versions[source]!.time : undefined;
  const states = {} as Record<Locale, LocaleState>;
  for (const locale of locales) {
    const version = versions[locale];
    if (!version) states[locale] = { state: 'missing' };
    else if (source && locale !== source && sourceTime !== undefined && version.time !== undefined && version.time < sourceTime) {
      states[locale] = { state: 'outdated', source };
    } else states[locale] = { state: 'ok' };
  }
  return { slug, states, needsAttention: locales.some((l) => states[l].state !== 'ok') };
}
