/**
 * Screenshots of the real admin for the editor's guides (docs/editors.{kk,ru}.md), in the
 * Kazakh and Russian interfaces, as small WebP files in docs/img/. Works on a temporary git
 * copy of the content with decap-server, like the browser test; the real content is untouched.
 * Run: npm run screenshots:admin
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { astroBuild } from '../test/helpers/astro.ts';
import { launchBrowser, preview } from '../test/helpers/browser.ts';
import { contentRepo, decapServer, freePort } from '../test/helpers/cms.ts';
import { root, TEST_NOW } from '../test/helpers/paths.ts';

const out = join(root, 'docs/img');
mkdirSync(out, { recursive: true });

type Lang = 'kk' | 'ru';
// Decap's Russian dictionary spells «Статус» with a Latin C, hence /татус:/.
const ui = {
  kk: { login: 'Кіру', save: 'Сақтау', writingIn: 'Жазу тілі: KK', choose: 'Сурет таңдау', use: 'Таңдалғанды қолдану', status: /^Мәртебесі:/, review: 'Тексеруде', saved: 'Жазба сақталды', preview: 'Алдын ала қарау' },
  ru: { login: 'Войти', save: 'Сохранить', writingIn: 'Пишем на KK', choose: 'Выберите изображение', use: 'Выбрать помеченные', status: /татус:/, review: 'На рассмотрении', saved: 'Запись сохранена', preview: 'Переключиться на предварительный просмотр' },
} as const;

const event = {
  ru: { title: 'Мастер-класс по бисероплетению для мам и детей', summary: 'Участницы «Школы мам» вместе с детьми учатся плести из бисера.', venue: 'Дворец школьников имени Аль-Фараби', organiser: '«Школа мам»', alt: 'Мамы и дети плетут браслеты из бисера за общим столом' },
  kk: { title: 'Аналар мен балаларға арналған моншақ тоқу шеберлік сыныбы', summary: '«Аналар мектебінің» қатысушылары балаларымен бірге моншақ тоқуды үйренеді.', venue: 'Әл-Фараби атындағы Оқушылар сарайы', organiser: '«Аналар мектебі»', alt: 'Аналар мен балалар ортақ үстел басында моншақтан білезік тоқып отыр' },
  en: { title: 'Beadwork master class for mothers and children', summary: 'School of Moms members learn beadwork together with their children.', venue: 'Al-Farabi Palace of Schoolchildren', organiser: 'School of Moms', alt: 'Mothers and children making bead bracelets at a shared table' },
};

async function shot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) {
  const png = await page.screenshot(clip ? { clip } : {});
  await sharp(png).resize({ width: Math.min(clip?.width ?? 1280, 1280) }).webp({ quality: 72 }).toFile(join(out, `${name}.webp`));
  console.log(`docs/img/${name}.webp`);
}

const field = (page: Page, name: string, pane: 0 | 1) => page.locator(`[id^="${name}-field-"]`).nth(pane);

async function fillEvent(page: Page, pane: 0 | 1, text: (typeof event)['ru']) {
  await field(page, 'title', pane).fill(text.title);
  await field(page, 'summary', pane).fill(text.summary);
  await field(page, 'venue', pane).fill(text.venue);
  await field(page, 'organiser', pane).fill(text.organiser);
}

async function guide(browser: Browser, url: string, lang: Lang, server: boolean) {
  const t = ui[lang];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang === 'kk' ? 'kk-KZ' : 'ru-RU', timezoneId: 'Asia/Almaty' });
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${url}/admin/?lang=${lang}`);
  if (!server) {
    // Without decap-server the admin falls back to the production backend: the GitHub login.
    await page.getByRole('button', { name: /GitHub/ }).waitFor();
    await shot(page, `${lang}-login`);
    await context.close();
    return;
  }
  await page.getByRole('button', { name: t.login, exact: true }).click();
  await page.locator('[id^="title-field-"], a[href*="collections"]').first().waitFor();
  await page.goto(`${url}/admin/?lang=${lang}#/collections/master-classes/new`);
  await field(page, 'title', 0).waitFor();
  await fillEvent(page, 0, event.ru);
  await field(page, 'start', 0).fill('2026-12-12T11:00');
  await field(page, 'end', 0).fill('2026-12-12T13:00');
  await fillEvent(page, 1, event.kk);
  await field(page, 'title', 0).scrollIntoViewIfNeeded();
  await field(page, 'title', 1).scrollIntoViewIfNeeded();
  await shot(page, `${lang}-event-two-languages`);
  await page.getByRole('button', { name: t.writingIn }).click();
  await page.getByRole('menuitem', { name: 'en', exact: true }).waitFor();
  await shot(page, `${lang}-language-menu`, { x: 640, y: 60, width: 640, height: 260 });
  await page.getByRole('menuitem', { name: 'en', exact: true }).click();
  await fillEvent(page, 1, event.en);

  // A photo: upload through the media library, then describe it in every language.
  await page.getByRole('button', { name: t.choose }).first().click();
  await page.locator('input[type="file"]').setInputFiles(join(root, 'content/media/school-of-moms.jpg'));
  await page.getByRole('button', { name: t.use }).waitFor();
  await page.waitForTimeout(800);
  await shot(page, `${lang}-media-library`);
  await page.getByRole('button', { name: t.use }).click();
  await field(page, 'coverAlt', 0).fill(event.ru.alt);
  await field(page, 'coverAlt', 1).fill(event.en.alt);
  await field(page, 'coverAlt', 0).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, -250);
  await page.waitForTimeout(400);
  await shot(page, `${lang}-photo-alt`);

  // Saving without the Kazakh description is refused, naming the language.
  await page.getByRole('button', { name: t.save, exact: true }).click();
  await page.getByText(lang === 'kk' ? /сипаттамасы жоқ/ : /нет описания/).first().waitFor();
  await page.waitForTimeout(500);
  await shot(page, `${lang}-alt-missing`, { x: 640, y: 0, width: 640, height: 220 });
  await page.waitForTimeout(5000);
  await page.getByRole('button', { name: t.writingIn.replace('KK', 'EN') }).click();
  await page.getByRole('menuitem', { name: 'kk', exact: true }).click();
  await field(page, 'coverAlt', 1).fill(event.kk.alt);
  await page.getByRole('button', { name: t.save, exact: true }).click();
  await page.getByText(t.saved).first().waitFor();
  await page.waitForTimeout(1500);

  // The preview, drawn with the site's own components.
  await page.locator(`[title="${t.preview}"]`).first().click();
  await page.waitForTimeout(1500);
  await shot(page, `${lang}-preview`);

  // Review: the status menu in the editor, then the workflow board.
  await page.getByRole('button', { name: t.status }).click();
  await page.getByRole('menuitem', { name: t.review }).waitFor();
  await shot(page, `${lang}-status-menu`, { x: 200, y: 0, width: 700, height: 220 });
  await page.getByRole('menuitem', { name: t.review }).click();
  await page.waitForTimeout(1500);
  await page.goto(`${url}/admin/?lang=${lang}#/workflow`);
  await page.locator('[class*="Toastify__toast"]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(1500);
  await shot(page, `${lang}-workflow`);

  await page.goto(`${url}/admin/translations/${lang === 'kk' ? '' : 'ru/'}`);
  await shot(page, `${lang}-translations`);
  await context.close();
}

const repo = contentRepo();
const port = await freePort();
const build = astroBuild({ contentDir: join(repo, 'content'), env: { DECAP_SERVER_PORT: String(port), ULAGAT_NOW: TEST_NOW } });
if (build.status !== 0) throw new Error(build.output.slice(-3000));
const site = await preview(build.outDir);
const browser = await launchBrowser();
try {
  for (const lang of ['kk', 'ru'] as const) await guide(browser, site.url, lang, false);
  const server = await decapServer(repo, port, 'git');
  try {
    for (const lang of ['kk', 'ru'] as const) await guide(browser, site.url, lang, true);
  } finally {
    server.stop();
  }
} finally {
  await browser.close();
  site.stop();
}
