import type { Locale } from '../i18n/locales';
import { formatDate, toIsoDate } from '../utils/dates';

interface Props {
  date: Date;
  locale: Locale;
}

/** A calendar date in the locale's words, with the machine-readable date. */
export default function FormattedDate({ date, locale }: Props) {
  return <time dateTime={toIsoDate(date)}>{formatDate(date, locale)}</time>;
}
