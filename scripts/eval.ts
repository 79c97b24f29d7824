/**
 * `npm run eval [-- --json] [--details] [--dir tests/fixtures/devset]` (`--dir tests/fixtures/holdout` for the held-out set)
 *
 * Ingests the labelled dev set with the real pipeline and prints how well it does: metadata fields,
 * page chrome removed, facts kept, figures found, non-figures leaked, disagreements found. With
 * --json, the full report (summary, per-article scores, disagreements) as JSON on stdout.
 */
import { parseArgs } from 'node:util';
import { DEVSET_DIR, runEval } from './eval/run.ts';
import { formatDetails, formatTable } from './eval/table.ts';

if (import.meta.main) {
  const { values } = parseArgs({
    options: { json: { type: 'boolean', default: false }, details: { type: 'boolean', default: false }, dir: { type: 'string', default: DEVSET_DIR } },
  });
  const report = await runEval(process.cwd(), values.dir);
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(formatTable(report.summary, values.dir));
    if (values.details) console.log(`\n${formatDetails(report)}`);
  }
}
