/**
 * Property: whatever order a page's header lines come in (header-order-articles.ts), the ingest reads the
 * title, date, authors, publisher and address the page states. `FC_RUNS=500` measures instead of pinning:
 * it prints the pass rate per field and a few failing cases (npx vitest run --project unit header-order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, fieldCorrect, type Field } from '../eval/score.ts';
import { headerCase, type HeaderCase } from './header-order-articles.ts';
import { ingestArticle } from './pipeline.ts';

const wrong = (c: HeaderCase): Field[] => {
  const a = ingestArticle({ file: 'generated.txt', bytes: new TextEncoder().encode(c.text) });
  const labels = { ...c.truth, chrome_lines: [], facts: [], figures: [], not_figures: [] };
  return FIELDS.filter((f) => !fieldCorrect(f, labels as never, { ...a, date: a.date?.iso, body: [], figures: [] }));
};

const measured = Number(process.env.FC_RUNS ?? 0);

describe('header fields in any order', () => {
  it.runIf(measured > 0)('measures the pass rate per field', () => {
    const cases = fc.sample(headerCase, { seed: 42, numRuns: measured });
    const misses = new Map<Field, HeaderCase[]>(FIELDS.map((f) => [f, []]));
    let all = 0;
    for (const c of cases) {
      const w = wrong(c);
      if (w.length === 0) all++;
      for (const f of w) misses.get(f)!.push(c);
    }
    console.log(`all fields: ${all}/${cases.length}`);
    for (const f of FIELDS) console.log(`${f}: ${cases.length - misses.get(f)!.length}/${cases.length}`);
    for (const f of FIELDS)
      for (const c of misses.get(f)!.slice(0, Number(process.env.FC_SHOW ?? 3))) {
        const a = ingestArticle({ file: 'generated.txt', bytes: new TextEncoder().encode(c.text) });
        console.log(`--- ${f}: want ${JSON.stringify(c.truth[f])} got ${JSON.stringify(f === 'date' ? a.date?.iso : (a as never)[f])}\n${c.text.split('\n\n')[0]}`);
      }
  });

  // Pinned at the rate reached (seed 42): every run of this sample reads all five fields. Over 500 cases (FC_RUNS=500) 495 do
  // (title 500, date 500, authors 500, publisher 495, url 500). The 5 left, the generator's known exceptions: a masthead of an
  // outlet's words inside a long menu with no second source naming it (4: header-roles.ts reads it as a menu item), and
  // "© 2025 Capital Post" alone ("capital" is a parent company's word to header-masthead.ts).
  it('reads every field of a generated header', () => {
    fc.assert(fc.property(headerCase, (c) => {
        expect(wrong(c)).toEqual([]);
      }), { seed: 42, numRuns: Number(process.env.FC_PIN ?? 150) });
  });
});
