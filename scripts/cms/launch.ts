/**
 * `npm run cms`: the site's dev server and the CMS's local backend, on 127.0.0.1, over a
 * checkout. The browser test and the guide's screenshots start the CMS through this module too,
 * on a temporary copy of fixture content.
 *
 * The editor at /admin/ runs the CMS bundle built apart from the site (it is made once per
 * version of the code and kept; `src/integrations/cms-bundle.ts`), on a page without Vite's
 * live-reload client, so saving or publishing, which changes files the dev server watches, never
 * reloads the editor. The site's own pages still reload, showing the change.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedCmsBundle } from '../../src/integrations/cms-bundle';
import { GitRepo } from './git-drafts';
import { startLocalBackend, type BackendMode, type LocalBackend } from './local-backend';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The environment for the dev server: this process's, without what a test runner adds (Vitest's
 * `VITEST*`, which makes Astro skip its own server, and the `import.meta.env` values it sets) and
 * without `MODE`, which here chooses the backend and would otherwise become Vite's mode.
 */
function devServerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^VITEST/.test(key) && !['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(key)),
  );
}

export interface CmsOptions {
  mode: BackendMode;
  /** The repository the CMS edits; its `content/` folder unless `contentDir` says otherwise. */
  repo: string;
  contentDir?: string;
  sitePort: number;
  backendPort: number;
  /** Extra environment for the dev server (the tests pin "now" and give it its own cache). */
  env?: Record<string, string>;
  log?: (line: string) => void;
  /** Show the dev server's own output as it comes (the terminal of `npm run cms`). */
  echoDev?: boolean;
}

export interface RunningCms {
  siteUrl: string;
  backendUrl: string;
  /** Stops the backend and starts it again in another mode; the dev server keeps running. */
  switchMode: (mode: BackendMode) => Promise<void>;
  stop: () => Promise<void>;
  /** What the dev server printed, for error reports. */
  devLog: () => string;
}

/** What git mode will do on this checkout, in a few lines for the terminal. */
export async function describeGitMode(repo: GitRepo): Promise<string[]> {
  const branch = await repo.currentBranch();
  const other = await repo.uncommitted();
  return [
    'Git mode: each saved entry is a draft on a branch cms/<collection>/<slug>, made without checking anything out.',
    branch
      ? `Publishing commits only that entry's files on ${branch}, and writes them here.`
      : 'HEAD is detached: switch to a branch (git switch main) before publishing.',
    other.length > 0
      ? `${other.length} other uncommitted change(s) in this checkout (e.g. ${other.slice(0, 3).join(', ')}) are left as they are: never staged, committed or overwritten.`
      : 'The checkout has no other uncommitted changes.',
  ];
}

export async function startCms(opts: CmsOptions): Promise<RunningCms> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const repo = resolve(opts.repo);
  const contentDir = resolve(opts.contentDir ?? resolve(repo, 'content'));
  const contentFolder = relative(repo, contentDir).split('\\').join('/');

  // Made (or found) before the editor asks for it, so the first page load does not wait.
  const bundle = await cachedCmsBundle();
  log(`${bundle.made ? 'Built' : 'Reusing'} the CMS bundle (${relative(projectRoot, bundle.dir)}).`);

  let backend: LocalBackend | undefined;
  const startBackend = async (mode: BackendMode) => {
    if (mode === 'git') for (const line of await describeGitMode(new GitRepo(repo, contentFolder))) log(line);
    backend = await startLocalBackend({ mode, repo, contentFolder, port: opts.backendPort, log });
    log(`CMS backend (${mode} mode) on ${backend.url}, editing ${contentDir}`);
  };
  await startBackend(opts.mode);

  let output = '';
  const dev: ChildProcess = spawn(
    process.execPath,
    [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(opts.sitePort)],
    {
      cwd: projectRoot,
      env: {
        ...devServerEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        ULAGAT_CONTENT_DIR: contentDir,
        DECAP_SERVER_PORT: String(opts.backendPort),
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [dev.stdout!, dev.stderr!]) {
    stream.on('data', (d: Buffer) => {
      output += d;
      if (opts.echoDev) process.stdout.write(d);
    });
  }
  // Never left running after this process, however it ends.
  process.once('exit', () => dev.kill());
  const siteUrl = `http://127.0.0.1:${opts.sitePort}`;
  const stop = async () => {
    dev.kill();
    await backend?.stop();
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`${siteUrl}/admin/`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (dev.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The dev server did not serve /admin/:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`Editor: ${siteUrl}/admin/   Site: ${siteUrl}/`);
  return {
    siteUrl,
    backendUrl: backend!.url,
    switchMode: async (mode) => {
      await backend?.stop();
      await startBackend(mode);
    },
    stop,
    devLog: () => output,
  };
}
