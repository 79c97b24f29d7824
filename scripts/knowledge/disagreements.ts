import type { FigureFact } from '../ingest/figure-fact.ts';
import { nameKey } from '../ingest/name-subject.ts';
import { type FigureScope, hardScope, isAggregate, scopeOf, scopesAgree } from './figure-scope.ts';
import { datedPeriod } from './figure-period.ts';
import { isNow, isReached, monthDay, nearText, NOW, yearEnd } from './figure-dating.ts';
import { CHANGE_MEASURES, CHANGING_MEASURES, EVENT_MEASURES } from '../ingest/quantities.ts';
import { agree, cluster, CONVERSION_SHARE, joinCarried, joinProducts, type LedgerFigure, wholeOf, withinBound } from './agreement.ts';
import { byMagnitude } from './magnitude.ts';

export { agree, type LedgerFigure } from './agreement.ts';


/**
 * Figures for one measure of one subject that differ between sources. `rounding`: every value is
 * within the rounding of the least precise one ($5.576M, $5.6M, $6M), shown as a spread;
 * `conflict`: at least two sources give values that no rounding reconciles ($3B and $9B).
 */
export interface Disagreement {
  /** The entity the figures are about (slug); unset where they are about a name the gazetteer lacks. */
  entity?: string;
  /** The name the figures are about, as the first of them writes it, where the gazetteer lacks it (untrusted text). */
  subjectName?: string;
  measure: string;
  /** Unit, and rate if any: 'USD', 'GPU', 'USD per GPU-hour'. */
  unit: string;
  kind: 'conflict' | 'rounding';
  /** Lowest and highest value stated. */
  low: number;
  high: number;
  /** Distinct sources. */
  sources: number;
  /** How much it matters: the spread ratio (high / low) times the number of sources. */
  weight: number;
  /** Groups of values that agree up to rounding, lowest first; one group for `rounding`. */
  clusters: LedgerFigure[][];
  figures: LedgerFigure[];
}


/**
 * The scope of each ledger figure, read from its sentence (see figure-scope.ts) once per call of
 * findDisagreements; sources often repeat a sentence, so it is also shared by sentence and figure text.
 */
function scopeReader(
  published: ReadonlyMap<string, string>,
  sentenceOf: (f: LedgerFigure) => string,
  parentOf: (entity: string) => string | undefined,
  ownerOf: (f: LedgerFigure) => string | undefined,
): (f: LedgerFigure) => FigureScope {
  const byFigure = new Map<FigureFact, FigureScope>();
  const bySentence = new Map<string, Map<string, FigureScope>>();
  return (f) => {
    let s = byFigure.get(f);
    if (s) return s;
    const sentence = sentenceOf(f);
    let inSentence = bySentence.get(sentence);
    if (!inSentence) bySentence.set(sentence, (inSentence = new Map()));
    s = inSentence.get(f.text);
    if (!s) {
      const at = sentence.indexOf(f.text);
      s = at < 0 ? { modality: '', aggregate: false } : scopeOf(sentence, at, at + f.text.length);
      inSentence.set(f.text, s);
    }
    // What chips are for tells chip counts apart only: "trained" beside money is the training cost's own word. A model's
    // chips are its training cluster whether or not the sentence says so, unless it says they are a fleet owned or had access to.
    const owner = ownerOf(f);
    if (s.use && f.unit !== 'GPU') {
      const { use: _use, ...rest } = s;
      s = rest;
    } else if (f.unit === 'GPU' && owner && parentOf(owner) && s.use !== 'fleet') s = { ...s, use: 'training' };
    // A year, quarter or half named from the time of writing ("this year", "next quarter") is dated by the article's publication.
    if (s.relative !== undefined && !s.year && !s.month) s = { ...s, ...datedPeriod(s, published.get(f.source)) };
    // A quantity that changes over time, stated with no date, is as of its article's publication; so is another span named from the time of writing ("the past three months").
    // A valuation belongs to a round, not to the day it is reported; but one dated to a month is of that month, and one stated as "now" of the day of writing.
    // But the chips a training run used are that run's, fixed once it is done: not a fleet that grows.
    // So is a level a change reached, stated with no period ("China's share fell to 6%").
    const changing =
      (CHANGING_MEASURES.has(f.measure) && s.use !== 'training') ||
      (f.measure === 'valuation' && (!!s.month || NOW.test(nearText(sentence, f.text)) || isNow(sentence, f.text))) ||
      (!s.period && isReached(sentence, f.text));
    // "The quarter", "the fourth quarter" with no year: the one just reported (or guided for) when the article was written.
    const latest = (s.period === 'quarter' || s.period === 'month') && !s.year && !s.month;
    const date = (changing || latest || s.relative !== undefined) && !s.year && !s.month ? published.get(f.source) : undefined;
    // Stated with a month, it is as of that month: of the year named, else the latest one not after publication ("in March", written in February 2025, is March 2024).
    // So is a quarter named by the month it ends in, with no year ("the three months to July"): the end of the latest such month when written.
    const ending = !changing && s.period === 'quarter' && !s.year;
    const day = date ? Date.parse(date.slice(0, 10)) / 86_400_000 : (changing || ending) && s.month ? monthDay(s.month, s.year, published.get(f.source)) + (ending ? HALF_MONTH_DAYS : 0) : NaN;
    if (Number.isFinite(day)) s = { ...s, asOf: day };
    const written = published.get(f.source) ? Date.parse(published.get(f.source)!.slice(0, 10)) / 86_400_000 : NaN;
    if (Number.isFinite(written) && s.modality !== 'plan') s = { ...s, written };
    byFigure.set(f, s);
    return s;
  };
}

