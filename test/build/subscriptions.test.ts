/**
 * Reaching readers where they are: the calendar feeds they subscribe to, the subscribe block on
 * the events, region and project pages, and the list the Telegram announcer posts from. Built
 * twice from test/fixtures/reach with "now" = TEST_NOW (2026-11-22): once as it is, and once,
 * incrementally over the first build's cache, after the Zhetysu mentors' meetup moved an hour.
 *
 * The fixture, outside git, dates its files by their modification times, set here: every file
 * last changed at T0; the moved meetup at T1; the spring fair's file touched at T2 with no change.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announce } from '../../scripts/announce';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { parseAnnouncementList } from '../../src/utils/announce';
import { astroBuild, type BuildResult } from '../helpers/astro';
import { fakeTelegram, type FakeTelegram } from '../helpers/fake-telegram';
import { fileFor, load } from '../helpers/html';
import { root, TEST_NOW } from '../helpers/paths';

const T0 = new Date('2026-11-01T10:00:00Z');
const T1 = new Date('2026-11-20T08:00:00Z');
const T2 = new Date('2026-11-21T09:30:00Z');

const scratch = mkdtempSync(join(tmpdir(), 'ulagat-subscriptions-'));
const content = join(scratch, 'content');
const outDir = join(scratch, 'dist');
const firstDir = join(scratch, 'first');
const file = (path: string) => join(content, path);

function touchAll(dir: string, time: Date) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) touchAll(path, time);
    else utimesSync(path, time, time);
  }
}

let first: BuildResult;
let second: BuildResult;

beforeAll(() => {
  cpSync(join(root, 'test/fixtures/reach/content'), content, { recursive: true });
  touchAll(content, T0);
  const env = { ULAGAT_NOW: TEST_NOW, ULAGAT_ASTRO_CACHE: join(scratch, 'cache') };
  first = astroBuild({ contentDir: content, outDir, env });
  if (first.status !== 0) throw new Error(first.output.slice(-3000));
  cpSync(outDir, firstDir, { recursive: true });
  // The meetup moves from 15:00 to 16:00 (a shared field: every language's file says it).
  for (const l of locales) {
    const path = file(`master-classes/${l}/mentors-meetup.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('start: "2026-12-12T15:00"', 'start: "2026-12-12T16:00"'));
    utimesSync(path, T0, T0);
  }
  utimesSync(file('master-classes/ru/mentors-meetup.md'), T1, T1);
  utimesSync(file('master-classes/ru/spring-fair.md'), T2, T2);
  second = astroBuild({ contentDir: content, outDir, env });
}, 300_000);

const text = (dir: string, path: string) => readFileSync(fileFor(dir, path) ?? (() => { throw new Error(`${path} is not built in ${dir}`); })(), 'utf8');

function feed(dir: string, path: string) {
  const calendar = new ICAL.Component(ICAL.parse(text(dir, path)));
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    summary: String(v.getFirstPropertyValue('summary')),
    status: String(v.getFirstPropertyValue('status')),
    start: String(v.getFirstPropertyValue('dtstart')),
    stamp: String(v.getFirstPropertyValue('dtstamp')),
    modified: String(v.getFirstPropertyValue('last-modified')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    url: String(v.getFirstPropertyValue('url')),
  }));
  return { calendar, events, uids: events.map((e) => e.uid) };
}

const feedPaths = (l: string) => [
  `/${l}/master-classes/calendar.ics`,
  ...['zhetysu', 'abai'].map((s) => `/${l}/regions/${s}/calendar.ics`),
  ...['zhetysu-mentorship', 'school-of-moms'].map((s) => `/${l}/projects/${s}/calendar.ics`),
];
const uid = (slug: string) => `${slug}@ulagat.kz`;
const iso = (d: Date) => d.toISOString().replace('.000', '');

/** Paths Astro copied from the previous build (see test/build/incremental.test.ts). */
const copied = (build: BuildResult) => [...build.output.matchAll(/[├└]─ (\/\S*?) \((?:cached|restored)\)/g)].map((m) => m[1]!);
const logged = (build: BuildResult) => [...build.output.matchAll(/[├└]─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)/g)].map((m) => m[1]!);

