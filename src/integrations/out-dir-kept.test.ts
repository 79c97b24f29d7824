import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneStale } from './out-dir-kept.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `path` under `dir`, dated `age` seconds ago. */
function file(path: string, age: number): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, path);
  const t = Date.now() / 1000 - age;
  utimesSync(full, t, t);
  return full;
}

describe('pruneStale', () => {
  it('keeps the pages kept from the last build and what this build wrote; removes the rest and the folders it empties', () => {
    dir = mkdtempSync(join(tmpdir(), 'out-dir-kept-'));
    const kept = file('sources/a/index.html', 3600);
    file('sources/removed/index.html', 3600);
    file('_astro/old.js', 3600);
    file('pagefind/fragment/en_1.pf_fragment', 3600);
    const since = Date.now() - 60_000;
    file('_astro/new.js', 0);
    file('data/sources.json', 0);
    expect(pruneStale(dir, new Set([kept]), since)).toBe(3);
    const left = readdirSync(dir, { recursive: true }).map(String).filter((p) => statSync(join(dir, p)).isFile()).sort();
    expect(left).toEqual(['_astro/new.js', 'data/sources.json', 'sources/a/index.html']);
    expect(readdirSync(join(dir, 'sources'))).toEqual(['a']);
    expect(readdirSync(dir).sort()).toEqual(['_astro', 'data', 'sources']);
  });
});
