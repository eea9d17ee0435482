/**
 * Announcing new reports and events in the site's Telegram channels: what the build lists
 * (`/announce.json`), what the announcer remembers between deploys, and which messages a
 * deploy sends. Pure: the announcer (`scripts/announce.ts`) reads the files and talks to
 * Telegram.
 *
 * The unit is the entry (a report or an event, all its languages together). An entry is
 * announced once, in the deploy where it first appears: each channel gets it in the channel's
 * language, if the entry is written in that language by then. An edit, a translation added
 * later, a rebuild or a re-run announce nothing. A message that Telegram refused or never got
 * is sent again by the next deploy, while the entry is still fresh.
 *
 * Imports carry their `.ts` extension: the announcer runs on Node without a build step.
 */
import { isLocale, locales, type Locale } from '../i18n/locales.ts';
import { feedCollections, type CollectionName } from '../model/collections.ts';

/** Collections whose new entries are announced: those with a feed of their own (reports, events). */
export const announcedCollections: CollectionName[] = feedCollections;

/** An entry's key: `news/<slug>`, `events/<slug>`. */
export function entryKey(collection: CollectionName, slug: string): string {
  return `${collection}/${slug}`;
}

/** An entry dated more than this many days before the deploy is announced only when the editor asks (`announce: true`). */
export const FRESH_DAYS = 30;

/** One language's message about an entry. */
export interface AnnouncementText {
  title: string;
  summary: string;
  /** The entry's page in this language. */
  url: string;
  /** Lines between the title and the summary: an event's time and place. */
  lines: string[];
}

export interface AnnouncedEntry {
  /** `news/<slug>` or `events/<slug>`: the entry in every language. */
  key: string;
  /** A report's date, an event's start (ISO 8601): what "fresh" is measured by. */
  date: string;
  /** The editor ticked "announce in Telegram": announced even when not fresh. */
  announce: boolean;
  /** The entry in each language it is written in (not the fallback texts). */
  texts: Partial<Record<Locale, AnnouncementText>>;
}

/** What a build publishes (`/announce.json`): every published report and event. Drafts are not in it. */
export interface AnnouncementList {
  version: 1;
  entries: AnnouncedEntry[];
}

/** What the announcer keeps between deploys. */
export interface AnnounceState {
  version: 1;
  /** Entries already dealt with: announced, or left out on purpose (too old, or there before the announcer). */
  seen: string[];
  /** Per language: entries whose message failed, to send again on the next deploy. */
  pending: Partial<Record<Locale, string[]>>;
}

/** Channel (chat id or `@username`) per language; a language without one gets no messages. */
export type Channels = Partial<Record<Locale, string>>;

/** A message to send. */
export interface Post {
  key: string;
  locale: Locale;
  chat: string;
  text: AnnouncementText;
  /** Sent again after failing in an earlier deploy. */
  retry: boolean;
}

