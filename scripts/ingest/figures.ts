/**
 * Figures for the ledger: quantities a reader can use — an amount with a unit or a counted noun
 * ("$5.6 million", "17%", "2,048 H800 chips", "405 billion parameters", "18x"), with ranges,
 * approximations and rates kept as such. A bare number ("section 1", "[2]", "2 min read", "Apr 17")
 * is not a figure here; the citation checker compares every number a sentence states (numbers.ts).
 *
 * Numbers glued to letters (GPT-4o, H800, Llama 3.1) are never read, and wink-nlp's English model
 * decides, for counts without a currency, whether the number is part of a date, time or duration
 * ("in 2024 users…", "2 hours ago"): it runs only on the few sentences that hold such a candidate,
 * so the ingest stays fast (see scripts/bench/figures-compare.ts for the measured choice).
 */
import { counted, countedAfter, countedBefore, countedChipHours, countedFronted, countedPartitive, countedTimes, elidedUnit, listedUnit, NUM, SCALES } from './counted-nouns.ts';
import { type Approx, HEDGE_BEFORE, hedgeOf, negatedHedge } from './hedges.ts';
import { namedEntities } from './named-entities.ts';
import { multipleFigures } from './figures-multiples.ts';
import { scaledCounts, scoreFigures, wordFigures } from './word-figures.ts';

export type FigureKind = 'money' | 'percent' | 'count' | 'ratio';


/** A quantity stated in a text. */
export interface Figure {
  kind: FigureKind;
  /** Normalised value (the low end of a range), e.g. 5600000 for "$5.6 million". */
  value: number;
  /** The high end of a range ("$5–6 million"), when the text gives one. */
  high?: number;
  /** 'USD', 'CNY', 'EUR', 'GBP', 'JPY', '%', 'percentage point', 'x', or a counted noun in the singular: 'GPU', 'parameter', 'token', 'GPU-hour', 'user', 'employee'… */
  unit: string;
  /** What the figure is per, for rates: 'GPU-hour', 'million tokens', 'year'. */
  per?: string;
  approx?: Approx;
  /** The smallest step the written value can tell apart (0.1 million for "$5.6 million"): the rounding it carries. */
  precision: number;
  /** The figure as written, with its hedge word and unit. */
  text: string;
  /** Offsets of `text` in the input. */
  index: number;
  end: number;
}

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, lakh: 1e5, crore: 1e7, cr: 1e7, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, b: 1e9, bn: 1e9, trillion: 1e12, t: 1e12, tn: 1e12, trn: 1e12,
};

const CURRENCY: Record<string, string> = {
  $: 'USD', us$: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', 'us dollars': 'USD',
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  '£': 'GBP', gbp: 'GBP', pounds: 'GBP',
  // In this corpus ¥ is far more often renminbi than yen; "yen" is read as JPY (and ¥ too in an article about Japan: yen-sign.ts).
  '¥': 'CNY', rmb: 'CNY', cny: 'CNY', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', jpy: 'JPY',
  // Australian and Canadian house styles: "$US6 million", "A$1.6 billion", "C$2 billion".
  $us: 'USD', a$: 'AUD', $a: 'AUD', c$: 'CAD', nz$: 'NZD',
  hk$: 'HKD', hkd: 'HKD', 's$': 'SGD', sgd: 'SGD', 'nt$': 'TWD', twd: 'TWD',
  '₹': 'INR', rs: 'INR', 'rs.': 'INR', inr: 'INR', rupees: 'INR',
  '₩': 'KRW', won: 'KRW', krw: 'KRW',
  'r$': 'BRL', brl: 'BRL', rm: 'MYR', myr: 'MYR', ringgit: 'MYR',
  // The UAE dirham, in Gulf papers' house style ("Dh230 billion") or by its code or name.
  dh: 'AED', aed: 'AED', dirham: 'AED', dirhams: 'AED',
  'u.s. dollars': 'USD',
};

