import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from './helpers/project.ts';
import { buildEnv } from '../scripts/lib/build-env.ts';
import { ASTRO_CLI } from '../scripts/lib/preview.ts';

let dir: string | undefined;
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

/** Runs `astro <command>` in `cwd`: returns the exit code and what it printed. */
async function astro(cwd: string, command: 'sync' | 'build', ...flags: string[]): Promise<{ code: number; output: string }> {
  return promisify(execFile)(process.execPath, [ASTRO_CLI, command, ...flags], { cwd, env: buildEnv(), maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, output: (e.stdout ?? '') + (e.stderr ?? '') }),
  );
}

/**
 * Runs the content loaders as `astro build` and `astro dev` do, without rendering pages
 * (`astro sync` shares the build's data store).
 */
const sync = (cwd: string) => astro(cwd, 'sync');

/** The loader's log line: `sources: 1 article ingested, 4 unchanged, 0 removed …`. */
const counts = (output: string) => /sources: (\d+) articles? ingested, (\d+) unchanged, (\d+) removed/.exec(output)?.slice(1).map(Number);

describe('the articles content loader', () => {
  it('ingests only what changed since the last run, by digest', { timeout: 180_000 }, async () => {
    dir = await copyProject();
    const articles = (await readdir(join(dir, 'content/articles'))).filter((f) => /\.(txt|md|html?)$/.test(f)).sort();
    const n = articles.length;
    expect(n).toBeGreaterThan(2);

    const first = await sync(dir);
    expect(first.code, first.output).toBe(0);
    expect(counts(first.output)).toEqual([n, 0, 0]);

    // One article edited: only it is ingested again.
    await appendFile(join(dir, 'content/articles', articles[0]!), '\nA paragraph added by the loader test.\n');
    const second = await sync(dir);
    expect(counts(second.output), second.output).toEqual([1, n - 1, 0]);

    // One removed, one added, and a file that cannot become a page: reported as file:line, not stored.
    await unlink(join(dir, 'content/articles', articles[1]!));
    await writeFile(join(dir, 'content/articles/loader-test-new.txt'), 'A new headline\n\nJan 2, 2025\n\nA new first paragraph.\n');
    await writeFile(join(dir, 'content/articles/loader-test-sidecar.txt'), 'Another headline\n\nA paragraph.\n');
    await writeFile(join(dir, 'content/articles/loader-test-sidecar.meta.yaml'), 'no_such_field: 1\n');
    // Text Astro's store would read as an image import is refused, never stored altered.
    await writeFile(join(dir, 'content/articles/loader-test-reserved.txt'), 'A headline\n\n__ASTRO_IMAGE_../../package.json starts this paragraph.\n');
    const third = await sync(dir);
    expect(counts(third.output), third.output).toEqual([1, n - 1, 1]);
    expect(third.output).toMatch(/content\/articles\/loader-test-sidecar\.meta\.yaml:1: unknown metadata field "no_such_field"/);
    expect(third.output).toMatch(/content\/articles\/loader-test-reserved\.txt:3: text starting with "__ASTRO_IMAGE_" would be read by Astro's content store as an image/);
    expect(third.output).toContain('2 files could not become pages (use --strict to fail instead)');

    // A gazetteer edit re-links every article: seen in the loader's run of a strict build
    // (`npm run build -- --strict`), which runs the loaders as `astro sync` does, logs the same line,
    // then fails on the same problems, with the same messages, before it writes any page. (The strict
    // build ran after a sync of its own before: one Astro start-up, ~3.5 s of CPU, less.)
    await appendFile(join(dir, 'content/entities.yaml'), '\n- name: Loader Test Entity\n  type: concept\n  description: An entity added by the loader test.\n');
    const strict = await astro(dir, 'build', '--strict');
    expect(counts(strict.output), strict.output).toEqual([n, 0, 0]);
    expect(strict.code).not.toBe(0);
    expect(strict.output).toMatch(/2 article files could not become pages \(strict build\):\ncontent\/articles\/loader-test-reserved\.txt:3: .*\ncontent\/articles\/loader-test-sidecar\.meta\.yaml:1: /);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
  });
});
