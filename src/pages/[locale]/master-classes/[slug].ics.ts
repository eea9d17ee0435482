/** Each event as an iCalendar file, in every locale its page exists in. */
import type { APIRoute } from 'astro';
import { entryPaths, type Item } from '../../../content/query';
import { calendarEvent } from '../../../content/sharing';
import { eventIcs } from '../../../utils/calendar';

export const getStaticPaths = () => entryPaths('master-classes');

export const GET: APIRoute = async ({ props, site }) => {
  const event = await calendarEvent((props as { item: Item<'master-classes'> }).item, site);
  return new Response(eventIcs(event), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
