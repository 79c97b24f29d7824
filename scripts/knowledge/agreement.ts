/**
 * When figures state the same value, and which figures of a group are compared: agreement up to
 * rounding, open bounds, the whole of a breakdown, and a maker's figure joining its product's.
 */
import type { FigureFact } from '../ingest/figure-fact.ts';
import { MODEL_MEASURES } from '../ingest/quantities.ts';

/** A figure with the source it comes from. */
export interface LedgerFigure extends FigureFact {
  source: string;
  sourceTitle: string;
}

/**
 * Whether two figures can state the same value: they lie less than one step of the less precise
 * one apart ($5.576M and $6M; $589B and $600B; 16.9% and 17%), so one may be the other rounded or cut.
 * Whole steps apart (17% and 18%, $12B and $20B) they are different values. Ranges count by their
 * nearest ends. Hedges ("over", "about") are not widened: an open bound would agree with anything.
 */
export function agree(a: FigureFact, b: FigureFact, steps = 1): boolean {
  const step = Math.max(a.precision, b.precision) * steps;
  const gap = Math.max(0, Math.max(a.value, b.value) - Math.min(a.high ?? a.value, b.high ?? b.value));
  // A one-digit figure's step is as large as the figure ("1 million"): rounding never makes one value half as large again as another (200,000 is not "1 million").
  const near = Math.min(a.high ?? a.value, b.high ?? b.value);
  // Amounts and counts within 1% of each other ($589 billion and $593 billion) are one figure measured a little
  // differently, not a conflict; percentages are not (79.2% and 79.8% are two scores).
  const close = a.unit !== '%' && gap <= Math.max(a.value, b.value) * SAME_FIGURE_SHARE;
  // Two amounts or counts of two or more significant digits, both hedged as approximate ("about $52 billion", "approximately
  // $53 billion"), may round one value either way: one whole step apart, they still agree. Not one-digit values ("about 20,000"
  // and "about 30,000" are two counts), nor percentages ("about 3%" and "about 4%" are most often two different moves).
  const hedged = a.approx === 'about' && b.approx === 'about' && a.unit !== '%' && step * 10 <= Math.min(a.value, b.value) * (1 + 1e-9);
  // An open bound and a value up to one step past it on its open side ("more than $52 billion", "about $53 billion") may be one
  // value, cut by one source and rounded by the other: as with two "about"s, one whole step apart still agrees.
  const cut = a.unit !== '%' && (withinBound(a, b) || withinBound(b, a)) && step * 10 <= Math.min(a.value, b.value) * (1 + 1e-9);
  return (close || gap < step * (hedged || cut ? 1 + 1e-9 : 1 - 1e-9)) && (near <= 0 || Math.max(a.value, b.value) <= near * MAX_ROUNDING_RATIO);
}

/** Whether `g` lies within the open bound `b` states: above "more than X", below "up to X"; a figure with no bound bounds nothing. */
export const withinBound = (b: FigureFact, g: FigureFact) => (b.approx === 'over' ? g.value >= b.value : b.approx === 'under' ? (g.high ?? g.value) <= (b.high ?? b.value) : false);

/** The most one rounding of a value can move it: "$1 billion" may stand for $1.4 billion, never for $2 billion. */
const MAX_ROUNDING_RATIO = 1.5;
/** How far apart two values may lie, as a share of the larger, and still be one figure stated by different data ($589 billion, $593 billion). */
/** Two conversions of one amount into another currency ("380 billion yuan, or about $52 billion"; "Rmb380bn ($53bn)") lie this far apart at most from exchange rates of different days. */
export const CONVERSION_SHARE = 0.03;
const SAME_FIGURE_SHARE = 0.01;

