/** Every upcoming and recent event of a locale, as a calendar to subscribe to. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { allEventsFeedPaths, calendarResponse, feedIcs, feedName } from '../../../content/calendar-feeds';

export const getStaticPaths = allEventsFeedPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { locale, events }, site }) =>
  calendarResponse(await feedIcs(locale, feedName(locale), events, site));
