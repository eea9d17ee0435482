/**
 * A stand-in for Telegram's Bot API and for the live site, on one local port: it records every
 * `sendMessage` call and answers each chat with the replies queued for it (else success), serves
 * the live site's `/announce.json` when one is set, and answers every other path with a page
 * (200), except those listed as missing.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  token: string;
  chat: string;
  body: Record<string, unknown>;
}

export interface Reply {
  status: number;
  body: Record<string, unknown>;
}

export const tooManyRequests = (retryAfter: number): Reply => ({
  status: 429,
  body: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } },
});
export const forbidden: Reply = { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was kicked from the channel chat' } };

export interface FakeTelegram {
  url: string;
  /** Every sendMessage call, answered or not. */
  calls: SentMessage[];
  /** The calls Telegram accepted: the messages that reached a channel. */
  delivered: SentMessage[];
  /** Queues replies for a chat, used one per call before the default success. */
  answer(chat: string, ...replies: Reply[]): void;
  /** The live site's `/announce.json`; `undefined` answers 404. */
  live: unknown;
  /** Site paths that answer 404. */
  missing: Set<string>;
  reset(): void;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

export async function fakeTelegram(): Promise<FakeTelegram> {
  const queued = new Map<string, Reply[]>();
  let nextId = 1;
  const fake: Omit<FakeTelegram, 'url' | 'close'> = {
    calls: [],
    delivered: [],
    answer: (chat, ...replies) => queued.set(chat, [...(queued.get(chat) ?? []), ...replies]),
    live: undefined,
    missing: new Set(),
    reset() {
      this.calls.length = 0;
      this.delivered.length = 0;
      queued.clear();
    },
  };
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const bot = /^\/bot([^/]+)\/sendMessage$/.exec(path);
    if (bot && request.method === 'POST') {
      const body = JSON.parse(await bodyOf(request)) as Record<string, unknown>;
      const call = { token: bot[1]!, chat: String(body.chat_id), body };
      fake.calls.push(call);
      const reply = queued.get(call.chat)?.shift();
      if (reply) return send(reply.status, reply.body);
      fake.delivered.push(call);
      return send(200, { ok: true, result: { message_id: nextId++, chat: { id: -100, type: 'channel' }, text: body.text } });
    }
    if (path === '/announce.json') return fake.live === undefined ? send(404, { error: 'not found' }) : send(200, fake.live);
    if (fake.missing.has(path)) return send(404, { error: 'not found' });
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>page</title>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  });
}
