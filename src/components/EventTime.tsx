import type { Locale } from '../i18n/locales';
import { formatEventRange, toZonedIso } from '../utils/dates';

interface Props {
  start: Date;
  end: Date;
  locale: Locale;
}

/** An event's date and times in Kazakhstan time. */
export default function EventTime({ start, end, locale }: Props) {
  return <time dateTime={toZonedIso(start)}>{formatEventRange(start, end, locale)}</time>;
}
