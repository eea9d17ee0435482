import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo, WorkflowError } from '../../scripts/cms/git-drafts';
import { git } from '../helpers/cms';

/** A checkout with one entry committed, an unrelated modified file and an unrelated staged one. */
function checkout() {
  const repo = mkdtempSync(join(tmpdir(), 'ulagat-drafts-'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Editor');
  git(repo, 'config', 'user.email', 'editor@example.org');
  git(repo, 'config', 'commit.gpgsign', 'false');
  mkdirSync(join(repo, 'content/news/kk'), { recursive: true });
  writeFileSync(join(repo, 'content/news/kk/a.md'), '---\ntitle: "A"\n---\nText.\n');
  writeFileSync(join(repo, 'package-lock.json'), '{"lockfileVersion":3}\n');
  writeFileSync(join(repo, 'notes.txt'), 'one\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'Seed');
  writeFileSync(join(repo, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"extra":{}}}\n');
  writeFileSync(join(repo, 'notes.txt'), 'two\n');
  git(repo, 'add', 'notes.txt');
  return { repo, drafts: new GitRepo(repo, 'content') };
}

const state = (repo: string) => ({ head: git(repo, 'rev-parse', 'HEAD'), status: git(repo, 'status', '--porcelain'), staged: git(repo, 'diff', '--cached') });
const file = (path: string, text: string) => ({ path, content: Buffer.from(text) });

describe('drafts of the review workflow in git mode', () => {
  it('are saved without checking anything out or touching the work tree, the index or HEAD', async () => {
    const { repo, drafts } = checkout();
    const before = state(repo);
    await drafts.saveDraft('news', 'b', [file('content/news/kk/b.md', '---\ntitle: "B"\n---\n'), file('content/media/b.jpg', 'jpeg')], 'Create News “b”', 'decap-cms/draft');
    expect(state(repo)).toEqual(before);
    expect(git(repo, 'branch', '--show-current').trim()).toBe('main');
    const draft = await drafts.draft('news', 'b');
    expect(draft?.changes).toEqual([
      { status: 'A', path: 'content/media/b.jpg' },
      { status: 'A', path: 'content/news/kk/b.md' },
    ]);
    expect(draft?.status).toBe('decap-cms/draft');
    expect(String(await drafts.draftFile('news', 'b', 'content/news/kk/b.md'))).toContain('title: "B"');
    // A file the draft did not change reads as the branch has it (Decap asks for every language's file).
    expect(String(await drafts.draftFile('news', 'b', 'content/news/kk/a.md'))).toContain('title: "A"');
    expect(await drafts.drafts()).toEqual(['news/b']);
  });

  it('publish only the entry’s files, on the current branch, leaving unrelated changes unstaged or staged as they were', async () => {
    const { repo, drafts } = checkout();
    await drafts.saveDraft('news', 'a', [file('content/news/kk/a.md', '---\ntitle: "A, edited"\n---\nText.\n')], 'Update News “a”', 'decap-cms/draft');
    const { branch, files } = await drafts.publish('news', 'a');
    expect(branch).toBe('main');
    expect(files).toEqual(['content/news/kk/a.md']);
    expect(git(repo, 'show', '--name-only', '--format=%s', 'HEAD').trim().split('\n')).toEqual(['Update News “a”', '', 'content/news/kk/a.md']);
    expect(readFileSync(join(repo, 'content/news/kk/a.md'), 'utf8')).toContain('A, edited');
    // The published file is clean; the unrelated ones are exactly as they were.
    expect(git(repo, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([' M package-lock.json', 'M  notes.txt']);
    expect(git(repo, 'branch', '--list', 'cms/*').trim()).toBe('');
    expect(await drafts.drafts()).toEqual([]);
  });

  it('refuse to publish over uncommitted changes to the same file, naming it, and keep the draft', async () => {
    const { repo, drafts } = checkout();
    await drafts.saveDraft('news', 'a', [file('content/news/kk/a.md', '---\ntitle: "From the CMS"\n---\n')], 'Update', 'decap-cms/draft');
    writeFileSync(join(repo, 'content/news/kk/a.md'), 'typed by hand\n');
    const error = await drafts.publish('news', 'a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error).toMatchObject({ code: 'uncommitted', files: ['content/news/kk/a.md'] });
    expect(readFileSync(join(repo, 'content/news/kk/a.md'), 'utf8')).toBe('typed by hand\n');
    expect(await drafts.drafts()).toEqual(['news/a']);
  });

  it('refuse to publish a file that changed on the branch after the draft was saved', async () => {
    const { repo, drafts } = checkout();
    await drafts.saveDraft('news', 'a', [file('content/news/kk/a.md', '---\ntitle: "Draft"\n---\n')], 'Update', 'decap-cms/draft');
    writeFileSync(join(repo, 'content/news/kk/a.md'), '---\ntitle: "Committed meanwhile"\n---\n');
    git(repo, 'commit', '-qm', 'By hand', '--', 'content/news/kk/a.md');
    await expect(drafts.publish('news', 'a')).rejects.toMatchObject({ code: 'changed-since', files: ['content/news/kk/a.md'] });
  });

  it('leave out, and report, a cms/… branch that changes nothing instead of breaking the list', async () => {
    const { repo, drafts } = checkout();
    git(repo, 'branch', 'cms/news/empty');
    const reports: string[] = [];
    expect(await drafts.drafts((line) => reports.push(line))).toEqual([]);
    expect(reports.join('\n')).toMatch(/cms\/news\/empty changes nothing.*git branch -D cms\/news\/empty/);
  });

  it('name no branch from a collection or slug that is not a plain name', async () => {
    const { drafts } = checkout();
    for (const [collection, slug] of [['news', '../../main'], ['news/x', 'a'], ['', 'a'], ['news', 'a b']]) {
      await expect(drafts.saveDraft(collection!, slug!, [file('content/news/kk/a.md', 'x')], 'm', 's'), `${collection} ${slug}`).rejects.toThrow(/cannot name a draft branch/);
    }
  });

  it('write nothing outside the content folder', async () => {
    const { drafts } = checkout();
    for (const path of ['package.json', 'content/../package.json', '/etc/passwd', 'contentx/a.md']) {
      await expect(drafts.commitFiles([file(path, 'x')], 'm'), path).rejects.toMatchObject({ code: 'outside-content' });
    }
  });
});
