/** An entry's calendar file, for kinds with a calendar: `/<locale>/<segment>/<slug>.ics`. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { icsPaths } from '../../../content/routes/files';
import { calendarResponse, eventIcs } from '../../../utils/calendar';

export const getStaticPaths = icsPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => calendarResponse(eventIcs(props.event));
