import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths';

/** A small repository: `main` with a content file and a source file, and a branch per case. */
const repo = mkdtempSync(join(tmpdir(), 'ulagat-changes-'));
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, encoding: 'utf8' });
const write = (path: string, text: string) => {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const needsTests = (branch: string) => {
  git('checkout', '-q', branch);
  const run = spawnSync('bash', [join(root, 'scripts/changed-outside-content.sh'), 'main'], { cwd: repo, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
};

beforeAll(() => {
  git('init', '-q', '-b', 'main');
  write('content/news/kk/a.md', 'a\n');
  write('src/a.ts', 'a\n');
  git('add', '.');
  git('commit', '-q', '-m', 'start');
  for (const [branch, path] of [
    ['content-only', 'content/news/kk/a.md'],
    ['code', 'src/a.ts'],
    ['both', 'content/media/photo.jpg'],
  ] as const) {
    git('checkout', '-q', '-b', branch, 'main');
    write(path, 'changed\n');
    if (branch === 'both') write('package.json', '{}\n');
    git('add', '.');
    git('commit', '-q', '-m', branch);
  }
  // main moves on after the branches left it: its own changes are not the branch's.
  git('checkout', '-q', 'main');
  write('src/b.ts', 'b\n');
  git('add', '.');
  git('commit', '-q', '-m', 'main moves on');
});

describe('scripts/changed-outside-content.sh', () => {
  it('says a change to content/ alone needs no test run', () => {
    expect(needsTests('content-only')).toMatchObject({ status: 1, output: 'Only content/ changed since main.\n' });
  });

  it('lists the files outside content/ and asks for the tests', () => {
    expect(needsTests('code')).toMatchObject({ status: 0, output: 'Changed outside content/ since main:\n  src/a.ts\n' });
    expect(needsTests('both')).toMatchObject({ status: 0, output: 'Changed outside content/ since main:\n  package.json\n' });
  });
});
