import { type ChildProcess, spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { slugForFile } from '../scripts/ingest/pipeline.ts';
import { copyProject } from './helpers/project.ts';

/** How long the dev server may take to start, and to serve a new article. */
const LIMIT_MS = 60_000;

let server: ChildProcess | undefined;
let dir: string | undefined;

afterAll(async () => {
  // The server runs in its own process group: end the whole tree (astro, vite, esbuild).
  if (server?.pid !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGKILL');
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * The environment a contributor's shell would give `npm run dev`: this process's, without what
 * vitest adds (with NODE_ENV=test the Astro dev server answers every page with 404).
 */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
}

/**
 * Starts `node scripts/dev.ts` in `cwd` and resolves with the address it serves on, as Astro prints
 * it. scripts/dev.ts takes no port option: Astro starts on 4321 and moves to the next free port.
 */
function startDev(cwd: string): Promise<{ url: string; output: () => string }> {
  let output = '';
  server = spawn(process.execPath, ['scripts/dev.ts'], {
    cwd,
    detached: true,
    env: devEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev server did not start in ${LIMIT_MS} ms:\n${output}`)), LIMIT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/(?:localhost|127\.0\.0\.1|\[::1\]):\d+\/\S*)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, output: () => output });
      }
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
    server!.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dev server exited with ${code}:\n${output}`));
    });
  });
}

/** Fetches `url` until `accept` approves the response, or fails after {@link LIMIT_MS}. */
async function poll(url: string, accept: (status: number, body: string) => boolean): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + LIMIT_MS;
  let last = { status: 0, body: '' };
  while (Date.now() < deadline) {
    last = await fetch(url).then(
      async (r) => ({ status: r.status, body: await r.text() }),
      (e: Error) => ({ status: 0, body: e.message }),
    );
    if (accept(last.status, last.body)) return last;
    await sleep(500);
  }
  throw new Error(`${url} still answered ${last.status} after ${LIMIT_MS} ms`);
}

describe('npm run dev', () => {
  it('serves source pages and picks up a new article without a restart', { timeout: 3 * LIMIT_MS }, async () => {
    dir = await copyProject();
    const { url, output } = await startDev(dir);
    const base = new URL(url);

    const seed = await poll(new URL('sources/', base).href, (status) => status === 200);
    expect(seed.body).toContain('/sources/');

    const name = 'dev-loop-new-article.txt';
    const headline = 'A headline written by the dev-loop test';
    await writeFile(join(dir, 'content/articles', name), `${headline}\n\nJan 2, 2025\n\nThe first paragraph of a new article.\n`);
    const page = await poll(new URL(`sources/${slugForFile(name)}/`, base).href, (status, body) => status === 200 && body.includes(headline));
    expect(page.body).toContain('The first paragraph of a new article.');
    expect(output()).toMatch(/ingest: \d+ of \d+ article files became pages/);
  });
});
