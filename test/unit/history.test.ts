import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHistory } from '../../src/content/history';

function commit(repo: string, message: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: repo, env });
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-qm', message], { cwd: repo, env });
}

describe('fileHistory', () => {
  it('takes the time of the last commit that changed each file, and the mtime of uncommitted changes', () => {
    const repo = mkdtempSync(join(tmpdir(), 'ulagat-history-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    const dir = join(repo, 'content/news');
    mkdirSync(join(dir, 'ru'), { recursive: true });
    mkdirSync(join(dir, 'kk'), { recursive: true });
    writeFileSync(join(dir, 'ru/a.md'), '1');
    writeFileSync(join(dir, 'kk/a.md'), '1');
    commit(repo, 'first', '2025-01-01T00:00:00Z');
    writeFileSync(join(dir, 'ru/a.md'), '2');
    commit(repo, 'second', '2025-03-01T00:00:00Z');
    writeFileSync(join(dir, 'kk/b.md'), 'new');
    utimesSync(join(dir, 'kk/b.md'), new Date('2025-05-01T00:00:00Z'), new Date('2025-05-01T00:00:00Z'));

    const history = fileHistory(join(repo, 'content'));
    expect(history.source).toBe('git');
    expect(history.time(join(dir, 'ru/a.md'))).toBe(Date.parse('2025-03-01T00:00:00Z'));
    expect(history.time(join(dir, 'kk/a.md'))).toBe(Date.parse('2025-01-01T00:00:00Z'));
    expect(history.time(join(dir, 'kk/b.md'))).toBe(Date.parse('2025-05-01T00:00:00Z'));
  });

  it('falls back to modification times outside git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ulagat-nogit-'));
    writeFileSync(join(dir, 'x.md'), 'x');
    utimesSync(join(dir, 'x.md'), new Date('2024-02-02T00:00:00Z'), new Date('2024-02-02T00:00:00Z'));
    const history = fileHistory(dir);
    expect(history.source).toBe('mtime');
    expect(history.time(join(dir, 'x.md'))).toBe(Date.parse('2024-02-02T00:00:00Z'));
  });
});
