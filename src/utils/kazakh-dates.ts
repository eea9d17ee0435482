/**
 * Kazakh dates written from the site's own month names, not from the runtime's locale data:
 * Node's ICU knows Kazakh, but Chromium does not (it formats a Kazakh date as "2026 M12 20"),
 * and the CMS previews format dates in the browser. The output is the one Node's ICU gives
 * for `kk-KZ` with `dateStyle: 'long'` ("2025 ж. 25 қазан") and `timeStyle: 'short'`, so pages
 * and previews read alike; `test/unit/kazakh-dates.test.ts` compares the two.
 */

/** The months in Kazakh, January first. Kazakh writes them in lower case. */
export const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;

/** A calendar day and a wall-clock time, already in the site's zone. */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Reads `YYYY-MM-DDTHH:mm…` (an ISO string already in the wanted zone) as a wall clock. */
export function wallClock(zonedIso: string): WallClock {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(zonedIso);
  if (!m) throw new Error(`Not a zoned ISO date and time: "${zonedIso}".`);
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { year, month, day, hour, minute };
}

/** "2025 ж. 25 қазан" (`space` is what follows the year). */
export function kazakhDate(t: WallClock, space = ' '): string {
  return `${t.year}${space}ж. ${t.day} ${KAZAKH_MONTHS[t.month - 1]}`;
}

const time = (t: WallClock) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

/** "2025 ж. 25 қазан, 11:00" */
export function kazakhDateTime(t: WallClock, space = ' '): string {
  return `${kazakhDate(t, space)}, ${time(t)}`;
}

/** ICU puts a narrow no-break space after the year in a range, and a plain one elsewhere. */
const RANGE_SPACE = '\u202f';

/**
 * "2025 ж. 25 қазан, 11:00–12:30" on one day; "2025 ж. 25 қазан, 11:00 - 2025 ж. 26 қазан, 12:30"
 * across days (the spaced hyphen is what ICU writes for Kazakh); one date and time when both are equal.
 */
export function kazakhRange(start: WallClock, end: WallClock): string {
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  if (!sameDay) return `${kazakhDateTime(start, RANGE_SPACE)} - ${kazakhDateTime(end, RANGE_SPACE)}`;
  return time(start) === time(end) ? kazakhDateTime(start) : `${kazakhDateTime(start, RANGE_SPACE)}–${time(end)}`;
}
