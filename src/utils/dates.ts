import { TZDate } from '@date-fns/tz';
import { localeInfo, siteTimeZone, type Locale } from '../i18n/locales';
import { kazakhDate, kazakhRange, wallClock } from './kazakh-dates';

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
 * Kazakh is written from the site's own month names (`kazakh-dates.ts`): browsers may lack
 * Kazakh date names, and the CMS previews format dates in the browser.
 */
const ownKazakh = (locale: Locale) => locale === 'kk';

/** A calendar date ("2025 ж. 25 қазан", "25 октября 2025 г.", "25 October 2025"). */
export function formatDate(instant: Date, locale: Locale, timeZone = siteTimeZone): string {
  if (ownKazakh(locale)) return kazakhDate(wallClock(toZonedIso(instant, timeZone)));
  return formatter(localeInfo[locale].intl, { dateStyle: 'long', timeZone }).format(instant);
}

/** An event's date and times in Kazakhstan time, e.g. "25 October 2025, 11:00–12:30". */
export function formatEventRange(start: Date, end: Date, locale: Locale, timeZone = siteTimeZone): string {
  if (ownKazakh(locale)) return kazakhRange(wallClock(toZonedIso(start, timeZone)), wallClock(toZonedIso(end, timeZone)));
  return formatter(localeInfo[locale].intl, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone }).formatRange(start, end);
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