/** Currency signs and codes written before the number; "Rmb" is the renminbi in some papers' house style ("Rmb380bn"). */
const CUR_BEFORE = String.raw`US\$|HK\$|(?<![\p{L}\p{N}])(?:NT|S|A|C|NZ)\$|R\$|\$(?:US|A)(?=\d)|\$|€|£|¥|₹|₩|(?<![\p{L}\p{N}])(?:USD|EUR|GBP|CNY|RMB|Rmb|JPY|HKD|INR|KRW|BRL|MYR|RM|Rs\.?|AED|Dh)\s?`;
// "won" only after a scale word ("4 trillion won") or a number with a thousands comma ("205,500 won"): after a small bare number it is more often the verb.
const CUR_AFTER = String.raw`(?:US |U\.S\. |euro )?cents|U\.S\. dollars|US dollars|dollars|dollar|euros?|pounds|yuan|renminbi|yen|rupees|dirhams?|(?<=(?:thousand|million|billion|trillion|crore)\s|\d,\d{3}\s)won|USD|EUR|GBP|CNY|RMB|JPY|HKD|INR|KRW`;

/**
 * One amount: an optional hedge and currency, a number (with a scale word or letter), an optional
 * range end, and an optional `+`, percent sign, currency word or ratio `x`. Not inside a word or a
 * longer number (lookbehind; a currency code glued to the number, "Rmb380bn", "USD5m", is a currency,
 * not a word), and not glued to letters after it (lookahead).
 */
const AMOUNT = new RegExp(
  // The first character test lets the engine skip most positions quickly (hedges are read backwards, see HEDGE_BEFORE).
  String.raw`(?=[\d$€£¥₹₩UHRCEGJIKNSAD])(?:(?<cur>${CUR_BEFORE})|(?<![\p{L}\p{N}_.,/#^×-]|[\p{L}\p{N}][,.]))(?<n>${NUM})` +
    String.raw`(?:(?:\s?|(?<=\d)-(?=(?:${SCALES})\b(?!-)))(?<scale>${SCALES})\b|(?<=\d)(?<abbr>[kKmMbBtT]|bn|mn)(?![\p{L}\p{N}]))?` +
    String.raw`(?:(?:\s?(?:-|–|—|to)\s?|\s(?<=\bbetween\s[^\n]{1,30}\s)and\s)(?:${CUR_BEFORE})?(?<n2>${NUM})(?:\s?(?<scale2>${SCALES})\b|(?<=\d)(?<abbr2>[kKmMbBtT]|bn|mn)(?![\p{L}\p{N}]))?)?` +
    String.raw`(?<plus>\+)?` +
    String.raw`(?:(?<=\d)-(?:(?<cscale>${SCALES})-)?(?<compound>parameter|token|GPU|user|employee|prompt|question|gigawatt|megawatt)\b|(?<=\d)(?<compound>MW|GW|kW|W|GB|TB)\b)?` +
    String.raw`(?:\s?(?<pct>%|percent\b|per cent\b|percentage points?\b)|(?<=\d)(?<pct>pc)\b|\s(?<curw>${CUR_AFTER})\b|(?<=\d)(?<x>x|-fold)\b|\s(?<times>times)(?=\s(?:more|less|\p{Ll}{2,}er|as|the)\b))?` +
    // A digit right after a word and a full stop is a footnote marker ("$5.576 million.1"), not more of the number.
    String.raw`(?![\p{L}\p{N}]|(?<![\p{L}%])[.,]\d)`,
  'gu',
);


/** A two-digit multiple of ten: exact when stated bare ("$20 billion"), rounded to the ten when hedged. */
const ROUND_TENS = /^[1-9]0$/;
/** A count right before another number: "two 910B dies". */
const COUNT_WORD_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|\d{1,3})\s+$/i;
/** A currency word of cents; and the country in brackets some writers put after it ("30 cents (US)"). */
const CENTS = /cents$/i;
const CENTS_COUNTRY = /^\s?\((?:US|U\.S\.|USD)\)/;

