/**
 * The Telegram announcer against a stand-in Bot API and live site (test/helpers/fake-telegram.ts):
 * which messages each kind of deploy sends, what they say, and what happens when Telegram
 * refuses. The lists are written here as a build would write them (`/announce.json`).
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { announce, snapshot, type AnnounceOptions } from '../../scripts/announce';
import { locales, type Locale } from '../../src/i18n/locales';
import { parseState, type AnnouncedEntry, type AnnouncementList, type Channels } from '../../src/utils/announce';
import { channelsFrom, channelVariable, escapeHtml } from '../../src/utils/telegram';
import { fakeTelegram, forbidden, tooManyRequests, type FakeTelegram } from '../helpers/fake-telegram';
import { root } from '../helpers/paths';

const NOW = new Date('2026-11-22T07:00:00Z');
const TOKEN = '123456:TEST-token';
const channels: Channels = Object.fromEntries(locales.map((l) => [l, `@ulagat_${l}`]));

let telegram: FakeTelegram;
let dir: string;
let run = 0;
const logs: string[] = [];
const waits: number[] = [];

beforeAll(async () => {
  telegram = await fakeTelegram();
});
afterAll(() => telegram.close());
beforeEach(() => {
  telegram.reset();
  telegram.live = undefined;
  telegram.missing.clear();
  logs.length = 0;
  waits.length = 0;
  dir = mkdtempSync(join(tmpdir(), 'ulagat-announce-'));
});

const report = (slug: string, date: string, titles: Partial<Record<Locale, string>>, announce = false): AnnouncedEntry => ({
  key: `news/${slug}`,
  date: `${date}T00:00:00.000Z`,
  announce,
  texts: Object.fromEntries(
    Object.entries(titles).map(([l, title]) => [l, { title, summary: `${title}: summary (${l})`, url: `${telegram.url}/${l}/news/${slug}/`, lines: [] }]),
  ),
});

const meetupTexts = () => ({
  kk: {
    title: 'Тәлімгерлер кездесуі',
    summary: 'Жетісу облысы мектептерінің тәлімгерлері тәжірибе алмасады.',
    url: `${telegram.url}/kk/master-classes/mentors-meetup/`,
    lines: ['2026 ж. 12 желтоқсан, 15:00–17:30, Қазақстан уақыты (UTC+5)', 'Талдықорған қалалық мәдениет үйі, Жетісу облысы'],
  },
  ru: {
    title: 'Встреча менторов',
    summary: 'Менторы школ области Жетісу обменяются опытом.',
    url: `${telegram.url}/ru/master-classes/mentors-meetup/`,
    lines: ['12 декабря 2026 г., 15:00–17:30, время Казахстана (UTC+5)', 'Городской дом культуры Талдыкоргана, область Жетісу'],
  },
  en: {
    title: 'Mentors’ meetup',
    summary: 'Mentors from schools in Zhetysu Region share their experience.',
    url: `${telegram.url}/en/master-classes/mentors-meetup/`,
    lines: ['12 December 2026, 15:00–17:30, Kazakhstan time (UTC+5)', 'Taldykorgan House of Culture, Zhetysu Region'],
  },
});

const list = (...entries: AnnouncedEntry[]): AnnouncementList => ({ version: 1, entries });
const old = () => report('old-report', '2026-09-01', { kk: 'Ескі жаңалық', ru: 'Старая новость', en: 'An old report' });
const fresh = () => report('new-report', '2026-11-21', { kk: 'Жаңа жаңалық', ru: 'Свежая новость', en: 'A new report' });

/** One deploy: the build's list written where the build writes it, then the announcer. */
async function deploy(built: AnnouncementList, more: Partial<AnnounceOptions> = {}) {
  const file = join(dir, `announce-${++run}.json`);
  writeFileSync(file, JSON.stringify(built));
  return announce({
    list: file,
    state: join(dir, 'state.json'),
    site: telegram.url,
    token: TOKEN,
    channels,
    api: { base: telegram.url },
    now: NOW,
    log: (line) => logs.push(line),
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...more,
  });
}

