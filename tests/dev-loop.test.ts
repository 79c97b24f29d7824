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

/** The last lines the server printed, for a failure message. */
const tail = (text: string) => text.trimEnd().split('\n').slice(-15).join('\n');

/**
 * Fetches `url` until `accept` approves the response, or fails after {@link LIMIT_MS}. Every fetch
 * renders a page (≈ 0.2–1 s of CPU on a busy machine), so the wait between fetches grows from
 * 250 ms to 2 s: a quick change is seen quickly, a slow one does not load the machine further.
 */
async function poll(url: string, accept: (status: number, body: string) => boolean, output: () => string): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + LIMIT_MS;
  let last = { status: 0, body: '' };
  for (let wait = 250; Date.now() < deadline; wait = Math.min(2 * wait, 2_000)) {
    last = await fetch(url).then(
      async (r) => ({ status: r.status, body: await r.text() }),
      (e: Error) => ({ status: 0, body: e.message }),
    );
    if (accept(last.status, last.body)) return last;
    await sleep(wait);
  }
  throw new Error(`${url} still answered ${last.status} after ${LIMIT_MS} ms; the server's last lines:\n${tail(output())}`);
}

/**
 * Waits until the server prints a line matching `pattern` after position `from` of its output
 * (reading the output costs nothing; fetching a page renders it). A change is first waited for
 * here, in the loader's log, then on the page: a failure says which of the two did not happen.
 */
async function logged(output: () => string, from: number, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + LIMIT_MS;
  while (!pattern.test(output().slice(from))) {
    if (Date.now() > deadline) throw new Error(`the server did not log ${pattern} in ${LIMIT_MS} ms; its last lines:\n${tail(output())}`);
    await sleep(100);
  }
}

describe('npm run dev', () => {
  it('picks up added, edited, broken and removed articles and gazetteer edits without a restart', { timeout: 6 * LIMIT_MS }, async () => {
    dir = await copyProject();
    const { url, output } = await startDev(dir);
    const at = (path: string) => new URL(path, url).href;
    const get = (path: string, accept: (status: number, body: string) => boolean) => poll(path, accept, output);

    const seed = await get(at('sources/'), (status) => status === 200);
    expect(seed.body).toContain('/sources/');

    // Added: the loader's run logs it, then the page shows it.
    const name = 'dev-loop-new-article.txt';
    const file = join(dir, 'content/articles', name);
    const page = at(`sources/${slugForFile(name)}/`);
    const headline = 'A headline written by the dev-loop test';
    let mark = output().length;
    await writeFile(file, `${headline}\n\nJan 2, 2025\n\nThe first paragraph of a new article about Zorblat Quantum.\n`);
    await logged(output, mark, /sources: 1 article ingested, \d+ unchanged, 0 removed/);
    const added = await get(page, (status, body) => status === 200 && body.includes(headline));
    expect(added.body).toContain('The first paragraph of a new article');

    // Edited.
    mark = output().length;
    await appendFile(file, '\nA second paragraph, added while the server runs.\n');
    await logged(output, mark, /sources: 1 article ingested, \d+ unchanged, 0 removed/);
    await get(page, (status, body) => status === 200 && body.includes('A second paragraph, added while the server runs.'));

    // The gazetteer edited: every article is linked again, the new entity is linked in the article, and has its page.
    mark = output().length;
    await appendFile(join(dir, 'content/entities.yaml'), '\n- name: Zorblat Quantum\n  type: organisation\n  description: A company made up by the dev-loop test.\n');
    await logged(output, mark, /sources: \d+ articles ingested, 0 unchanged, 0 removed/);
    await get(page, (status, body) => status === 200 && body.includes('/entities/zorblat-quantum/'));
    await get(at('entities/zorblat-quantum/'), (status) => status === 200);

    // Broken: the error names file and line, and the server keeps serving the other pages.
    mark = output().length;
    await writeFile(join(dir, 'content/articles/dev-loop-broken.txt'), 'A broken article\n\nIts sidecar has a field that does not exist.\n');
    await writeFile(join(dir, 'content/articles/dev-loop-broken.meta.yaml'), 'no_such_field: 1\n');
    await logged(output, mark, /content\/articles\/dev-loop-broken\.meta\.yaml:1: unknown metadata field "no_such_field"/);
    expect((await get(page, (status) => status === 200)).body).toContain(headline);
    expect(server?.exitCode).toBeNull();

    // Removed: the loader's run removes the entry, then the page answers 404.
    mark = output().length;
    await unlink(file);
    await logged(output, mark, /sources: 0 articles ingested, \d+ unchanged, 1 removed/);
    await get(page, (status) => status === 404).catch(async (e: unknown) => {
      // Which part kept the page: Astro's data store as written to disk, or the server's module and route caches.
      const store = await readFile(join(dir!, '.astro/data-store.json'), 'utf8').catch(() => '');
      throw new Error(`${String(e)}\n.astro/data-store.json ${store.includes(`content/articles/${name}`) ? 'still holds' : 'no longer holds'} the article`, { cause: e });
    });

    // A broken gazetteer edit: reported with its line; the last valid one keeps serving.
    const entities = join(dir, 'content/entities.yaml');
    const lines = (await readFile(entities, 'utf8')).split('\n').length;
    mark = output().length;
    await appendFile(entities, '- name: Entry Without Type\n  description: This entry has no type, which is required.\n');
    await logged(output, mark, new RegExp(`content/entities\\.yaml:${lines}: entry \\d+ \\("Entry Without Type"\\): field "type"`));
    expect((await get(at('entities/zorblat-quantum/'), (status) => status === 200)).status).toBe(200);
    expect(server?.exitCode).toBeNull();
  });
});