/** A rate after the figure: "per GPU-hour", "per million tokens", "a year", "/month", "annually"; not "a year earlier", which dates it. */
const PER_AFTER = /^\s?(?:(?:per|\/|for every)\s?(?:one |a )?(?<scale>(?:million|thousand|billion|1,000|1 million|1M)\s)?(?:(?:input|output|cached|generated)\s)?(?<unit>GPU[- ]hours?|[\p{L}][\p{L}-]*)|\s(?:a|an|each)\s(?<time>year|month|week|day|hour|quarter)\b(?!\s+(?:earlier|ago|before|later|after|on)\b)|\s(?<adv>annually|monthly|yearly|daily))/u;

const plural = (w: string) => w.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

/** The step of the last written digit: "5.6" → 0.1, "600" → 100, "2,048" → 1. */
function stepOf(written: string): number {
  // "10,000" is ten thousand, read like "10 thousand" or "$10 billion": the groups of zeros after a comma are its scale, and a two-digit lead is exact.
  const grouped = /^(\d{1,3})((?:,000)+)$/.exec(written);
  if (grouped) return stepOf(grouped[1]!) * 1000 ** (grouped[2]!.length / 4);
  const digits = written.replaceAll(',', '');
  const dot = digits.indexOf('.');
  if (dot >= 0) return 10 ** -(digits.length - dot - 1);
  // Trailing zeros of a number of three or more digits are rounding ("590" to the ten, "600" to the
  // hundred); a two-digit "20" is taken as exact, or $12B and $20B would pass as one figure rounded.
  // (Counted from the end: the pattern /0*$/ tried every position of the number.)
  let zeros = 0;
  while (zeros < digits.length && digits[digits.length - 1 - zeros] === '0') zeros++;
  return digits.length >= 3 && zeros >= 1 ? 10 ** Math.min(zeros, digits.length - 1) : 1;
}

/** Character ranges of dates, times and durations in a sentence, by wink-nlp's named-entity recogniser. */
function winkTemporalRanges(text: string): [number, number][] {
  return namedEntities(text).flatMap((e) => (e.type === 'DATE' || e.type === 'TIME' || e.type === 'DURATION' ? [[e.start, e.end] as [number, number]] : []));
}

type TemporalRecogniser = (text: string) => [number, number][];
let temporalRanges: TemporalRecogniser = winkTemporalRanges;
/** Replaces the date recogniser (for measuring alternatives: scripts/bench/figures-compare.ts); `undefined` restores wink-nlp. */
export function setTemporalRecogniser(fn: TemporalRecogniser | undefined): void {
  temporalRanges = fn ?? winkTemporalRanges;
}

/** After a percentage: the annual rate of a card, loan or savings account on offer. */
const OFFER_RATE = /^\s?(?:intro(?:ductory)?\s+)?(?:APR|APY)\b/;

/** Words of a text about staff, where "800 people" is a headcount. */
const STAFF = /\b(?:employ|staff|workforce|headcount|hir(?:e|es|ed|ing)\b|payroll|team of)/i;

