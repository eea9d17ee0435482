import { isLocale, locales, type Locale } from '../src/i18n/locales';

/**
 * The language of the CMS interface: `?lang=` when given, else the one picked before,
 * else the browser's first language the site has, else Kazakh.
 */
export function chooseUiLocale(search: string, stored: string | null, browserLanguages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (isLocale(asked)) return asked;
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'kk';
}

/** The config file for an interface language: labels and hints in that language. */
export const configUrl = (locale: Locale) => `/admin/config.${locale}.yml`;

/**
 * The CMS's locales for an interface language: that language first (the left pane, Decap's
 * default locale: the language the editor writes first, whose fields are required and whose
 * title names a new entry's file), then the others in site order (the first of them is the
 * right pane).
 */
export function cmsLocales(uiLocale: Locale): Locale[] {
  return [uiLocale, ...locales.filter((l) => l !== uiLocale)];
}
