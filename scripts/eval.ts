/**
 * `npm run eval [-- --json] [--details] [--dir tests/fixtures/devset] [--before report.json]`
 * (`--dir tests/fixtures/holdout`, `tests/fixtures/holdout2` or `tests/fixtures/holdout3` for the held-out sets)
 *
 * Ingests the labelled dev set with the real pipeline and prints how well it does: metadata fields,
 * page chrome removed, facts kept, figures found, non-figures leaked, disagreements found. With
 * --json, the full report (summary, per-article scores, disagreements) as JSON on stdout; with
 * --before, a before/now table against a report saved earlier with --json.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEVSET_DIR, type EvalReport, runEval } from './eval/run.ts';
import { formatDetails, formatTable } from './eval/table.ts';

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      details: { type: 'boolean', default: false },
      dir: { type: 'string', default: DEVSET_DIR },
      before: { type: 'string' },
    },
  });
  const report = await runEval(process.cwd(), values.dir);
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    // A full `--json` report, or only its summary.
    const saved = values.before ? (JSON.parse(await readFile(values.before, 'utf8')) as EvalReport | EvalReport['summary']) : undefined;
    const before = saved && 'summary' in saved ? saved.summary : saved;
    console.log(formatTable(report.summary, values.dir, before));
    if (values.details) console.log(`\n${formatDetails(report)}`);
  }
}
