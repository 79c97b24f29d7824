import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/lib/build-env.ts';
import { ASTRO_CLI, type BuiltSite, buildSite } from '../helpers/site.ts';

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

describe('reproducible, offline builds', () => {
  let first: BuiltSite;
  let second: BuiltSite;

  it('two clean builds of the same project give byte-identical dist/', { timeout: 900_000 }, async () => {
    first = await buildSite();
    expect(first.code, first.output).toBe(0);
    second = await buildSite();
    expect(second.code, second.output).toBe(0);
    const [a, b] = [hashTree(first.dist), hashTree(second.dist)];
    expect(a.size).toBeGreaterThan(10);
    const diff = treeDiff(a, b);
    expect(diff, `dist/ differs between two builds:\n${diff.join('\n')}`).toEqual([]);
  });

  it('a new network namespace really has no network (only the loopback device)', async () => {
    const { code, output } = await offline('cat', ['/proc/net/dev'], process.cwd());
    expect(code, `unshare --net failed (needs root or user namespaces):\n${output}`).toBe(0);
    const devices = output.split('\n').slice(2).map((l) => (l.split(':')[0] ?? '').trim()).filter(Boolean);
    expect(devices).toEqual(['lo']);
  });

  it('a clean build with no network works and gives the same dist/', { timeout: 900_000 }, async () => {
    const base = first ?? (await buildSite());
    const copy = second ?? (await buildSite());
    expect(base.code, base.output).toBe(0);
    // Start the copy from scratch: no output, no Astro caches (the content store with its digests).
    for (const p of ['dist', '.cache', '.astro', 'node_modules/.astro']) await rm(join(copy.dir, p), { recursive: true, force: true });
    const { code, output } = await offline(process.execPath, [ASTRO_CLI, 'build'], copy.dir);
    expect(code, `the offline build failed:\n${output}`).toBe(0);
    const diff = treeDiff(hashTree(base.dist), hashTree(join(copy.dir, 'dist')));
    expect(diff, `the offline build differs from an online one:\n${diff.join('\n')}`).toEqual([]);
  });
});