/** Clusters figures whose values agree up to rounding, or by `also` (single linkage over values in order). */
export function cluster(figures: readonly LedgerFigure[], steps = 1, also: (a: LedgerFigure, b: LedgerFigure) => boolean = () => false): LedgerFigure[][] {
  const sorted = [...figures].sort((x, y) => x.value - y.value);
  const clusters: LedgerFigure[][] = [];
  for (const f of sorted) {
    const last = clusters.at(-1);
    if (last?.some((g) => agree(f, g, steps) || also(f, g))) last.push(f);
    else clusters.push([f]);
  }
  return clusters;
}
/**
 * A figure filed under a maker ("DeepSeek trained a model on 2,048 H800s") may be one of its
 * products' figures stated less specifically. It joins the product's group of the same measure,
 * unit and rate when exactly one product has a figure there that it agrees with up to rounding:
 * so it can only widen a spread, never make a conflict, and a maker's own figure (its whole fleet)
 * stays its own. Where the maker has two values that no rounding reconciles and both fit the
 * product, that conflict is the maker's: both stay.
 */
export function joinProducts(groups: Map<string, LedgerFigure[]>, parentOf: (entity: string) => string | undefined): void {
  const rest = (key: string) => key.slice(key.indexOf('\u0000'));
  const children = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const entity = key.slice(0, key.indexOf('\u0000'));
    const parent = parentOf(entity);
    if (parent) children.set(parent + rest(key), [...(children.get(parent + rest(key)) ?? []), key]);
  }
  for (const [key, list] of groups) {
    const kin = children.get(key);
    if (!kin) continue;
    const stay: LedgerFigure[] = [];
    // Read against the products' own figures, before any joins.
    const own = new Map(kin.map((k) => [k, [...groups.get(k)!]]));
    const fitsOf = (f: LedgerFigure) => kin.filter((k) => own.get(k)!.some((g) => agree(f, g)));
    for (const f of list) {
      const fits = fitsOf(f);
      // Where another source gives the maker a value that no rounding reconciles with this one and that fits the same product, the conflict is the maker's: both stay.
      const contested = fits.length === 1 && list.some((g) => g.source !== f.source && !agree(f, g) && fitsOf(g).includes(fits[0]!));
      if (fits.length === 1 && !contested) groups.get(fits[0]!)!.push(f);
      else stay.push(f);
    }
    if (stay.length) groups.set(key, stay);
    else groups.delete(key);
  }
}

/**
 * A company's totals, or one part's revenue ("data center revenue"), and a sentence opening with one of them alone, with no owner before it
 * ("Revenue rose…", "Net income was…", "Fourth-quarter Data Center revenue was…"): the period and the part may be named, never whose it is.
 */
const COMPANY_TOTALS: ReadonlySet<string> = new Set(['revenue', 'profit', 'net income', 'net profit']);
/** A share move in a sentence opening with the bare shares, no company named ("Shares fell 16.97% to $118.42", "* The stock closed down 17%"): the company the article is about. */
const BARE_SHARES = /^\s*(?:[*•·-]\s+)?(?:(?:Its|The|Their)\s+)?(?:shares|stock)\s+(?:(?:closed|ended|finished|were|was)\s+)?(?:fell|rose|dropped|slid|sank|plunged|tumbled|jumped|climbed|gained|lost|surged|soared|down|up)\b/i;
const isPartRevenue = (measure: string) => / revenue$/.test(measure) && measure !== 'lost revenue';
const BARE_TOTAL =
  /^\s*(?:(?:Total|Quarterly|Annual|Full-year|Record|(?:first|second|third|fourth)-quarter)\s+)*(?:(?!(?:its|their|his|her|the|this|that)\s)[\p{L}-]+\s+){0,2}?(?:revenues?|sales|net (?:income|profit)|profits?)\s+(?:rose|fell|grew|climbed|jumped|reached|hit|was|were|came in|totall?ed|increased|decreased|dropped|declined)\b/iu;
