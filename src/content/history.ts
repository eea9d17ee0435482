/**
 * When each content file last changed, for the translation status page: from git (the
 * last commit that touched the file, or the file's mtime when it has uncommitted changes),
 * else from file modification times.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export type HistorySource = 'git' | 'git-shallow' | 'mtime';

export interface FileHistory {
  source: HistorySource;
  /** Absolute path → last change in ms since the epoch. */
  time: (path: string) => number | undefined;
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

function mtime(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

export function fileHistory(contentDir: string): FileHistory {
  let top: string;
  try {
    top = git(contentDir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return { source: 'mtime', time: mtime };
  }
  const scope = relative(top, resolve(contentDir)) || '.';
  const times = new Map<string, number>();
  let current = 0;
  for (const line of git(top, ['log', '--format=%x00%ct', '--name-only', '--no-renames', '--', scope]).split('\n')) {
    if (line.startsWith('\0')) current = Number(line.slice(1)) * 1000;
    else if (line && !times.has(join(top, line))) times.set(join(top, line), current);
  }
  // Files changed since the last commit (an edit through the local CMS, say) count from their mtime.
  for (const record of git(top, ['status', '--porcelain', '-z', '--no-renames', '--', scope]).split('\0')) {
    const file = record.slice(3);
    if (file) {
      const path = join(top, file);
      const m = mtime(path);
      if (m !== undefined) times.set(path, m);
    }
  }
  const shallow = git(top, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  return { source: shallow ? 'git-shallow' : 'git', time: (path) => times.get(resolve(path)) ?? mtime(path) };
}
