/**
 * Real Chromium through /admin/ against decap-server, on a temporary git copy of the content
 * (never the real content/): an editor creates a news report in three languages and publishes
 * it through the review workflow, then changes one title. The files are checked with the real
 * schema, the title edit with git, and the result with a real build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitMarkdown } from '../../src/content/frontmatter';
import { SLUG_PATTERN } from '../../src/utils/slug';
import { slugify } from '../../src/utils/slug';
import { astroBuild, type BuildResult } from '../helpers/astro';
import { launchBrowser, preview } from '../helpers/browser';
import { contentRepo, decapServer, freePort, git } from '../helpers/cms';
import { fileFor, load } from '../helpers/html';
import { TEST_NOW } from '../helpers/paths';

const report = {
  ru: { title: 'Круглый стол «Единое воспитание» в Талдыкоргане', summary: 'Мамы и учителя обсудили воспитание детей.', body: 'Текст новости на русском языке.' },
  kk: { title: 'Талдықорғанда «Біртұтас тәрбие» дөңгелек үстелі өтті', summary: 'Аналар мен мұғалімдер бала тәрбиесін талқылады.', body: 'Жаңалық мәтіні қазақ тілінде.' },
  en: { title: '“Unified Upbringing” round table in Taldykorgan', summary: 'Mothers and teachers discussed raising children.', body: 'The news text in English.' },
} as const;
const slug = slugify(report.ru.title);
const editedTitle = 'Детское движение «Мың жаса!» запущено по всей стране';

let repo: string;
let site: { url: string; stop: () => void };
let server: { stop: () => void; log: () => string };
let browser: Browser;
let page: Page;
let newsSchema: z.ZodType;

/** Fields are found by Decap's ids (`title-field-3`); index 0 is the left pane (Russian), 1 the right one. */
const field = (name: string, pane: 0 | 1) => page.locator(`[id^="${name}-field-"]`).nth(pane);
const body = (pane: 0 | 1) => page.locator('[data-slate-editor]').nth(pane);

async function typeInto(pane: 0 | 1, text: { title: string; summary: string; body: string }) {
  await field('title', pane).fill(text.title);
  await field('summary', pane).fill(text.summary);
  await body(pane).click();
  await page.keyboard.type(text.body);
}

/** Save, mark Ready, publish: the review workflow, in the Kazakh interface. */
async function saveAndPublish() {
  await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
  await page.getByText('Жазба сақталды').first().waitFor();
  await page.getByRole('button', { name: /^Мәртебесі:/ }).click();
  await page.getByRole('menuitem', { name: 'Дайын' }).click();
  await page.getByText('Жазбаның мәртебесі жаңартылды').first().waitFor();
  await page.getByRole('button', { name: 'Жариялау', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Қазір жариялау' }).click();
  await page.getByText('Жазба жарияланды').first().waitFor();
}

const contentFile = (locale: string, name: string) => join(repo, 'content/news', locale, `${name}.md`);

/** A fresh browser page on a screen of the CMS, logged in to the local backend. */
async function openCms(hash: string) {
  await page?.context().close();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'kk-KZ' });
  page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${site.url}/admin/?lang=kk${hash}`);
  await page.getByRole('button', { name: 'Кіру', exact: true }).click();
  await field('title', 0).waitFor();
}

beforeAll(async () => {
  repo = contentRepo();
  const port = await freePort();
  // The admin, built over the copy, talks to decap-server on this port.
  const build = astroBuild({ contentDir: join(repo, 'content'), env: { DECAP_SERVER_PORT: String(port), ULAGAT_NOW: TEST_NOW } });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output.slice(-3000)}`);
  server = await decapServer(repo, port, 'git');
  site = await preview(build.outDir);
  browser = await launchBrowser();
  const { entrySchema } = await import('../../src/content/schemas');
  newsSchema = entrySchema('news', () => z.string());
});

afterAll(async () => {
  await browser?.close();
  site?.stop();
  server?.stop();
});

describe('an editor in the Kazakh interface', () => {
  it('creates a news report in Russian, Kazakh and English with a region, and publishes it', async () => {
    await openCms('#/collections/news/new');

    await typeInto(0, report.ru);
    await field('region', 0).click();
    await page.keyboard.type('Жетісу');
    await page.keyboard.press('Enter');
    await typeInto(1, report.kk);
    await page.getByRole('button', { name: 'Жазу тілі: KK' }).click();
    await page.getByRole('menuitem', { name: 'en', exact: true }).click();
    await expect.poll(() => field('title', 1).inputValue()).toBe('');
    await typeInto(1, report.en);
    await saveAndPublish();

    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug).toBe('kruglyy-stol-edinoe-vospitanie-v-taldykorgane');
    for (const locale of ['ru', 'kk', 'en'] as const) {
      const { data, body: text } = splitMarkdown(readFileSync(contentFile(locale, slug), 'utf8'));
      const entry = newsSchema.parse(data) as { title: string; summary: string; region?: string; date: Date };
      expect(entry, locale).toMatchObject({ title: report[locale].title, summary: report[locale].summary, region: 'zhetysu' });
      expect(text.trim(), locale).toBe(report[locale].body);
    }
    // Published: merged into main, nothing left uncommitted, no helper field in any file.
    expect(git(repo, 'branch', '--list', 'cms/*').trim()).toBe('');
    expect(git(repo, 'status', '--porcelain')).toBe('');
    for (const locale of ['ru', 'kk', 'en']) expect(readFileSync(contentFile(locale, slug), 'utf8')).not.toContain('__newSlug');
  });

  it('changes only the title line when only the title is edited', async () => {
    const before = git(repo, 'rev-parse', 'HEAD').trim();
    await openCms('#/collections/news/entries/myn-jasa-launch');
    const oldTitle = await field('title', 0).inputValue();
    await field('title', 0).fill(editedTitle);
    await saveAndPublish();

    expect(git(repo, 'diff', '--name-only', before, 'HEAD').trim().split('\n')).toEqual(['content/news/ru/myn-jasa-launch.md']);
    const changed = git(repo, 'diff', '-U0', before, 'HEAD')
      .split('\n')
      .filter((line) => /^[+-](?![+-]{2} )/.test(line));
    expect(changed).toEqual([`-title: ${JSON.stringify(oldTitle)}`, `+title: ${JSON.stringify(editedTitle)}`]);
  });
});

describe('the site built from what the editor published', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = astroBuild({ contentDir: join(repo, 'content'), env: { ULAGAT_NOW: TEST_NOW } });
  });

  it('has the new report in all three languages, each in its own language, with its region', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    for (const locale of ['ru', 'kk', 'en'] as const) {
      const file = fileFor(build.outDir, `/${locale}/news/${slug}/`);
      expect(file, locale).toBeDefined();
      const doc = load(file!);
      expect(doc.querySelector('h1')?.textContent, locale).toBe(report[locale].title);
      expect(doc.querySelector('[data-fallback-notice]'), locale).toBeNull();
      expect(doc.querySelector('.entry-body')?.textContent, locale).toContain(report[locale].body);
      expect(doc.querySelector(`.facts a[href="/${locale}/regions/zhetysu/"]`), locale).not.toBeNull();
    }
  });

  it('shows the edited title', () => {
    expect(load(fileFor(build.outDir, '/ru/news/myn-jasa-launch/')!).querySelector('h1')?.textContent).toBe(editedTitle);
  });
});
