/**
 * Runs the real pipeline over the dev set and scores it: load → ingestAll (with the project's
 * gazetteer) → buildKnowledge for the disagreements. Writes nothing.
 */
import { basename, resolve } from 'node:path';
import { loadArticles } from '../ingest/load.ts';
import { compileGazetteer, type Matcher } from '../core/match.ts';
import { ingestAll, slugForFile } from '../ingest/pipeline.ts';
import { buildKnowledge } from '../knowledge/index.ts';
import { paragraphTexts } from '../knowledge/sentences.ts';
import { loadGazetteer } from '../knowledge/load-gazetteer.ts';
import { type DevSet, loadDevSet } from './labels.ts';
import { type DisagreementScore, scoreDisagreements, toReported } from './score-disagreements.ts';
import { type ArticleScore, FIELDS, type Field, normText, scoreArticle } from './score.ts';
import { articleView, disagreementView } from './view.ts';

/** Where the dev set lives, relative to the project root. */
export const DEVSET_DIR = 'tests/fixtures/devset';
/** The held-out set: labelled the same way, never tuned on. */
export const HOLDOUT_DIR = 'tests/fixtures/holdout';
/** A second held-out set, written once the first came to be used for tuning: never tuned on. */
export const HOLDOUT2_DIR = 'tests/fixtures/holdout2';
/** A third held-out set, written blind (without reading the ingest code): never tuned on. */
export const HOLDOUT3_DIR = 'tests/fixtures/holdout3';
/** A fourth held-out set, written blind once the third came to be used for tuning: never tuned on. */
export const HOLDOUT4_DIR = 'tests/fixtures/holdout4';
/** A fifth held-out set, written blind once the fourth was opened for development: never tuned on. */
export const HOLDOUT5_DIR = 'tests/fixtures/holdout5';
/** A sixth held-out set, written blind once the fifth was opened for development: never tuned on. */
export const HOLDOUT6_DIR = 'tests/fixtures/holdout6';
/** A seventh held-out set, written blind once the sixth was opened for development: never tuned on. */
export const HOLDOUT7_DIR = 'tests/fixtures/holdout7';
/** An eighth held-out set, written blind once the seventh was opened for development; opened for development once the ninth was written. */
export const HOLDOUT8_DIR = 'tests/fixtures/holdout8';
/** A ninth held-out set, written blind once the eighth was opened for development: never tuned on. */
export const HOLDOUT9_DIR = 'tests/fixtures/holdout9';
/** A tenth held-out set, written blind once the ninth was in use: never tuned on. */
export const HOLDOUT10_DIR = 'tests/fixtures/holdout10';
/** An eleventh held-out set, written blind once the tenth was in use: never tuned on. */
export const HOLDOUT11_DIR = 'tests/fixtures/holdout11';
/** A twelfth held-out set, written blind once the eleventh was in use: never tuned on. */
export const HOLDOUT12_DIR = 'tests/fixtures/holdout12';
/** A thirteenth held-out set, written blind beside the twelfth (the outlets contributors copy from most): never tuned on. */
export const HOLDOUT13_DIR = 'tests/fixtures/holdout13';
/** A fourteenth held-out set, written blind beside the thirteenth (real copies of the kinds the outside measurement used): never tuned on. */
export const HOLDOUT14_DIR = 'tests/fixtures/holdout14';
/** A fifteenth held-out set, written blind beside holdout14's opening (ordinary articles as outside measurers pick them): never tuned on. */
export const HOLDOUT15_DIR = 'tests/fixtures/holdout15';
/** A sixteenth held-out set, written blind beside the fifteenth (wires, live pages, newsletters, read-later exports, regulators' notices): never tuned on. */
export const HOLDOUT16_DIR = 'tests/fixtures/holdout16';
/** A seventeenth held-out set, written blind beside the sixteenth (ordinary news articles and blog posts as outside testers pick them): never tuned on. */
export const HOLDOUT17_DIR = 'tests/fixtures/holdout17';
/** An eighteenth held-out set, written blind beside the seventeenth (ordinary news articles and blog posts as outside testers pick them): never tuned on. */
export const HOLDOUT18_DIR = 'tests/fixtures/holdout18';
/** A nineteenth held-out set, written blind beside the eighteenth (ordinary news articles and blog posts from the web, other kinds of site): never tuned on. */
export const HOLDOUT19_DIR = 'tests/fixtures/holdout19';
/** A twentieth held-out set, written blind beside the nineteenth (ordinary news articles and blog posts from big news and tech sites): never tuned on. */
export const HOLDOUT20_DIR = 'tests/fixtures/holdout20';
/** A twenty-first held-out set, written blind after the twentieth was opened (what an outside tester most likely brings: big news, business and tech sites and newsletters, copied in many ways): never tuned on. */
export const HOLDOUT21_DIR = 'tests/fixtures/holdout21';
/** A twenty-second held-out set, written blind beside the twenty-first (half US and European, half Asian outlets in English, copied in many ways): never tuned on. */
export const HOLDOUT22_DIR = 'tests/fixtures/holdout22';
/** A twenty-third held-out set, written blind after the twenty-first and twenty-second were opened (lab and company pages, government notices, transcripts, filings, social posts, newsletters, read-later and note-app exports); opened for development once holdout25 and holdout26 were being written. */
export const HOLDOUT23_DIR = 'tests/fixtures/holdout23';
/** A twenty-fourth held-out set, written blind beside the twenty-third (European, Middle-East, African, Australian, Canadian and regional US outlets, trade press, news feeds, aggregators, archive captures, browser-translated pages); opened beside the twenty-third. */
export const HOLDOUT24_DIR = 'tests/fixtures/holdout24';
/** A twenty-fifth held-out set, written blind after holdout23 and holdout24 were opened (big US and UK news, business and tech sites, blogs and newsletters, copied the commonest ways and saved as pages): never tuned on. */
export const HOLDOUT25_DIR = 'tests/fixtures/holdout25';
/** A twenty-sixth held-out set, written blind after holdout23 and holdout24 were opened (English-language outlets of China, Hong Kong, Taiwan, Singapore, Japan, Korea and India, newsletters, podcasts, newswire releases, investor pages, transcripts, posts, pages saved in other ways): never tuned on. */
export const HOLDOUT26_DIR = 'tests/fixtures/holdout26';
/** Every labelled set the eval test pins, oldest first. */
export const EVAL_SETS = [
  DEVSET_DIR, HOLDOUT_DIR, HOLDOUT2_DIR, HOLDOUT3_DIR, HOLDOUT4_DIR, HOLDOUT5_DIR, HOLDOUT6_DIR, HOLDOUT7_DIR, HOLDOUT8_DIR, HOLDOUT9_DIR,
  HOLDOUT10_DIR, HOLDOUT11_DIR, HOLDOUT12_DIR, HOLDOUT13_DIR, HOLDOUT14_DIR, HOLDOUT15_DIR, HOLDOUT16_DIR, HOLDOUT17_DIR, HOLDOUT18_DIR, HOLDOUT19_DIR,
  HOLDOUT20_DIR, HOLDOUT21_DIR, HOLDOUT22_DIR, HOLDOUT23_DIR, HOLDOUT24_DIR, HOLDOUT25_DIR, HOLDOUT26_DIR,
] as const;
/** The sets written blind and not yet opened: the measure on unseen layouts, never read or tuned on. */
export const BLIND_SETS: readonly string[] = [HOLDOUT25_DIR, HOLDOUT26_DIR];