describe('calendar feeds', () => {
  it('build, and every feed parses, with its name, zone, refresh interval and stamped events', () => {
    expect(first.status, first.output.slice(-3000)).toBe(0);
    for (const l of locales) {
      for (const path of feedPaths(l)) {
        const { calendar, events } = feed(firstDir, path);
        expect(calendar.getFirstPropertyValue('x-wr-calname'), path).toBeTruthy();
        expect(calendar.getFirstPropertyValue('x-wr-timezone'), path).toBe('Asia/Almaty');
        expect(calendar.getFirstProperty('refresh-interval')?.toICALString(), path).toBe('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
        expect(calendar.getFirstPropertyValue('x-published-ttl'), path).toBe('PT12H');
        for (const e of events) {
          expect([e.modified, e.stamp], `${path} ${e.uid}`).toEqual([iso(T0), iso(T0)]);
          expect(e.sequence, `${path} ${e.uid}`).toBeGreaterThan(0);
          expect(e.url).toBe(`https://ulagat.kz/${l}/master-classes/${e.uid.split('@')[0]}/`);
        }
      }
    }
  });

  it('hold every event to come and every event of the last year, with one UID in every language', () => {
    for (const l of locales) {
      // Soonest first; the fair of June 2025 ended over a year ago, and a draft is never shown.
      expect(feed(firstDir, `/${l}/master-classes/calendar.ics`).uids).toEqual([uid('spring-fair'), uid('mentors-meetup'), uid('cancelled-talk')]);
    }
    // Written only in Russian: the Kazakh feed holds it in Russian, under the same UID.
    expect(feed(firstDir, '/kk/master-classes/calendar.ics').events[0]!.summary).toBe('Весенняя ярмарка мам');
    expect(feed(firstDir, '/kk/master-classes/calendar.ics').events[1]!.summary).toBe('Тәлімгерлер кездесуі');
  });

  it('keep a cancelled event, marked CANCELLED and saying so in its title', () => {
    for (const l of locales) {
      const talk = feed(firstDir, `/${l}/master-classes/calendar.ics`).events.find((e) => e.uid === uid('cancelled-talk'))!;
      expect(talk.status).toBe('CANCELLED');
      expect(talk.summary.startsWith(`${dictionaries[l]['events.status.cancelled']}: `), talk.summary).toBe(true);
    }
  });

  it('give a region and a project exactly their own events, under a name in the page’s language', () => {
    for (const l of locales) {
      expect(feed(firstDir, `/${l}/regions/zhetysu/calendar.ics`).uids).toEqual([uid('mentors-meetup'), uid('cancelled-talk')]);
      expect(feed(firstDir, `/${l}/regions/abai/calendar.ics`).uids).toEqual([]);
      expect(feed(firstDir, `/${l}/projects/zhetysu-mentorship/calendar.ics`).uids).toEqual([uid('mentors-meetup')]);
      expect(feed(firstDir, `/${l}/projects/school-of-moms/calendar.ics`).uids).toEqual([uid('spring-fair')]);
      const region = load(fileFor(firstDir, `/${l}/regions/zhetysu/`)!).querySelector('h1')!.textContent.trim();
      const name = String(feed(firstDir, `/${l}/regions/zhetysu/calendar.ics`).calendar.getFirstPropertyValue('x-wr-calname'));
      expect(name.toLowerCase()).toContain(region.toLowerCase());
      expect(name).toContain(dictionaries[l]['site.name']);
    }
    expect(feed(firstDir, '/ru/regions/zhetysu/calendar.ics').calendar.getFirstPropertyValue('x-wr-calname')).toBe('Область Жетісу: мероприятия (Ұлағат)');
    expect(feed(firstDir, '/kk/regions/zhetysu/calendar.ics').calendar.getFirstPropertyValue('x-wr-calname')).toBe('Жетісу облысы: іс-шаралар (Ұлағат)');
    expect(feed(firstDir, '/en/regions/zhetysu/calendar.ics').calendar.getFirstPropertyValue('x-wr-calname')).toBe('Zhetysu Region: events (Ulagat)');
  });

  it('keep every UID when an event moves, and move its time, LAST-MODIFIED and SEQUENCE forward', () => {
    expect(second.status, second.output.slice(-3000)).toBe(0);
    for (const l of locales) {
      for (const path of feedPaths(l)) expect(feed(outDir, path).uids, path).toEqual(feed(firstDir, path).uids);
      const before = feed(firstDir, `/${l}/regions/zhetysu/calendar.ics`).events;
      const after = feed(outDir, `/${l}/regions/zhetysu/calendar.ics`).events;
      expect([before[0]!.start, after[0]!.start]).toEqual(['2026-12-12T10:00:00Z', '2026-12-12T11:00:00Z']);
      expect([after[0]!.modified, after[0]!.stamp]).toEqual([iso(T1), iso(T1)]);
      expect(after[0]!.sequence).toBeGreaterThan(before[0]!.sequence);
      // The other event did not change.
      expect(after[1]).toEqual(before[1]);
    }
  });

  it('carry incremental-build keys: unchanged feeds are kept, and a feed is made again when an event’s files change', () => {
    const kept = copied(second);
    const made = logged(second).filter((p) => !kept.includes(p));
    for (const l of locales) {
      expect(kept, l).toContain(`/${l}/regions/abai/calendar.ics`);
      expect(made, l).toEqual(expect.arrayContaining([`/${l}/master-classes/calendar.ics`, `/${l}/regions/zhetysu/calendar.ics`, `/${l}/projects/zhetysu-mentorship/calendar.ics`]));
    }
    // The spring fair's file was touched without a change: its poster and card are kept (its
    // page is made again, for the meetup's new time in the events listed beside it), but the
    // feeds that hold it say when it last changed, so they are made again.
    expect(kept).toEqual(expect.arrayContaining(['/ru/master-classes/spring-fair/poster/index.html', '/og/ru/events/spring-fair.jpg']));
    expect(made).toContain('/ru/master-classes/spring-fair/index.html');
    expect(made).toContain('/ru/projects/school-of-moms/calendar.ics');
    expect(feed(outDir, '/ru/projects/school-of-moms/calendar.ics').events[0]!.modified).toBe(iso(T2));
  });
});

describe('the subscribe block', () => {
  const pages = (l: string) => [
    { page: `/${l}/master-classes/`, feed: `/${l}/master-classes/calendar.ics` },
    { page: `/${l}/regions/zhetysu/`, feed: `/${l}/regions/zhetysu/calendar.ics` },
    { page: `/${l}/projects/zhetysu-mentorship/`, feed: `/${l}/projects/zhetysu-mentorship/calendar.ics` },
  ];

  it('offers webcal, Google Calendar and the address to copy, each with its line, in the page’s language', () => {
    for (const l of locales) {
      const t = dictionaries[l];
      for (const { page, feed: path } of pages(l)) {
        const block = load(fileFor(firstDir, page)!).querySelector('[data-subscribe]');
        expect(block, page).not.toBeNull();
        expect(block!.getAttribute('data-pagefind-ignore'), page).toBe('');
        expect(block!.querySelector('h2')!.textContent).toBe(t['calendar.subscribe.title']);
        const webcal = block!.querySelector('[data-subscribe-webcal]')!;
        expect(webcal.getAttribute('href')).toBe(`webcal://ulagat.kz${path}`);
        expect(webcal.textContent).toBe(t['calendar.subscribe.app']);
        const google = new URL(block!.querySelector('[data-subscribe-google]')!.getAttribute('href')!);
        expect(google.searchParams.get('cid')).toBe(`webcal://ulagat.kz${path}`);
        const address = block!.querySelector('[data-subscribe-address]')!;
        expect(address.getAttribute('value')).toBe(`https://ulagat.kz${path}`);
        expect(fileFor(firstDir, path), path).toBeDefined();
        // Each way is explained in one line of its own.
        for (const a of [webcal, block!.querySelector('[data-subscribe-google]')!, address]) {
          const hint = block!.querySelector(`#${a.getAttribute('aria-describedby')}`);
          expect(hint?.textContent.trim(), page).toBeTruthy();
        }
        // Without JavaScript there is no button to press, only the address to select.
        expect(block!.querySelector('[data-subscribe-copy]')!.hasAttribute('hidden')).toBe(true);
      }
    }
  });

  it('adds only the copy script to the page', () => {
    const page = text(firstDir, '/kk/regions/zhetysu/');
    // The page's scripts: inline ones, and the files it loads.
    const scripts = [...page.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => {
      const src = m[1]!.match(/src="(\/_astro\/[^"]+)"/)?.[1];
      return src ? readFileSync(join(firstDir, src), 'utf8') : m[2]!;
    });
    const subscribe = scripts.filter((s) => s.includes('data-subscribe'));
    expect(subscribe).toHaveLength(1);
    expect(subscribe[0]!.length).toBeLessThan(600);
    expect(subscribe[0]).toContain('clipboard');
  });
});

