/**
 * Dates only as precise as their source: a day, a month or a year (`datePrecision` beside a date
 * in the content). A report that gives only "May 2021" is shown as that, never as a day nobody
 * gave. Formatted on the server, in each language's own form.
 */
import { localeInfo, siteTimeZone, type Locale } from '../i18n/locales';
import type { DatePrecision } from '../model/options';
import { formatDate, toIsoDate } from './dates';

const monthYear = new Map<Locale, Intl.DateTimeFormat>();

function monthAndYear(date: Date, locale: Locale): string {
  let format = monthYear.get(locale);
  if (!format) {
    // Kazakh as a Kazakh editor writes it: «2021 жылғы мамыр»; Intl's «2021 ж. мамыр» is an abbreviation for tables.
    const options: Intl.DateTimeFormatOptions = locale === 'kk' ? { month: 'long', timeZone: siteTimeZone } : { year: 'numeric', month: 'long', timeZone: siteTimeZone };
    monthYear.set(locale, (format = new Intl.DateTimeFormat(localeInfo[locale].intl, options)));
  }
  const text = format.format(date);
  return locale === 'kk' ? `${toIsoDate(date).slice(0, 4)} жылғы ${text.toLocaleLowerCase('kk')}` : text;
}

const YEAR: Record<Locale, (year: string) => string> = {
  kk: (year) => `${year} жыл`,
  ru: (year) => `${year} год`,
  en: (year) => year,
};

/** A date as precise as its source: "25 October 2025", "May 2021" or "2021", in the language. */
export function formatDateAt(date: Date, precision: DatePrecision | undefined, locale: Locale): string {
  if (precision === 'year') return YEAR[locale](toIsoDate(date).slice(0, 4));
  if (precision === 'month') return monthAndYear(date, locale);
  return formatDate(date, locale);
}

/** The date as `<time datetime>` and JSON-LD write it at its precision: `2025-10-25`, `2021-05` or `2021`. */
export function isoDateAt(date: Date, precision: DatePrecision | undefined): string {
  const iso = toIsoDate(date);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}
