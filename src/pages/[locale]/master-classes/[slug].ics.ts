/** Each event as an iCalendar file, in every locale its page exists in. */
import type { APIRoute } from 'astro';
import { cachedEntryPaths, type Item } from '../../../content/query';
import { calendarEvent, calendarStamp } from '../../../content/sharing';
import { eventIcs } from '../../../utils/calendar';

// The file's DTSTAMP is the build's day, so the key holds it too.
export const getStaticPaths = () => cachedEntryPaths('master-classes', () => calendarStamp());

export const GET: APIRoute = async ({ props, site }) => {
  const event = await calendarEvent((props as { item: Item<'master-classes'> }).item, site);
  return new Response(eventIcs(event), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
