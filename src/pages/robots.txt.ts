/** robots.txt: everything may be crawled except the CMS; the sitemap index is named. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../utils/sitemap';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
