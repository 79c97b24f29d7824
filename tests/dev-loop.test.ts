import { type ChildProcess, spawn } from 'node:child_process';
import { appendFile, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { slugForFile } from '../scripts/ingest/pipeline.ts';
import { copyProject } from './helpers/project.ts';
import { ASTRO_CLI } from '../scripts/lib/preview.ts';

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
 * Starts `astro dev` (what `npm run dev` runs) in `cwd` and resolves with the address it serves on,
 * as Astro prints it: it starts on 4321 and moves to the next free port.
 */
function startDev(cwd: string): Promise<{ url: string; output: () => string }> {
  let output = '';
  server = spawn(process.execPath, [ASTRO_CLI, 'dev'], {
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
  it('picks up added, edited, broken and removed articles and gazetteer edits without a restart', { timeout: 6 * LIMIT_MS }, async () => {
    dir = await copyProject();
    const { url, output } = await startDev(dir);
    const at = (path: string) => new URL(path, url).href;

    const seed = await poll(at('sources/'), (status) => status === 200);
    expect(seed.body).toContain('/sources/');

    // Added.
    const name = 'dev-loop-new-article.txt';
    const file = join(dir, 'content/articles', name);
    const page = at(`sources/${slugForFile(name)}/`);
    const headline = 'A headline written by the dev-loop test';
    await writeFile(file, `${headline}\n\nJan 2, 2025\n\nThe first paragraph of a new article about Zorblat Quantum.\n`);
    const added = await poll(page, (status, body) => status === 200 && body.includes(headline));
    expect(added.body).toContain('The first paragraph of a new article');
    expect(output()).toMatch(/sources: 1 article ingested, \d+ unchanged, 0 removed/);

    // Edited.
    await appendFile(file, '\nA second paragraph, added while the server runs.\n');
    await poll(page, (status, body) => status === 200 && body.includes('A second paragraph, added while the server runs.'));

    // The gazetteer edited: the new entity is linked in the article, and has its page.
    await appendFile(join(dir, 'content/entities.yaml'), '\n- name: Zorblat Quantum\n  type: organisation\n  description: A company made up by the dev-loop test.\n');
    await poll(page, (status, body) => status === 200 && body.includes('/entities/zorblat-quantum/'));
    await poll(at('entities/zorblat-quantum/'), (status) => status === 200);

    // Broken: the error names file and line, and the server keeps serving the other pages.
    await writeFile(join(dir, 'content/articles/dev-loop-broken.txt'), 'A broken article\n\nIts sidecar has a field that does not exist.\n');
    await writeFile(join(dir, 'content/articles/dev-loop-broken.meta.yaml'), 'no_such_field: 1\n');
    const deadline = Date.now() + LIMIT_MS;
    while (!/content\/articles\/dev-loop-broken\.meta\.yaml:1: /.test(output()) && Date.now() < deadline) await sleep(200);
    expect(output()).toMatch(/content\/articles\/dev-loop-broken\.meta\.yaml:1: unknown metadata field "no_such_field"/);
    expect((await poll(page, (status) => status === 200)).body).toContain(headline);
    expect(server?.exitCode).toBeNull();

    // Removed.
    await unlink(file);
    await poll(page, (status) => status === 404);
    expect(output()).toMatch(/sources: 0 articles ingested, \d+ unchanged, 1 removed/);

    // A broken gazetteer edit: reported with its line; the last valid one keeps serving.
    const entities = join(dir, 'content/entities.yaml');
    const lines = (await readFile(entities, 'utf8')).split('\n').length;
    await appendFile(entities, '- name: Entry Without Type\n  description: This entry has no type, which is required.\n');
    const until = Date.now() + LIMIT_MS;
    while (!/content\/entities\.yaml:\d+: /.test(output()) && Date.now() < until) await sleep(200);
    expect(output()).toMatch(new RegExp(`content/entities\\.yaml:${lines}: entry \\d+ \\("Entry Without Type"\\): field "type"`));
    expect((await poll(at('entities/zorblat-quantum/'), (status) => status === 200)).status).toBe(200);
    expect(server?.exitCode).toBeNull();
  });
});
