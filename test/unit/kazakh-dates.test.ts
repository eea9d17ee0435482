import { describe, expect, it } from 'vitest';
import { localeInfo, siteTimeZone } from '../../src/i18n/locales';
import { formatDate, formatEventRange } from '../../src/utils/dates';

/** What Node's ICU, which knows Kazakh, writes: the site's Kazakh dates must read exactly the same. */
const icu = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(localeInfo.kk.intl, { ...options, timeZone: siteTimeZone });
const day = icu({ dateStyle: 'long' });
const range = icu({ dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' });

describe('Kazakh dates without the runtime’s Kazakh locale data', () => {
  it('read as ICU writes them, for every month, at day and year boundaries in Kazakhstan time', () => {
    for (let month = 0; month < 12; month++) {
      for (const utc of [Date.UTC(2025, month, 1, 0, 30), Date.UTC(2026, month, 28, 19, 30), Date.UTC(2023, month, 15, 18, 10)]) {
        const instant = new Date(utc);
        expect(formatDate(instant, 'kk'), instant.toISOString()).toBe(day.format(instant));
      }
    }
    expect(formatDate(new Date('2025-10-25T06:00:00Z'), 'kk')).toBe('2025 ж. 25 қазан');
  });

  it('write event times as ICU does: one day, several days, across a year, and a zero-length event', () => {
    const start = new Date('2025-10-25T06:00:00Z');
    for (const end of ['2025-10-25T07:30:00Z', '2025-10-26T07:30:00Z', '2026-01-02T07:30:00Z', '2025-10-25T06:00:00Z', '2025-10-25T18:59:00Z']) {
      expect(formatEventRange(start, new Date(end), 'kk'), end).toBe(range.formatRange(start, new Date(end)));
    }
    expect(formatEventRange(start, new Date('2025-10-25T07:30:00Z'), 'kk')).toBe('2025\u202fж. 25 қазан, 11:00–12:30');
  });

  it('do not depend on Intl’s Kazakh data, which Chromium lacks', () => {
    const original = Intl.DateTimeFormat;
    // A runtime without Kazakh: asking Intl for kk-KZ gives the ISO-like fallback Chromium shows.
    const stub = function (locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
      if (String(locale).startsWith('kk')) throw new Error('Intl was asked for Kazakh');
      return new original(locale, options);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = stub;
    try {
      expect(formatDate(new Date('2026-12-20T06:00:00Z'), 'kk')).toBe('2026 ж. 20 желтоқсан');
      expect(formatEventRange(new Date('2026-12-20T06:00:00Z'), new Date('2026-12-20T07:00:00Z'), 'kk')).toBe('2026\u202fж. 20 желтоқсан, 11:00–12:00');
    } finally {
      Intl.DateTimeFormat = original;
    }
  });
});
