import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pin, regressions, type Pinned } from '../scripts/eval/floors.ts';
import { DEVSET_DIR, EVAL_SETS, runEval } from '../scripts/eval/run.ts';
import { formatTable } from '../scripts/eval/table.ts';
import { ROOT } from './helpers/site.ts';

/** One run of the pipeline per set, shared by every test of it (the dev set's is read twice). */
const runs = new Map<string, ReturnType<typeof runEval>>();
const evalOf = (dir: string) => {
  let run = runs.get(dir);
  if (!run) runs.set(dir, (run = runEval(ROOT, dir)));
  return run;
};

describe.each(EVAL_SETS)('npm run eval on %s', (dir) => {
  /** The pinned results; regenerate with UPDATE=1 after an improvement (or a change of labels). */
  const baselineFile = join(ROOT, dir, 'baseline.json');
  const run = evalOf(dir);

  it('does no worse than the pinned baseline on any measure', async () => {
    const report = await run;
    const now = pin(report.summary);
    if (process.env.UPDATE === '1' || !existsSync(baselineFile)) {
      if (process.env.CI && !existsSync(baselineFile)) throw new Error(`${baselineFile} is missing: run the tests with UPDATE=1 and commit it`);
      // UPDATE=1 raises the pins. With the labels unchanged (same totals), a fall is refused unless it is meant (a scorer
      // correction): ALLOW_FALL=1.
      const pinned = existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as Pinned) : undefined;
      if (pinned && JSON.stringify(pinned.totals) === JSON.stringify(now.totals) && process.env.ALLOW_FALL !== '1') {
        const worse = regressions(pinned, now);
        expect(worse, `UPDATE=1 only raises ${baselineFile}; these fell (ALLOW_FALL=1 pins them anyway):\n${worse.join('\n')}`).toEqual([]);
      }
      writeFileSync(baselineFile, `${JSON.stringify(now, null, 2)}\n`);
      return;
    }
    const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Pinned;
    const worse = regressions(baseline, now);
    expect(worse, `${worse.join('\n')}\n\n${formatTable(report.summary, dir)}`).toEqual([]);
  });

  it('keeps every fact of every article that became a page (body text is never lost)', async () => {
    const report = await run;
    for (const a of report.articles.filter((x) => x.ingested)) expect(a.facts.lost, a.file).toEqual([]);
  });
});

describe('the dev set', () => {
  it('has at least 30 articles, at least 4 of them saved web pages', async () => {
    const report = await evalOf(DEVSET_DIR);
    expect(report.articles.length).toBeGreaterThanOrEqual(30);
    expect(report.articles.filter((a) => a.file.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
  });
});
