import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/lib/build-env.ts';
import { buildProject, buildSite, ROOT } from '../helpers/site.ts';
import { seedSite } from '../helpers/seed-site.ts';

const run = promisify(execFile);

/** sha256 of every file under `dir`, by path relative to it. */
function hashTree(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((f) => [relative(dir, f).split(sep).join('/'), createHash('sha256').update(readFileSync(f)).digest('hex')] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** Where two texts first differ, with some context from each: what a failure needs to be told apart from noise. */
function firstDifference(x: string, y: string): string {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const near = (t: string) => JSON.stringify(t.slice(Math.max(0, i - 120), i + 200));
  return `at character ${i}:\n    first:  ${near(x)}\n    second: ${near(y)}`;
}

/** Files that differ between two hashed trees, with how (and, given the two folders, where the text first differs). */
function treeDiff(a: Map<string, string>, b: Map<string, string>, dirs?: [string, string]): string[] {
  const out: string[] = [];
  for (const [f, h] of a) {
    if (!b.has(f)) out.push(`${f}: only in the first build`);
    else if (b.get(f) !== h) out.push(`${f}: contents differ${dirs ? ` ${firstDifference(readFileSync(join(dirs[0], f), 'utf8'), readFileSync(join(dirs[1], f), 'utf8'))}` : ''}`);
  }
  for (const f of b.keys()) if (!a.has(f)) out.push(`${f}: only in the second build`);
  return out;
}

/** Runs `cmd args` in a new, empty network namespace (`unshare --net`); fails clearly if that is impossible. */
async function offline(cmd: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  try {
    const r = await run('unshare', ['--net', cmd, ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: buildEnv(),
    });
    return { code: 0, output: r.stdout + r.stderr };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stdout?: string; stderr?: string; code?: number | string };
    if (err.code === 'ENOENT') throw new Error('`unshare` (util-linux) is not installed: the offline-build test needs it to cut the network (apt-get install util-linux).');
    return { code: typeof err.code === 'number' ? err.code : 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/**
 * The edits the rebuild check makes and reverts: a dated sentence in an article's body and a label in
 * a topic page's diagram (so the loader's bodies, each article's timeline and the drawn diagrams all
 * hold an edited version). A topic page's edit changes the code every page is built from, so Astro
 * reuses no page of the rebuild: its page reuse is not what this checks.
 */
function edits(): Record<string, string> {
  const article = 'content/articles/002_2eff55d2afe75614.txt';
  const topic = 'content/topics/compute-and-chips.mdx';
  const articleText = readFileSync(join(ROOT, article), 'utf8');
  const topicText = readFileSync(join(ROOT, topic), 'utf8');
  const line = /^.{120,}$/m.exec(articleText);
  const at = line ? articleText.indexOf('. ', line.index) + 2 : 0;
  if (at <= 1) throw new Error(`no body paragraph in ${article} to add a sentence to`);
  const diagram = /```mermaid[^\n]*\n[^\n]*\n/.exec(topicText);
  if (!diagram) throw new Error(`no diagram in ${topic}`);
  return {
    [article]: `${articleText.slice(0, at)}${ADDED_SENTENCE} ${articleText.slice(at)}`,
    [topic]: topicText.replace(diagram[0], `${diagram[0]}  Rebuilt[${ADDED_LABEL}]\n`),
  };
}
const ADDED_SENTENCE = 'Reproducibility was checked last week.';
const ADDED_LABEL = 'Rebuilt';

// Two builds beside the seed build (clean, online: the global setup's): a clean build, with no
// network, of a fresh copy holding the edits, started now, beside the seed build (it needs nothing
// from it); then, the edits reverted, a rebuild of that copy with its caches warm. Every file of the
// rebuild's dist/ was computed in that copy, apart from the seed build: the four unchanged articles'
// bodies and timelines and the unchanged diagrams by its clean offline build, the rest by the rebuild.
// So one comparison with the seed's dist/ fails on a build that is not reproducible, on one that
// differs offline, and on a stale cache: it replaces a second clean build of the same content (one
// build less, and one less in the file's chain of builds: 3 → 2 after the seed's).
const second = (async () => buildSite({ offline: true, files: edits() }))();
// Its failure is reported by the test that reads it, not as an unhandled rejection.
second.catch(() => undefined);
const removeSecond = () => second.then((s) => rm(s.dir, { recursive: true, force: true }), () => undefined);
const seed = await seedSite().catch(async (e: unknown) => {
  await removeSecond();
  throw e;
});

describe('reproducible, offline builds', () => {
  afterAll(removeSecond);

  it('a new network namespace really has no network (only the loopback device)', async () => {
    const { code, output } = await offline('cat', ['/proc/net/dev'], process.cwd());
    expect(code, `unshare --net failed (needs root or user namespaces):\n${output}`).toBe(0);
    const devices = output.split('\n').slice(2).map((l) => (l.split(':')[0] ?? '').trim()).filter(Boolean);
    expect(devices).toEqual(['lo']);
  });

  it('a clean build with no network builds, and shows the edits it was given', { timeout: 900_000 }, async () => {
    const edited = await second;
    expect(edited.code, `the offline build failed:\n${edited.output}`).toBe(0);
    const source = readFileSync(join(edited.dist, 'sources/002_2eff55d2afe75614/index.html'), 'utf8');
    expect(source).toContain(ADDED_SENTENCE);
    expect(readFileSync(join(edited.dist, 'topics/compute-and-chips/index.html'), 'utf8')).toContain(ADDED_LABEL);
  });

  // The caches a rebuild reads (the loader's bodies, drawn diagrams, each article's timeline) must give
  // what a clean build gives: the edits are reverted and the copy built again, with no network, its
  // caches holding the edited versions (which it must not reuse) and the unchanged ones (which it reads
  // instead of making them again). That build must equal the seed build byte for byte.
  it('reverted and rebuilt with warm caches, with no network, it gives the seed build\'s dist/ byte for byte', { timeout: 1_800_000 }, async () => {
    const { dir, code } = await second;
    expect(code, 'the clean offline build failed (see the test above)').toBe(0);
    await Promise.all(Object.keys(edits()).map(async (f) => writeFile(join(dir, f), await readFile(join(ROOT, f)))));
    const rebuilt = await buildProject(dir, { offline: true });
    expect(rebuilt.code, `the rebuild after the revert failed:\n${rebuilt.output}`).toBe(0);
    expect(rebuilt.output, 'the rebuild ingested the reverted article only').toMatch(/sources: 1 article ingested, 4 unchanged/);
    const [a, b] = [hashTree(seed.dist), hashTree(rebuilt.dist)];
    expect(a.size).toBeGreaterThan(10);
    const diff = treeDiff(a, b, [seed.dist, rebuilt.dist]);
    expect(diff, `dist/ of a warm offline rebuild differs from the seed's clean build:\n${diff.join('\n')}`).toEqual([]);
  });
});
