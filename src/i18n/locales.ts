/**
 * The one list of locales. Routes, content folders, the CMS config and the
 * tests all derive from it.
 */
export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Locale of the site root and of `x-default`. */
export const defaultLocale: Locale = 'kk';

/** Language the seed content was written in; the usual source of translations. */
export const sourceLocale: Locale = 'ru';

export interface LocaleInfo {
  /** Name of the language in itself, for the language switcher. */
  endonym: string;
  /** Its short form, for the header on narrow screens. */
  abbr: string;
  /** BCP 47 tag for `Intl` and `<html lang>`. */
  intl: string;
  /** Open Graph locale. */
  og: string;
  /** When an entry is missing in this locale, show it in the first of these that has it. */
  fallbacks: readonly Locale[];
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  kk: { endonym: 'Қазақша', abbr: 'Қаз', intl: 'kk-KZ', og: 'kk_KZ', fallbacks: ['ru', 'en'] },
  // Kazakhstani Russian for Intl (output as ru-RU); Open Graph lists no ru_KZ, so og stays ru_RU.
  ru: { endonym: 'Русский', abbr: 'Рус', intl: 'ru-KZ', og: 'ru_RU', fallbacks: ['kk', 'en'] },
  en: { endonym: 'English', abbr: 'Eng', intl: 'en-GB', og: 'en_GB', fallbacks: ['ru', 'kk'] },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Kazakhstan has used a single zone, UTC+5, since 2024-03-01. */
export const siteTimeZone = 'Asia/Almaty';
