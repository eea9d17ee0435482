import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, siteContent } from './paths.ts';

export { freePort } from './browser.ts';

export const git = (repo: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

/**
 * A temporary git repository laid out like this one (a `content/` folder with a copy of the
 * seed content, one commit on `main`), for decap-server to edit instead of the real content.
 */
export function contentRepo(source = siteContent): string {
  const repo = mkdtempSync(join(tmpdir(), 'ulagat-cms-'));
  cpSync(source, join(repo, 'content'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Editor');
  git(repo, 'config', 'user.email', 'editor@example.org');
  git(repo, 'config', 'commit.gpgsign', 'false');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'Seed content');
  return repo;
}

/**
 * Starts decap-server on 127.0.0.1 over `repo`: `git` mode gives the editorial workflow
 * (a branch per entry, merged on publish); `fs` mode writes files directly.
 */
export async function decapServer(repo: string, port: number, mode: 'git' | 'fs' = 'git'): Promise<{ stop: () => void; log: () => string }> {
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`decap-server did not start within 20 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { stop: () => child.kill(), log: () => log };
}
