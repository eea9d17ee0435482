/**
 * The review workflow of `MODE=git npm run cms`, on the git repository of the checkout, without
 * ever checking a branch out or touching a file the CMS did not write.
 *
 * - A saved draft is one commit on `refs/heads/cms/<collection>/<slug>` (decap-server's branch
 *   names, so drafts it made are still listed): the current HEAD plus the entry's files, built
 *   with git's plumbing in a throw-away index. The work tree, the index and HEAD stay as they are.
 * - Publishing commits the draft's files, and only those, on the current branch, and writes
 *   them into the work tree. It refuses, naming the files, when one of them has uncommitted
 *   changes or changed on the branch since the draft was saved, rather than overwrite anything.
 * - The draft's review status is kept where decap-server keeps it (`branch.<name>.description`).
 *
 * Other changes in the checkout (a `package-lock.json` that `npm install` rewrote, work in
 * progress) are never staged, committed or lost.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';

export const DRAFT_PREFIX = 'cms/';

/** A file to write (its bytes) or to delete (`null`), by its path in the repository. */
export interface FileChange {
  path: string;
  content: Buffer | null;
}

export interface DraftChange {
  path: string;
  /** git's status letter: A added, M modified, D deleted. */
  status: 'A' | 'M' | 'D';
}

export interface Draft {
  collection: string;
  slug: string;
  status: string;
  changes: DraftChange[];
  updatedAt: string;
}

/** A refusal the editor can act on: `code` picks the message, `files` are named in it. */
export class WorkflowError extends Error {
  constructor(
    readonly code: 'uncommitted' | 'changed-since' | 'detached' | 'not-found' | 'outside-content' | 'no-commit',
    readonly files: string[] = [],
  ) {
    super(`${code}${files.length ? `: ${files.join(', ')}` : ''}`);
  }
}

export class GitRepo {
  /** Serialises every operation: git's refs and this class's temporary index are shared state. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * @param root the repository's top folder (paths are relative to it)
   * @param contentFolder the only folder the CMS may write, relative to `root` (e.g. `content`)
   */
  constructor(
    readonly root: string,
    readonly contentFolder: string,
  ) {}

