import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteContent } from './paths.ts';

export { freePort } from './browser.ts';

export const git = (repo: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

/**
 * A temporary git repository laid out like this one (a `content/` folder with a copy of the
 * seed content, or of a fixture's, one commit on `main`), for the CMS to edit instead of the real content.
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
