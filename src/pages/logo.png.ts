/** The site's mark as a 512×512 PNG, for the Organization logo in JSON-LD (search engines want a raster logo). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';

export const GET: APIRoute = async () => {
  const svg = await readFile(join(process.cwd(), 'public/favicon.svg'));
  const png = await sharp(svg, { density: 1024 }).resize(512, 512).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
