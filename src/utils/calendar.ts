/**
 * "Add to calendar": an iCalendar file (written by the `ics` package) and a Google Calendar
 * link for an event. Times are written as UTC instants, so every calendar shows them right
 * in any zone; the Google link also names Asia/Almaty as the event's zone.
 */
import { createEvent, type EventAttributes } from 'ics';
import type { eventStatuses } from '../model/options';
import { siteTimeZone } from '../i18n/locales';

type Status = (typeof eventStatuses)[number];

export interface CalendarEvent {
  /** Stable across languages and rebuilds, e.g. `slug@ulagat.kz`. */
  uid: string;
  title: string;
  description: string;
  /** Venue and address in one line. */
  location: string;
  url: string;
  start: Date;
  end: Date;
  status: Status;
  organiser: string;
  /** When the file is written (DTSTAMP). */
  stamp: Date;
}

/** `20251025T060000Z`: an instant in iCalendar's UTC form, as Google Calendar also reads it. */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const ICS_STATUS: Record<Status, 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE'> = {
  scheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** DTSTAMP: written by the `ics` package from `timestamp`, which its types leave out. */
export type IcsEvent = EventAttributes & { timestamp: number };

/** The event's VEVENT as `ics` attributes: for one event's file and for the subscription feeds. */
export function eventAttributes(event: CalendarEvent): IcsEvent {
  return {
    uid: event.uid,
    title: event.title,
    // The organiser goes into the text: ORGANIZER needs an e-mail address, which the content does not have.
    description: `${event.description}\n\n${event.organiser}\n${event.url}`,
    location: event.location,
    url: event.url,
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: ICS_STATUS[event.status],
    timestamp: event.stamp.getTime(),
  };
}

/** The event as an iCalendar (RFC 5545) file. */
export function eventIcs(event: CalendarEvent, productId = 'ulagat/site'): string {
  const { error, value } = createEvent({ ...eventAttributes(event), productId });
  if (error || !value) throw new Error(`Cannot write the calendar file for "${event.title}": ${error?.message ?? 'no output'}`);
  return value;
}

/** A link that opens Google Calendar with the event filled in. */
export function googleCalendarUrl(event: Pick<CalendarEvent, 'title' | 'description' | 'location' | 'url' | 'start' | 'end'>): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', event.title);
  url.searchParams.set('dates', `${utcStamp(event.start)}/${utcStamp(event.end)}`);
  url.searchParams.set('details', `${event.description}\n\n${event.url}`);
  url.searchParams.set('location', event.location);
  url.searchParams.set('ctz', siteTimeZone);
  return url.href;
}

/** A calendar file as the site serves it. */
export function calendarResponse(ics: string): Response {
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
