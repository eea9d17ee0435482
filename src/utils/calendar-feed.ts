/**
 * Calendars to subscribe to: many events in one iCalendar (RFC 5545) feed, written by the
 * `ics` package, and the links that subscribe a calendar app to it.
 *
 * A calendar app keeps a subscribed feed and fetches it again now and then; it matches each
 * event by its UID and takes a changed one when its SEQUENCE (or, for some apps, its
 * LAST-MODIFIED or DTSTAMP) is newer. So every event carries all three, derived from when the
 * event's files last changed: the same checkout writes the same bytes, and an edit moves all
 * three forward. The feed has no METHOD, so DTSTAMP is, as RFC 5545 defines it for that case,
 * when the event was last revised: the same instant as LAST-MODIFIED.
 */
import { createEvents } from 'ics';
import { eventAttributes, type CalendarEvent } from './calendar';

export interface FeedEvent extends CalendarEvent {
  /** When the event's content last changed (LAST-MODIFIED, DTSTAMP and SEQUENCE come from it). */
  lastModified: Date;
}

export interface CalendarFeed {
  /** X-WR-CALNAME: the name calendar apps show for the subscription. */
  name: string;
  /** X-WR-TIMEZONE: the zone apps show the calendar in. The events themselves are UTC instants. */
  timeZone: string;
  events: readonly FeedEvent[];
  /** How often apps should fetch the feed again. */
  refreshHours?: number;
}

/** SEQUENCE counts seconds from this instant to the last change, so it grows with every edit. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * SEQUENCE of an event last changed at `lastModified`: seconds since 2020-01-01 UTC, so a
 * later change always has a higher number, with no counter to keep between builds. It stays
 * below 2^31 (what some apps store it in) until 2088.
 */
export function sequenceOf(lastModified: Date): number {
  return Math.max(0, Math.floor((lastModified.getTime() - SEQUENCE_EPOCH) / 1000));
}

/** The oldest end an event may have to stay in a feed: events that ended over a year before `now` drop out. */
export function feedCutoff(now: Date): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 1);
  return cutoff;
}

/** Whether an event belongs in a feed built at `now`: upcoming, or ended within the last year. */
export function inFeed(event: { end: Date }, now: Date): boolean {
  return event.end.getTime() > feedCutoff(now).getTime();
}

/** The line the `ics` package writes into every calendar's header; replaced by the feed's own. */
const ICS_TTL_LINE = 'X-PUBLISHED-TTL:PT1H\r\n';
/** Its default METHOD, which would make DTSTAMP the time the file was written (RFC 5545, 3.8.7.2). */
const ICS_METHOD_LINE = 'METHOD:PUBLISH\r\n';

/** The feed as an iCalendar file, events in the order given. */
export function calendarFeedIcs(feed: CalendarFeed, productId = 'ulagat/site'): string {
  const events = feed.events.map((event) => ({
    ...eventAttributes({ ...event, stamp: event.lastModified }),
    lastModified: event.lastModified.getTime(),
    sequence: sequenceOf(event.lastModified),
  }));
  const { error, value } = createEvents(events, { productId, calName: feed.name });
  if (error || !value) throw new Error(`Cannot write the calendar feed "${feed.name}": ${error?.message ?? 'no output'}`);
  // `ics` asks apps to refresh every hour and has no option for the zone or the standard
  // REFRESH-INTERVAL (RFC 7986), so its one refresh line becomes the feed's header lines. Its
  // METHOD goes: a feed is no scheduling message, and without METHOD, DTSTAMP is when the
  // event was last revised, which the feed can say the same way in every build.
  if (!value.includes(ICS_TTL_LINE)) {
    throw new Error(`The ics package no longer writes "${ICS_TTL_LINE.trim()}" in the calendar header. Fix: update calendarFeedIcs() in src/utils/calendar-feed.ts to add the refresh interval and the time zone another way.`);
  }
  const ttl = `PT${feed.refreshHours ?? 12}H`;
  const header = [`X-WR-TIMEZONE:${feed.timeZone}`, `REFRESH-INTERVAL;VALUE=DURATION:${ttl}`, `X-PUBLISHED-TTL:${ttl}`].map((line) => `${line}\r\n`).join('');
  return value.replace(ICS_METHOD_LINE, '').replace(ICS_TTL_LINE, header);
}

export interface SubscribeLinks {
  /** The feed's own address, to copy into any calendar app. */
  https: string;
  /** `webcal://…`: opens the system calendar app (iPhone, iPad, Mac, Outlook) and asks to subscribe. */
  webcal: string;
  /** Opens Google Calendar's "add calendar" prompt with the feed filled in. */
  google: string;
}

/** The ways to subscribe to a feed at an absolute `https://` (or `http://`) address. */
export function subscribeLinks(feedUrl: string): SubscribeLinks {
  const url = new URL(feedUrl);
  const webcal = `webcal://${url.host}${url.pathname}${url.search}`;
  const google = new URL('https://calendar.google.com/calendar/render');
  google.searchParams.set('cid', webcal);
  return { https: url.href, webcal, google: google.href };
}
