/** Every upcoming and recent event of a locale, as a calendar to subscribe to: `/<locale>/<segment>/calendar.ics`. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteTimeZone } from '../../../i18n/locales';
import { calendarFeedPaths } from '../../../content/routes/calendars';
import { calendarResponse } from '../../../utils/calendar';
import { calendarFeedIcs } from '../../../utils/calendar-feed';

export const getStaticPaths = calendarFeedPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  calendarResponse(calendarFeedIcs({ name: props.name, timeZone: siteTimeZone, events: props.events }));
