import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFeedIcs, feedCutoff, inFeed, sequenceOf, subscribeLinks, type FeedEvent } from '../../src/utils/calendar-feed';
import { parseLocalDateTime } from '../../src/utils/dates';

const event = (over: Partial<FeedEvent> = {}): FeedEvent => ({
  uid: 'mentors-meetup@ulagat.kz',
  title: 'Тәлімгерлер кездесуі, Талдықорған; «Біртұтас тәрбие»',
  description: 'Тәлімгерлер тәжірибе алмасады.',
  location: 'Талдықорған қалалық мәдениет үйі, Жетісу облысы',
  url: 'https://ulagat.kz/kk/master-classes/mentors-meetup/',
  start: parseLocalDateTime('2026-12-12T15:00')!,
  end: parseLocalDateTime('2026-12-12T17:30')!,
  status: 'scheduled',
  organiser: 'Жетісу облысының білім басқармасы',
  stamp: new Date('2030-01-01T00:00:00Z'),
  lastModified: new Date('2026-11-20T08:30:15Z'),
  ...over,
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('calendar feed', () => {
  const ics = calendarFeedIcs({
    name: 'Жетісу облысы: іс-шаралар (Ұлағат)',
    timeZone: 'Asia/Almaty',
    events: [event(), event({ uid: 'talk@ulagat.kz', status: 'cancelled', lastModified: new Date('2026-11-21T00:00:00Z') })],
  });

  it('names the calendar and its zone, and asks apps to refresh it every 12 hours', () => {
    const { calendar } = parse(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Жетісу облысы: іс-шаралар (Ұлағат)');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Almaty');
    expect(calendar.getFirstProperty('refresh-interval')?.toICALString()).toBe('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT12H');
    // One of each, and no METHOD: DTSTAMP then means "last revised", as RFC 5545 says.
    expect(ics.match(/^X-PUBLISHED-TTL/gm)).toHaveLength(1);
    expect(calendar.getFirstProperty('method')).toBeNull();
  });

  it('stamps every event with when it last changed: LAST-MODIFIED, DTSTAMP and SEQUENCE', () => {
    const [first, second] = parse(ics).events;
    expect(first!.getFirstPropertyValue('last-modified')!.toString()).toBe('2026-11-20T08:30:15Z');
    expect(first!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-20T08:30:15Z');
    expect(first!.getFirstPropertyValue('sequence')).toBe(sequenceOf(new Date('2026-11-20T08:30:15Z')));
    expect(second!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(Number(second!.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(first!.getFirstPropertyValue('sequence')));
    const ev = new ICAL.Event(first!);
    expect([ev.uid, ev.summary, ev.location]).toEqual(['mentors-meetup@ulagat.kz', event().title, event().location]);
    expect([ev.startDate.toString(), ev.endDate.toString()]).toEqual(['2026-12-12T10:00:00Z', '2026-12-12T12:30:00Z']);
  });

  it('is a valid empty calendar when there are no events', () => {
    const { calendar, events } = parse(calendarFeedIcs({ name: 'Abai Region: events (Ulagat)', timeZone: 'Asia/Almaty', events: [] }));
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Abai Region: events (Ulagat)');
  });

  it('writes the same bytes for the same events', () => {
    expect(calendarFeedIcs({ name: 'x', timeZone: 'Asia/Almaty', events: [event()] })).toBe(calendarFeedIcs({ name: 'x', timeZone: 'Asia/Almaty', events: [event()] }));
  });
});

describe('SEQUENCE', () => {
  it('grows with every later change, one a second, and fits in 31 bits for decades', () => {
    const a = sequenceOf(new Date('2026-11-20T08:30:15Z'));
    expect(sequenceOf(new Date('2026-11-20T08:30:16Z'))).toBe(a + 1);
    expect(sequenceOf(new Date('2026-11-20T08:30:15.900Z'))).toBe(a);
    expect(sequenceOf(new Date('2080-01-01T00:00:00Z'))).toBeLessThan(2 ** 31);
    expect(sequenceOf(new Date('2019-01-01T00:00:00Z'))).toBe(0);
  });
});

describe('which events a feed holds', () => {
  const now = new Date('2026-11-22T07:00:00Z');
  it('keeps what is to come and what ended within the last year', () => {
    expect(feedCutoff(now).toISOString()).toBe('2025-11-22T07:00:00.000Z');
    expect(inFeed({ end: new Date('2026-12-12T12:30:00Z') }, now)).toBe(true);
    expect(inFeed({ end: new Date('2026-05-15T09:00:00Z') }, now)).toBe(true);
    expect(inFeed({ end: new Date('2025-11-22T08:00:00Z') }, now)).toBe(true);
    expect(inFeed({ end: new Date('2025-11-22T06:00:00Z') }, now)).toBe(false);
    expect(inFeed({ end: new Date('2025-06-01T09:00:00Z') }, now)).toBe(false);
  });
});

describe('subscribe links', () => {
  it('give the webcal address, a Google Calendar subscription and the https address', () => {
    const links = subscribeLinks('https://ulagat.kz/kk/regions/zhetysu/calendar.ics');
    expect(links.webcal).toBe('webcal://ulagat.kz/kk/regions/zhetysu/calendar.ics');
    expect(links.https).toBe('https://ulagat.kz/kk/regions/zhetysu/calendar.ics');
    const google = new URL(links.google);
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('cid')).toBe('webcal://ulagat.kz/kk/regions/zhetysu/calendar.ics');
  });
});
