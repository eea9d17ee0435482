import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatEventRange,
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
  it('writes Kazakh dates year first', () => {
    expect(formatDate(day, 'kk')).toBe('2025 ж. 25 қазан');
  });
  it('writes Russian and English dates', () => {
    expect(formatDate(day, 'ru')).toBe('25 октября 2025 г.');
    expect(formatDate(day, 'en')).toBe('25 October 2025');
  });
  it('shows event times in Kazakhstan time', () => {
    const end = new Date('2025-10-25T07:30:00Z');
    expect(formatEventRange(day, end, 'en')).toMatch(/25 October 2025.*11:00.*12:30/);
    expect(formatEventRange(day, end, 'ru')).toMatch(/11:00.*12:30/);
    expect(formatEventRange(day, end, 'kk')).toMatch(/11:00.*12:30/);
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
