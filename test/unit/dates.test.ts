import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatEventRange,
  formatPartialDate,
  isUpcoming,
  parseDateOnly,
  parseLocalDateTime,
  toIsoDate,
  toZonedIso,
  yearOf,
} from '../../src/utils/dates';

describe('parseDateOnly', () => {
  it('reads YYYY-MM-DD as that calendar day', () => {
    expect(parseDateOnly('2025-10-25')?.toISOString()).toBe('2025-10-25T00:00:00.000Z');
  });
  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '2024-02-30', '25.10.2025', '2025-1-5', '', 'tomorrow', 20251025]) {
      expect(parseDateOnly(bad), String(bad)).toBeUndefined();
    }
  });
  it('accepts a leap day only in a leap year', () => {
    expect(parseDateOnly('2024-02-29')).toBeDefined();
    expect(parseDateOnly('2025-02-29')).toBeUndefined();
  });
});

describe('parseLocalDateTime (Asia/Almaty)', () => {
  it('treats wall-clock time as UTC+5 after 2024-03-01', () => {
    expect(parseLocalDateTime('2025-10-25T11:00')?.toISOString()).toBe('2025-10-25T06:00:00.000Z');
  });
  it('uses the old UTC+6 offset for dates before the 2024 change', () => {
    expect(parseLocalDateTime('2023-09-01T09:00')?.toISOString()).toBe('2023-09-01T03:00:00.000Z');
  });
  it('keeps an explicit offset', () => {
    expect(parseLocalDateTime('2025-10-25T11:00:00+05:00')?.toISOString()).toBe('2025-10-25T06:00:00.000Z');
  });
  it('rejects impossible times and dates', () => {
    for (const bad of ['2025-10-25T24:00', '2025-10-25T11:60', '2025-02-30T10:00', '2025-10-25', 'soon']) {
      expect(parseLocalDateTime(bad), bad).toBeUndefined();
    }
  });
});

describe('formatting in each locale', () => {
  const day = new Date('2025-10-25T06:00:00Z');
  const end = new Date('2025-10-25T07:30:00Z');
  it('writes Kazakh dates as a Kazakh editor does, and the abbreviated form only where asked', () => {
    expect(formatDate(day, 'kk')).toBe('2025 жылғы 25 қазан');
    expect(formatDate(day, 'kk', 'short')).toBe('2025 ж. 25 қазан');
  });
  it('takes the calendar day in Kazakhstan, not in UTC', () => {
    expect(formatDate(new Date('2025-10-24T20:00:00Z'), 'kk')).toBe('2025 жылғы 25 қазан');
  });
  it('uses the month and weekday names of CLDR, without relying on the browser to have them', () => {
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2025, m, 5, 6));
      const icu = new Intl.DateTimeFormat('kk-KZ', { dateStyle: 'long', timeZone: 'Asia/Almaty' }).format(date);
      expect(formatDate(date, 'kk', 'short'), icu).toBe(icu);
    }
    for (let d = 0; d < 7; d++) {
      const date = new Date(Date.UTC(2025, 9, 19 + d, 6));
      const weekday = new Intl.DateTimeFormat('kk-KZ', { weekday: 'long', timeZone: 'Asia/Almaty' }).format(date);
      expect(formatEventRange(date, date, 'kk')).toBe(`${formatDate(date, 'kk')}, ${weekday}, 11:00–11:00`);
    }
  });
  it('writes Russian and English dates', () => {
    expect(formatDate(day, 'ru')).toBe('25 октября 2025 г.');
    expect(formatDate(day, 'en')).toBe('25 October 2025');
    expect(formatDate(day, 'en', 'short')).toBe('25 October 2025');
  });
  it('gives an event its day of the week and its times in Kazakhstan time, without naming the zone', () => {
    expect(formatEventRange(day, end, 'kk')).toBe('2025 жылғы 25 қазан, сенбі, 11:00–12:30');
    expect(formatEventRange(day, end, 'ru')).toBe('суббота, 25 октября 2025\u202fг., 11:00–12:30');
    expect(formatEventRange(day, end, 'en')).toBe('Saturday, 25 October 2025, 11:00–12:30');
  });
  it('keeps cards short', () => {
    expect(formatEventRange(day, end, 'kk', 'short')).toBe('2025 ж. 25 қазан, 11:00–12:30');
    expect(formatEventRange(day, end, 'en', 'short')).toBe('25 October 2025, 11:00–12:30');
  });
  it('names both days of an event that runs past midnight', () => {
    const next = new Date('2025-10-26T07:30:00Z');
    expect(formatEventRange(day, next, 'kk')).toBe('2025 жылғы 25 қазан, сенбі, 11:00 – 2025 жылғы 26 қазан, жексенбі, 12:30');
    expect(formatEventRange(day, next, 'kk', 'short')).toBe('2025 ж. 25 қазан, 11:00 – 2025 ж. 26 қазан, 12:30');
    expect(formatEventRange(day, next, 'en')).toMatch(/^Saturday, 25 October 2025.*11:00.*Sunday, 26 October 2025.*12:30$/);
  });
  it('writes a date known only to the month or the year', () => {
    expect(formatPartialDate(2023, 9, 'kk')).toBe('2023 жылғы қыркүйек');
    expect(formatPartialDate(2023, 9, 'ru')).toBe('сентябрь 2023 г.');
    expect(formatPartialDate(2023, 9, 'en')).toBe('September 2023');
    expect(formatPartialDate(2021, undefined, 'kk')).toBe('2021 жыл');
    expect(formatPartialDate(2021, undefined, 'ru')).toBe('2021');
    expect(formatPartialDate(2021, undefined, 'en')).toBe('2021');
  });
  it('gives ISO strings with the +05:00 offset', () => {
    expect(toZonedIso(day)).toBe('2025-10-25T11:00:00+05:00');
    expect(toIsoDate(new Date('2025-10-24T20:00:00Z'))).toBe('2025-10-25');
    expect(yearOf(new Date('2025-12-31T20:00:00Z'))).toBe(2026);
  });
});

describe('isUpcoming', () => {
  it('is true until the event ends', () => {
    const end = new Date('2025-10-25T07:30:00Z');
    expect(isUpcoming({ end }, new Date('2025-10-25T07:00:00Z'))).toBe(true);
    expect(isUpcoming({ end }, new Date('2025-10-25T08:00:00Z'))).toBe(false);
  });
});