/** A group of changes or events (a share price's move): compared only within one event restated, never across periods. */
const isChange = (list: readonly LedgerFigure[]) => CHANGE_MEASURES.has(list[0]!.measure) || EVENT_MEASURES.has(list[0]!.measure);

/** A disagreement's subject, for a stable order: its entity's slug, or its name. */
const subjectOf = (d: Disagreement) => d.entity ?? `~${d.subjectName ?? ''}`;

/** Sums over several things never meet one thing's figure, even in a breakdown's paragraph. */
const aggregate = (f: FigureFact, sentence: string) => {
  const at = sentence.indexOf(f.text);
  return at >= 0 && isAggregate(sentence, at, at + f.text.length);
};
/** A measure spelt either way ("data centre revenue", "data center revenue") is one measure. */
const spelt = (measure: string) => SAME_MEASURE[measure] ?? measure.replace(/\bcentre\b/g, 'center');
/**
 * Measures named from different words for one outlay: money put into servers or chips ("spend 380 billion yuan on hardware") is money invested in infrastructure ("invest 380 billion yuan in AI infrastructure"),
 * and so is capital spending ("set aside $20 billion for AI capital spending in 2025" against "plans to spend $12 billion on AI infrastructure in 2025"); their periods still tell a year's from a three-year plan.
 */
const SAME_MEASURE: Readonly<Record<string, string>> = { 'hardware spending': 'infrastructure investment', 'capital expenditure': 'infrastructure investment', 'net profit': 'net income' };
/** What a figure is grouped by: its entity's slug, or a name the gazetteer lacks, normalised ("~" never starts a slug). */
const subjectKey = (f: FigureFact) => f.entity ?? (f.subjectName ? `~${nameKey(f.subjectName)}` : undefined);
const keyOf = (f: FigureFact, owner: string, sentence: string) => [owner, spelt(f.measure), f.unit, f.per ?? '', aggregate(f, sentence) ? 'aggregate' : ''].join('\u0000');

/**
 * Splits a group into sets of figures whose scopes can all be the same (same period, quarter,
 * year, month, place and thing counted where both state one). Figures stating more are placed
 * first; a figure that fits several sets is left out, as it cannot be told which it belongs to.
 */
