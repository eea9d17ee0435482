import type { Locale } from '../i18n/locales';
import { formatEventRange, toZonedIso, type DateForm } from '../utils/dates';

interface Props {
  start: Date;
  end: Date;
  locale: Locale;
  /** `long` (with the day of the week) on event pages and posters, `short` on cards and in lists. */
  form?: DateForm | undefined;
}

/** An event's date and times in Kazakhstan time. */
export default function EventTime({ start, end, locale, form = 'long' }: Props) {
  return <time dateTime={toZonedIso(start)}>{formatEventRange(start, end, locale, form)}</time>;
}
