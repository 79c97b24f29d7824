import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/lib/build-env.ts';
import { buildSite } from '../helpers/site.ts';
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

/** Files that differ between two hashed trees, with how. */
function treeDiff(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [f, h] of a) {
    if (!b.has(f)) out.push(`${f}: only in the first build`);
    else if (b.get(f) !== h) out.push(`${f}: contents differ`);
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
    const diff = treeDiff(a, b);
    expect(diff, `dist/ differs between two builds (the second offline):\n${diff.join('\n')}`).toEqual([]);
  });
});
