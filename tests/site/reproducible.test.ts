import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/lib/build-env.ts';
import { buildProject, buildSite } from '../helpers/site.ts';
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

// The seed build (a clean copy, built online by the global setup) is the first of the two builds.
// The second starts now, beside it, rather than after it: it needs nothing from it.
const second = buildSite({ offline: true });
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

  // One extra build proves both: it is a second clean build of the same project (a fresh copy: no
  // dist/, no ingest cache, no Astro caches) and it runs with no network.
  it('two clean builds, the second with no network, give byte-identical dist/', { timeout: 900_000 }, async () => {
    const offlineBuild = await second;
    expect(offlineBuild.code, `the offline build failed:\n${offlineBuild.output}`).toBe(0);
    const [a, b] = [hashTree(seed.dist), hashTree(offlineBuild.dist)];
    expect(a.size).toBeGreaterThan(10);
    const diff = treeDiff(a, b, [seed.dist, offlineBuild.dist]);
    expect(diff, `dist/ differs between two builds (the second offline):\n${diff.join('\n')}`).toEqual([]);
  });

  // The caches a rebuild reads (the loader's bodies, drawn diagrams, each article's timeline) must give
  // what a clean build gives. In the second build's copy, whose caches are warm: an article gains a
  // dated sentence and a topic diagram a label, the site is built, both are reverted and it is built
  // again: that last build, from caches holding the edited and the original versions, must equal the
  // clean build of the same content. (A topic page's edit changes the code every page is built from, so
  // Astro reuses no page here: its page reuse is not what this checks.)
  it('a rebuild with warm caches, after an edit and its revert, gives the clean build\'s dist/', { timeout: 1_800_000 }, async () => {
    const { dir } = await second;
    const article = join(dir, 'content/articles/002_2eff55d2afe75614.txt');
    const topic = join(dir, 'content/topics/compute-and-chips.mdx');
    const [articleText, topicText] = await Promise.all([readFile(article, 'utf8'), readFile(topic, 'utf8')]);
    const line = /^.{120,}$/m.exec(articleText);
    const at = line ? articleText.indexOf('. ', line.index) + 2 : 0;
    expect(at, 'no body paragraph to add a sentence to').toBeGreaterThan(1);
    const diagram = /```mermaid[^\n]*\n[^\n]*\n/.exec(topicText);
    expect(diagram, 'no diagram in the topic page').not.toBeNull();
    const edited = {
      article: `${articleText.slice(0, at)}Reproducibility was checked last week. ${articleText.slice(at)}`,
      topic: topicText.replace(diagram![0], `${diagram![0]}  Rebuilt[Rebuilt]\n`),
    };
    await Promise.all([writeFile(article, edited.article), writeFile(topic, edited.topic)]);
    const editedBuild = await buildProject(dir);
    expect(editedBuild.code, `the build after the edit failed:\n${editedBuild.output}`).toBe(0);
    await Promise.all([writeFile(article, articleText), writeFile(topic, topicText)]);
    const rebuilt = await buildProject(dir);
    expect(rebuilt.code, `the rebuild after the revert failed:\n${rebuilt.output}`).toBe(0);
    expect(rebuilt.output, 'the rebuild ingested the reverted article only').toMatch(/sources: 1 article ingested, 4 unchanged/);
    const diff = treeDiff(hashTree(seed.dist), hashTree(rebuilt.dist), [seed.dist, rebuilt.dist]);
    expect(diff, `dist/ of a warm rebuild differs from a clean build's:\n${diff.join('\n')}`).toEqual([]);
  });
});
