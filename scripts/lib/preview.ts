import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildEnv } from './build-env.ts';

/** The project root (this file is scripts/lib/preview.ts). */
const ROOT = join(import.meta.dirname, '../..');

/** A running `astro preview` server for one built project copy. */
export interface PreviewServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:43121`. */
  origin: string;
  port: number;
  /** Process id of the server (for diagnostics). */
  pid: number;
  /** Everything the server printed so far. */
  output: () => string;
  /** Stops the server and waits for it to exit. */
  stop: () => Promise<void>;
}

/** Astro's CLI entry, from the project's node_modules (project copies have none of their own). */
export const ASTRO_CLI = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Asks the OS for a port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves when `url` answers with any HTTP status, or rejects after `timeoutMs` (or if `child` exits). */
async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode} before serving:\n${output()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`astro preview did not answer on ${url} within ${timeoutMs} ms:\n${output()}`);
}

/** Sends `signal` to the child and waits (up to 5 s, then SIGKILL) for it to exit. */
function killAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts `astro preview` for the built project copy at `dir` (which must contain dist/), on
 * 127.0.0.1 and a free port, and waits until it answers.
 */
export async function startPreview(dir: string, timeoutMs = 30_000): Promise<PreviewServer> {
  if (!existsSync(join(dir, 'dist/index.html'))) throw new Error(`${dir} has no built dist/index.html to preview`);
  const port = await freePort();
  const child = spawn(process.execPath, [ASTRO_CLI, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: buildEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const output = () => log;
  try {
    await waitForHttp(`${origin}/`, child, timeoutMs, output);
  } catch (e) {
    await killAndWait(child);
    throw e;
  }
  return { origin, port, pid: child.pid!, output, stop: () => killAndWait(child) };
}
