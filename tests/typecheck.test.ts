import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { ASTRO_CLI } from '../scripts/lib/preview.ts';
import { buildEnv } from '../scripts/lib/build-env.ts';
import { ROOT } from './helpers/site.ts';

/** `.ts` and `.astro` files under src/, scripts/ and tests/ (fixtures are data, not code). */
const codeFiles = ['src', 'scripts', 'tests']
  .flatMap((d) => readdirSync(join(ROOT, d), { recursive: true, withFileTypes: true }).map((e) => join(e.parentPath, e.name)))
  .filter((f) => /\.(ts|astro)$/.test(f) && !f.includes(`${join(ROOT, 'tests/fixtures')}`));

// `astro check` (@astrojs/check, on TypeScript 6: Astro 7.3 refuses TypeScript 7 for it) type-checks
// every `.ts` and `.astro` file tsconfig.json includes, after `astro sync` writes the generated types.
// It runs here, beside the other tests, rather than before them, so its ~15 s of CPU overlap with them.
it('astro check finds no type errors in the .ts and .astro files', { timeout: 600_000 }, async () => {
  const { code, output } = await promisify(execFile)(process.execPath, [ASTRO_CLI, 'check'], { cwd: ROOT, env: buildEnv(), maxBuffer: 64 * 1024 * 1024 }).then(
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
