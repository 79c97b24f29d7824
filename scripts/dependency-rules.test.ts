/**
 * The dependency rules of .dependency-cruiser.cjs hold for the whole project (zero violations), and
 * each rule does fire on a small project that breaks it, so this test cannot pass by checking
 * nothing.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const options: ICruiseOptions = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.cjs'));

/** Cruises `targets` under `baseDir` with the project's rules; returns the result. */
async function run(baseDir: string, targets: string[]): Promise<ICruiseResult> {
  const { output } = await cruise(targets, { ...options, baseDir });
  if (typeof output === 'string') throw new Error('dependency-cruiser returned text, not a result');
  return output;
}

/** Violations as `rule: from → to` lines, so a failure says what to fix. */
const violations = (result: ICruiseResult) =>
  result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`).sort();

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  it('hold for the project', async () => {
    const result = await run(ROOT, ['scripts', 'src', 'tests', 'astro.config.mjs', 'site.config.ts']);
    const sources = result.modules.map((m) => m.source);
    // Guard against a vacuous pass: the TypeScript sources and their imports were really read.
    expect(sources).toContain('scripts/core/match.ts');
    expect(result.modules.find((m) => m.source === 'scripts/ingest/link.ts')?.dependencies.map((d) => d.resolved)).toContain('scripts/core/match.ts');
    expect(violations(result)).toEqual([]);
  });

  it('report a project that breaks each rule', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dependency-rules-'));
    temps.push(dir);
    const files: Record<string, string> = {
      'scripts/core/entity.ts': "import { link } from '../ingest/link.ts';\nexport const entity = link;\n",
      'scripts/ingest/link.ts': "import { index } from '../knowledge/index.ts';\nexport const link = index;\n",
      'scripts/knowledge/index.ts': 'export const index = 1;\n',
      'scripts/check.ts': "import { page } from '../src/lib/page.ts';\nimport { helper } from '../tests/helpers/site.ts';\nexport const check = [page, helper];\n",
      'src/lib/page.ts': 'export const page = 1;\n',
      'tests/helpers/site.ts': 'export const helper = 1;\n',
      'scripts/knowledge/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'scripts/knowledge/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      // Allowed: a test beside the scripts may use test helpers.
      'scripts/ingest/link.test.ts': "import { helper } from '../../tests/helpers/site.ts';\nexport const t = helper;\n",
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(join(dir, dirname(file)), { recursive: true });
      await writeFile(join(dir, file), text);
    }
    expect(violations(await run(dir, ['scripts', 'src', 'tests']))).toEqual([
      'core-is-self-contained: scripts/core/entity.ts → scripts/ingest/link.ts',
      'no-circular: scripts/knowledge/a.ts → scripts/knowledge/b.ts (cycle: scripts/knowledge/b.ts → scripts/knowledge/a.ts)',
      'scripts-not-to-site-or-tests: scripts/check.ts → src/lib/page.ts',
      'scripts-not-to-site-or-tests: scripts/check.ts → tests/helpers/site.ts',
      'stages-not-to-knowledge: scripts/ingest/link.ts → scripts/knowledge/index.ts',
    ]);
  });
});
