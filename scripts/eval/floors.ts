/**
 * The results the eval test pins: counts that may only go up (floors) or down (ceilings), with the
 * totals they are out of, so a change of labels is told apart from a regression.
 */
import type { EvalSummary } from './run.ts';

export interface Pinned {
  /** Label totals the counts are out of; when these change, the baseline must be regenerated. */
  totals: Record<string, number>;
  /** Counts that must not fall. */
  floors: Record<string, number>;
  /** Counts that must not rise. */
  ceilings: Record<string, number>;
}

export function pin(s: EvalSummary): Pinned {
  return {
    totals: {
      articles: s.articles.total,
      chromeLines: s.chrome.total,
      facts: s.facts.total,
      figures: s.figures.total,
      nonFigures: s.nonFigures.total,
      expectedDisagreements: s.disagreements.expected,
      traps: s.disagreements.traps,
    },
    floors: {
      articlesIngested: s.articles.ingested,
      titleCorrect: s.fields.title.correct,
      dateCorrect: s.fields.date.correct,
      authorsCorrect: s.fields.authors.correct,
      publisherCorrect: s.fields.publisher.correct,
      urlCorrect: s.fields.url.correct,
      chromeRemoved: s.chrome.removed,
      factsKept: s.facts.kept,
      figuresFound: s.figures.found,
      figureSubjectsAgree: s.figures.subject.agrees,
      figureMeasuresAgree: s.figures.measure.agrees,
      disagreementsFoundClean: s.disagreements.foundClean,
      disagreementKindsRight: s.disagreements.kindRight,
    },
    ceilings: {
      nonFiguresLeaked: s.nonFigures.leaked,
      disagreementsInvented: s.disagreements.invented,
      trapsHit: s.disagreements.trapsHit,
    },
  };
}

/** What got worse between a pinned baseline and now, one line per measure; empty when nothing did. */
export function regressions(baseline: Pinned, now: Pinned): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(baseline.totals)) {
    if (now.totals[k] !== v) out.push(`labels changed: ${k} is ${now.totals[k]}, was ${v} (regenerate the baseline with UPDATE=1)`);
  }
  for (const [k, v] of Object.entries(baseline.floors)) if ((now.floors[k] ?? 0) < v) out.push(`${k} fell from ${v} to ${now.floors[k] ?? 0}`);
  for (const [k, v] of Object.entries(baseline.ceilings)) if ((now.ceilings[k] ?? Infinity) > v) out.push(`${k} rose from ${v} to ${now.ceilings[k]}`);
  return out;
}
