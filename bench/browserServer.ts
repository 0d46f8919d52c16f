import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** Something the browser bench needs is missing or broken: nothing can be measured, so the run fails. */
export class CannotRun extends Error {}

/** Like tests/browser/playwright.config.ts: $CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new CannotRun(`Chromium not found at ${path}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

/** The built app is what is measured, not the dev server (no StrictMode double renders, minified React). */
export function buildApp(): void {
  const result = spawnSync('npx', ['vite', 'build'], { encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new CannotRun(`vite build failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `from`: browser tests (4317) or another bench may be serving at the same time. */
export async function freePort(from = 4350, tries = 50): Promise<number> {
  for (let port = from; port < from + tries; port += 1) {
    if (await portIsFree(port)) return port;
  }
  throw new CannotRun(`No free port between ${from} and ${from + tries - 1} for vite preview.`);
}

export interface PreviewServer {
  readonly url: string;
  /** Stops the server this bench started, and nothing else. Safe to call twice. */
  readonly stop: () => void;
}

/**
 * Serves dist/ with `vite preview`. npx runs vite as its own child, so the server gets a process group of
 * its own and is stopped by signalling that group: killing npx alone would leave vite serving.
 */
export async function startPreview(port: number, timeoutMs = 30_000): Promise<PreviewServer> {
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));

  const stop = () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    exited = true;
  };
  // A crash or Ctrl+C of the bench must not leave the server behind.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new CannotRun(`vite preview stopped before it answered:\n${output.trim()}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new CannotRun(`vite preview did not answer on ${url} within ${timeoutMs / 1000} s:\n${output.trim()}`);
}