/** A sentence opening in the first person ("We delivered another strong quarter, with revenue of…", "Our net income was…"): in an article whose title names a company, on a call, in a release or a letter of its own, the company speaking. */
const FIRST_PERSON = /^\s*(?:[*•·-]\s+)?(?:We|Our)\b/;
/** A listed company's stock measures, and a sentence opening with its shares alone ("The shares lost…", "Its stock fell…"). */
const STOCK_MEASURES: ReadonlySet<string> = new Set(['market value', 'market value loss', 'market value gain', 'share price change']);
const BARE_STOCK = /^\s*(?:The|Its|Their) (?:shares|stock)\s+(?!of\b)/;

/**
 * A figure whose subject is carried over from earlier sentences ("the final run used 2.788 million
 * GPU-hours", after a paragraph about the model) joins the group of its subject, measure, unit and rate
 * only where another source names that subject in the figure's own sentence with a value it agrees
 * with up to rounding (so it can widen a spread, never make a conflict or a group of its own), and where
 * its own article's title names that subject or its maker: "the model" carried over is only surely the
 * one the article is about ("If that sounds like Orbis-1 scaled up" in a piece on Orbis-2 names another).
 */
export function joinCarried(
  groups: Map<string, LedgerFigure[]>,
  carried: readonly LedgerFigure[],
  keyOf: (f: LedgerFigure) => string,
  parentOf: (entity: string) => string | undefined,
  titled: (source: string) => ReadonlySet<string> | undefined,
  sentenceOf: (f: LedgerFigure) => string = () => '',
): void {
  const joins: [LedgerFigure[], LedgerFigure][] = [];
  for (const f of carried) {
    const title = titled(f.source);
    const parent = parentOf(f.entity!);
    if (!title?.has(f.entity!) && !(parent && title?.has(parent))) continue;
    const list = groups.get(keyOf(f));
    // Only a model's own measures (its training run, parameters, prices), which a paragraph about the model states sentence after sentence;
    // a company's or a project's figure carried over is as often about a site, a phase or a unit named before it.
    // Read against the named figures only, before any joins.
    // Or a company's total revenue or profit in a sentence opening with the bare measure ("Revenue reached $46.74 billion…") or in the first person ("We delivered … revenue of…"): the whole company's, in the article about it.
    // So is a share move opening with the bare shares ("Shares fell 16.97%…"), and a listed company's stock measure in a sentence
    // opening with "the shares" or "the stock" ("The shares lost nearly $600 billion of market value…").
    const total =
      ((COMPANY_TOTALS.has(f.measure) || isPartRevenue(f.measure)) && (BARE_TOTAL.test(sentenceOf(f)) || FIRST_PERSON.test(sentenceOf(f)))) ||
      (f.measure === 'share price change' && BARE_SHARES.test(sentenceOf(f))) ||
      (STOCK_MEASURES.has(f.measure) && BARE_STOCK.test(sentenceOf(f)));
    if ((MODEL_MEASURES.has(f.measure) || total) && list?.some((g) => g.source !== f.source && agree(f, g))) joins.push([list, f]);
  }
  for (const [list, f] of joins) list.push(f);
}

/**
 * The whole of a breakdown stated in one paragraph: the figures of the largest value when it is the
 * sum of the others, up to its rounding ("2.788 million GPU-hours: 2.664 million, 119,000 and 5,000").
 * Where no value sums the rest, the paragraph lists parts or compares things: nothing is kept.
 */
export function wholeOf(here: readonly LedgerFigure[]): LedgerFigure[] {
  const top = Math.max(...here.map((f) => f.value));
  const whole = here.filter((f) => f.value === top);
  const parts = here.filter((f) => f.value !== top);
  const sum = parts.reduce((n, f) => n + f.value, 0);
  // Rounded to the nearest step, the whole lies within half a step of the sum.
  const step = Math.max(...whole.map((f) => f.precision), top * 0.01);
  return parts.length > 1 && Math.abs(top - sum) < step / 2 ? whole : [];
}
