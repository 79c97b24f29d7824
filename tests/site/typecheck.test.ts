import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { ASTRO_CLI } from '../../scripts/lib/preview.ts';
import { buildEnv } from '../../scripts/lib/build-env.ts';
import { seedSite } from '../helpers/seed-site.ts';
import { ROOT } from '../helpers/site.ts';

/** `.ts` and `.astro` files under src/, scripts/ and tests/ (fixtures are data, not code). */
const codeFiles = ['src', 'scripts', 'tests']
  .flatMap((d) => readdirSync(join(ROOT, d), { recursive: true, withFileTypes: true }).map((e) => join(e.parentPath, e.name)))
  .filter((f) => /\.(ts|astro)$/.test(f) && !f.includes(`${join(ROOT, 'tests/fixtures')}`));

// The seed build (a copy of the project) ran `astro sync` before building: the types it generated in
// its .astro/ (of the content collections, from src/content.config.ts) are the project's own.
const { dir } = await seedSite();

// `astro check` (@astrojs/check, on TypeScript 6: Astro 7.3 refuses TypeScript 7 for it) type-checks
// every `.ts` and `.astro` file tsconfig.json includes, with the generated types in .astro/. These
// are the seed build's, copied in, so the check runs no `astro sync` of its own (`--noSync`): that
// sync started Astro and ran the content loaders over the articles again, ~6 s of the check's ~20 s
// of CPU. It runs here, beside the other tests, rather than before them, so its CPU overlaps with them.
it('astro check finds no type errors in the .ts and .astro files', { timeout: 600_000 }, async () => {
  await cp(join(dir, '.astro'), join(ROOT, '.astro'), { recursive: true, filter: (src) => !src.endsWith('preview.json') });
  const { code, output } = await promisify(execFile)(process.execPath, [ASTRO_CLI, 'check', '--noSync'], { cwd: ROOT, env: buildEnv(), maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, output: (e.stdout ?? '') + (e.stderr ?? '') }),
  );
  // Only the errors (it colours its output whatever NO_COLOR says), not the progress lines and hints.
  const diagnostics = stripVTControlCharacters(output)
    .split(/\n(?=\S+\.(?:ts|astro|mjs):\d+:\d+ - )/)
    .filter((d) => / - error /.test(d))
    .join('\n');
  expect(code, `astro check failed:\n${diagnostics || output}`).toBe(0);
  const checked = Number(/Result \((\d+) files\)/.exec(stripVTControlCharacters(output))?.[1]);
  expect(checked, output).toBeGreaterThanOrEqual(codeFiles.length);
});