describe('the list the Telegram announcer posts from', () => {
  let telegram: FakeTelegram;
  beforeAll(async () => {
    telegram = await fakeTelegram();
  });
  afterAll(() => telegram.close());

  const built = () => parseAnnouncementList(JSON.parse(text(firstDir, '/announce.json')), 'announce.json');

  it('lists every published report and event, in the languages each is written in, and no draft', () => {
    const list = built();
    expect(list.entries.map((e) => e.key)).toEqual([
      'events/cancelled-talk',
      'events/mentors-meetup',
      'events/old-fair',
      'events/spring-fair',
      'news/archive-story',
      'news/mentors-report',
    ]);
    const byKey = Object.fromEntries(list.entries.map((e) => [e.key, e]));
    expect(Object.keys(byKey['events/spring-fair']!.texts)).toEqual(['ru']);
    expect(Object.keys(byKey['news/mentors-report']!.texts)).toEqual([...locales]);
    expect(byKey['news/archive-story']).toMatchObject({ announce: true, date: '2025-12-01T00:00:00.000Z' });
    expect(byKey['events/mentors-meetup']).toMatchObject({ announce: false, date: '2026-12-12T10:00:00.000Z' });
    expect(byKey['events/mentors-meetup']!.texts.en!.lines).toEqual(['12 December 2026, 15:00–17:30 (Kazakhstan time)', 'Taldykorgan House of Culture, Zhetysu Region']);
    expect(byKey['events/cancelled-talk']!.texts.ru!.lines[0]).toBe(dictionaries.ru['events.status.cancelled']);
    for (const entry of list.entries) {
      for (const t of Object.values(entry.texts)) expect(fileFor(firstDir, new URL(t.url).pathname), t.url).toBeDefined();
    }
  });

  it('posts a report new in this deploy, in each language, with its title as written', async () => {
    const list = built();
    const dir = mkdtempSync(join(tmpdir(), 'ulagat-announce-'));
    // The deploy before this one had everything but the report.
    writeFileSync(join(dir, 'live.json'), JSON.stringify({ live: { ...list, entries: list.entries.filter((e) => e.key !== 'news/mentors-report') } }));
    const channels = Object.fromEntries(locales.map((l) => [l, `@ulagat_${l}`]));
    const result = await announce({
      list: fileFor(firstDir, '/announce.json')!,
      state: join(dir, 'state.json'),
      live: join(dir, 'live.json'),
      token: '1:token',
      channels,
      api: { base: telegram.url },
      now: new Date(TEST_NOW),
      pageChecks: false,
      log: () => {},
    });
    expect(result.failed).toEqual([]);
    const titles = Object.fromEntries(locales.map((l) => [l, readFileSync(join(root, `test/fixtures/reach/content/news/${l}/mentors-report.md`), 'utf8').match(/^title: "(.*)"$/m)![1]]));
    expect(telegram.delivered.map((m) => [m.chat, parse(String(m.body.text)).querySelector('b')!.textContent])).toEqual(locales.map((l) => [`@ulagat_${l}`, titles[l]]));
    expect(titles.ru).toBe('Итоги <года> & планы: *менторы* и ученики_2026');
    expect(String(telegram.delivered[1]!.body.text)).toContain('https://ulagat.kz/ru/news/mentors-report/');
  });
});