/** All figures in a text (a sentence or paragraph), in order of appearance. */
export function extractFigures(text: string): Figure[] {
  let staffText: boolean | undefined;
  const staff = () => (staffText ??= STAFF.test(text));
  if (!/\d/.test(text)) {
    const words = wordFigures(text) as Figure[];
    return [...words, ...(multipleFigures(text, words) as Figure[])].sort((a, b) => a.index - b.index);
  }
  const found: Figure[] = [];
  let temporal: [number, number][] | undefined;
  // Counts in words come first: "a trillion parameters in total, of which 32 billion are active" names the noun of the amount after it.
  const words = wordFigures(text) as Figure[];
  const wordCounted = words.filter((f) => f.kind === 'count');
  const counts = () => (wordCounted.length ? [...found, ...wordCounted].sort((a, b) => a.end - b.end) : found);
  // "800 people" is a headcount where the text talks of staff; elsewhere people are not counted.
  // Asked only for a bare number (most figures have a currency or a percent sign), once per text.
  // An exec loop, not matchAll, which copies the pattern on every call. AMOUNT never matches empty (a number is required).
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const g = m.groups!;
    let elidedPer: string | undefined;
    const scaleWord = (g.scale ?? g.abbr ?? g.cscale ?? '').toLowerCase();
    const cur = g.cur ?? g.curw;
    const scale = SCALE[scaleWord] ?? 1;
    const scale2 = SCALE[(g.scale2 ?? g.abbr2 ?? '').toLowerCase()] ?? scale;
    // In "$5–6 million" the scale is written once, at the end.
    const low = toValue(g.n!, g.n2 && !scaleWord ? scale2 : scale);
    const high = g.n2 ? toValue(g.n2, scale2) : undefined;
    let end = m.index + m[0].length;
    let kind: FigureKind;
    let unit: string;
    // "30 cents", "42 US cents", "30 cents (US)": a hundredth of the dollar (or euro), with the country after it as part of the figure.
    const cents = g.curw ? CENTS.exec(g.curw) : null;
    if (cents) {
      kind = 'money';
      unit = /euro/i.test(g.curw!) ? 'EUR' : 'USD';
      end += CENTS_COUNTRY.exec(text.slice(end))?.[0].length ?? 0;
    } else if (cur) {
      kind = 'money';
      unit = CURRENCY[cur.trim().toLowerCase()] ?? cur.trim().toUpperCase();
    } else if (g.pct) {
      // The rate of a consumer credit or savings offer ("0% APR until 2027", "4.5% APY") is an advert's, never the article's.
      if (OFFER_RATE.test(text.slice(end, end + 12))) continue;
      kind = 'percent';
      unit = /point/i.test(g.pct) ? 'percentage point' : '%';
    } else if (g.x || g.times) {
      kind = 'ratio';
      unit = 'x';
    } else if (g.compound) {
      // "a 32-billion-parameter model": the count is written as one hyphenated word.
      kind = 'count';
      unit = (counted(g.compound) ?? counted(`${g.compound}s`))!;
    } else {
      const after = countedAfter(text, end, staff()) ?? countedBefore(text, m.index, !!scaleWord) ?? countedPartitive(text, end, g.n!, !!scaleWord, staff(), m.index) ?? countedTimes(text, m.index, end) ?? countedChipHours(text, end, g.n!, !!scaleWord) ?? countedFronted(text, m.index, g.n!, !!scaleWord);
      const elided = after ? undefined : (elidedUnit(text, counts(), m.index, g.n!, g.scale ? 'word' : g.abbr) ?? listedUnit(text, end, staff()));
      if (!after && !elided) continue;
      // "Ascend 910B processors": a capital glued to digits after a name is a chip's code, not billions of chips.
      if ((after?.unit ?? elided!.unit) === 'GPU' && g.abbr && /^[A-Z]$/.test(g.abbr) && /\p{Lu}[\p{L}\p{N}-]*\s$/u.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      // Nor after a count of its own ("two 910B dies", "eight H100s"): a number counts the thing, the capital-lettered code names it.
      if (g.abbr && /^[A-Z]$/.test(g.abbr) && COUNT_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      kind = 'count';
      unit = after?.unit ?? elided!.unit;
      if (elided?.per) elidedPer = elided.per;
      if (after && after.end >= 0) end = after.end;
    }
    // A hedge word stays part of the figure as written.
    let index = m.index;
    let hedge: string | undefined;
    const before = HEDGE_BEFORE.exec(text.slice(Math.max(0, index - 20), index));
    if (before) {
      hedge = before[1] ?? before[2];
      index -= before[0].replace(/^[\s(]/, '').length;
    }
    const perMatch = PER_AFTER.exec(text.slice(end, end + 40));
    let per: string | undefined = elidedPer;
    if (perMatch && (kind === 'money' || kind === 'count')) {
      const p = perMatch.groups!;
      per = p.unit ? (p.scale ? `${p.scale}${p.unit}` : plural(p.unit)) : p.time ?? { annually: 'year', yearly: 'year', monthly: 'month', daily: 'day' }[p.adv!.toLowerCase()];
      if (per && !/^(?:the|a|an|cent|share)$/i.test(per)) end += perMatch[0].length;
      else per = undefined;
    }
    if (kind === 'count') {
      // A count that is part of a date, time or duration ("in 2024 users signed up") is not a figure.
      // Only a year-like number is asked about ("In 2024 users…"): the recogniser is the slow part,
      // and a day or hour is never followed by a counted noun in real text.
      if (/^(?:1[89]\d\d|20\d\d)$/.test(g.n!)) {
        temporal ??= temporalRanges(text);
        const n0 = m.index + m[0].indexOf(g.n!);
        if (temporal.some(([s, e]) => n0 >= s && n0 < e)) continue;
      }
    }
    const approx = negatedHedge(hedgeOf(hedge, !!g.plus), text.slice(Math.max(0, index - 5), index));
    const written = text.slice(index, end).trim();
    // Built field by field (optional ones only when set), in the order the spread-based literal had: spreads made a slow dictionary-mode object per figure.
    const hundredth = cents ? 0.01 : 1;
    const figure = { kind, value: round(low * hundredth) } as Figure;
    if (high !== undefined && high > low) figure.high = round(high * hundredth);
    figure.unit = unit;
    if (per) figure.per = per;
    if (approx) figure.approx = approx;
    figure.precision = stepOf(g.n!) * (g.n2 && !scaleWord ? scale2 : scale) * hundredth;
    // A two-digit round number said to be approximate ("about 30 cents", "around 40 billion") is rounded to the ten, not exact.
    if (approx === 'about' && kind !== 'percent' && ROUND_TENS.test(g.n!)) figure.precision *= 10;
    figure.text = written;
    figure.index = index;
    figure.end = index + written.length;
    found.push(figure);
  }
  const scores = scoreFigures(text, found) as Figure[];
  // A bare amount in words whose noun a count before it in the sentence names ("holds 200,000 GPUs and plans to expand to a million").
  const bare = /\b(?:an?|one)\s+(?:million|billion|trillion)\b/i.test(text) ? (scaledCounts(text, (at, written) => elidedUnit(text, counts(), at, written, 'word')) as Figure[]).filter((f) => !words.some((w) => w.index === f.index)) : [];
  const all = words.length || scores.length || bare.length ? [...found, ...words, ...scores, ...bare] : found;
  const multiples = multipleFigures(text, all) as Figure[];
  return all === found && !multiples.length ? found : [...all, ...multiples].sort((a, b) => a.index - b.index);
}

/** A written number ("2,048", "5.6") times its scale. */
const toValue = (s: string, k: number) => Number(s.replaceAll(',', '')) * k;

/** Rounds away floating-point noise ("5.576 × 1e6"). */
const round = (x: number) => (Number.isInteger(x) ? x : Number(x.toPrecision(12)));

/** How a figure reads in a list: "$5.6 million", "17%", "2,048 GPU". */
export function formatValue(f: Pick<Figure, 'value' | 'unit' | 'kind'>): string {
  const n = (v: number) => {
    for (const [word, k] of [['trillion', 1e12], ['billion', 1e9], ['million', 1e6]] as const) {
      if (Math.abs(v) >= k) return `${Number((v / k).toPrecision(4)).toLocaleString('en')} ${word}`;
    }
    return v.toLocaleString('en');
  };
  if (f.kind === 'money') return f.unit === 'USD' ? `$${n(f.value)}` : `${f.unit} ${n(f.value)}`;
  if (f.unit === '%') return `${f.value}%`;
  if (f.unit === 'x') return `${f.value}x`;
  return `${n(f.value)} ${f.unit}`;
}
