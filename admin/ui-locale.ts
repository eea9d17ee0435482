import { isLocale, type Locale } from '../src/i18n/locales';

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
