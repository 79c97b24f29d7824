import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pin, regressions, type Pinned } from '../scripts/eval/floors.ts';
import { DEVSET_DIR, runEval } from '../scripts/eval/run.ts';
import { formatTable } from '../scripts/eval/table.ts';
import { ROOT } from './helpers/site.ts';

/** The pinned results; regenerate with UPDATE=1 after an improvement (or a change of labels). */
const BASELINE = join(ROOT, DEVSET_DIR, 'baseline.json');

describe('npm run eval on the dev set', () => {
  // One run of the pipeline over the set serves both tests.
  const run = runEval(ROOT);

  it('does no worse than the pinned baseline on any measure', async () => {
    const report = await run;
    const now = pin(report.summary);
    if (process.env.UPDATE === '1' || !existsSync(BASELINE)) {
      if (process.env.CI && !existsSync(BASELINE)) throw new Error(`${BASELINE} is missing: run the tests with UPDATE=1 and commit it`);
      writeFileSync(BASELINE, `${JSON.stringify(now, null, 2)}\n`);
      return;
    }
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Pinned;
    const worse = regressions(baseline, now);
    expect(worse, `${worse.join('\n')}\n\n${formatTable(report.summary)}`).toEqual([]);
  });

  it('scores every labelled article, and a saved web page or a plain article alike', async () => {
    const report = await run;
    expect(report.articles.length).toBeGreaterThanOrEqual(30);
    expect(report.articles.filter((a) => a.file.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
    // Facts are body sentences: an article that became a page keeps them (the goal is 100%).
    for (const a of report.articles.filter((x) => x.ingested)) expect(a.facts.lost, a.file).toEqual([]);
  });
});
