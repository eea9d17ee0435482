import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { root } from './paths.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}. Fix: install Debian's package (sudo apt-get install -y chromium), or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Serves a built folder with `astro preview` on 127.0.0.1; resolves to its base URL and a stop
 * function. A preview that exits before it answers (the free port taken meanwhile) is started
 * again on another port, up to three times.
 */
export async function preview(outDir: string): Promise<{ url: string; stop: () => void }> {
  let log = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const child: ChildProcess = spawn(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', outDir],
      { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let exited = false;
    child.once('exit', () => (exited = true));
    child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 90_000;
    while (!exited) {
      try {
        const res = await fetch(`${url}/kk/`);
        if (res.ok) return { url, stop: () => child.kill() };
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) {
        child.kill();
        throw new Error(`astro preview did not start within 90 s:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    log += `\n(astro preview on port ${port} exited before it answered; attempt ${attempt} of 3)\n`;
  }
  throw new Error(`astro preview did not start:\n${log}`);
}
