/**
 * The one Telegram Bot API call the announcer makes, `sendMessage`, with retries where they
 * can help: after a 429 it waits as long as Telegram says (`retry_after`, up to a cap), and
 * after a network error, a timeout or a 5xx it waits 2, 4, 8 … seconds. Other refusals (403:
 * the bot is not in the channel or not allowed to post; 400: no such chat) are not retried.
 * It never throws: the caller gets what happened, in words, without the bot's token.
 */

export interface BotApi {
  /** `https://api.telegram.org`, or a stand-in server. */
  base: string;
  token: string;
  /** Tries per message, the first included. */
  attempts?: number;
  /** The longest `retry_after` waited for, in seconds; a longer one leaves the message for the next deploy. */
  maxRetryAfter?: number;
  /** The first wait after a network error or a 5xx, in seconds; it doubles each time. */
  backoff?: number;
  /** How long one request may take, in milliseconds. */
  timeout?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

export type SendResult = { ok: true; messageId: number | undefined } | { ok: false; reason: string };

interface BotApiReply {
  ok: boolean;
  code?: number;
  description?: string;
  retryAfter?: number;
  messageId?: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The fields of a Bot API answer that matter here, each checked; anything else reads as a failure without details. */
async function replyOf(response: Response): Promise<BotApiReply> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false };
  }
  if (typeof body !== 'object' || body === null) return { ok: false };
  const reply: BotApiReply = { ok: 'ok' in body && body.ok === true };
  if ('error_code' in body && typeof body.error_code === 'number') reply.code = body.error_code;
  if ('description' in body && typeof body.description === 'string') reply.description = body.description;
  const parameters = 'parameters' in body ? body.parameters : undefined;
  const result = 'result' in body ? body.result : undefined;
  if (typeof parameters === 'object' && parameters !== null && 'retry_after' in parameters && typeof parameters.retry_after === 'number') reply.retryAfter = parameters.retry_after;
  if (typeof result === 'object' && result !== null && 'message_id' in result && typeof result.message_id === 'number') reply.messageId = result.message_id;
  return reply;
}

export async function sendMessage(api: BotApi, body: Record<string, unknown>): Promise<SendResult> {
  const { attempts = 4, maxRetryAfter = 60, backoff = 2, timeout = 20_000, sleep = defaultSleep, log = () => {} } = api;
  const hide = (text: string) => (api.token ? text.split(api.token).join('<token>') : text);
  const url = `${api.base.replace(/\/+$/, '')}/bot${api.token}/sendMessage`;
  let reason = 'not sent';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const last = attempt === attempts;
    const backoffWait = backoff * 2 ** (attempt - 1);
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeout) });
    } catch (error) {
      const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      reason = hide(`no answer from Telegram (${cause})`);
      if (last) break;
      log(`  ${reason}; trying again in ${backoffWait} s`);
      await sleep(backoffWait * 1000);
      continue;
    }
    const reply = await replyOf(response);
    if (response.ok && reply.ok) return { ok: true, messageId: reply.messageId };
    const code = reply.code ?? response.status;
    reason = hide(`Telegram answered ${code}${reply.description ? `: ${reply.description}` : ''}`);
    if (code === 429) {
      const wait = reply.retryAfter ?? backoffWait;
      if (wait > maxRetryAfter) {
        reason += ` (asked to wait ${wait} s, more than the ${maxRetryAfter} s this deploy waits)`;
        break;
      }
      if (last) break;
      log(`  ${reason}; waiting ${wait} s as asked`);
      await sleep(wait * 1000);
      continue;
    }
    if (code >= 500 && !last) {
      log(`  ${reason}; trying again in ${backoffWait} s`);
      await sleep(backoffWait * 1000);
      continue;
    }
    break;
  }
  return { ok: false, reason };
}
