/** The eval report as a Markdown table (the form the goals are stated in) and a detail list. */
import type { EvalReport, EvalSummary } from './run.ts';

const pct = (r: number) => `${Math.round(r * 100)}%`;

/** One row per measure, with the counts behind each rate. */
function rowsOf(s: EvalSummary): [string, string][] {
  const f = s.fields;
  const d = s.disagreements;
  return [
    ['articles that became pages', `${s.articles.ingested} of ${s.articles.total}`],
    [
      'title / date / authors / publisher / original URL correct',
      `${pct(f.title.rate)} / ${pct(f.date.rate)} / ${pct(f.authors.rate)} / ${pct(f.publisher.rate)} / ${pct(f.url.rate)} (${pct(f.all.rate)} of all fields)`,
    ],
    ['lines of page chrome kept out of the body', `${pct(s.chrome.rate)} (${s.chrome.removed} of ${s.chrome.total})`],
    ['facts kept verbatim', `${pct(s.facts.rate)} (${s.facts.kept} of ${s.facts.total})`],
    [
      'labelled figures listed (value ±0.5%, same unit)',
      `${pct(s.figures.rate)} (${s.figures.found} of ${s.figures.total}; ` +
        (s.figures.unitCompared === 0 ? 'the ingest gives no units: matched on value only)' : `unit compared for ${s.figures.unitCompared})`),
    ],
    [
      '… of those, subject / measure as labelled',
      `${s.figures.subject.compared ? pct(s.figures.subject.rate) : 'n/a'} (${s.figures.subject.agrees} of ${s.figures.subject.compared}) / ` +
        `${s.figures.measure.compared ? pct(s.figures.measure.rate) : 'n/a'} (${s.figures.measure.agrees} of ${s.figures.measure.compared})`,
    ],
    ['labelled non-figures kept out of the ledger', `${pct(s.nonFigures.keptOutRate)} (${s.nonFigures.leaked} of ${s.nonFigures.total} leaked)`],
    [
      'real cross-article disagreements found',
      `${d.found} of ${d.expected}, ${d.foundClean} without look-alikes lumped in (rounding ${d.foundRounding}, conflict ${d.foundConflict}; ` +
        (d.kindReported === 0 ? 'no kind reported)' : `kind right ${d.kindRight} of ${d.kindReported})`) +
        (d.agreements ? `; ${d.agreements} more labelled groups state one value in every source: agreements, not counted` : ''),
    ],
    ['reported disagreements that are invented / traps fallen into', `${d.invented} of ${d.reported} / ${d.trapsHit} of ${d.traps}`],
  ];
}

/**
 * The summary as a Markdown table; with `before` (the summary of an earlier `--json` run), a
 * "before" column beside "now", as the before/after tables are written.
 */
export function formatTable(s: EvalSummary, set = 'dev set', before?: EvalSummary): string {
  const rows = rowsOf(s);
  const old = before ? rowsOf(before) : undefined;
  const head = `measure (${set}, ${s.articles.total} articles)`;
  const w = Math.max(...rows.map(([m]) => m.length), head.length);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line([head.padEnd(w), ...(old ? ['before', 'now'] : ['result'])]),
    `|${'-'.repeat(w + 2)}|${old ? '---|---|' : '---|'}`,
    ...rows.map(([m, v], i) => line([m.padEnd(w), ...(old ? [old[i]![1], v] : [v])])),
  ].join('\n');
}

/** What went wrong, article by article, for whoever tunes the ingest. */
export function formatDetails(r: EvalReport): string {
  const out: string[] = [];
  for (const a of r.articles) {
    const lines: string[] = [];
    if (!a.ingested) lines.push('  no page was made of it');
    const wrong = Object.entries(a.fields).filter(([, ok]) => !ok).map(([k]) => k);
    if (wrong.length) lines.push(`  wrong: ${wrong.join(', ')}`);
    for (const c of a.chrome.kept) lines.push(`  chrome kept: ${c}`);
    for (const c of a.facts.lost) lines.push(`  fact lost: ${c}`);
    for (const c of a.figures.missed) lines.push(`  figure missed: ${c}`);
    for (const c of a.figures.wrongSubject) lines.push(`  subject: ${c}`);
    for (const c of a.figures.wrongMeasure) lines.push(`  measure: ${c}`);
    for (const c of a.nonFigures.leaked) lines.push(`  non-figure listed: ${c}`);
    if (lines.length) out.push(a.file, ...lines);
  }
  const d = r.disagreements;
  for (const g of d.missed) out.push(`disagreement missed: ${g.subject} / ${g.measure} (${g.kind})`);
  for (const g of d.found) if (g.foreign.length) out.push(`disagreement found with look-alikes: ${g.subject} / ${g.measure}: ${g.foreign.join('; ')}`);
  for (const g of d.invented) out.push(`disagreement invented: ${g.subject ?? '?'} / ${g.measure ?? '?'}: ${g.members.join('; ')}`);
  for (const t of d.trapsHit) out.push(`trap fallen into: ${t.name}: ${t.members.join('; ')}`);
  for (const e of r.summary.articles.errors) out.push(`ingest error: ${e}`);
  return out.join('\n');
}