const state = () => parseState(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')), 'state');
const sentTo = () => telegram.delivered.map((m) => m.chat);
const textOf = (html: unknown) => parse(String(html)).textContent;

describe('announcing on Telegram', () => {
  it('posts nothing on the first deploy of an existing site, and counts every entry as announced', async () => {
    // The live site has no list yet: the first deploy with announcements.
    const result = await deploy(list(old(), fresh()));
    expect(telegram.calls).toEqual([]);
    expect(result.sent).toEqual([]);
    expect(state().seen).toEqual(['news/new-report', 'news/old-report']);
    expect(logs.join('\n')).toMatch(/first run/i);
    // The next deploy with the same entries posts nothing either.
    await deploy(list(old(), fresh()));
    expect(telegram.calls).toEqual([]);
  });

  it('posts a new report once to each language’s channel, in that language', async () => {
    await deploy(list(old()));
    const result = await deploy(list(old(), fresh()));
    expect(result.sent.map((p) => `${p.key} ${p.locale}`)).toEqual(['news/new-report kk', 'news/new-report ru', 'news/new-report en']);
    expect(telegram.delivered.map((m) => [m.token, m.chat, m.body.text, m.body.parse_mode])).toEqual([
      [TOKEN, '@ulagat_kk', `<b>Жаңа жаңалық</b>\n\nЖаңа жаңалық: summary (kk)\n\n${telegram.url}/kk/news/new-report/`, 'HTML'],
      [TOKEN, '@ulagat_ru', `<b>Свежая новость</b>\n\nСвежая новость: summary (ru)\n\n${telegram.url}/ru/news/new-report/`, 'HTML'],
      [TOKEN, '@ulagat_en', `<b>A new report</b>\n\nA new report: summary (en)\n\n${telegram.url}/en/news/new-report/`, 'HTML'],
    ]);
    // The preview is drawn from the page itself.
    expect(telegram.delivered[0]!.body.link_preview_options).toEqual({ url: `${telegram.url}/kk/news/new-report/`, prefer_large_media: true });
    // A rebuild, the daily build or a re-run of the same deploy: nothing more.
    await deploy(list(old(), fresh()));
    await deploy(list(old(), fresh()));
    expect(telegram.calls).toHaveLength(3);
  });

  it('posts a new event with its time and place, in every language', async () => {
    await deploy(list(old()));
    const event: AnnouncedEntry = { key: 'events/mentors-meetup', date: '2026-12-12T10:00:00.000Z', announce: false, texts: meetupTexts() };
    await deploy(list(old(), event));
    expect(Object.fromEntries(telegram.delivered.map((m) => [m.chat, m.body.text]))).toEqual({
      '@ulagat_kk': `<b>Тәлімгерлер кездесуі</b>\n2026 ж. 12 желтоқсан, 15:00–17:30, Қазақстан уақыты (UTC+5)\nТалдықорған қалалық мәдениет үйі, Жетісу облысы\n\nЖетісу облысы мектептерінің тәлімгерлері тәжірибе алмасады.\n\n${telegram.url}/kk/master-classes/mentors-meetup/`,
      '@ulagat_ru': `<b>Встреча менторов</b>\n12 декабря 2026 г., 15:00–17:30, время Казахстана (UTC+5)\nГородской дом культуры Талдыкоргана, область Жетісу\n\nМенторы школ области Жетісу обменяются опытом.\n\n${telegram.url}/ru/master-classes/mentors-meetup/`,
      '@ulagat_en': `<b>Mentors’ meetup</b>\n12 December 2026, 15:00–17:30, Kazakhstan time (UTC+5)\nTaldykorgan House of Culture, Zhetysu Region\n\nMentors from schools in Zhetysu Region share their experience.\n\n${telegram.url}/en/master-classes/mentors-meetup/`,
    });
  });

  it('posts nothing for an edit, for a translation added later, or for a re-run', async () => {
    const onlyRussian = report('new-report', '2026-11-21', { ru: 'Свежая новость' });
    await deploy(list(old()));
    await deploy(list(old(), onlyRussian));
    expect(sentTo()).toEqual(['@ulagat_ru']);
    // The title edited; then the Kazakh and English translations added.
    await deploy(list(old(), report('new-report', '2026-11-21', { ru: 'Свежая новость (исправлено)' })));
    await deploy(list(old(), fresh()));
    // The workflow run again with the same build.
    await deploy(list(old(), fresh()));
    expect(telegram.calls).toHaveLength(1);
  });

  it('waits as long as Telegram asks after a 429, then sends', async () => {
    await deploy(list(old()));
    telegram.answer('@ulagat_ru', tooManyRequests(7));
    const result = await deploy(list(old(), fresh()));
    expect(telegram.calls.map((m) => m.chat)).toEqual(['@ulagat_kk', '@ulagat_ru', '@ulagat_ru', '@ulagat_en']);
    expect(sentTo()).toEqual(['@ulagat_kk', '@ulagat_ru', '@ulagat_en']);
    expect(waits).toEqual([7000]);
    expect(result.failed).toEqual([]);
    expect(logs.join('\n')).toMatch(/429.*waiting 7 s/);
    expect(state().pending).toEqual({});
  });

  it('leaves a message for the next deploy when Telegram asks to wait longer than the cap', async () => {
    await deploy(list(old()));
    telegram.answer('@ulagat_en', tooManyRequests(3600));
    await deploy(list(old(), fresh()));
    expect(waits).toEqual([]);
    expect(sentTo()).toEqual(['@ulagat_kk', '@ulagat_ru']);
    expect(state().pending).toEqual({ en: ['news/new-report'] });
    telegram.reset();
    await deploy(list(old(), fresh()));
    expect(sentTo()).toEqual(['@ulagat_en']);
  });

  it('reports a 403 without failing, and sends that message on the next deploy', async () => {
    await deploy(list(old()));
    telegram.answer('@ulagat_kk', forbidden);
    const result = await deploy(list(old(), fresh()));
    expect(sentTo()).toEqual(['@ulagat_ru', '@ulagat_en']);
    // Refused for good this time: not tried again in the same run.
    expect(telegram.calls.filter((m) => m.chat === '@ulagat_kk')).toHaveLength(1);
    expect(result.failed.map((f) => [f.post.key, f.post.locale, f.reason])).toEqual([['news/new-report', 'kk', 'Telegram answered 403: Forbidden: bot was kicked from the channel chat']]);
    expect(logs.join('\n')).toContain('not sent news/new-report to the kk channel (@ulagat_kk): Telegram answered 403');
    expect(logs.join('\n')).not.toContain(TOKEN);
    expect(state().pending).toEqual({ kk: ['news/new-report'] });
    // The bot is back in the channel: the next deploy (the daily one, say) sends the Kazakh message only, once.
    telegram.reset();
    await deploy(list(old(), fresh()));
    expect(sentTo()).toEqual(['@ulagat_kk']);
    expect(telegram.delivered[0]!.body.text).toContain('Жаңа жаңалық');
    await deploy(list(old(), fresh()));
    expect(telegram.calls).toHaveLength(1);
  });

  it('gets through network errors and 5xx answers by trying again', async () => {
    await deploy(list(old()));
    telegram.answer('@ulagat_kk', { status: 502, body: { ok: false, error_code: 502, description: 'Bad Gateway' } });
    await deploy(list(old(), fresh()), { api: { base: telegram.url, backoff: 1 } });
    expect(sentTo()).toEqual(['@ulagat_kk', '@ulagat_ru', '@ulagat_en']);
    expect(waits).toEqual([1000]);
    // Telegram out of reach: every try fails, the run ends normally and keeps the messages for later.
    const offline = await deploy(list(old(), fresh(), report('third', '2026-11-22', { ru: 'Третья' })), { api: { base: 'http://127.0.0.1:9', attempts: 2, backoff: 1 } });
    expect(offline.sent).toEqual([]);
    expect(offline.failed[0]!.reason).toMatch(/no answer from Telegram/);
    expect(state().pending).toEqual({ ru: ['news/third'] });
  });

  it('does not post an entry dated over 30 days ago, unless the editor ticked “announce in Telegram”', async () => {
    await deploy(list(old()));
    const archive = report('from-the-archive', '2026-09-15', { ru: 'Из архива' });
    const ticked = report('ticked', '2026-09-15', { ru: 'Из архива, отмечено' }, true);
    await deploy(list(old(), archive, ticked));
    expect(telegram.delivered.map((m) => textOf(m.body.text).split('\n')[0])).toEqual(['Из архива, отмечено']);
    expect(logs.join('\n')).toContain('not announced: news/from-the-archive');
    expect(state().seen).toContain('news/from-the-archive');
  });

  it('sends a title with <, &, * and _ as written', async () => {
    await deploy(list(old()));
    const title = 'Итоги <года> & планы: *менторы* и ученики_2026 </b><i>';
    await deploy(list(old(), report('marks', '2026-11-21', { ru: title })));
    const [message] = telegram.delivered;
    expect(message!.body.parse_mode).toBe('HTML');
    // Parsed as Telegram parses HTML: one bold element holding the title as text.
    const html = parse(String(message!.body.text));
    expect(html.querySelectorAll('b').map((b) => b.textContent)).toEqual([title]);
    expect(html.querySelectorAll('i')).toHaveLength(0);
    expect(escapeHtml('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
  });

  it('recovers a lost record from the list the live site had before the deploy', async () => {
    // The cache is gone; the live site (the previous deploy) lists the old report.
    telegram.live = list(old());
    const snap = join(dir, 'live.json');
    await snapshot(telegram.url, snap, (line) => logs.push(line));
    // The deploy then publishes the new list; the announcer runs after it.
    telegram.live = list(old(), fresh());
    await deploy(list(old(), fresh()), { live: snap });
    expect(sentTo()).toEqual(['@ulagat_kk', '@ulagat_ru', '@ulagat_en']);
    expect(logs.join('\n')).toMatch(/no record of earlier announcements/i);
    // Without a snapshot, a run after the deploy sees this deploy's own list live, and posts nothing rather than guess.
    telegram.reset();
    const again = mkdtempSync(join(tmpdir(), 'ulagat-announce-'));
    await deploy(list(old(), fresh()), { state: join(again, 'state.json') });
    expect(telegram.calls).toEqual([]);
    expect(logs.join('\n')).toMatch(/cannot be told apart/);
  });

  it('posts nothing when the live site cannot be read and there is no record', async () => {
    await deploy(list(old(), fresh()), { site: 'http://127.0.0.1:9' });
    expect(telegram.calls).toEqual([]);
    expect(state().seen).toEqual(['news/new-report', 'news/old-report']);
    // A host that answers every address with some page: not a list either.
    telegram.live = '<!doctype html><title>Home</title>';
    const again = mkdtempSync(join(tmpdir(), 'ulagat-announce-'));
    const result = await deploy(list(old(), fresh()), { state: join(again, 'state.json') });
    expect(result.configured).toBe(true);
    expect(telegram.calls).toEqual([]);
    expect(logs.join('\n')).toMatch(/cannot be read \(the live site’s list: not an announcement list/);
  });

  it('waits for a new page to be live before posting it, and leaves it for the next deploy if it never is', async () => {
    await deploy(list(old()));
    telegram.missing.add('/ru/news/new-report/');
    await deploy(list(old(), fresh()), { pageChecks: { attempts: 3, interval: 5 } });
    expect(sentTo()).toEqual(['@ulagat_kk', '@ulagat_en']);
    expect(waits).toEqual([5000, 5000]);
    expect(state().pending).toEqual({ ru: ['news/new-report'] });
    telegram.missing.clear();
    telegram.reset();
    await deploy(list(old(), fresh()));
    expect(sentTo()).toEqual(['@ulagat_ru']);
  });

  it('sends an entry once to a channel that two languages share, in the first of them it is written in', async () => {
    await deploy(list(old()), { channels: { kk: '@ulagat', ru: '@ulagat', en: '@ulagat_en' } });
    const onlyRussian = report('ru-only', '2026-11-21', { ru: 'Только по-русски' });
    await deploy(list(old(), fresh(), onlyRussian), { channels: { kk: '@ulagat', ru: '@ulagat', en: '@ulagat_en' } });
    expect(telegram.delivered.map((m) => [m.chat, textOf(m.body.text).split('\n')[0]])).toEqual([
      ['@ulagat', 'Жаңа жаңалық'],
      ['@ulagat_en', 'A new report'],
      ['@ulagat', 'Только по-русски'],
    ]);
  });

  it('reads one channel per language from the environment or from the CI variables, named after the locale list', () => {
    expect(locales.map(channelVariable)).toEqual(locales.map((l) => `TELEGRAM_CHANNEL_${l.toUpperCase()}`));
    const [first, second] = locales;
    expect(channelsFrom({ [channelVariable(first)]: ' @a ' }, { [channelVariable(second)]: '-100123', OTHER: 'x' })).toEqual({ [first]: '@a', [second]: '-100123' });
    expect(channelsFrom({}, {})).toEqual({});
  });

  it('says in one line that it is not configured, posts nothing and succeeds (npm run announce)', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TELEGRAM_') && k !== 'ULAGAT_CI_VARIABLES'));
    const cli = spawnSync(process.execPath, [join(root, 'scripts/announce.ts'), '--state', join(dir, 'state.json'), '--list', join(dir, 'missing.json')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, TELEGRAM_API_BASE: telegram.url },
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout.trim().split('\n')).toEqual([`Telegram: not configured (set TELEGRAM_BOT_TOKEN and ${locales.map(channelVariable).join(', ')}); nothing posted.`]);
    expect(existsSync(join(dir, 'state.json'))).toBe(false);
    expect(telegram.calls).toEqual([]);
  });

  it('runs from the command line with the token and channels from the environment', async () => {
    const file = join(dir, 'announce.json');
    const state = join(dir, 'cli-state.json');
    writeFileSync(join(dir, 'live.json'), JSON.stringify({ live: list(old()) }));
    writeFileSync(file, JSON.stringify(list(old(), fresh())));
    const [first] = locales;
    // Run without blocking this process, which answers as Telegram and as the live site.
    const cli = await promisify(execFile)(process.execPath, [join(root, 'scripts/announce.ts'), '--list', file, '--state', state, '--live', join(dir, 'live.json')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_BASE: telegram.url, ULAGAT_NOW: NOW.toISOString(), ULAGAT_CI_VARIABLES: JSON.stringify({ [channelVariable(first)]: '@from_vars' }) },
    });
    expect(sentTo()).toEqual(['@from_vars']);
    expect(cli.stdout).toContain(`sent news/new-report to the ${first} channel (@from_vars)`);
  });
});