/**
 * The sets the learned models (the chrome line model, the headline ranker) train and cross-validate on:
 * every set that was open for development when they were last trained (devset, holdout, holdout2 …
 * holdout20; holdout21 … holdout24 were opened since). Never a blind set; a blind set joins only once it is opened, at the models' next training
 * (the committed models carry a digest of these sets' labels).
 */
export const TRAINING_SETS = [
  DEVSET_DIR, HOLDOUT_DIR, HOLDOUT2_DIR, HOLDOUT3_DIR, HOLDOUT4_DIR, HOLDOUT5_DIR, HOLDOUT6_DIR, HOLDOUT7_DIR, HOLDOUT8_DIR, HOLDOUT9_DIR,
  HOLDOUT10_DIR, HOLDOUT11_DIR, HOLDOUT12_DIR, HOLDOUT13_DIR, HOLDOUT14_DIR, HOLDOUT15_DIR, HOLDOUT16_DIR, HOLDOUT17_DIR, HOLDOUT18_DIR, HOLDOUT19_DIR, HOLDOUT20_DIR,
] as const;

const rate = (n: number, total: number) => (total === 0 ? 1 : n / total);

/** The set-level results: counts (pinned by the eval test) and rates (shown). */
export interface EvalSummary {
  articles: { total: number; ingested: number; errors: string[] };
  fields: Record<Field | 'all', { correct: number; total: number; rate: number }>;
  chrome: { total: number; removed: number; rate: number };
  facts: { total: number; kept: number; rate: number };
  figures: {
    total: number;
    found: number;
    rate: number;
    /** Found figures whose unit was compared (the ingest gives units); the rest matched on value only. */
    unitCompared: number;
    subject: { compared: number; agrees: number; rate: number };
    measure: { compared: number; agrees: number; rate: number };
  };
  nonFigures: { total: number; leaked: number; keptOutRate: number };
  disagreements: {
    expected: number;
    /** Labelled groups set apart because every source states the same value (labels.ts `agreements`). */
    agreements: number;
    /** Expected groups some reported disagreement covers with two or more of their sources… */
    found: number;
    /** …and without lumping in figures of anything else. */
    foundClean: number;
    foundRounding: number;
    foundConflict: number;
    kindRight: number;
    kindReported: number;
    reported: number;
    invented: number;
    traps: number;
    trapsHit: number;
  };
}

