/**
 * Telegram messages announcing an entry, and the channel settings, for the Bot API's
 * `sendMessage`. Messages use the HTML parse mode, where only `&`, `<` and `>` are markup:
 * a title with `*`, `_` or `[` arrives as written (in MarkdownV2 each would need escaping).
 *
 * Imports carry their `.ts` extension: the announcer runs on Node without a build step.
 */
import { locales, type Locale } from '../i18n/locales.ts';
import type { AnnouncementText, Channels } from './announce.ts';

/** Text for Telegram's HTML parse mode: the three characters it reads as markup, as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The message: the title in bold, an event's time and place, the summary, and the page's address. */
export function announcementMessage(text: AnnouncementText): string {
  return [`<b>${escapeHtml(text.title)}</b>`, ...text.lines.map(escapeHtml), '', escapeHtml(text.summary), '', escapeHtml(text.url)].join('\n');
}

/** The body of a `sendMessage` call. Telegram draws the preview from the page's Open Graph card. */
export function sendMessageBody(chat: string, text: AnnouncementText) {
  return {
    chat_id: chat,
    text: announcementMessage(text),
    parse_mode: 'HTML',
    link_preview_options: { url: text.url, prefer_large_media: true },
  } as const;
}

/** The variable that names a language's channel: `TELEGRAM_CHANNEL_KK`, `TELEGRAM_CHANNEL_RU`, … */
export function channelVariable(locale: Locale): string {
  return `TELEGRAM_CHANNEL_${locale.toUpperCase()}`;
}

/**
 * The channel of each language, from the environment, or else from `variables` (on GitHub,
 * all repository variables as one JSON object, so the workflow need not list each language).
 */
export function channelsFrom(env: Record<string, string | undefined>, variables: Record<string, unknown> = {}): Channels {
  const out: Channels = {};
  for (const locale of locales) {
    const name = channelVariable(locale);
    const value = env[name]?.trim() || (typeof variables[name] === 'string' ? variables[name].trim() : '');
    if (value) out[locale] = value;
  }
  return out;
}
