/**
 * Dates only as precise as their source: a day, a month or a year (`<field>Precision` beside a
 * date in the content). A report that gives only "May 2021" is shown as that, never as a day
 * nobody gave.
 */
import type { Locale } from '../i18n/locales';
import type { DatePrecision } from '../model/options';
import { formatDate, formatPartialDate, toIsoDate, type DateForm } from './dates';

/** A date as precise as its source: «2025 жылғы 25 қазан», «2021 жылғы мамыр» or «2021 жыл», in the language. */
export function formatDateAt(date: Date, precision: DatePrecision | undefined, locale: Locale, form: DateForm = 'long'): string {
  if (precision === 'year' || precision === 'month') {
    const [year, month] = toIsoDate(date).split('-').map(Number) as [number, number];
    return formatPartialDate(year, precision === 'month' ? month : undefined, locale);
  }
  return formatDate(date, locale, form);
}

/** The date as `<time datetime>` and JSON-LD write it at its precision: `2025-10-25`, `2021-05` or `2021`. */
export function isoDateAt(date: Date, precision: DatePrecision | undefined): string {
  const iso = toIsoDate(date);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}
