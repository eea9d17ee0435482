/**
 * Real Chromium through the CMS as `npm run cms` serves it (astro dev with the prebuilt CMS
 * bundle, and the local backend: `scripts/cms/launch.ts`), on a temporary git copy of
 * test/fixtures/cms/content (never the real content/). One dev server for the whole file; the
 * backend runs in fs mode (`npm run cms`), then in git mode (`MODE=git npm run cms`) on the same
 * checkout, which then has an unrelated modified file. The files are checked with the real schema
 * and git, and what the editors published with a real build.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type RunningCms } from '../../scripts/cms/launch';
import { splitMarkdown } from '../../src/content/frontmatter';
import { locales, type Locale } from '../../src/i18n/locales';
import { slugify } from '../../src/utils/slug';
import { astroBuild, type BuildResult } from '../helpers/astro';
import { launchBrowser } from '../helpers/browser';
import { contentRepo, freePort, git } from '../helpers/cms';
import { fileFor, load } from '../helpers/html';
import { root, TEST_NOW } from '../helpers/paths';

type Mode = 'fs' | 'git';
type Ui = 'kk' | 'ru';

/** Decap's words in the two interfaces the editors use. */
const ui = {
  kk: { login: 'Кіру', save: 'Сақтау', saved: 'Жазба сақталды', status: /^Мәртебесі:/, ready: 'Дайын', updated: 'Жазбаның мәртебесі жаңартылды', publish: 'Жариялау', publishNow: 'Қазір жариялау', published: 'Жазба жарияланды', writingIn: 'Жазу тілі', choose: 'Сурет таңдау', chooseDifferent: 'Басқа сурет таңдау', use: 'Таңдалғанды қолдану', photoReady: 'Фото дайын' },
  ru: { login: 'Войти', save: 'Сохранить', saved: 'Запись сохранена', status: /татус:/, ready: 'Одобрен', updated: 'Статус записи обновлен', publish: 'Опубликовать', publishNow: 'Опубликовать сейчас', published: 'Запись опубликована', writingIn: 'Пишем на', choose: 'Выберите изображение', chooseDifferent: 'Выберите другое изображение', use: 'Выбрать помеченные', photoReady: 'Фото готово' },
} as const;

/** A report an editor writes in Kazakh first and in Russian later, once in each mode. */
const kazakhFirst = (mode: Mode) => ({
  kk: { title: `«Мың жаса!» еріктілері ${mode === 'fs' ? 'Талдықорғанда' : 'Текелiде'} бас қосты`, summary: 'Оқушылар жаз бойғы жобаларын таныстырды.', body: 'Жаңалық мәтіні әуелі қазақ тілінде жазылды.' },
  ru: { title: `Волонтёры «Мың жаса!» собрались в ${mode === 'fs' ? 'Талдыкоргане' : 'Текели'}`, summary: 'Школьники представили свои летние проекты.', body: 'Текст новости добавлен позже на русском языке.' },
});
const editedTitle = (mode: Mode) => `Круглый стол «Единое воспитание» прошёл в Талдыкоргане (${mode})`;

let repo: string;
let cms: RunningCms;
let browser: Browser;
let page: Page;
let newsSchema: z.ZodType;
let reloads = 0;
const pageErrors: string[] = [];
const backendLog: string[] = [];

const contentFile = (collection: string, locale: Locale, slug: string) => join(repo, 'content', collection, locale, `${slug}.md`);
const read = (collection: string, locale: Locale, slug: string) => readFileSync(contentFile(collection, locale, slug), 'utf8');

/** Decap's fields by their ids (`title-field-3`): 0 is the left pane, 1 the right one. */
const field = (name: string, pane: 0 | 1) => page.locator(`[id^="${name}-field-"]`).nth(pane);
const body = (pane: 0 | 1) => page.locator('[data-slate-editor]').nth(pane);