function byScope(list: readonly LedgerFigure[], scopeOfFigure: (f: LedgerFigure) => FigureScope): LedgerFigure[][] {
  const sameTime = DAILY_MEASURES.has(list[0]!.measure) ? SAME_DAY_DAYS : SAME_TIME_DAYS;
  const counts = new Map(list.map((f) => [f, SOFT.filter((k) => scopeOfFigure(f)[k]).length]));
  const stated = (f: LedgerFigure) => counts.get(f)!;
  // Each set keeps the union of what its members state: as they all agree, a figure agrees with every member exactly when it agrees with the union.
  const sets: { scope: FigureScope; figures: LedgerFigure[]; days: number[]; written: number }[] = [];
  // A state reported as done is of its article's day or before: it is not one dated well after that ("valued at $3.3bn this month" in July is no January report's).
  const before = (written: number | undefined, day: number | undefined, slack = sameTime) => written !== undefined && day !== undefined && written < day - slack;
  const restates: { f: LedgerFigure; sets: typeof sets }[] = [];
  for (const f of [...list].sort((a, b) => stated(b) - stated(a))) {
    const own = scopeOfFigure(f);
    // Publication days agree within a tolerance, so a set keeps its earliest and latest.
    const fits = sets.filter((set) => {
      const slack = own.month || set.scope.month ? Math.max(sameTime, HALF_MONTH_DAYS) : sameTime;
      return (
        scopesAgree(own, set.scope) &&
        !yearEndedBefore(own, set.days, slack) &&
        !(own.asOf !== undefined && yearEndedBefore(set.scope, [own.asOf], slack)) &&
        (own.asOf === undefined || set.days.every((d) => Math.abs(d - own.asOf!) <= slack)) &&
        !before(own.written, set.days.at(-1), slack) &&
        !before(set.written, own.asOf, slack)
      );
    });
    // A figure stating no time that fits sets of several times belongs to the one it restates, where only one holds a value it rounds to
    // (an undated "about $180 billion" is the $183 billion round's, not the $61.5 billion one's); else it cannot be told.
    const restated = fits.length > 1 && own.asOf === undefined ? fits.filter((set) => set.figures.some((g) => agree(f, g))) : fits;
    if (restated.length > 1 && own.asOf === undefined) restates.push({ f, sets: restated });
    else if (fits.length === 0) sets.push({ scope: { ...own }, figures: [f], days: own.asOf === undefined ? [] : [own.asOf], written: own.written ?? Infinity });
    else if (restated.length === 1) {
      fits.splice(0, fits.length, restated[0]!);
      fits[0]!.figures.push(f);
      fits[0]!.written = Math.min(fits[0]!.written, own.written ?? Infinity);
      const scope = fits[0]!.scope;
      for (const k of SOFT) if (own[k]) Object.assign(scope, { [k]: own[k] });
      if (own.asOf !== undefined) fits[0]!.days = [Math.min(own.asOf, ...fits[0]!.days), Math.max(own.asOf, ...fits[0]!.days)];
    }
  }
  // An undated figure that rounds to values of several sets restates the quantity all of them hold, which a few dated
  // figures split ("last month", "this week"): left out, a corpus's many undated restatements all were, and the more
  // articles the fewer figures a group kept. It joins the set most sources already put the quantity in. Not a change: an
  // undated "17%" may be another day's move, or a distance from a peak, that happens to match.
  if (!isChange(list)) for (const { f, sets: candidates } of restates) candidates.reduce((a, b) => (b.figures.length > a.figures.length ? b : a)).figures.push(f);
  return sets.map((set) => set.figures);
}
const SOFT = ['period', 'nth', 'year', 'month', 'place', 'item', 'use'] as const;
/** A figure for a whole calendar year ("13% of revenue last year") is not a state reported as of a day after that year ended ("has fallen to 6%"). */
const yearEndedBefore = (s: FigureScope, days: readonly number[], slack: number) => !!s.year && !s.month && s.asOf === undefined && days.length > 0 && Math.min(...days) > yearEnd(s.year) + slack;
/** Articles published further apart than this report a changing quantity at different times. */
const SAME_TIME_DAYS = 45;
/** A market value moves with the share price every trading day: two reports of it more than a few days apart are of different days. */
const DAILY_MEASURES: ReadonlySet<string> = new Set(['market value', 'share price']);
const SAME_DAY_DAYS = 4;
/** A figure dated by its month only ("worth $4 trillion in July") is of any day of it: its middle day is at most this far from the day meant. */
const HALF_MONTH_DAYS = 16;

