/** A project's upcoming and recent events, as a calendar to subscribe to. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { calendarResponse, feedIcs, feedName, scopedFeedPaths } from '../../../../content/calendar-feeds';

export const getStaticPaths = () => scopedFeedPaths('projects');

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { locale, item, events }, site }) =>
  calendarResponse(await feedIcs(locale, feedName(locale, item), events, site));