export interface EvalReport {
  summary: EvalSummary;
  articles: ArticleScore[];
  disagreements: DisagreementScore;
}

const sum = (scores: readonly ArticleScore[], f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);

export function summarise(scores: readonly ArticleScore[], d: DisagreementScore, errors: string[] = [], agreements = 0): EvalSummary {
  const n = scores.length;
  const fieldScore = (f: Field) => {
    const correct = scores.filter((s) => s.fields[f]).length;
    return { correct, total: n, rate: rate(correct, n) };
  };
  const fields = Object.fromEntries(FIELDS.map((f) => [f, fieldScore(f)])) as Record<Field, { correct: number; total: number; rate: number }>;
  const allCorrect = FIELDS.reduce((k, f) => k + fields[f].correct, 0);
  const fig = (f: (s: ArticleScore['figures']) => number) => sum(scores, (s) => f(s.figures));
  const chromeTotal = sum(scores, (s) => s.chrome.total);
  const chromeRemoved = sum(scores, (s) => s.chrome.removed);
  const factsTotal = sum(scores, (s) => s.facts.total);
  const factsKept = sum(scores, (s) => s.facts.kept);
  const nfTotal = sum(scores, (s) => s.nonFigures.total);
  const nfLeaked = sum(scores, (s) => s.nonFigures.leaked.length);
  const kindReported = d.found.filter((g) => g.kindReported !== undefined);
  return {
    articles: { total: n, ingested: scores.filter((s) => s.ingested).length, errors },
    fields: { ...fields, all: { correct: allCorrect, total: n * FIELDS.length, rate: rate(allCorrect, n * FIELDS.length) } },
    chrome: { total: chromeTotal, removed: chromeRemoved, rate: rate(chromeRemoved, chromeTotal) },
    facts: { total: factsTotal, kept: factsKept, rate: rate(factsKept, factsTotal) },
    figures: {
      total: fig((f) => f.total),
      found: fig((f) => f.found),
      rate: rate(fig((f) => f.found), fig((f) => f.total)),
      unitCompared: fig((f) => f.unitCompared),
      subject: { compared: fig((f) => f.subjectCompared), agrees: fig((f) => f.subjectAgrees), rate: rate(fig((f) => f.subjectAgrees), fig((f) => f.subjectCompared)) },
      measure: { compared: fig((f) => f.measureCompared), agrees: fig((f) => f.measureAgrees), rate: rate(fig((f) => f.measureAgrees), fig((f) => f.measureCompared)) },
    },
    nonFigures: { total: nfTotal, leaked: nfLeaked, keptOutRate: rate(nfTotal - nfLeaked, nfTotal) },
    disagreements: {
      expected: d.expected,
      agreements,
      found: d.found.length,
      foundClean: d.found.filter((g) => g.foreign.length === 0).length,
      foundRounding: d.found.filter((g) => g.kind === 'rounding').length,
      foundConflict: d.found.filter((g) => g.kind === 'conflict').length,
      kindRight: kindReported.filter((g) => g.kindReported === g.kind).length,
      kindReported: kindReported.length,
      reported: d.reported,
      invented: d.invented.length,
      traps: d.traps,
      trapsHit: d.trapsHit.length,
    },
  };
}