async function typeInto(pane: 0 | 1, text: { title: string; summary: string; body: string }) {
  await field('title', pane).fill(text.title);
  await field('summary', pane).fill(text.summary);
  await body(pane).click();
  await page.keyboard.type(text.body);
}

/** A fresh page on a screen of the CMS in the given interface, logged in to the local backend (`ready`: what shows when it is up); counts reloads of the editor. */
async function openCms(lang: Ui, hash: string, ready = '[id^="title-field-"]') {
  await page?.context().close();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: lang === 'kk' ? 'kk-KZ' : 'ru-RU' });
  page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${cms.siteUrl}/admin/?lang=${lang}${hash}`);
  await page.getByRole('button', { name: ui[lang].login, exact: true }).click();
  await page.locator(ready).first().waitFor();
  // A reload loads the document again; Decap's own moves between screens only change the hash.
  page.on('load', () => reloads++);
  await page.evaluate(() => Object.assign(window, { editorSession: 'still here' }));
}

/**
 * Publishes the open entry: in fs mode the toolbar's Publish (Decap's simple mode, which says
 * "saved"); in git mode Save, Ready, Publish (the review workflow). Returns once the confirmation shows.
 */
async function publish(mode: Mode, lang: Ui) {
  const t = ui[lang];
  if (mode === 'git') {
    await page.getByRole('button', { name: t.save, exact: true }).click();
    await page.getByText(t.saved).first().waitFor();
    await page.getByRole('button', { name: t.status }).click();
    await page.getByRole('menuitem', { name: t.ready }).click();
    await page.getByText(t.updated).first().waitFor();
  }
  await page.getByRole('button', { name: t.publish, exact: true }).click();
  await page.getByRole('menuitem', { name: t.publishNow }).click();
  await page.getByText(mode === 'git' ? t.published : t.saved).first().waitFor();
}

/** Saves without publishing: a draft in git mode; in fs mode saving is publishing. */
async function save(mode: Mode, lang: Ui) {
  if (mode === 'fs') return publish(mode, lang);
  await page.getByRole('button', { name: ui[lang].save, exact: true }).click();
  await page.getByText(ui[lang].saved).first().waitFor();
}

/**
 * The dev server has taken in the published change (its page shows it: by then it has told every
 * page it serves to reload), and the editor was not reloaded: the same page, still editing.
 */
async function expectNoReload(path: string, text: string) {
  let seen = '';
  const deadline = Date.now() + 30_000;
  while (!seen.includes(text)) {
    const res = await fetch(`${cms.siteUrl}${path}`);
    seen = `${res.status} ${(await res.text()).match(/<h1[^>]*>[^<]*/)?.[0] ?? ''}`;
    if (Date.now() > deadline) throw new Error(`${path} does not show "${text}" (last: ${seen})\n${cms.devLog().slice(-2000)}`);
    await page.waitForTimeout(300);
  }
  // A reload the dev server asked for would have started by now.
  await page.waitForTimeout(800);
  expect(reloads).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { editorSession?: string }).editorSession)).toBe('still here');
  // Still the editor, showing what it showed, not the loading screen of a reloaded page.
  await expect.poll(() => page.locator('[id^="title-field-"]').first().isVisible()).toBe(true);
}

function parse(collection: string, locale: Locale, slug: string) {
  const { data, body: text } = splitMarkdown(read(collection, locale, slug));
  return { data: data as Record<string, unknown>, body: text.trim() };
}

/** Lines an edit changed in the content, from git: `-old` and `+new` lines, without the file headers. */
const changedLines = (diff: string) => diff.split('\n').filter((line) => /^[+-](?![+-]{2} )/.test(line));

/** A 4000×3000 phone photo stored sideways (EXIF orientation 6) with a GPS position, with a red block in its stored top-left corner. */
async function phonePhoto(colour: string): Promise<Buffer> {
  const marker = Buffer.from('<svg width="4000" height="3000"><rect width="800" height="600" fill="#e00000"/></svg>');
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: colour } })
    .composite([{ input: marker }])
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'T-1000', ImageDescription: 'School yard' },
      IFD2: { DateTimeOriginal: '2026:11:20 10:00:00', BodySerialNumber: 'SN123456' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 0/1 5000/100', GPSLongitudeRef: 'E', GPSLongitude: '78/1 22/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** Whether EXIF data carries a GPS block (tag 0x8825 in its byte order). */
const hasGps = (exif: Buffer | undefined) => !!exif && exif.includes(exif.includes(Buffer.from('MM')) ? Buffer.from([0x88, 0x25]) : Buffer.from([0x25, 0x88]));

beforeAll(async () => {
  repo = contentRepo(join(root, 'test/fixtures/cms/content'));
  cms = await startCms({
    mode: 'fs',
    repo,
    sitePort: await freePort(),
    backendPort: await freePort(),
    env: { ULAGAT_NOW: TEST_NOW, ULAGAT_ASTRO_CACHE: mkdtempSync(join(tmpdir(), 'ulagat-cms-astro-')) },
    log: (line) => backendLog.push(line),
  });
  browser = await launchBrowser();
  const { entrySchema } = await import('../../src/content/schemas');
  newsSchema = entrySchema('news', () => z.string());
});

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe.each(['fs', 'git'] as const)('%s mode', (mode) => {
  const text = kazakhFirst(mode);
  const slug = slugify(text.kk.title);

  beforeAll(async () => {
    if (mode !== 'git') return;
    // The developer commits what fs mode wrote (with a lockfile); then `npm install` rewrites the lockfile.
    writeFileSync(join(repo, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'Edits made in fs mode');
    writeFileSync(join(repo, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"node_modules/@rollup/rollup-darwin-arm64":{}}}\n');
    await cms.switchMode('git');
  });

  it('lets an editor write a report in Kazakh only and publish it, then add Russian later, without a reload', async () => {
    reloads = 0;
    const before = mode === 'git' ? git(repo, 'rev-parse', 'HEAD').trim() : '';
    const kazakhFiles = readdirSync(join(repo, 'content/news/kk')).length;
    await openCms('kk', '#/collections/news/new');
    await expect.poll(() => page.getByRole('button', { name: `${ui.kk.writingIn}: KK` }).count()).toBe(1);
    // The date's "Now" button is named after the field's label, in Kazakh (a Decap bug, patched).
    expect(await page.getByRole('button', { name: '«Күні» өрісіне қазіргі уақытты қою' }).count()).toBe(1);
    await typeInto(0, text.kk);
    await publish(mode, 'kk');
    await expectNoReload(`/kk/news/${slug}/`, text.kk.title);

    // Named once, from the Kazakh title; Russian and English not written yet.
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(parse('news', 'kk', slug)).toMatchObject({ data: { title: text.kk.title, summary: text.kk.summary }, body: text.kk.body });
    expect(newsSchema.safeParse(parse('news', 'kk', slug).data).success).toBe(true);
    for (const l of locales.filter((l) => l !== 'kk')) expect(parse('news', l, slug).data.title, l).toBeUndefined();
    const kazakhFile = read('news', 'kk', slug);

    // A Russian editor adds the Russian text later, in the Russian interface. The list shows the
    // Kazakh title (no Russian one yet) and a formatted date, not the stored one.
    const card = `a[href$="/collections/news/entries/${slug}"]`;
    await openCms('ru', '#/collections/news', card);
    const line = await page.locator(card).innerText();
    expect(line).toContain(text.kk.title);
    expect(line).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.locator(card).click();
    await field('title', 0).waitFor();
    expect(await field('title', 0).inputValue()).toBe('');
    expect(await field('title', 1).inputValue()).toBe(text.kk.title);
    await typeInto(0, text.ru);
    await publish(mode, 'ru');
    await expectNoReload(`/ru/news/${slug}/`, text.ru.title);

    expect(parse('news', 'ru', slug)).toMatchObject({ data: { title: text.ru.title, summary: text.ru.summary }, body: text.ru.body });
    expect(read('news', 'kk', slug)).toBe(kazakhFile);
    // Adding Russian did not rename or copy the entry.
    expect(readdirSync(join(repo, 'content/news/kk'))).toHaveLength(kazakhFiles + 1);
    if (mode === 'git') {
      // Two commits with only the entry's files; nothing else staged or committed, no draft branch left.
      const files = git(repo, 'diff', '--name-only', before, 'HEAD').trim().split('\n');
      expect(files.sort()).toEqual(locales.map((l) => `content/news/${l}/${slug}.md`).sort());
      expect(git(repo, 'status', '--porcelain').trim()).toBe('M package-lock.json');
      expect(git(repo, 'branch', '--list', 'cms/*').trim()).toBe('');
    }
  });

  it('keeps every language of a trilingual report when only its Russian title is edited, through save, reopen, save again and publish', async () => {
    const before = git(repo, 'rev-parse', 'HEAD').trim();
    const original = { kk: parse('news', 'kk', 'round-table').data.title, en: parse('news', 'en', 'round-table').data.title };
    await openCms('kk', '#/collections/news/entries/round-table');
    // The right pane is Russian in the Kazakh interface.
    expect(await page.getByRole('button', { name: `${ui.kk.writingIn}: RU` }).count()).toBe(1);
    await field('title', 1).fill(`${editedTitle(mode)}…`);
    await save(mode, 'kk');

    // Reopened by its address: all three languages are there.
    await openCms('kk', '#/collections/news/entries/round-table');
    expect(await field('title', 0).inputValue()).toBe(original.kk);
    expect(await field('title', 1).inputValue()).toBe(`${editedTitle(mode)}…`);
    expect(await field('summary', 0).inputValue()).not.toBe('');
    if (mode === 'fs') {
      // The preview writes the Kazakh date as the page does, not Chromium's "2025 M10 25".
      await page.getByRole('button', { name: 'Алдын ала қарау' }).click();
      await page.locator('iframe').first().contentFrame().getByText('2025 жылғы 25 қазан').first().waitFor();
      await page.getByRole('button', { name: 'Тілдерді қатар көрсету' }).click();
    }
    await page.getByRole('button', { name: `${ui.kk.writingIn}: RU` }).click();
    await page.getByRole('menuitem', { name: 'en', exact: true }).click();
    await expect.poll(() => field('title', 1).inputValue()).toBe(original.en);
    await page.getByRole('button', { name: `${ui.kk.writingIn}: EN` }).click();
    await page.getByRole('menuitem', { name: 'ru', exact: true }).click();
    await expect.poll(() => field('title', 1).inputValue()).toBe(`${editedTitle(mode)}…`);

    await field('title', 1).fill(editedTitle(mode));
    await publish(mode, 'kk');
    await expectNoReload('/ru/news/round-table/', editedTitle(mode));

    // One line changed in one file: the Russian title.
    const diff = mode === 'git' ? git(repo, 'diff', '-U0', before, 'HEAD') : git(repo, 'diff', '-U0', before, '--', 'content/news');
    const oldTitle = parse('news', 'ru', 'round-table').data.title === editedTitle(mode) ? git(repo, 'show', `${before}:content/news/ru/round-table.md`).match(/^title: (.*)$/m)![1] : undefined;
    expect(changedLines(diff)).toEqual([`-title: ${oldTitle}`, `+title: ${JSON.stringify(editedTitle(mode))}`]);
    expect(diff.match(/^\+\+\+ b\/(.*)$/gm)).toEqual(['+++ b/content/news/ru/round-table.md']);
    // Switching the right pane's language did not throw (a Decap bug, patched).
    expect(pageErrors.filter((e) => e.includes('onLocaleChange'))).toEqual([]);
  });
});

describe('photos (git mode)', () => {
  const photos = ['Әжелер ойыны.jpg', 'Ұлттық ойындар.jpg'] as const;
  const added = () => readdirSync(join(repo, 'content/media')).filter((f) => !['round-table.jpg', 'open-class.jpg'].includes(f)).sort();

  it('are prepared in the browser (upright, at most 2560 px, no metadata, distinct ASCII names) and published with the entry', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ulagat-photos-'));
    for (const [i, name] of photos.entries()) {
      const photo = await phonePhoto(i === 0 ? '#3366aa' : '#33aa66');
      const meta = await sharp(photo).metadata();
      expect([meta.width, meta.height, meta.orientation, hasGps(meta.exif)]).toEqual([4000, 3000, 6, true]);
      writeFileSync(join(folder, name), photo);
    }
    const before = git(repo, 'rev-parse', 'HEAD').trim();
    await openCms('kk', '#/collections/events/entries/open-class');
    /** Uploads through the open media library; the notice names the prepared file, which is then chosen. */
    const upload = async (name: string) => {
      await page.locator('input[type="file"]').setInputFiles(join(folder, name));
      const notice = page.getByText(new RegExp(`^${ui.kk.photoReady}: «${slugify(name.replace(/\.jpg$/, ''))}-[0-9a-f]{8}\\.jpg», .*1920 × 2560`));
      await notice.waitFor();
      await page.getByRole('button', { name: ui.kk.use }).click();
    };
    // The cover. A file over 20 MB and an iPhone HEIC are refused, saying why, before anything is stored.
    await page.getByRole('button', { name: ui.kk.choose }).first().click();
    writeFileSync(join(folder, 'Үлкен фото.jpg'), Buffer.alloc(21 * 1024 * 1024, 1));
    writeFileSync(join(folder, 'IMG_0042.HEIC'), Buffer.from('....ftypheic not a real photo'));
    await page.locator('input[type="file"]').setInputFiles(join(folder, 'Үлкен фото.jpg'));
    await page.getByRole('alert').getByText(/«Үлкен фото\.jpg» файлы тым үлкен \(21,0 МБ\)/).waitFor();
    await page.locator('input[type="file"]').setInputFiles(join(folder, 'IMG_0042.HEIC'));
    await page.getByRole('alert').getByText(/«IMG_0042\.HEIC» HEIC пішімінде.*JPEG/).waitFor();
    expect(added()).toEqual([]);
    await upload(photos[0]);
    await field('coverAlt', 0).fill('Әжелер балалармен бірге ұлттық ойын ойнап жатыр');
    await field('coverAlt', 1).fill('Бабушки играют с детьми в национальную игру');
    await page.getByRole('button', { name: `${ui.kk.writingIn}: RU` }).click();
    await page.getByRole('menuitem', { name: 'en', exact: true }).click();
    await field('coverAlt', 1).fill('Grandmothers playing a national game with children');
    // A photo in the Kazakh text, through the editor's image component.
    await body(0).click();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Компонент қосу' }).first().click();
    await page.getByRole('menuitem', { name: 'Фотосурет' }).click();
    await body(0).getByRole('button', { name: ui.kk.choose }).click();
    await upload(photos[1]);
    await body(0).locator('[id^="alt-field-"]').fill('Балалар ұлттық ойын ойнап жатыр');
    await publish('git', 'kk');

    const names = added();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^azheler-oyyny-[0-9a-f]{8}\.jpg$/);
    expect(names[1]).toMatch(/^ulttyq-oyyndar-[0-9a-f]{8}\.jpg$/);
    for (const name of names) {
      const path = join(repo, 'content/media', name);
      const meta = await sharp(path).metadata();
      expect({ name, width: meta.width, height: meta.height, format: meta.format }).toEqual({ name, width: 1920, height: 2560, format: 'jpeg' });
      expect([meta.exif, meta.xmp, meta.iptc, meta.orientation], name).toEqual([undefined, undefined, undefined, undefined]);
      // At most the small standard sRGB colour profile Chromium writes: nothing about the photo or the phone.
      if (meta.icc) expect([meta.icc.length < 1024, meta.icc.includes(Buffer.from('\0s\0R\0G\0B'))], name).toEqual([true, true]);
      expect(statSync(path).size, name).toBeLessThan(1024 * 1024);
      // Upright: the red block stored top-left of the sideways original is now top-right.
      const { data, info } = await sharp(path).raw().toBuffer({ resolveWithObject: true });
      const red = (x: number, y: number) => {
        const i = (y * info.width + x) * info.channels;
        return data[i]! > 180 && data[i + 1]! < 80 && data[i + 2]! < 80;
      };
      expect([red(info.width - 20, 20), red(20, 20), red(info.width - 20, info.height - 20)], name).toEqual([true, false, false]);
    }
    const kazakh = parse('master-classes', 'kk', 'open-class');
    expect(kazakh.data.cover).toBe(`../../media/${names[0]}`);
    expect(kazakh.body).toContain(`../../media/${names[1]}`);
    // One commit with the entry's files and its photos only; the lockfile still modified and uncommitted.
    expect(git(repo, 'diff', '--name-only', before, 'HEAD').trim().split('\n').sort()).toEqual([
      ...names.map((n) => `content/media/${n}`),
      ...locales.map((l) => `content/master-classes/${l}/open-class.md`),
    ].sort());
    expect(git(repo, 'status', '--porcelain').trim()).toBe('M package-lock.json');
  });

  it('are all listed in the media library when an entry is opened by its address', async () => {
    await openCms('kk', '#/collections/news/entries/round-table');
    // The cover shows, not an empty box (a Decap bug, patched): the fixture photo is 640 px wide.
    await expect.poll(() => page.locator('[id^="cover-field-"] img, img[role="presentation"]').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    await page.getByRole('button', { name: ui.kk.chooseDifferent }).first().click();
    const names = readdirSync(join(repo, 'content/media')).sort();
    expect(names).toHaveLength(4);
    for (const name of names) await expect.poll(() => page.getByText(name, { exact: true }).count(), { message: name }).toBeGreaterThan(0);
  });
});

describe('the site built from what the editors published', () => {
  let build: BuildResult;
  const pageAt = (path: string) => load(fileFor(build.outDir, path)!);
  beforeAll(() => {
    build = astroBuild({ contentDir: join(repo, 'content'), env: { ULAGAT_NOW: TEST_NOW } });
  });

  it('has the Kazakh-first reports in Kazakh and Russian, and English through the fallback', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    for (const mode of ['fs', 'git'] as const) {
      const text = kazakhFirst(mode);
      const slug = slugify(text.kk.title);
      for (const l of ['kk', 'ru'] as const) {
        expect(pageAt(`/${l}/news/${slug}/`).querySelector('h1')?.textContent, `${mode} ${l}`).toBe(text[l].title);
        expect(pageAt(`/${l}/news/${slug}/`).querySelector('[data-fallback-notice]'), `${mode} ${l}`).toBeNull();
      }
      expect(pageAt(`/en/news/${slug}/`).querySelector('[data-fallback-notice]'), mode).not.toBeNull();
    }
  });

  it('shows the edited Russian title, and the other languages as they were', () => {
    expect(pageAt('/ru/news/round-table/').querySelector('h1')?.textContent).toBe(editedTitle('git'));
    expect(pageAt('/kk/news/round-table/').querySelector('h1')?.textContent).toBe('Талдықорғанда «Біртұтас тәрбие» дөңгелек үстелі өтті');
  });

  it('shows both photos on the page, optimised from the uploaded files', () => {
    const sources = pageAt('/kk/master-classes/open-class/')
      .querySelectorAll('img')
      .map((img) => `${img.getAttribute('src')} ${img.getAttribute('srcset') ?? ''}`);
    expect(sources.some((s) => s.includes('azheler-oyyny-'))).toBe(true);
    expect(sources.some((s) => s.includes('ulttyq-oyyndar-'))).toBe(true);
  });
});
