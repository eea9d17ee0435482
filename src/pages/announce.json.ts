/** The published reports and events, for the Telegram announcer (`scripts/announce.ts`). */
import type { APIRoute } from 'astro';
import { announcementList } from '../content/announcements';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(await announcementList(site), null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