  private run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs git in the repository; `input` is written to its stdin. */
  git(args: string[], opts: { input?: Buffer | string; env?: NodeJS.ProcessEnv } = {}): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        { cwd: this.root, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...opts.env } },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`git ${args.join(' ')}: ${String(stderr).trim() || error.message}`));
          else resolve(stdout);
        },
      );
      // git may exit before reading its input (or never read it): a closed pipe is not an error here.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(opts.input);
    });
  }

  private async text(args: string[], opts?: { input?: Buffer | string; env?: NodeJS.ProcessEnv }): Promise<string> {
    return String(await this.git(args, opts)).trim();
  }

  private async tryText(args: string[]): Promise<string | undefined> {
    try {
      return await this.text(args);
    } catch {
      return undefined;
    }
  }

  /** A path the CMS may write: inside the content folder, no `..`, no absolute path. */
  checkPath(path: string): string {
    const clean = posix.normalize(path.replace(/\\/g, '/'));
    const inside = clean.startsWith(`${posix.normalize(this.contentFolder)}/`);
    if (!inside || clean.split('/').includes('..') || posix.isAbsolute(clean)) throw new WorkflowError('outside-content', [path]);
    return clean;
  }

  static draftRef(collection: string, slug: string): string {
    for (const part of [collection, slug]) {
      if (!/^[A-Za-z0-9][\w-]*$/.test(part)) throw new Error(`"${part}" cannot name a draft branch (letters, digits, - and _ only).`);
    }
    return `refs/heads/${DRAFT_PREFIX}${collection}/${slug}`;
  }

  private static describeKey(collection: string, slug: string): string {
    return `branch.${DRAFT_PREFIX}${collection}/${slug}.description`;
  }

  /** The branch checked out, e.g. `main`; a detached HEAD cannot be published to. */
  currentBranch(): Promise<string | undefined> {
    return this.tryText(['symbolic-ref', '--short', '-q', 'HEAD']);
  }

  /** Files with uncommitted changes (staged or not, untracked included) among `paths`, or in the whole checkout. */
  async uncommitted(paths?: string[]): Promise<string[]> {
    // Not trimmed: each record starts with its two status letters, the first of which may be a space.
    const out = String(await this.git(['status', '--porcelain=v1', '-z', '--untracked-files=all', ...(paths ? ['--', ...paths] : [])]));
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => line.slice(3));
  }

  /** A commit with HEAD's tree plus `changes`, on top of HEAD; the work tree and index are not touched. */
  private async commitOnHead(changes: FileChange[], message: string, author?: { name: string; email: string; date: string }): Promise<{ head: string; commit: string }> {
    const head = await this.tryText(['rev-parse', '--verify', '-q', 'HEAD^{commit}']);
    if (!head) throw new WorkflowError('no-commit');
    const index = join(tmpdir(), `ulagat-cms-index-${randomUUID()}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      await this.git(['read-tree', head], { env });
      for (const change of changes) {
        if (change.content === null) {
          await this.git(['update-index', '--force-remove', '--', change.path], { env });
        } else {
          const blob = await this.text(['hash-object', '-w', '--stdin'], { input: change.content });
          await this.git(['update-index', '--add', '--cacheinfo', `100644,${blob},${change.path}`], { env });
        }
      }
      const tree = await this.text(['write-tree'], { env });
      const authorEnv = author ? { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: author.date } : {};
      const commit = await this.text(['commit-tree', tree, '-p', head, '-F', '-'], { input: message, env: authorEnv });
      return { head, commit };
    } finally {
      rmSync(index, { force: true });
    }
  }

  /** Saves a draft: HEAD plus the entry's files, on the entry's `cms/…` branch. The status is set for a new draft. */
  saveDraft(collection: string, slug: string, changes: FileChange[], message: string, status: string): Promise<void> {
    return this.run(async () => {
      const files = changes.map((c) => ({ ...c, path: this.checkPath(c.path) }));
      const ref = GitRepo.draftRef(collection, slug);
      const existed = (await this.tryText(['rev-parse', '--verify', '-q', ref])) !== undefined;
      const { commit } = await this.commitOnHead(files, message);
      await this.git(['update-ref', ref, commit]);
      if (!existed) await this.git(['config', GitRepo.describeKey(collection, slug), status]);
    });
  }

  /** The draft of an entry with what it changes against the commit it was saved on, or undefined. */
  draft(collection: string, slug: string): Promise<Draft | undefined> {
    return this.run(() => this.readDraft(collection, slug));
  }

  private async readDraft(collection: string, slug: string): Promise<Draft | undefined> {
    const ref = GitRepo.draftRef(collection, slug);
    const tip = await this.tryText(['rev-parse', '--verify', '-q', `${ref}^{commit}`]);
    if (!tip) return undefined;
    const base = (await this.tryText(['merge-base', 'HEAD', tip])) ?? `${tip}^`;
    const diff = await this.text(['diff', '--name-status', '--no-renames', '-z', base, tip]);
    const parts = diff.split('\0').filter(Boolean);
    const changes: DraftChange[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) changes.push({ status: parts[i]!.charAt(0) as DraftChange['status'], path: parts[i + 1]! });
    const status = (await this.tryText(['config', GitRepo.describeKey(collection, slug)])) ?? '';
    const updatedAt = await this.text(['log', '-1', '--format=%cI', tip]);
    return { collection, slug, status, changes, updatedAt };
  }

  /** Every draft that changes something, as `<collection>/<slug>`. A `cms/…` branch with no change is left out (and reported). */
  drafts(report: (message: string) => void = () => undefined): Promise<string[]> {
    return this.run(async () => {
      const refs = (await this.text(['for-each-ref', '--format=%(refname)', `refs/heads/${DRAFT_PREFIX}`])).split('\n').filter(Boolean);
      const keys: string[] = [];
      for (const ref of refs) {
        const key = ref.slice(`refs/heads/${DRAFT_PREFIX}`.length);
        const slash = key.indexOf('/');
        if (slash <= 0) continue;
        const draft = await this.readDraft(key.slice(0, slash), key.slice(slash + 1)).catch(() => undefined);
        if (draft && draft.changes.length > 0) keys.push(key);
        else report(`The branch ${DRAFT_PREFIX}${key} changes nothing and is not shown in the CMS. Delete it with: git branch -D ${DRAFT_PREFIX}${key}`);
      }
      return keys;
    });
  }

  /** A file as the draft has it, or undefined when the draft does not have it. */
  draftFile(collection: string, slug: string, path: string): Promise<Buffer | undefined> {
    return this.run(async () => {
      try {
        return await this.git(['show', `${GitRepo.draftRef(collection, slug)}:${this.checkPath(path)}`]);
      } catch {
        return undefined;
      }
    });
  }

  setStatus(collection: string, slug: string, status: string): Promise<void> {
    return this.run(async () => {
      await this.git(['config', GitRepo.describeKey(collection, slug), status]);
    });
  }

  deleteDraft(collection: string, slug: string): Promise<void> {
    return this.run(() => this.removeDraft(collection, slug));
  }

  private async removeDraft(collection: string, slug: string): Promise<void> {
    await this.git(['update-ref', '-d', GitRepo.draftRef(collection, slug)]).catch(() => undefined);
    await this.git(['config', '--unset', GitRepo.describeKey(collection, slug)]).catch(() => undefined);
  }

  /**
   * Commits `changes` on the current branch and writes them into the work tree, leaving every
   * other file, staged or not, as it was. Refuses when one of the files has uncommitted changes.
   * Returns the new commit and the branch.
   */
  commitFiles(changes: FileChange[], message: string): Promise<{ commit: string; branch: string }> {
    return this.run(() => this.commitToBranch(changes, message));
  }

  private async commitToBranch(changes: FileChange[], message: string, author?: { name: string; email: string; date: string }) {
    const files = changes.map((c) => ({ ...c, path: this.checkPath(c.path) }));
    const branch = await this.currentBranch();
    if (!branch) throw new WorkflowError('detached');
    const paths = files.map((f) => f.path);
    const dirty = await this.uncommitted(paths);
    if (dirty.length > 0) throw new WorkflowError('uncommitted', dirty);
    const { head, commit } = await this.commitOnHead(files, message, author);
    // Only if the branch is still where it was: nothing else committed meanwhile.
    await this.git(['update-ref', '-m', `cms: ${message.split('\n')[0]}`, `refs/heads/${branch}`, commit, head]);
    for (const file of files) {
      const target = join(this.root, file.path);
      if (file.content === null) {
        if (existsSync(target)) unlinkSync(target);
        await this.git(['update-index', '--force-remove', '--', file.path]);
      } else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.content);
        await this.git(['update-index', '--add', '--', file.path]);
      }
    }
    return { commit, branch };
  }

  /**
   * Publishes a draft: its files, as saved, committed on the current branch with the draft's
   * message and author, then the draft is deleted. Refuses when the branch changed one of its
   * files since the draft was saved, or when one has uncommitted changes.
   */
  publish(collection: string, slug: string): Promise<{ commit: string; branch: string; files: string[] }> {
    return this.run(async () => {
      const ref = GitRepo.draftRef(collection, slug);
      const draft = await this.readDraft(collection, slug);
      if (!draft) throw new WorkflowError('not-found', [`${DRAFT_PREFIX}${collection}/${slug}`]);
      const tip = await this.text(['rev-parse', ref]);
      const base = (await this.tryText(['merge-base', 'HEAD', tip])) ?? `${tip}^`;
      const paths = draft.changes.map((c) => c.path);
      if (paths.length > 0) {
        const moved = (await this.text(['diff', '--name-only', '-z', base, 'HEAD', '--', ...paths])).split('\0').filter(Boolean);
        if (moved.length > 0) throw new WorkflowError('changed-since', moved);
      }
      const changes: FileChange[] = [];
      for (const change of draft.changes) {
        changes.push({ path: change.path, content: change.status === 'D' ? null : await this.git(['show', `${tip}:${change.path}`]) });
      }
      const [name, email, date] = (await this.text(['log', '-1', '--format=%an%n%ae%n%aI', tip])).split('\n') as [string, string, string];
      const message = await this.text(['log', '-1', '--format=%B', tip]);
      const result = changes.length > 0 ? await this.commitToBranch(changes, message, { name, email, date }) : { commit: '', branch: (await this.currentBranch()) ?? '' };
      await this.removeDraft(collection, slug);
      return { ...result, files: paths };
    });
  }

  /** A file of the work tree, or undefined. */
  read(path: string): Buffer | undefined {
    const target = join(this.root, path);
    return existsSync(target) ? readFileSync(target) : undefined;
  }
}
