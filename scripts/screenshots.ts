/**
 * Phone and desktop screenshots of the main pages in each locale, from the built site.
 * Run: npm run build && npm run screenshots  (writes screenshots/, which git ignores)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, preview } from '../test/helpers/browser.ts';
import { root } from '../test/helpers/paths.ts';

const pages = (process.argv[2] ?? '/kk/,/ru/news/zhetysu-akim-lecture-mentorship/,/en/regions/zhetysu/,/kk/master-classes/unified-upbringing-round-table/,/ru/projects/school-of-moms/').split(',');
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };
const out = join(root, 'screenshots');
mkdirSync(out, { recursive: true });

const server = await preview(join(root, 'dist'));
const browser = await launchBrowser();
try {
  for (const [name, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: (process.env.SCHEME as 'light' | 'dark') ?? 'light' });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const file = join(out, `${name}${path.replaceAll('/', '_')}.png`.replace(/_\.png$/, '.png'));
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
