import type { Locale } from '../i18n/locales';
import { formatDate, toIsoDate, type DateForm } from '../utils/dates';

interface Props {
  date: Date;
  locale: Locale;
  /** `long` in text and facts, `short` on cards and in lists. */
  form?: DateForm | undefined;
}

/** A calendar date in the locale's words, with the machine-readable date. */
export default function FormattedDate({ date, locale, form = 'long' }: Props) {
  return <time dateTime={toIsoDate(date)}>{formatDate(date, locale, form)}</time>;
}
