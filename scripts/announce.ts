/**
 * Posts the reports and events new in a deploy to the site's Telegram channels, one channel
 * per language (docs/reach.md). Run it after the deploy, when the new pages are live:
 * Telegram draws each message's preview from the page's Open Graph card.
 *
 *   node scripts/announce.ts                      post what is new (npm run announce)
 *   node scripts/announce.ts --snapshot <file>    before the deploy: keep the live site's list
 *
 * Options: --list <file> (the build's list, default dist/announce.json), --state <file> (what
 * was announced, default $ULAGAT_ANNOUNCE_STATE or node_modules/.cache/ulagat-announce/state.json),
 * --live <file> (a snapshot taken before this deploy).
 * Environment: TELEGRAM_BOT_TOKEN; TELEGRAM_CHANNEL_<LANGUAGE> (one per language, a chat id or
 * @username), also read from ULAGAT_CI_VARIABLES (a JSON object: on GitHub, `toJSON(vars)`);
 * SITE_URL; TELEGRAM_API_BASE (default https://api.telegram.org); ULAGAT_NOW.
 *
 * Which entries are new: those not in the state, which the announcer keeps between deploys (in
 * the CI cache). Without one, it takes the list the live site published before this deploy (the
 * snapshot, or the live site itself) as already announced; where the live site has no list yet,
 * this is the first run and every entry published so far counts as announced. A failure at
 * Telegram never fails the run: the message is sent again by the next deploy.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { locales } from '../src/i18n/locales.ts';
import {
  parseAnnouncementList,
  parseState,
  planAnnouncements,
  stateAfter,
  stateSeeing,
  type AnnouncementList,
  type AnnounceState,
  type Channels,
  type Post,
} from '../src/utils/announce.ts';
import { buildNow } from '../src/content/now.ts';
import { channelsFrom, channelVariable, sendMessageBody } from '../src/utils/telegram.ts';
import { sendMessage, type BotApi } from './telegram-bot-api.ts';

export const LIST_PATH = '/announce.json';

export interface AnnounceOptions {
  /** The build's list (dist/announce.json). */
  list: string;
  /** The announcer's record, read and written. */
  state: string;
  /** The live site's list saved before this deploy (`snapshot`). */
  live?: string | undefined;
  /** The site's address, to read its live list when there is neither a record nor a snapshot. */
  site?: string | undefined;
  token?: string | undefined;
  channels: Channels;
  /** Bot API settings besides the token: its address, retries, waits. */
  api?: Partial<Omit<BotApi, 'token' | 'log' | 'sleep'>>;
  now?: Date;
  /** How often and how far apart (seconds) to look for a new page before posting it; `false` posts without looking. */
  pageChecks?: { attempts: number; interval: number } | false;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface AnnounceResult {
  configured: boolean;
  sent: Post[];
  failed: { post: Post; reason: string }[];
}

/** What a snapshot file holds: the live list, or `null` when the live site has none (answered 404). */
interface Snapshot {
  live: unknown;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(value, null, 1)}\n`);
  renameSync(temp, file);
}

const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The live site's list: the list, `null` when the site has none (404), or an error in words. */
async function fetchLive(site: string): Promise<{ list: unknown } | { error: string }> {
  try {
    const response = await fetch(new URL(LIST_PATH, site), { signal: AbortSignal.timeout(20_000) });
    if (response.status === 404) return { list: null };
    if (!response.ok) return { error: `${new URL(LIST_PATH, site).href} answered ${response.status}` };
    return { list: await response.json() };
  } catch (error) {
    return { error: `${new URL(LIST_PATH, site).href}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Before a deploy: keeps the live site's list in `file`, for a run after the deploy that has no record. */
export async function snapshot(site: string, file: string, log: (line: string) => void = console.log): Promise<void> {
  const live = await fetchLive(site);
  if ('error' in live) {
    log(`Telegram: could not read the live site's list (${live.error}); no snapshot kept.`);
    return;
  }
  const snap: Snapshot = { live: live.list };
  writeJson(file, snap);
  log(live.list === null ? `Telegram: the live site has no list of reports and events yet (first deploy with announcements).` : `Telegram: kept the live site's list of reports and events in ${file}.`);
}

/** Whether a page answers 200, looking again `attempts` times `interval` seconds apart (a host may publish a moment late). */
async function pageIsLive(url: string, checks: { attempts: number; interval: number }, sleep: (ms: number) => Promise<void>): Promise<boolean> {
  for (let attempt = 1; attempt <= checks.attempts; attempt++) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
      await response.body?.cancel();
      if (response.ok) return true;
    } catch {
      /* not reachable yet */
    }
    if (attempt < checks.attempts) await sleep(checks.interval * 1000);
  }
  return false;
}

