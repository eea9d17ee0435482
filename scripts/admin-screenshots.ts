/**
 * Screenshots of the real admin for the editor's guides (docs/editors.{kk,ru}.md), in the
 * Kazakh and Russian interfaces, as small WebP files in docs/img/. Runs the CMS as
 * `MODE=git npm run cms` does (scripts/cms/launch.ts), on a temporary git copy of the content;
 * the real content is untouched.
 * Run: npm run screenshots:admin
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { launchBrowser } from '../test/helpers/browser.ts';
import { contentRepo, freePort } from '../test/helpers/cms.ts';
import { root, TEST_NOW } from '../test/helpers/paths.ts';
import type * as Launch from './cms/launch.ts';
import { runnerImport } from 'vite';

const out = join(root, 'docs/img');
mkdirSync(out, { recursive: true });

type Lang = 'kk' | 'ru';
type Clip = { x: number; y: number; width: number; height: number };
// Decap's Russian dictionary spells «Статус» with a Latin C, hence /татус:/.
const ui = {
  kk: { login: 'Кіру', save: 'Сақтау', writingIn: (l: string) => `Жазу тілі: ${l.toUpperCase()}`, choose: 'Сурет таңдау', use: 'Таңдалғанды қолдану', status: /^Мәртебесі:/, review: 'Тексеруде', ready: 'Дайын', updated: 'Жазбаның мәртебесі жаңартылды', saved: 'Жазба сақталды', preview: 'Алдын ала қарау', publish: 'Жариялау', publishNow: 'Қазір жариялау', published: 'Жазба жарияланды', photoReady: 'Фото дайын', other: 'ru' },
  ru: { login: 'Войти', save: 'Сохранить', writingIn: (l: string) => `Пишем на ${l.toUpperCase()}`, choose: 'Выберите изображение', use: 'Выбрать помеченные', status: /татус:/, review: 'На рассмотрении', ready: 'Одобрен', updated: 'Статус записи обновлен', saved: 'Запись сохранена', preview: 'Переключиться на предварительный просмотр', publish: 'Опубликовать', publishNow: 'Опубликовать сейчас', published: 'Запись опубликована', photoReady: 'Фото готово', other: 'kk' },
} as const;

const event = {
  ru: { title: 'Мастер-класс по бисероплетению для мам и детей', summary: 'Участницы «Школы мам» вместе с детьми учатся плести из бисера.', venue: 'Дворец школьников имени Аль-Фараби', organiser: '«Школа мам»', alt: 'Мамы и дети плетут браслеты из бисера за общим столом' },
  kk: { title: 'Аналар мен балаларға арналған моншақ тоқу шеберлік сыныбы', summary: '«Аналар мектебінің» қатысушылары балаларымен бірге моншақ тоқуды үйренеді.', venue: 'Әл-Фараби атындағы Оқушылар сарайы', organiser: '«Аналар мектебі»', alt: 'Аналар мен балалар ортақ үстел басында моншақтан білезік тоқып отыр' },
  en: { title: 'Beadwork master class for mothers and children', summary: 'School of Moms members learn beadwork together with their children.', venue: 'Al-Farabi Palace of Schoolchildren', organiser: 'School of Moms', alt: 'Mothers and children making bead bracelets at a shared table' },
};
/** A report each interface writes first in its own language, and the other one adds to later. */
const reports = {
  kk: { title: '«Мың жаса!» еріктілері жазғы жобаларын таныстырды', summary: 'Оқушылар жаз бойы атқарған істерін ата-аналар мен мұғалімдерге көрсетті.' },
  ru: { title: 'Мамы из «Школы мам» провели день национальных игр', summary: 'Бабушки научили детей казахским национальным играм.' },
};

async function shot(page: Page, name: string, clip?: Clip) {
  const png = await page.screenshot(clip ? { clip } : {});
  await sharp(png).resize({ width: Math.min(clip?.width ?? 1280, 1280) }).webp({ quality: 72 }).toFile(join(out, `${name}.webp`));
  console.log(`docs/img/${name}.webp`);
}

