import i18next, { type TOptions } from 'i18next';
import { locales, type Locale } from '../locales';
import en from './en';
import kk from './kk';
import ru from './ru';
import { PLURAL_SUFFIX, type UIKey } from './types';

/** The UI dictionaries, one per locale. */
export const dictionaries = { kk, ru, en } as const satisfies Record<Locale, Record<string, string>>;

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: Object.fromEntries(locales.map((l) => [l, { translation: dictionaries[l] }])),
  lng: 'kk',
  fallbackLng: false,
  supportedLngs: [...locales],
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
});

export type Translate = (key: UIKey, options?: TOptions) => string;

/**
 * The translation function for a locale. An unknown key throws, so a raw key such
 * as `nav.home` can never reach a page: the build fails instead.
 */
export function useTranslations(locale: Locale): Translate {
  const fixed = i18n.getFixedT(locale);
  const plain = plainStrings[locale];
  return (key, options) => {
    // A string without options is the same every time; a page asks for dozens of them.
    const known = options ? undefined : plain.get(key);
    if (known !== undefined) return known;
    const lookup = options && 'count' in options ? `${key}_other` : key;
    if (!i18n.exists(lookup, { lng: locale })) {
      throw new Error(`UI string "${key}" is missing in the ${locale} dictionary (src/i18n/ui/${locale}.ts).`);
    }
    const text = options ? fixed(key, options) : fixed(key);
    if (!options) plain.set(key, text);
    return text;
  };
}

const plainStrings = Object.fromEntries(locales.map((l) => [l, new Map<string, string>()])) as Record<Locale, Map<string, string>>;

/**
 * Every plural form of a key in a locale (`{ one: '…', few: '…', other: '…' }`), for
 * client scripts that pick the form with `Intl.PluralRules` instead of loading i18next.
 */
export function pluralForms(locale: Locale, key: UIKey): { other: string } & Partial<Record<Intl.LDMLPluralRule, string>> {
  const dict = dictionaries[locale] as Record<string, string>;
  const forms = Object.fromEntries(
    Object.entries(dict)
      .filter(([k]) => k.startsWith(`${key}_`) && PLURAL_SUFFIX.test(k))
      .map(([k, v]) => [k.slice(key.length + 1), v]),
  );
  if (!forms.other) throw new Error(`UI string "${key}_other" is missing in the ${locale} dictionary (src/i18n/ui/${locale}.ts).`);
  return forms as { other: string };
}
