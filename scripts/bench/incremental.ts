/**
 * The benchmark's incremental measures (issue 14, item 5), on a project copy that has had a clean
 * build: (a) `astro build` again after editing one article, as a share of the clean build, and
 * whether the loader's log says it ingested just that one; (b) `astro dev`: time until the server
 * answers a source page, then time from editing that article until the page serves the new text.
 * Called from run.ts, which owns the timed builds (passed in as `build`).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { slugForFile } from '../ingest/pipeline.ts';
import { sourcePath } from '../core/routes.ts';

/** What a timed build gives back (a subset of run.ts's BuildRun). */
interface Timed {
  seconds: number;
  cpuSeconds: number;
  code: number;
  dir: string;
}

export interface RebuildResult {
  seconds: number;
  cpuSeconds: number;
  /** Rebuild time over the clean build's, wall and CPU. */
  share: number;
  cpuShare: number;
  /** The loader's `sources: …` log line of the rebuild. */
  logLine: string;
  /** True when that line says exactly one article was ingested. */
  oneIngested: boolean;
  /** Pages Astro's incremental build copied from the last build instead of rendering (`(cached)` or `(restored)` in its log). */
  reusedPages: number;
  code: number;
}

export interface DevResult {
  /** Seconds from starting `astro dev` until a source page answered 200, and the server's CPU seconds by then. */
  readySeconds: number;
  readyCpuSeconds: number;
  /** Seconds from saving the edited article until the page served its new text. */
  editSeconds: number;
  page: string;
}

/**
 * Edits one article in place: a new sentence with a unique word goes in after the first sentence
 * of its first long line, a body paragraph (so the paragraph count, and every `#pN` anchor, stay as
 * they were; header lines such as "Jan. 27, 2025" are short). Returns the word.
 */
export async function editArticle(file: string): Promise<string> {
  const marker = `Benchmarkedit${Date.now().toString(36)}`;
  const text = await readFile(file, 'utf8');
  const line = /^.{120,}$/m.exec(text);
  const at = line ? text.indexOf('. ', line.index) : -1;
  if (at < 0 || at > line!.index + line![0].length) throw new Error(`${file}: no body paragraph to add a sentence to`);
  await writeFile(file, `${text.slice(0, at + 2)}The ${marker} sentence was added by the benchmark. ${text.slice(at + 2)}`);
  return marker;
}

/** (a) Edits `article` (a file name in content/articles/) and builds again with `build`. */
export async function measureRebuild(clean: Timed, article: string, build: (dir: string) => Promise<Timed & { log: string }>): Promise<RebuildResult> {
  await editArticle(join(clean.dir, 'content/articles', article));
  const r = await build(clean.dir);
  const logLine = /sources: [^\n]*/.exec(r.log)?.[0] ?? '(no sources line in the log)';
  return {
    seconds: r.seconds,
    cpuSeconds: r.cpuSeconds,
    share: r.seconds / clean.seconds,
    cpuShare: r.cpuSeconds / clean.cpuSeconds,
    logLine,
    oneIngested: /sources: 1 article ingested/.test(logLine),
    reusedPages: r.log.match(/\((?:cached|restored)\)/g)?.length ?? 0,
    code: r.code,
  };
}

/** A free TCP port on localhost. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** User + system CPU seconds a process has used so far (Linux /proc; clock ticks are 1/100 s). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  // After the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (1-based, man proc).
  return [11, 12, 13, 14].reduce((s, i) => s + Number(fields[i]), 0) / 100;
}

/** Polls `url` every 100 ms until `ok(status, body)` holds; returns the seconds since `t0`. */
async function until(url: string, ok: (status: number, body: string) => boolean, t0: number, limitSeconds: number, what: string): Promise<number> {
  for (;;) {
    const res = await fetch(url).then(async (r) => ({ status: r.status, body: await r.text() })).catch(() => undefined);
    if (res && ok(res.status, res.body)) return (performance.now() - t0) / 1000;
    if (performance.now() - t0 > limitSeconds * 1000) throw new Error(`bench: ${what} did not happen within ${limitSeconds} s (${url})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** (b) Starts `astro dev` in `dir`, times its first source page, edits `article`, times the edit showing. */
export async function measureDev(dir: string, article: string, astroCli: string): Promise<DevResult> {
  const port = await freePort();
  const page = sourcePath(slugForFile(article));
  const url = `http://127.0.0.1:${port}${page}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, [astroCli, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stopping it stops whatever it started
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  try {
    const readySeconds = await until(url, (s) => s === 200, t0, 300, 'the first source page');
    const readyCpuSeconds = cpuSecondsOf(child.pid!);
    const marker = await editArticle(join(dir, 'content/articles', article));
    const t1 = performance.now();
    const editSeconds = await until(url, (s, body) => s === 200 && body.includes(marker), t1, 60, 'the edited text showing');
    return { readySeconds, readyCpuSeconds, editSeconds, page };
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${log.slice(-3000)}`, { cause: e });
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
  }
}
