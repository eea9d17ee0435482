import { TZDate } from '@date-fns/tz';
import { localeInfo, siteTimeZone, type Locale } from '../i18n/locales';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

function isRealDate(y: number, m: number, d: number) {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * Parses a calendar date written as `YYYY-MM-DD` (the front matter keeps dates as text),
 * rejecting impossible dates such as 2025-02-30. Returns midnight UTC of that day.
 */
export function parseDateOnly(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const m = DATE_ONLY.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? new Date(Date.UTC(y, mo - 1, d)) : undefined;
}

/**
 * Parses `YYYY-MM-DDTHH:mm[:ss]` as wall-clock time in Kazakhstan (Asia/Almaty)
 * and returns the instant. A value with an explicit offset is taken as written.
 */
export function parseLocalDateTime(value: unknown, timeZone = siteTimeZone): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) {
    // ISO 8601 with an offset or Z, e.g. 2025-10-25T11:00:00+05:00
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
      const [y, mo, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
      const date = new Date(text);
      return isRealDate(y, mo, d) && !Number.isNaN(date.getTime()) ? date : undefined;
    }
    return undefined;
  }
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (!isRealDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  return new Date(new TZDate(y, mo - 1, d, h, mi, s, timeZone).getTime());
}

/** The UTC offset of the site's zone at an instant, as `+05:00`. */
export function zoneOffset(instant: Date, timeZone = siteTimeZone): string {
  const minutes = -new TZDate(instant.getTime(), timeZone).getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * One `Intl.DateTimeFormat` per language and options: making one costs about as much as
 * formatting a hundred dates, and a large site formats tens of thousands.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** ISO 8601 in Kazakhstan time with its offset, e.g. `2025-10-25T11:00:00+05:00`. */
export function toZonedIso(instant: Date, timeZone = siteTimeZone): string {
  const parts = formatter('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${zoneOffset(instant, timeZone)}`;
}

/** `2025-10-25`: the calendar date in Kazakhstan, for `<time datetime>`. */
export function toIsoDate(instant: Date, timeZone = siteTimeZone): string {
  return toZonedIso(instant, timeZone).slice(0, 10);
}

/**
 * How much room a date has: `long` in text and facts (a Kazakh editor writes «2025 жылғы 25 қазан»),
 * `short` only where space is tight, on cards and in lists (the abbreviated «2025 ж. 25 қазан»).
 * Russian and English read the same in both.
 */
export type DateForm = 'long' | 'short';

/** The words of a language whose dates are put together here rather than by `Intl`. */
interface CalendarWords {
  /** Month names after a day number, January first. */
  months: readonly string[];
  /** Weekday names, Sunday first. */
  weekdays: readonly string[];
  /** `{year} {day} {month}` with the word after the year: long «жылғы», short «ж.». */
  year: Record<DateForm, string>;
  /** A year on its own: «2021 жыл». */
  yearAlone: string;
}

/**
 * Kazakh dates are written here: browsers such as Chromium ship no Kazakh month names, and
 * CLDR's pattern gives only the abbreviated «2025 ж. 25 қазан», which a Kazakh editor keeps for
 * tables and cards. The names are CLDR's (`test/unit/dates.test.ts` compares them with Node's ICU).
 */
const calendarWords: Partial<Record<Locale, CalendarWords>> = {
  kk: {
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    weekdays: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
    year: { long: 'жылғы', short: 'ж.' },
    yearAlone: 'жыл',
  },
};

/** Year, month (1–12), day and weekday (0 = Sunday) of an instant's calendar day in Kazakhstan. */
function calendarDay(instant: Date, timeZone: string) {
  const [year, month, day] = toIsoDate(instant, timeZone).split('-').map(Number) as [number, number, number];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** «2025 жылғы 25 қазан» (long) or «2025 ж. 25 қазан» (short), with «, сенбі» when asked for. */
function writtenDate(words: CalendarWords, instant: Date, form: DateForm, weekday: boolean, timeZone: string): string {
  const { year, month, day, weekday: w } = calendarDay(instant, timeZone);
  const date = `${year} ${words.year[form]} ${day} ${words.months[month - 1]}`;
  return weekday ? `${date}, ${words.weekdays[w]}` : date;
}

/** `11:00` in Kazakhstan time. */
function clockTime(instant: Date, timeZone: string): string {
  return toZonedIso(instant, timeZone).slice(11, 16);
}

/**
 * A calendar date: «2025 жылғы 25 қазан» (short: «2025 ж. 25 қазан»), "25 октября 2025 г.", "25 October 2025".
 */
export function formatDate(instant: Date, locale: Locale, form: DateForm = 'long', timeZone = siteTimeZone): string {
  const words = calendarWords[locale];
  if (words) return writtenDate(words, instant, form, false, timeZone);
  return formatter(localeInfo[locale].intl, { dateStyle: 'long', timeZone }).format(instant);
}

/**
 * An event's date and times in Kazakhstan time. Long, with the day of the week:
 * «2025 жылғы 25 қазан, сенбі, 11:00–12:30», "суббота, 25 октября 2025 г., 11:00–12:30",
 * "Saturday, 25 October 2025, 11:00–12:30". Short, for cards: «2025 ж. 25 қазан, 11:00–12:30»,
 * "25 October 2025, 11:00–12:30". An event over several days names both days.
 * The time zone is not named here: the page says it once, in its own words.
 */
export function formatEventRange(start: Date, end: Date, locale: Locale, form: DateForm = 'long', timeZone = siteTimeZone): string {
  const words = calendarWords[locale];
  if (words) {
    const weekday = form === 'long';
    const first = writtenDate(words, start, form, weekday, timeZone);
    if (toIsoDate(start, timeZone) === toIsoDate(end, timeZone)) return `${first}, ${clockTime(start, timeZone)}–${clockTime(end, timeZone)}`;
    return `${first}, ${clockTime(start, timeZone)} – ${writtenDate(words, end, form, weekday, timeZone)}, ${clockTime(end, timeZone)}`;
  }
  const date: Intl.DateTimeFormatOptions =
    form === 'long' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' } : { dateStyle: 'long', timeStyle: 'short' };
  return formatter(localeInfo[locale].intl, { ...date, hourCycle: 'h23', timeZone }).formatRange(start, end);
}

/**
 * A date known only to the month or only to the year, as the sources often give it:
 * «2023 жылғы қыркүйек», "сентябрь 2023 г.", "September 2023"; «2021 жыл», "2021".
 */
export function formatPartialDate(year: number, month: number | undefined, locale: Locale): string {
  const words = calendarWords[locale];
  if (words) return month === undefined ? `${year} ${words.yearAlone}` : `${year} ${words.year.long} ${words.months[month - 1]}`;
  const options: Intl.DateTimeFormatOptions = month === undefined ? { year: 'numeric' } : { year: 'numeric', month: 'long' };
  return formatter(localeInfo[locale].intl, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(year, (month ?? 1) - 1, 1)));
}

/** The year of an instant in Kazakhstan. */
export function yearOf(instant: Date, timeZone = siteTimeZone): number {
  return Number(toIsoDate(instant, timeZone).slice(0, 4));
}

/** The distinct years (in Kazakhstan time) of some dates, newest first. */
export function distinctYears(dates: readonly Date[], timeZone = siteTimeZone): string[] {
  return [...new Set(dates.map((d) => String(yearOf(d, timeZone))))].sort((a, b) => Number(b) - Number(a));
}

/** An event is upcoming until it ends. */
export function isUpcoming(event: { end: Date }, now: Date): boolean {
  return event.end.getTime() > now.getTime();
}
