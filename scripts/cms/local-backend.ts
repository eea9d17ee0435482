/**
 * The CMS's local backend for `npm run cms`: Decap's proxy protocol (what `decap-server`
 * answers) on 127.0.0.1, in two modes.
 *
 * - `fs`: `decap-server` in its file mode does everything; this server only passes requests on
 *   and turns its failures ("Unknown error") into a message in the editor's language.
 * - `git`: the review workflow, done here with git's plumbing (`git-drafts.ts`) instead of
 *   `decap-server`'s git mode, which checks branches out in the folder the dev server watches,
 *   commits every uncommitted file (`git add .`), refuses to work when anything is uncommitted,
 *   and answers 422 for an edited entry's unchanged language files, so that Decap reopens it
 *   with those languages empty. Reading entries and media is still passed on to `decap-server`.
 *
 * The config points Decap here with `?lang=<interface language>`, so refusals come back in
 * the editor's language; Decap shows them in its own "could not save" notices.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { z } from 'astro/zod';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLocale, type Locale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/ui';
import { GitRepo, WorkflowError, type FileChange } from './git-drafts';

export type BackendMode = 'fs' | 'git';

export interface LocalBackendOptions {
  mode: BackendMode;
  /** The git repository (or plain folder, in fs mode) whose files the CMS edits. */
  repo: string;
  /** The folder the CMS may write, relative to `repo`. */
  contentFolder: string;
  port: number;
  /** Where to say what happened (commits made, drafts ignored). */
  log?: (line: string) => void;
}

export interface LocalBackend {
  url: string;
  stop: () => Promise<void>;
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;
const DEFAULT_LABEL_PREFIX = 'decap-cms/';
/** Uploads are at most 20 MB before the browser shrinks them; base64 and the entry's text fit easily. */
const MAX_BODY = 64 * 1024 * 1024;

/** The parts of Decap's requests that git mode reads, checked; the request itself goes on to decap-server as it came. */
const optionalText = z.string().optional();
const dataFile = z.object({ slug: z.string(), path: z.string(), raw: z.string(), newPath: optionalText });
const encodedFile = z.object({ path: z.string(), content: z.string() });
const requestSchema = z.object({
  action: z.string(),
  params: z
    .object({
      id: optionalText,
      collection: optionalText,
      slug: optionalText,
      path: optionalText,
      paths: z.array(z.string()).optional(),
      newStatus: optionalText,
      cmsLabelPrefix: optionalText,
      entry: dataFile.optional(),
      dataFiles: z.array(dataFile).optional(),
      assets: z.array(encodedFile).optional(),
      asset: encodedFile.optional(),
      options: z
        .object({ collectionName: optionalText, commitMessage: optionalText, useWorkflow: z.boolean().optional(), status: optionalText })
        .optional(),
    })
    .optional(),
});
type Request = z.infer<typeof requestSchema>;
type Params = NonNullable<Request['params']>;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function mediaFile(path: string, data: Buffer) {
  return { id: sha256(data), content: data.toString('base64'), encoding: 'base64', path, name: posix.basename(path) };
}


function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'The request is too large.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The port a server listens on (Node gives an object for TCP, a string for a pipe). */
function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') throw new Error(`Not a TCP address: ${address}`);
  return address.port;
}