/**
 * Finds disagreements: figures of the same measure, unit and rate about the same entity, from
 * different sources, with different values. A paragraph that states several different values for
 * one group is listing the parts of a breakdown or a comparison (30,000 + 10,000 + 10,000 GPUs), so
 * its figures are left out of that group. Figures with the generic measures 'amount', 'percentage'
 * and 'cost' say too little about scope to compare. Figures of different scopes — a plan and the
 * current state, an earlier state, a sum over several things, different periods or dates — are
 * never compared (see figure-scope.ts). `sentenceOf` gives a figure's sentence (figures point at
 * their sentence by offsets: scripts/knowledge/sentences.ts). `published` (source slug → ISO date) dates a quantity that
 * changes over time (users, headcount, a chip fleet) when its sentence does not: articles more
 * than 45 days apart report it at different times. `parentOf` (entity slug → its maker's slug) lets a maker's
 * figure join its product's group where it restates one of that product's figures (see joinProducts).
 * `titled` (source slug → the entities its title names) lets a figure whose subject is carried over from
 * earlier sentences widen its subject's group where the title names that subject (see joinCarried).
 */
export function findDisagreements(
  figures: Iterable<LedgerFigure>,
  sentenceOf: (f: LedgerFigure) => string,
  published: ReadonlyMap<string, string> = new Map(),
  parentOf: (entity: string) => string | undefined = () => undefined,
  titled: (source: string) => ReadonlySet<string> | undefined = () => undefined,
): Disagreement[] {
  const groups = new Map<string, LedgerFigure[]>();
  const carried: LedgerFigure[] = [];
  for (const f of figures) {
    const subject = subjectKey(f);
    if (!subject || f.measure === 'amount' || f.measure === 'percentage' || f.measure === 'cost' || f.measure === 'ratio') continue;
    // Only figures whose own sentence names their subject make a group: one carried over from earlier sentences is a guess.
    if (f.subjectFrom !== 'sentence') {
      carried.push(f);
      continue;
    }
    const key = keyOf(f, subject, sentenceOf(f));
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  joinProducts(groups, parentOf);
  joinCarried(groups, carried, (f) => keyOf(f, f.entity!, sentenceOf(f)), parentOf, titled, sentenceOf);
  const found: Disagreement[] = [];
  // Figures are split by scope (see figure-scope.ts; only groups with several sources are read for
  // it). Then several values of one measure and scope in one paragraph are the parts of a breakdown;
  // for changes ("rose 8.9% after falling 16.9%") they are different periods, sorted out below.
  const withoutBreakdowns = (list: LedgerFigure[]) => {
    if (isChange(list)) return list;
    return [...Map.groupBy(list, (f) => `${f.source}#${f.p}`).values()].flatMap((here) => (new Set(here.map((g) => g.value)).size === 1 ? here : wholeOf(here)));
  };
  // The entity whose group a figure is compared in (a maker's figure may have joined its product's).
  const owner = new Map([...groups].flatMap(([key, list]) => list.map((f) => [f, key.slice(0, key.indexOf('\u0000'))] as const)));
  const scopeOfFigure = scopeReader(published, sentenceOf, parentOf, (f) => owner.get(f) ?? f.entity);
  const several = (list: readonly LedgerFigure[]) => new Set(list.map((f) => f.source)).size > 1 && new Set(list.map((f) => f.value)).size > 1;
  const scoped = [...groups.values()]
    .filter(several)
    .flatMap((list) => [...Map.groupBy(list, (f) => hardScope(scopeOfFigure(f))).values()].filter(several).flatMap((l) => byScope(l, scopeOfFigure)).map(withoutBreakdowns).filter(several))
    // Values an order of magnitude apart are two quantities sharing a measure's name (see magnitude.ts).
    .flatMap((list) => (isChange(list) ? [list] : byMagnitude(list).filter(several)));
  // One event restated is rounded, not cut: "1 billion" and "1.5 billion" are two rounds, so half a step.
  // Two conversions into one currency agree within exchange rates' drift ($53bn and about $52bn for one yuan amount).
  const converted = (a: LedgerFigure, b: LedgerFigure) => !!scopeOfFigure(a).restates && !!scopeOfFigure(b).restates && Math.abs(a.value - b.value) <= Math.max(a.value, b.value) * CONVERSION_SHARE;
  const clustersOf = (list: readonly LedgerFigure[]) => cluster(list, EVENT_MEASURES.has(list[0]!.measure) ? 0.5 : 1, converted);
  // A change (a share price's fall) is only compared within one event restated: far-apart values most likely cover
  // different periods, so each cluster stated by several sources is an event of its own ("fell 17%" / "16.97%" on one
  // day, "fell 5.8%" / "nearly 6%" after hours on another), and a value no other source restates is left out.
  const events = (list: LedgerFigure[]) => (isChange(list) ? clustersOf(list).filter((c) => new Set(c.map((f) => f.source)).size > 1 && new Set(c.map((f) => f.value)).size > 1) : [list]);
  for (const list of scoped.flatMap(events)) {
    let kept = list;
    let sources: Set<string>;
    let clusters = clustersOf(kept);
    // An open bound ("more than $1bn", "up to $500bn") that every other value lies beyond neither
    // contradicts nor restates them: its cluster is left out ("at least $16bn" against "$12bn" still conflicts).
    if (clusters.length > 1) {
      const open = clusters.filter((c) => c.every((b) => clusters.every((d) => d === c || d.every((g) => withinBound(b, g)))));
      if (open.length > 0 && open.length < clusters.length) {
        clusters = clusters.filter((c) => !open.includes(c));
        kept = clusters.flat();
        if (!several(kept)) continue;
      }
    }
    // Open bounds all of one side ("more than 90,000", "more than 100,000") never disagree: the higher implies the lower, and a
    // count that grows (models built on a family, downloads) is most often bounded again later. Nothing is reported.
    if (kept.every((f) => f.approx === 'over') || kept.every((f) => f.approx === 'under')) continue;
    // A conflict needs two clusters stated by different sources; else the values are rounding variants.
    const conflict = clusters.some((c, i) => clusters.some((d, j) => j !== i && c.some((f) => d.some((g) => g.source !== f.source))));
    sources = new Set(kept.map((f) => f.source));
    const values = kept.map((f) => f.value);
    const low = Math.min(...values);
    const high = Math.max(...kept.map((f) => f.high ?? f.value));
    const f0 = kept[0]!;
    found.push({
      ...(f0.entity ? { entity: f0.entity } : { subjectName: f0.subjectName! }),
      measure: f0.measure,
      unit: f0.per ? `${f0.unit} per ${f0.per}` : f0.unit,
      kind: conflict ? 'conflict' : 'rounding',
      low,
      high,
      sources: sources.size,
      weight: (low > 0 ? high / low : 2) * sources.size,
      clusters: conflict ? clusters : [kept.toSorted((x, y) => x.value - y.value)],
      figures: kept,
    });
  }
  // Conflicts first, then by weight; ties in a stable order.
  return found.sort(
    (a, b) => (a.kind === b.kind ? 0 : a.kind === 'conflict' ? -1 : 1) || b.weight - a.weight || (subjectOf(a) < subjectOf(b) ? -1 : subjectOf(a) > subjectOf(b) ? 1 : a.measure < b.measure ? -1 : 1),
  );
}
