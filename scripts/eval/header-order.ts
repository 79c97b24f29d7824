/**
 * The header-order generator's pass rate: `node scripts/eval/header-order.ts [runs] [shown]` reads
 * `runs` generated pages (scripts/ingest/header-order-articles.ts, seed 42; 500 by default) and prints
 * how many come out right per field, then up to `shown` failing headers per field (3 by default).
 * The property test (scripts/ingest/header-order.property.test.ts) pins the rate; this measures it.
 */
import fc from 'fast-check';
import { FIELDS, fieldCorrect, type Field } from './score.ts';
import { headerCase, type HeaderCase } from '../ingest/header-order-articles.ts';
import { ingestArticle } from '../ingest/pipeline.ts';

const read = (c: HeaderCase) => ingestArticle({ file: 'generated.txt', bytes: new TextEncoder().encode(c.text) });

/** The fields the ingest reads wrongly on a generated page (none when it reads them all). */
export function wrongFields(c: HeaderCase): Field[] {
  const a = read(c);
  const labels = { ...c.truth, chrome_lines: [], facts: [], figures: [], not_figures: [] };
  return FIELDS.filter((f) => !fieldCorrect(f, labels as never, { ...a, date: a.date?.iso, body: [], figures: [] }));
}

if (import.meta.main) {
  const runs = Number(process.argv[2] ?? 500);
  const shown = Number(process.argv[3] ?? 3);
  const cases = fc.sample(headerCase, { seed: 42, numRuns: runs });
  const misses = new Map<Field, HeaderCase[]>(FIELDS.map((f) => [f, []]));
  let all = 0;
  for (const c of cases) {
    const w = wrongFields(c);
    if (w.length === 0) all++;
    for (const f of w) misses.get(f)!.push(c);
  }
  console.log(`all fields: ${all}/${cases.length}`);
  for (const f of FIELDS) console.log(`${f}: ${cases.length - misses.get(f)!.length}/${cases.length}`);
  for (const f of FIELDS)
    for (const c of misses.get(f)!.slice(0, shown)) {
      const a = read(c);
      console.log(`--- ${f}: want ${JSON.stringify(c.truth[f])} got ${JSON.stringify(f === 'date' ? a.date?.iso : (a as never)[f])}\n${c.text.split('\n\n')[0]}`);
    }
}