/** Starts `decap-server` in file mode on a free port; resolves to its API address. */
async function startDecapServer(repo: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const free = portOf(probe.address());
      probe.close(() => resolve(free));
    });
  });
  let output = '';
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, MODE: 'fs', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  process.once('exit', () => child.kill());
  const url = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
      if (res.ok) return { url, child };
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`decap-server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Starts the backend on 127.0.0.1:`port`. */
export async function startLocalBackend(opts: LocalBackendOptions): Promise<LocalBackend> {
  const log = opts.log ?? (() => undefined);
  const decap = await startDecapServer(opts.repo);
  const git = opts.mode === 'git' ? new GitRepo(opts.repo, opts.contentFolder) : undefined;
  const reported = new Set<string>();
  const report = (line: string) => {
    if (!reported.has(line)) log(line);
    reported.add(line);
  };

  async function forward(body: Buffer): Promise<{ status: number; json: unknown }> {
    const res = await fetch(decap.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body.toString('utf8') });
    const text = await res.text();
    const json: unknown = text ? JSON.parse(text) : null;
    return { status: res.status, json };
  }

  /** The git-mode answer to a request, or undefined for requests `decap-server` answers. */
  async function gitAction(repo: GitRepo, action: string, params: Params): Promise<unknown> {
    const prefix = params.cmsLabelPrefix || DEFAULT_LABEL_PREFIX;
    // `id` is the content key (`news/some-slug`) only for unpublishedEntry; elsewhere it names a file.
    const key = () => {
      const id = action === 'unpublishedEntry' ? (params.id ?? '') : '';
      if (id) {
        const slash = id.indexOf('/');
        return { collection: id.slice(0, slash), slug: id.slice(slash + 1) };
      }
      return { collection: params.collection ?? '', slug: params.slug ?? '' };
    };
    switch (action) {
      case 'info':
        return { repo: basename(opts.repo), publish_modes: ['simple', 'editorial_workflow'], type: 'local_git' };
      case 'unpublishedEntries':
        return repo.drafts(report);
      case 'unpublishedEntry': {
        const { collection, slug } = key();
        const draft = await repo.draft(collection, slug);
        if (!draft) throw new HttpError(404, 'Not Found');
        return {
          collection,
          slug,
          status: draft.status.startsWith(prefix) ? draft.status.slice(prefix.length) : draft.status,
          diffs: draft.changes.map((c) => ({
            oldPath: c.path,
            newPath: c.path,
            status: c.status === 'A' ? 'added' : c.status === 'D' ? 'deleted' : 'modified',
            newFile: c.status === 'A',
            path: c.path,
            id: c.path,
            binary: !c.path.endsWith('.md'),
          })),
          updatedAt: draft.updatedAt,
        };
      }
      case 'unpublishedEntryDataFile':
      case 'unpublishedEntryMediaFile': {
        const { collection, slug } = key();
        const path = params.path ?? '';
        const data = await repo.draftFile(collection, slug, path);
        if (!data) throw new HttpError(404, `${path} is not in the draft of ${collection}/${slug}.`);
        return action === 'unpublishedEntryDataFile' ? { data: data.toString('utf8') } : mediaFile(path, data);
      }
      case 'deleteUnpublishedEntry':
        await repo.deleteDraft(params.collection ?? '', params.slug ?? '');
        return { message: 'draft deleted' };
      case 'updateUnpublishedEntryStatus':
        await repo.setStatus(params.collection ?? '', params.slug ?? '', `${prefix}${params.newStatus ?? ''}`);
        return { message: 'status updated' };
      case 'persistEntry': {
        const options = params.options ?? {};
        const dataFiles = params.dataFiles ?? (params.entry ? [params.entry] : []);
        const assets = params.assets ?? [];
        if (dataFiles.length === 0) throw new HttpError(422, 'The request names no file to save.');
        const changes: FileChange[] = [];
        for (const file of dataFiles) {
          if (file.newPath && file.newPath !== file.path) changes.push({ path: file.path, content: null });
          changes.push({ path: file.newPath ?? file.path, content: Buffer.from(file.raw, 'utf8') });
        }
        for (const asset of assets) changes.push({ path: asset.path, content: Buffer.from(asset.content, 'base64') });
        const message = options.commitMessage ?? 'Update content';
        if (options.useWorkflow) {
          await repo.saveDraft(options.collectionName ?? '', dataFiles[0]!.slug, changes, message, `${prefix}${options.status ?? 'draft'}`);
        } else {
          const { commit, branch } = await repo.commitFiles(changes, message);
          log(`Committed ${changes.map((c) => c.path).join(', ')} on ${branch} (${commit.slice(0, 7)}).`);
        }
        return { message: 'entry persisted' };
      }
      case 'publishUnpublishedEntry': {
        const { collection, slug } = key();
        const { commit, branch, files } = await repo.publish(collection, slug);
        log(`Published ${collection}/${slug}: commit ${commit.slice(0, 7)} on ${branch} with only ${files.join(', ')}. Other changes in the checkout were left as they are.`);
        return { message: `published ${collection}/${slug}` };
      }
      case 'persistMedia': {
        const asset = params.asset;
        if (!asset) throw new HttpError(422, 'The request has no file to store.');
        const data = Buffer.from(asset.content, 'base64');
        const { commit, branch } = await repo.commitFiles([{ path: asset.path, content: data }], params.options?.commitMessage ?? `Upload ${asset.path}`);
        log(`Committed ${asset.path} on ${branch} (${commit.slice(0, 7)}).`);
        return mediaFile(repo.checkPath(asset.path), data);
      }
      case 'deleteFile':
      case 'deleteFiles': {
        const paths = action === 'deleteFile' ? [params.path ?? ''] : (params.paths ?? []);
        const { commit, branch } = await repo.commitFiles(
          paths.map((path) => ({ path, content: null })),
          params.options?.commitMessage ?? `Delete ${paths.join(', ')}`,
        );
        log(`Deleted ${paths.join(', ')} on ${branch} (${commit.slice(0, 7)}).`);
        return { message: `deleted ${paths.join(', ')}` };
      }
      default:
        return undefined;
    }
  }

  function refusal(error: unknown, action: string, locale: Locale): { status: number; message: string } {
    const t = useTranslations(locale);
    if (error instanceof WorkflowError) {
      const files = error.files.join(', ');
      const messages: Record<WorkflowError['code'], string> = {
        uncommitted: t('cms.backend.uncommitted', { files }),
        'changed-since': t('cms.backend.changedSince', { files }),
        detached: t('cms.backend.detached'),
        'not-found': t('cms.backend.notFound', { files }),
        'outside-content': t('cms.backend.outsideContent', { files }),
        'no-commit': t('cms.backend.noCommit'),
      };
      return { status: 409, message: messages[error.code] };
    }
    const details = error instanceof Error ? error.message : String(error);
    return { status: error instanceof HttpError ? error.status : 500, message: t('cms.backend.failed', { action, details }) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const origin = req.headers.origin;
    if (origin && LOCAL_ORIGIN.test(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '600' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const lang = url.searchParams.get('lang');
    const locale: Locale = isLocale(lang) ? lang : 'kk';
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(json));
    };
    if (req.method !== 'POST' || url.pathname !== '/api/v1') {
      send(404, { error: 'Not Found' });
      return;
    }
    let action = '';
    try {
      const body = await readBody(req);
      const parsed = requestSchema.safeParse(JSON.parse(body.toString('utf8')));
      if (!parsed.success) throw new HttpError(422, `Not a request of Decap's proxy protocol: ${parsed.error.message}`);
      action = parsed.data.action;
      const answer = git ? await gitAction(git, action, parsed.data.params ?? {}) : undefined;
      if (answer !== undefined) {
        send(200, answer);
        return;
      }
      const forwarded = await forward(body);
      if (forwarded.status < 400 || forwarded.status === 404) {
        send(forwarded.status, forwarded.json);
        return;
      }
      const error: unknown = typeof forwarded.json === 'object' && forwarded.json !== null ? Reflect.get(forwarded.json, 'error') : undefined;
      const details = typeof error === 'string' ? error : `HTTP ${forwarded.status}`;
      if (forwarded.status >= 500) log(`decap-server could not ${action}: ${details}`);
      send(forwarded.status, { error: useTranslations(locale)('cms.backend.failed', { action, details }) });
    } catch (error) {
      const { status, message } = refusal(error, action, locale);
      if (status === 404) {
        send(404, { message: 'Not Found', error: message });
        return;
      }
      log(`${action}: ${error instanceof Error ? error.message : String(error)}`);
      send(status, { error: message });
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const port = portOf(server.address());
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    stop: async () => {
      decap.child.kill();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