/** A list the live site published, or why it cannot be used. */
function liveList(value: unknown): { list: AnnouncementList | null } | { error: string } {
  if (value === null) return { list: null };
  try {
    return { list: parseAnnouncementList(value, 'the live site’s list') };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The record to start from, or, without one, a record made from the list the live site had
 * before this deploy. `post: false` when this run can tell nothing apart and must post nothing.
 */
async function startingState(opts: AnnounceOptions, list: AnnouncementList, log: (line: string) => void): Promise<{ state: AnnounceState; post: boolean }> {
  if (existsSync(opts.state)) return { state: parseState(readJson(opts.state), opts.state), post: true };
  let live: { list: AnnouncementList | null } | { error: string } = { error: 'no snapshot and no site address' };
  if (opts.live && existsSync(opts.live)) {
    const snap = readJson(opts.live);
    live = typeof snap === 'object' && snap !== null && 'live' in snap ? liveList(snap.live) : { error: `${opts.live} is not a snapshot` };
  } else if (opts.site) {
    const fetched = await fetchLive(opts.site);
    live = 'list' in fetched ? liveList(fetched.list) : fetched;
    if ('list' in live && live.list && JSON.stringify(live.list) === JSON.stringify(list)) {
      log(`Telegram: no record of earlier announcements, and the live site already shows this deploy's list, so its new entries cannot be told apart. Nothing posted; the next deploy posts what is new from here. Run "announce --snapshot" before deploying to avoid this (docs/reach.md).`);
      return { state: stateSeeing(list), post: false };
    }
  }
  if ('error' in live) {
    log(`Telegram: no record of earlier announcements, and the live site's list cannot be read (${live.error}). To be safe, nothing is posted; the ${list.entries.length} entries now published count as announced.`);
    return { state: stateSeeing(list), post: false };
  }
  if (live.list === null) {
    log(`Telegram: first run. The ${list.entries.length} reports and events already published count as announced; nothing posted.`);
    return { state: stateSeeing(list), post: false };
  }
  log(`Telegram: no record of earlier announcements here; the ${live.list.entries.length} entries the live site listed before this deploy count as announced.`);
  return { state: stateSeeing(live.list), post: true };
}

export async function announce(opts: AnnounceOptions): Promise<AnnounceResult> {
  const log = opts.log ?? console.log;
  const sleep = opts.sleep ?? defaultSleep;
  const result: AnnounceResult = { configured: false, sent: [], failed: [] };
  const configured = Object.keys(opts.channels).length > 0;
  if (!opts.token || !configured) {
    log(`Telegram: not configured (set TELEGRAM_BOT_TOKEN and ${locales.map(channelVariable).join(', ')}); nothing posted.`);
    return result;
  }
  result.configured = true;
  const list = parseAnnouncementList(readJson(opts.list), opts.list);
  const start = await startingState(opts, list, log);
  if (!start.post) {
    writeJson(opts.state, start.state);
    return result;
  }
  const now = opts.now ?? new Date();
  const plan = planAnnouncements(list, start.state, opts.channels, now);
  const retries = plan.posts.filter((p) => p.retry).length;
  log(
    `Telegram: ${plan.fresh.length} new report(s) and event(s) to announce${plan.tooOld.length ? `, ${plan.tooOld.length} new but dated over 30 days ago (not announced: ${plan.tooOld.join(', ')})` : ''}; ${plan.posts.length} message(s) to send${retries ? `, ${retries} of them again after failing before` : ''}.`,
  );
  const api: BotApi = { base: 'https://api.telegram.org', ...opts.api, token: opts.token, log, sleep };
  const checks = opts.pageChecks ?? { attempts: 6, interval: 10 };
  const failed: Post[] = [];
  for (const [i, post] of plan.posts.entries()) {
    const where = `${post.key} to the ${post.locale} channel (${post.chat})`;
    let outcome: { ok: true } | { ok: false; reason: string };
    if (checks && !(await pageIsLive(post.text.url, checks, sleep))) outcome = { ok: false, reason: `its page ${post.text.url} is not live` };
    else outcome = await sendMessage(api, sendMessageBody(post.chat, post.text));
    if (outcome.ok) {
      result.sent.push(post);
      log(`  sent ${where}`);
    } else {
      failed.push(post);
      result.failed.push({ post, reason: outcome.reason });
      log(`  not sent ${where}: ${outcome.reason}. The next deploy tries again.`);
    }
    // Written after every message, so a run stopped halfway neither repeats nor loses one.
    writeJson(opts.state, stateAfter(start.state, list, [...failed, ...plan.posts.slice(i + 1)]));
  }
  writeJson(opts.state, stateAfter(start.state, list, failed));
  log(`Telegram: ${result.sent.length} of ${plan.posts.length} message(s) sent${failed.length ? `; ${failed.length} left for the next deploy` : ''}.`);
  return result;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { snapshot: { type: 'string' }, list: { type: 'string' }, state: { type: 'string' }, live: { type: 'string' } },
  });
  const env = process.env;
  const site = env.SITE_URL || undefined;
  if (values.snapshot) {
    if (!site) {
      console.log('Telegram: SITE_URL is not set, so the live site cannot be read; no snapshot kept.');
      return 0;
    }
    await snapshot(site, values.snapshot);
    return 0;
  }
  let variables: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(env.ULAGAT_CI_VARIABLES || '{}');
    if (typeof parsed === 'object' && parsed !== null) variables = Object.fromEntries(Object.entries(parsed));
  } catch {
    console.log('Telegram: ULAGAT_CI_VARIABLES is not JSON; it is ignored.');
  }
  await announce({
    list: values.list ?? 'dist/announce.json',
    state: values.state ?? env.ULAGAT_ANNOUNCE_STATE ?? 'node_modules/.cache/ulagat-announce/state.json',
    live: values.live,
    site,
    token: env.TELEGRAM_BOT_TOKEN?.trim() || undefined,
    channels: channelsFrom(env, variables),
    api: env.TELEGRAM_API_BASE ? { base: env.TELEGRAM_API_BASE } : {},
    now: buildNow(env),
  });
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      // Only this site's own files can get here (a missing or broken list or record): Telegram's failures are reported above.
      console.error(`Telegram: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