export interface Plan {
  posts: Post[];
  /** Entries new in this deploy. */
  fresh: string[];
  /** New entries not announced because they are dated too long ago. */
  tooOld: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function textOf(value: unknown): AnnouncementText | undefined {
  if (!isObject(value)) return undefined;
  const { title, summary, url, lines } = value;
  if (typeof title !== 'string' || typeof summary !== 'string' || typeof url !== 'string' || !isStringList(lines)) return undefined;
  return { title, summary, url, lines };
}

/** Reads an announcement list, or throws naming the file and what is wrong with it. */
export function parseAnnouncementList(json: unknown, where: string): AnnouncementList {
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}. Fix: build the site again with this version (npm run build writes dist/announce.json).`);
  };
  if (!isObject(json) || json.version !== 1 || !Array.isArray(json.entries)) return fail('not an announcement list of version 1');
  const entries = json.entries.map((raw, i): AnnouncedEntry => {
    if (!isObject(raw) || typeof raw.key !== 'string' || typeof raw.date !== 'string' || Number.isNaN(Date.parse(raw.date)) || typeof raw.announce !== 'boolean' || !isObject(raw.texts)) {
      return fail(`entry ${i + 1} lacks its key, date, announce flag or texts`);
    }
    const texts: Partial<Record<Locale, AnnouncementText>> = {};
    for (const [locale, value] of Object.entries(raw.texts)) {
      const text = textOf(value);
      if (!isLocale(locale) || !text) return fail(`entry "${raw.key}" has a text in "${locale}" that is not a language of the site or lacks its title, summary, url or lines`);
      texts[locale] = text;
    }
    return { key: raw.key, date: raw.date, announce: raw.announce, texts };
  });
  return { version: 1, entries };
}

/** Reads the announcer's state, or throws naming the file. */
export function parseState(json: unknown, where: string): AnnounceState {
  const bad = () => new Error(`${where}: not an announcer state of version 1. Fix: delete the file; the next deploy then takes the list of announced entries from the live site.`);
  if (!isObject(json) || json.version !== 1 || !isStringList(json.seen) || !isObject(json.pending)) throw bad();
  const pending: AnnounceState['pending'] = {};
  for (const [locale, keys] of Object.entries(json.pending)) {
    if (!isLocale(locale) || !isStringList(keys)) throw bad();
    pending[locale] = keys;
  }
  return { version: 1, seen: json.seen, pending };
}

/** The state of a site whose entries were all there before: every one counts as dealt with. */
export function stateSeeing(list: AnnouncementList): AnnounceState {
  return { version: 1, seen: list.entries.map((e) => e.key).sort(), pending: {} };
}

/** Whether an entry may be announced at `now`: dated within the last `FRESH_DAYS` days (or later), or ticked by the editor. */
export function isFresh(entry: AnnouncedEntry, now: Date): boolean {
  return entry.announce || now.getTime() - Date.parse(entry.date) <= FRESH_DAYS * 24 * 60 * 60 * 1000;
}

/**
 * Which language each channel gets an entry in. Each language has its own channel; where two
 * languages name the same channel, it gets the entry once, in the first of them (in the site's
 * order of languages) that the entry is written in.
 */
function channelLanguages(entry: AnnouncedEntry, channels: Channels): { locale: Locale; chat: string; text: AnnouncementText }[] {
  const out = new Map<string, { locale: Locale; chat: string; text: AnnouncementText }>();
  for (const locale of locales) {
    const chat = channels[locale];
    const text = entry.texts[locale];
    if (chat && text && !out.has(chat)) out.set(chat, { locale, chat, text });
  }
  return [...out.values()];
}

/** The messages a deploy sends: entries new since the last deploy, and messages that failed before. */
export function planAnnouncements(list: AnnouncementList, state: AnnounceState, channels: Channels, now: Date): Plan {
  const seen = new Set(state.seen);
  const byKey = new Map(list.entries.map((e) => [e.key, e]));
  const posts: Post[] = [];
  const fresh: string[] = [];
  const tooOld: string[] = [];
  for (const locale of locales) {
    const chat = channels[locale];
    for (const key of state.pending[locale] ?? []) {
      const entry = byKey.get(key);
      const text = entry?.texts[locale];
      if (chat && entry && text && isFresh(entry, now)) posts.push({ key, locale, chat, text, retry: true });
    }
  }
  const added = list.entries.filter((e) => !seen.has(e.key)).sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.key.localeCompare(b.key));
  for (const entry of added) {
    if (!isFresh(entry, now)) {
      tooOld.push(entry.key);
      continue;
    }
    fresh.push(entry.key);
    for (const { locale, chat, text } of channelLanguages(entry, channels)) posts.push({ key: entry.key, locale, chat, text, retry: false });
  }
  return { posts, fresh, tooOld };
}

/** The state after a deploy: every entry of the list seen, and the messages that failed kept for the next one. */
export function stateAfter(state: AnnounceState, list: AnnouncementList, failed: readonly Post[]): AnnounceState {
  const seen = [...new Set([...state.seen, ...list.entries.map((e) => e.key)])].sort();
  const pending: AnnounceState['pending'] = {};
  for (const post of failed) {
    const keys = (pending[post.locale] ??= []);
    if (!keys.includes(post.key)) keys.push(post.key);
  }
  return { version: 1, seen, pending };
}