/** The box around some elements, with a margin, inside the viewport. */
async function around(page: Page, selectors: string[], margin = 12): Promise<Clip> {
  const boxes = (await Promise.all(selectors.map((s) => page.locator(s).first().boundingBox()))).filter((b) => b !== null);
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(1280, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(800, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x, y, width: right - x, height: bottom - y };
}

const field = (page: Page, name: string, pane: 0 | 1) => page.locator(`[id^="${name}-field-"]`).nth(pane);

async function fillEvent(page: Page, pane: 0 | 1, text: (typeof event)['ru']) {
  await field(page, 'title', pane).fill(text.title);
  await field(page, 'summary', pane).fill(text.summary);
  await field(page, 'venue', pane).fill(text.venue);
  await field(page, 'organiser', pane).fill(text.organiser);
}

async function open(browser: Browser, url: string, lang: Lang, hash: string, ready = '[id^="title-field-"]') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang === 'kk' ? 'kk-KZ' : 'ru-RU', timezoneId: 'Asia/Almaty' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(30_000);
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${url}/admin/?lang=${lang}${hash}`);
  await page.getByRole('button', { name: ui[lang].login, exact: true }).click();
  await page.locator(ready).first().waitFor();
  return page;
}

async function publish(page: Page, lang: Lang) {
  const t = ui[lang];
  await page.getByRole('button', { name: t.save, exact: true }).click();
  await page.getByText(t.saved).first().waitFor();
  await page.getByRole('button', { name: t.status }).click();
  await page.getByRole('menuitem', { name: t.ready }).click();
  await page.getByText(t.updated).first().waitFor();
  await page.getByRole('button', { name: t.publish, exact: true }).click();
  await page.getByRole('menuitem', { name: t.publishNow }).click();
  await page.getByText(t.published).first().waitFor();
}

/** A phone photo: an openly licensed fixture photo (test/fixtures/site/content/media/LICENSES.md) enlarged to 4000 × 3000, with the GPS position and camera data a phone adds. */
async function phonePhoto(folder: string, name: string) {
  const photo = await sharp(join(root, 'test/fixtures/site/content/media/greenmeadow.jpg'))
    .resize(4000, 3000, { fit: 'cover' })
    .withExif({ IFD0: { Make: 'Phone', Model: 'X' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '76/1 53/1 0/1' } })
    .jpeg({ quality: 92 })
    .toBuffer();
  writeFileSync(join(folder, name), photo);
  return join(folder, name);
}

/** The login screen of the production backend: the local backend is made unreachable for this page. */
async function loginScreen(browser: Browser, url: string, lang: Lang) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang === 'kk' ? 'kk-KZ' : 'ru-RU' });
  const page = await context.newPage();
  await page.route('http://127.0.0.1:*/api/v1*', (route) => route.abort());
  await page.goto(`${url}/admin/?lang=${lang}`);
  await page.getByRole('button', { name: /GitHub/ }).waitFor();
  await shot(page, `${lang}-login`);
  await context.close();
}

/** Writing first in the interface language; published, so that the other interface can add its language later. */
async function writeFirst(browser: Browser, url: string, lang: Lang) {
  const page = await open(browser, url, lang, '#/collections/news/new');
  await field(page, 'title', 0).fill(reports[lang].title);
  await field(page, 'summary', 0).fill(reports[lang].summary);
  await field(page, 'title', 0).scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await shot(page, `${lang}-write-first`);
  await publish(page, lang);
  await page.context().close();
}

/** The other interface's report, written in its language only, opened from the list to add this language. */
async function addTranslation(browser: Browser, url: string, lang: Lang, slugOf: (title: string) => string) {
  const other = ui[lang].other;
  const card = `a[href$="/collections/news/entries/${slugOf(reports[other].title)}"]`;
  const list = await open(browser, url, lang, '#/collections/news', card);
  await list.locator(card).click();
  await field(list, 'title', 0).waitFor();
  await list.waitForTimeout(800);
  await shot(list, `${lang}-add-translation`);
  await list.context().close();
}

async function guide(browser: Browser, url: string, lang: Lang, photos: string) {
  const t = ui[lang];
  const page = await open(browser, url, lang, '#/collections/events/new');
  // The left pane is the interface language; the right one the other language, then English.
  await fillEvent(page, 0, event[lang]);
  await field(page, 'start', 0).fill('2026-12-12T11:00');
  await field(page, 'end', 0).fill('2026-12-12T13:00');
  await fillEvent(page, 1, event[t.other]);
  await field(page, 'title', 0).scrollIntoViewIfNeeded();
  await field(page, 'title', 1).scrollIntoViewIfNeeded();
  await shot(page, `${lang}-event-two-languages`);
  await page.getByRole('button', { name: t.writingIn(t.other) }).click();
  await page.getByRole('menuitem', { name: 'en', exact: true }).waitFor();
  await shot(page, `${lang}-language-menu`, { x: 640, y: 60, width: 640, height: 260 });
  await page.getByRole('menuitem', { name: 'en', exact: true }).click();
  await fillEvent(page, 1, event.en);

  // A photo: an iPhone HEIC is refused with how to send a JPEG; a phone photo is shrunk and cleaned.
  await page.getByRole('button', { name: t.choose }).first().click();
  writeFileSync(join(photos, 'IMG_0042.HEIC'), Buffer.from('....ftypheic'));
  await page.locator('input[type="file"]').setInputFiles(join(photos, 'IMG_0042.HEIC'));
  await page.getByRole('alert').first().waitFor();
  await shot(page, `${lang}-photo-heic`, await around(page, ['#cms-notices']));
  await page.locator('#cms-notices button').first().click();
  await page.locator('input[type="file"]').setInputFiles(await phonePhoto(photos, lang === 'kk' ? 'Аналар мектебі.jpg' : 'Школа мам.jpg'));
  await page.getByText(t.photoReady).first().waitFor();
  await page.waitForTimeout(800);
  await shot(page, `${lang}-media-library`);
  await shot(page, `${lang}-photo-ready`, await around(page, ['#cms-notices']));
  await page.getByRole('button', { name: t.use }).click();
  await page.locator('#cms-notices button').first().click();
  await field(page, 'coverAlt', 0).fill(event[lang].alt);
  await field(page, 'coverAlt', 1).fill(event.en.alt);
  await field(page, 'coverAlt', 0).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, -250);
  await page.waitForTimeout(400);
  await shot(page, `${lang}-photo-alt`);

  // Saving without the description in the other language is refused, naming the language.
  await page.getByRole('button', { name: t.save, exact: true }).click();
  await page.getByText(lang === 'kk' ? /сипаттамасы жоқ/ : /нет описания/).first().waitFor();
  await page.waitForTimeout(500);
  await shot(page, `${lang}-alt-missing`, { x: 640, y: 0, width: 640, height: 220 });
  await page.waitForTimeout(5000);
  await page.getByRole('button', { name: t.writingIn('en') }).click();
  await page.getByRole('menuitem', { name: t.other, exact: true }).click();
  await field(page, 'coverAlt', 1).fill(event[t.other].alt);
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
  await page.context().close();
}

const { module: launch } = await runnerImport<typeof Launch>('./scripts/cms/launch.ts');
const { slugify } = (await runnerImport<typeof import('../src/utils/slug.ts')>('./src/utils/slug.ts')).module;
const repo = contentRepo(join(root, 'content'));
const cms = await launch.startCms({
  mode: 'git',
  repo,
  sitePort: await freePort(),
  backendPort: await freePort(),
  env: { ULAGAT_NOW: TEST_NOW, ULAGAT_ASTRO_CACHE: mkdtempSync(join(tmpdir(), 'ulagat-shots-cache-')) },
  log: () => undefined,
});
const photos = mkdtempSync(join(tmpdir(), 'ulagat-shots-photos-'));
const browser = await launchBrowser();
try {
  for (const lang of ['kk', 'ru'] as const) await loginScreen(browser, cms.siteUrl, lang);
  for (const lang of ['kk', 'ru'] as const) await writeFirst(browser, cms.siteUrl, lang);
  for (const lang of ['kk', 'ru'] as const) await addTranslation(browser, cms.siteUrl, lang, slugify);
  for (const lang of ['kk', 'ru'] as const) await guide(browser, cms.siteUrl, lang, photos);
} finally {
  await browser.close();
  await cms.stop();
}
