import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileHashes } from '../helpers/content';
import { astroBuild, type BuildResult } from '../helpers/astro';
import { root, TEST_NOW } from '../helpers/paths';
import { locales } from '../../src/i18n/locales';

/** The site's languages, as a regular expression alternation. */
const L = locales.join('|');

/**
 * Incremental builds: pages drawn from one entry (reports, events, posters, preview cards) or
 * listing entries (news list pages, regions, projects) carry a `cacheKey`, and a rebuild copies
 * those whose key and code are unchanged. A copied
 * page must be exactly what a full build would write. Each step edits a small content tree,
 * rebuilds it incrementally over the previous build's cache, builds it again from nothing,
 * and compares every file of the two.
 */

const scratch = mkdtempSync(join(tmpdir(), 'ulagat-incremental-'));
const content = join(scratch, 'content');
const cacheDir = join(scratch, 'cache');
const ogCache = join(scratch, 'og-cache');
// Astro's dependency hashes include the output folder, so incremental builds keep theirs, as
// `npm run build` does (dist/).
const outDir = join(scratch, 'dist');
const file = (path: string) => join(content, path);
const edit = (path: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file(path), 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path}: nothing to replace`);
  writeFileSync(file(path), next);
};

const news = (title: string, date: string, more = 'region: "zhetysu"') => `---
title: "${title}"
date: ${date}
summary: "Менторы школ области Жетісу подвели итоги."
${more}
---
Текст отчёта.
`;

/** A rebuild over the incremental cache and a build from nothing of the same content and "now". */
function step(now: string): { incremental: BuildResult; full: BuildResult } {
  const env = { ULAGAT_NOW: now, ULAGAT_OG_CACHE: ogCache };
  const incremental = built(astroBuild({ contentDir: content, outDir, env: { ...env, ULAGAT_ASTRO_CACHE: cacheDir } }));
  const full = built(astroBuild({ contentDir: content, env }));
  return { incremental, full };
}

/**
 * Paths Astro copied from the previous build, and those it rendered, from its log. Rendering
 * runs four at a time, so a rendered path's timing may come lines later; a copy is logged at once.
 */
const logged = (build: BuildResult) => [...build.output.matchAll(/[├└]─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)/g)].map((m) => m[1]!);
const copied = (build: BuildResult) => [...build.output.matchAll(/[├└]─ (\/\S*?) \((?:cached|restored)\)/g)].map((m) => m[1]!);
const rendered = (build: BuildResult) => logged(build).filter((path) => !copied(build).includes(path));

/** Every file's hash, taken when the build ends (the next step builds into the same folder). */
const files = new Map<BuildResult, Record<string, string>>();
function built(build: BuildResult): BuildResult {
  if (build.status === 0) files.set(build, fileHashes(build.outDir));
  return build;
}

function expectSameFiles(a: BuildResult, b: BuildResult, except = /^$/) {
  expect(a.status, a.output.slice(-3000)).toBe(0);
  expect(b.status, b.output.slice(-3000)).toBe(0);
  const ma = Object.fromEntries(Object.entries(files.get(a)!).filter(([f]) => !except.test(f)));
  const mb = Object.fromEntries(Object.entries(files.get(b)!).filter(([f]) => !except.test(f)));
  expect(Object.keys(ma).sort()).toEqual(Object.keys(mb).sort());
  expect(Object.keys(ma).filter((f) => ma[f] !== mb[f])).toEqual([]);
}

let steps: Record<'edits' | 'listed' | 'region', { incremental: BuildResult; full: BuildResult }>;
let unchanged: BuildResult;
let fresh: BuildResult;
/** "Now" of the region step: after every event of the fixture. */
const LATER = '2027-02-01T12:00:00+05:00';

beforeAll(() => {
  // Three events (past, upcoming, Russian only), two regions, a project and the about page.
  cpSync(join(root, 'test/fixtures/incremental/content'), content, { recursive: true });
  mkdirSync(file('news/ru'), { recursive: true });
  writeFileSync(file('news/ru/mentors-report.md'), news('Итоги встречи менторов', '2026-11-01'));
  // Never edited: its card and optimised cover are kept by every incremental build, its page by every one that changes nothing it lists.
  writeFileSync(file('news/ru/photo-report.md'), news('Фотоотчёт', '2026-09-01', 'cover: "../../media/storm.jpg"\ncoverAlt: "Грозовое небо над полем"'));
  writeFileSync(file('news/ru/old-report.md'), news('Старый отчёт', '2026-10-01'));
  // Older reports, enough for a second list page; the oldest has no project.
  for (let i = 1; i <= 12; i++) {
    const day = String(i).padStart(2, '0');
    writeFileSync(file(`news/ru/report-${day}.md`), news(`Отчёт ${i}`, `2026-06-${day}`, i === 1 ? 'region: "zhetysu"' : 'region: "zhetysu"\nproject: "school-of-moms"'));
  }
  const first = astroBuild({ contentDir: content, outDir, env: { ULAGAT_NOW: TEST_NOW, ULAGAT_OG_CACHE: ogCache, ULAGAT_ASTRO_CACHE: cacheDir } });
  if (first.status !== 0) throw new Error(first.output.slice(-3000));

  // A report's title edited, a report deleted, a translation added (the Russian page gains an
  // hreflang, the Kazakh one stops being a fallback), and "now" moved past the 12 December event.
  edit('news/ru/mentors-report.md', 'Итоги встречи менторов', 'Итоги встречи менторов Жетісу');
  rmSync(file('news/ru/old-report.md'));
  // A file no route makes, left in the output folder.
  writeFileSync(join(outDir, 'ru/news/left-by-hand.html'), '<p>old</p>');
  cpSync(file('master-classes/ru/winter-workshop.md'), file('master-classes/kk/winter-workshop.md'));
  edit('master-classes/kk/winter-workshop.md', 'title: "Зимняя мастерская"', 'title: "Қысқы шеберхана"');
  const edits = step('2026-12-13T12:00:00+05:00');
  // The oldest report's text edited: it is on the second list page, in Zhetysu, in no project.
  edit('news/ru/report-01.md', 'Текст отчёта.', 'Текст отчёта, дополненный.');
  const listed = step('2026-12-13T12:00:00+05:00');
  // A region renamed: every page that names it changes; and "now" moves past the last event.
  edit('regions/en/zhetysu.md', /^title: ".*"$/m, 'title: "Zhetysu Region (renamed)"');
  const region = step(LATER);
  steps = { edits, listed, region };
  // Nothing changed, later the same day: the full build of the step before is the reference.
  unchanged = built(astroBuild({ contentDir: content, outDir, env: { ULAGAT_NOW: '2027-02-01T18:00:00+05:00', ULAGAT_OG_CACHE: ogCache, ULAGAT_ASTRO_CACHE: cacheDir } }));
  // The same content and "now" as the region step, from nothing, every card drawn afresh.
  fresh = built(astroBuild({ contentDir: content, env: { ULAGAT_NOW: LATER, ULAGAT_OG_CACHE: join(scratch, 'og-fresh') } }));
}, 300_000);

describe('incremental builds', () => {
  it('copy unchanged pages and cards, and render what an edit, a new translation or the date changed', () => {
    const { incremental } = steps.edits;
    expect(incremental.status, incremental.output.slice(-3000)).toBe(0);
    const again = rendered(incremental);
    const same = copied(incremental);
    // Unchanged: the autumn talk (past before and after): its card and poster, and the pages
    // without a list of events to come (a region with no entries).
    expect(same).toEqual(
      expect.arrayContaining(['/og/kk/events/autumn-talk.jpg', '/og/en/events/autumn-talk.jpg', '/ru/master-classes/autumn-talk/poster/index.html', '/ru/regions/abai/index.html']),
    );
    // Its page lists the events still to come beside it: the meetup has ended, so it is rendered again.
    expect(again).toEqual(expect.arrayContaining(['/kk/master-classes/autumn-talk/index.html', '/en/master-classes/autumn-talk/index.html']));
    expect(again).toEqual(
      expect.arrayContaining([
        '/ru/news/mentors-report/index.html', // its title
        '/en/news/mentors-report/index.html', // shows the Russian text until translated
        '/og/ru/news/mentors-report.jpg',
        '/ru/master-classes/winter-workshop/index.html', // gained a Kazakh translation
        '/kk/master-classes/winter-workshop/index.html', // no longer a fallback
        '/og/kk/events/winter-workshop.jpg', // a card of its own now
        '/ru/master-classes/mentors-meetup/index.html', // past since "now" moved
      ]),
    );
    expect(same.length).toBeGreaterThan(20);
  });

  it('write exactly the files a full build writes, after edits, a deletion, a translation and a date change', () => {
    expectSameFiles(steps.edits.incremental, steps.edits.full);
    const written = Object.keys(files.get(steps.edits.incremental)!);
    // The output folder is not emptied first: the deleted report's pages and card and the stray file are removed after.
    expect(written.filter((f) => /old-report|left-by-hand/.test(f))).toEqual([]);
    expect(steps.edits.incremental.output).toMatch(/Removed \d+ file\(s\) this build no longer makes/);
    // The kept report's card is copied (its page lists the events to come, which changed), and its cover, optimised, is still there.
    expect(copied(steps.edits.incremental)).toContain('/og/ru/news/photo-report.jpg');
    expect(written.filter((f) => f.startsWith('_astro/') && f.includes('storm')).length).toBeGreaterThan(0);
  });

  it('render the list, region and project pages that show an edited report, and copy the others', () => {
    expectSameFiles(steps.listed.incremental, steps.listed.full);
    const again = rendered(steps.listed.incremental);
    expect(again).toEqual(
      expect.arrayContaining([
        '/ru/news/report-01/index.html',
        '/ru/news/2/index.html', // the list page that shows it
        '/kk/news/2/index.html', // and the Kazakh one, which shows it untranslated
      ]),
    );
    expect(copied(steps.listed.incremental)).toEqual(
      expect.arrayContaining([
        '/ru/news/index.html',
        '/en/news/index.html',
        '/ru/regions/abai/index.html',
        '/kk/regions/abai/index.html',
        // Its region lists only the latest 12 of its 14 reports: report-01 is not among them.
        '/ru/regions/zhetysu/index.html',
        '/ru/projects/school-of-moms/index.html',
        '/ru/news/report-02/index.html',
        // Pages that show no report: the events list, archive and feed, the about page, the 404 page.
        '/ru/master-classes/index.html',
        '/ru/master-classes/archive/index.html',
        '/ru/master-classes/rss.xml',
        '/ru/about/index.html',
        '/ru/404/index.html',
      ]),
    );
    // The news feed carries the report; the home page (the latest four) and the search page (its years) do not show it.
    expect(again).toContain('/ru/news/rss.xml');
    expect(copied(steps.listed.incremental)).toEqual(expect.arrayContaining(['/ru/index.html', '/ru/search/index.html']));
    // What it does not show was not rendered again.
    expect(again.filter((p) => new RegExp(`^/(${L})/(news/(index\\.html|report-0[2-9]|report-1)|regions/abai|projects/[a-z-]+/)`).test(p))).toEqual([]);
  });

  it('render every page that names a renamed region again', () => {
    expectSameFiles(steps.region.incremental, steps.region.full);
    expect(rendered(steps.region.incremental)).toEqual(
      expect.arrayContaining(['/en/master-classes/mentors-meetup/index.html', '/en/news/mentors-report/index.html', '/en/master-classes/mentors-meetup.ics']),
    );
    expect(files.get(steps.region.incremental)!['en/master-classes/mentors-meetup/index.html']).toBe(files.get(steps.region.full)!['en/master-classes/mentors-meetup/index.html']);
    expect(readFileSync(join(steps.region.full.outDir, 'en/master-classes/mentors-meetup/index.html'), 'utf8')).toContain('Zhetysu Region (renamed)');
  });

  it('are deterministic: a build from nothing with every card drawn afresh writes the same bytes', () => {
    expectSameFiles(fresh, steps.region.full);
    expect(Object.keys(files.get(fresh)!).length).toBeGreaterThan(100);
  });

  it('say on the link-in-bio page when no event is still to come', () => {
    const links = readFileSync(join(steps.region.full.outDir, 'ru/links/index.html'), 'utf8');
    expect(links).toContain('data-links-events-empty');
    expect(links).not.toContain('data-links-events>');
  });

  it('keep every report, event, poster, calendar file and card when nothing changed the same day', () => {
    // The translation status pages say when the site was built, to the minute.
    expectSameFiles(unchanged, steps.region.full, /^admin\/translations\//);
    const again = rendered(unchanged);
    expect(again.filter((p) => /\/(news|master-classes)\/(?!archive\/|\d+\/)[a-z0-9-]+(\/|\/poster\/|\.ics)(index\.html)?$/.test(p) || p.startsWith('/og/'))).toEqual([]);
    // Nor any other page of a language: lists, regions, projects, home, feeds, search, about, 404.
    expect(again.filter((p) => new RegExp(`^/(${L})/`).test(p))).toEqual([]);
    expect(copied(unchanged)).toEqual(
      expect.arrayContaining(['/kk/news/index.html', '/ru/news/2/index.html', '/en/regions/zhetysu/index.html', '/ru/projects/school-of-moms/index.html', '/kk/index.html', '/en/news/rss.xml', '/ru/search/index.html', '/kk/about/index.html']),
    );
    expect(copied(unchanged)).toEqual(expect.arrayContaining(['/en/master-classes/autumn-talk.ics', '/ru/news/photo-report/index.html', '/kk/master-classes/winter-workshop/poster/index.html']));
  });
});
