/**
 * The README's screenshots (docs/screenshots/), from a built site: the Kazakh home page and a
 * Kazakh search on a phone, a Russian report on a desktop screen, as WebP.
 * Run: npm run build && npm run screenshots:readme   (or pass another built folder)
 */
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { launchBrowser, preview } from '../test/helpers/browser.ts';
import { root } from '../test/helpers/paths.ts';

const site = resolve(process.argv[2] ?? join(root, 'dist'));
const phone = { width: 390, height: 844 };
const shots = [
  { name: 'home-kk-phone', path: '/kk/', viewport: phone, scale: 2, height: 1200 },
  { name: 'search-kk-phone', path: `/kk/search/?q=${encodeURIComponent('тәлімгерлерге')}`, viewport: phone, scale: 2, height: 1200 },
  { name: 'article-ru-desktop', path: '/ru/news/zhetysu-akim-lecture-mentorship/', viewport: { width: 1440, height: 900 }, scale: 1, height: 1000 },
];

const server = await preview(site);
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: shot.scale, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(server.url + shot.path, { waitUntil: 'networkidle' });
    if (shot.name.startsWith('search')) await page.waitForFunction(() => document.querySelector('[data-search-count]')?.textContent);
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: shot.viewport.width, height: shot.height } });
    const file = join(root, 'docs/screenshots', `${shot.name}.webp`);
    const { size } = await sharp(png).webp({ quality: 72, effort: 6 }).toFile(file);
    console.log(`${file} (${Math.round(size / 1024)} KB)`);
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
