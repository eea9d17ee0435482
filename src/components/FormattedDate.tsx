import type { Locale } from '../i18n/locales';
import type { DatePrecision } from '../model/options';
import { formatDateAt, isoDateAt } from '../utils/date-precision';
import type { DateForm } from '../utils/dates';

interface Props {
  date: Date;
  locale: Locale;
  /** How much of the date its source gives; a day by default. */
  precision?: DatePrecision | undefined;
  /** `long` in text and facts, `short` on cards and in lists. */
  form?: DateForm | undefined;
}

/** A calendar date in the locale's words, as precise as its source, with the machine-readable date. */
export default function FormattedDate({ date, locale, precision, form = 'long' }: Props) {
  return <time dateTime={isoDateAt(date, precision)}>{formatDateAt(date, precision, locale, form)}</time>;
}
