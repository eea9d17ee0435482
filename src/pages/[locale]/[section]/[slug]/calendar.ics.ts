/** A region's or a project's upcoming and recent events, as a calendar to subscribe to: `/<locale>/<segment>/<slug>/calendar.ics`. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteTimeZone } from '../../../../i18n/locales';
import { scopedCalendarPaths } from '../../../../content/routes/calendars';
import { calendarResponse } from '../../../../utils/calendar';
import { calendarFeedIcs } from '../../../../utils/calendar-feed';

export const getStaticPaths = scopedCalendarPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  calendarResponse(calendarFeedIcs({ name: props.name, timeZone: siteTimeZone, events: props.events }));