/**
 * The set's labels with every subject that names a gazetteer entity by one of its aliases ("Qwen")
 * written as the entity's name ("Tongyi Qianwen"): a labeller who wrote the common name meant that
 * entity, and the ingest answers with entities.
 */
export function subjectsByName(set: DevSet, byAlias: Matcher['byAlias']): DevSet {
  const name = (s: string) => byAlias.get(s)?.name ?? s;
  const subject = (s: string | string[]) => (typeof s === 'string' ? name(s) : s.map(name));
  const articles = new Map([...set.articles].map(([file, l]) => [file, { ...l, figures: l.figures.map((f) => ({ ...f, subject: subject(f.subject) })) }]));
  const expected = set.disagreements.expected.map((g) => ({ ...g, subject: name(g.subject) }));
  return { ...set, articles, disagreements: { ...set.disagreements, expected } };
}

/** Ingests and scores the dev set under `root` (the project root). */
export async function runEval(root: string, dir = DEVSET_DIR): Promise<EvalReport> {
  const abs = resolve(root, dir);
  const [labelled, raws, entities] = await Promise.all([loadDevSet(abs), loadArticles(abs, root), loadGazetteer(root)]);
  const matcher = compileGazetteer(entities);
  const set = subjectsByName(labelled, matcher.byAlias);
  // Only labelled files are articles of the set (its notes and label files are not).
  const result = ingestAll(raws.filter((r) => set.articles.has(basename(r.file))), matcher);
  const byFile = new Map(result.articles.map((a) => [basename(a.file), a]));
  // A text file's own lines tell a paragraph that begins with a chrome line's words from one glued to it.
  const sourceLines = new Map(
    raws.filter((r) => !/\.html?$/i.test(r.file)).map((r) => [basename(r.file), new Set(new TextDecoder().decode(r.bytes).split(/\r?\n/).map(normText))]),
  );
  const scores = [...set.articles].map(([file, labels]) => {
    const a = byFile.get(file);
    // Figures point at their sentence by offsets; the view scores the sentence itself.
    const texts = a && paragraphTexts(a);
    return scoreArticle(file, labels, a ? articleView({ ...a, figures: a.figures.map((f) => ({ ...f, sentence: texts![f.p]!.slice(f.start, f.end) })) }) : undefined, sourceLines.get(file));
  });
  const fileOfSlug = new Map([...set.articles.keys()].map((f) => [slugForFile(f), f]));
  const knowledge = buildKnowledge(result.articles, entities);
  const list: unknown = knowledge.disagreements;
  const reported = (Array.isArray(list) ? list : []).map((d) => toReported(disagreementView(d), (slug) => fileOfSlug.get(slug) ?? slug));
  const d = scoreDisagreements(set.disagreements, reported);
  const errors = result.errors.map((e) => `${e.file}: ${e.message}`);
  return { summary: summarise(scores, d, errors, set.agreements.length), articles: scores, disagreements: d };
}
