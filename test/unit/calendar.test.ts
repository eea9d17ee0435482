import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventIcs, googleCalendarUrl, utcStamp, type CalendarEvent } from '../../src/utils/calendar';
import { parseLocalDateTime } from '../../src/utils/dates';

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'unified-upbringing-round-table@ulagat.kz',
  title: '«Біртұтас тәрбие» дөңгелек үстелі; Республика күні, 25 қазан',
  description: 'Аналар пікір алмасты.\nЕкінші жол.',
  location: 'Әл-Фараби атындағы Оқушылар сарайы, Алматы',
  url: 'https://ulagat.kz/kk/master-classes/unified-upbringing-round-table/',
  start: parseLocalDateTime('2025-10-25T11:00')!,
  end: parseLocalDateTime('2025-10-25T12:30')!,
  status: 'scheduled',
  organiser: '«Аналар мектебі»',
  stamp: new Date('2026-11-22T07:00:00Z'),
  ...over,
});

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  const vevent = component.getFirstSubcomponent('vevent')!;
  return { component, vevent, ev: new ICAL.Event(vevent) };
}

describe('iCalendar file', () => {
  it('parses, and holds the UTC instants of 11:00–12:30 in Almaty', () => {
    const { ev, vevent } = parse(eventIcs(event()));
    // Written as UTC (…Z), not as floating local time that a calendar would read in its own zone.
    expect([ev.startDate.toString(), ev.endDate.toString()]).toEqual(['2025-10-25T06:00:00Z', '2025-10-25T07:30:00Z']);
    expect(ev.startDate.zone.tzid).toBe('UTC');
    expect(ev.startDate.toJSDate().toISOString()).toBe('2025-10-25T06:00:00.000Z');
    expect(ev.endDate.toJSDate().toISOString()).toBe('2025-10-25T07:30:00.000Z');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-22T07:00:00Z');
  });

  it('keeps the Kazakh text, punctuation and line breaks intact', () => {
    const { ev, vevent } = parse(eventIcs(event()));
    expect(ev.summary).toBe(event().title);
    expect(ev.location).toBe(event().location);
    expect(ev.description).toContain('Аналар пікір алмасты.\nЕкінші жол.');
    expect(ev.description).toContain('«Аналар мектебі»');
    expect(ev.uid).toBe('unified-upbringing-round-table@ulagat.kz');
    expect(vevent.getFirstPropertyValue('url')).toBe(event().url);
  });

  it('writes the status the event has', () => {
    expect(parse(eventIcs(event())).vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(parse(eventIcs(event({ status: 'cancelled' }))).vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(parse(eventIcs(event({ status: 'postponed' }))).vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('is the same file for the same event (no random id or build clock)', () => {
    expect(eventIcs(event())).toBe(eventIcs(event()));
  });
});

describe('Google Calendar link', () => {
  it('carries the title, UTC dates, details, place and the Almaty zone', () => {
    const url = new URL(googleCalendarUrl(event()));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe(event().title);
    expect(url.searchParams.get('dates')).toBe('20251025T060000Z/20251025T073000Z');
    expect(url.searchParams.get('details')).toContain(event().url);
    expect(url.searchParams.get('location')).toBe(event().location);
    expect(url.searchParams.get('ctz')).toBe('Asia/Almaty');
  });

  it('writes instants in the compact UTC form', () => {
    expect(utcStamp(new Date('2025-12-12T10:00:00Z'))).toBe('20251212T100000Z');
  });
});
