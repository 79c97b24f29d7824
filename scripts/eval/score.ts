/**
 * Scoring one ingested article against its labels: metadata fields, page chrome kept out of the
 * body, facts kept verbatim, labelled figures found, non-figures kept out of the ledger.
 * Pure functions over {@link ArticleView}s, so they are tested on tiny inputs.
 */
import { KIND_WORD, nameKey } from '../ingest/name-subject.ts';
import { slugify } from '../core/slug.ts';
import type { ArticleLabels, LabelFigure } from './labels.ts';
import type { ArticleView, FigureView } from './view.ts';

export const FIELDS = ['title', 'date', 'authors', 'publisher', 'url'] as const;
export type Field = (typeof FIELDS)[number];

/** Whitespace collapsed, typographic quotes and dashes made plain, Unicode compatibility-normalised. */
export const normText = (s: string) =>
  s.normalize('NFKC').replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"').replace(/[‐-―−]/g, '-').replace(/\s+/g, ' ').trim();
const normName = (s: string) => normText(s).toLowerCase();
const normUrl = (s: string) => s.trim().replace(/\/+$/, '');

/** Whether the article's value of one metadata field is right. */
export function fieldCorrect(field: Field, labels: ArticleLabels, a: ArticleView): boolean {
  switch (field) {
    case 'title':
      // No headline in the text: right when the ingest says it inferred the title.
      return labels.title === null ? a.titleInferred === true : normText(a.title) === normText(labels.title);
    case 'date':
      if (labels.date === null) return a.date === undefined;
      // A date-only label is matched by the day; a datetime label needs the time too.
      return a.date !== undefined && a.date.slice(0, labels.date.length) === labels.date;
    case 'authors': {
      const want = [...new Set(labels.authors.map(normName))].sort();
      const got = [...new Set(a.authors.map(normName))].sort();
      return want.length === got.length && want.every((x, i) => x === got[i]);
    }
    case 'publisher':
      return labels.publisher === null ? a.publisher === undefined : a.publisher !== undefined && normName(a.publisher) === normName(labels.publisher);
    case 'url':
      return labels.url === null ? a.url === undefined : a.url !== undefined && normUrl(a.url) === normUrl(labels.url);
  }
}

/**
 * Whether a chrome line is still in the body: a block is the line, or starts or ends with it (glued
 * to real text), or — for lines of four or more words, which do not occur by chance — contains it.
 * Short lines such as "Share" are not counted as kept just because a sentence uses the word. Given the
 * source's lines (normalised), a block that is itself a whole line of the source was not glued to
 * anything: a tag line "SoftBank" is not kept because a paragraph of its own begins "SoftBank said".
 */
export function chromeKept(line: string, body: readonly string[], sourceLines?: ReadonlySet<string>): boolean {
  const l = normText(line);
  const long = l.split(' ').length >= 4;
  return body.some((b) => {
    const t = normText(b);
    if (t === l) return true;
    if (sourceLines?.has(t)) return false;
    return t.startsWith(`${l} `) || t.endsWith(` ${l}`) || (long && t.includes(l));
  });
}

/** Whether a fact is kept verbatim (up to whitespace and typographic quotes) in one body block. */
export const factKept = (fact: string, body: readonly string[]) => body.some((b) => normText(b).includes(normText(fact)));

/** Within 0.5% (exact for 0). */
export const closeTo = (a: number, b: number) => (b === 0 ? a === 0 : Math.abs(a - b) <= Math.abs(b) * 0.005);

/** Spellings of one unit; counted nouns that name the same thing in these articles ("2,048 H800 chips" are GPUs). */
const UNIT_ALIASES: Record<string, string> = {
  $: 'usd', us$: 'usd', dollar: 'usd', '€': 'eur', euro: 'eur', yuan: 'cny', rmb: 'cny', '¥': 'cny',
  percent: '%', pct: '%', '×': 'x', time: 'x',
  gpu: 'chip', accelerator: 'chip', processor: 'chip',
  people: 'person', staff: 'person', employee: 'person', worker: 'person', engineer: 'person', researcher: 'person',
  mw: 'megawatt', gw: 'gigawatt', kw: 'kilowatt',
  // A benchmark's score is counted in points; a FLOP is a (floating-point) operation.
  point: 'score', flop: 'operation',
  // Compute rates and sizes written as symbols or words: "780 TFLOPS" is 780 teraflops, "96 gigabytes" 96 GB.
  tflop: 'teraflop', pflop: 'petaflop', eflop: 'exaflop', gigabyte: 'gb', terabyte: 'tb',
};
/**
 * Lower case, singular, British spelling, synonyms folded: "GPUs" → "chip", "$" → "usd", "percent" →
 * "%", "GPU-hours" → "chip hour", "MW" → "megawatt", "annualized" → "annualised".
 */
export function normUnit(u: string): string {
  const words = u.toLowerCase().replace(/[-_/]/g, ' ').split(/\s+/).filter(Boolean);
  return words
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w))
    .map((w) => (w.length > 5 ? w.replace(/iz(e|ed|ing|ation)$/, 'is$1') : w))
    .map((w) => UNIT_ALIASES[w] ?? w)
    .join(' ');
}
/**
 * Units agree when equal after {@link normUnit}, or when their leading words are equal: a rate is
 * matched by its currency or counted noun ("USD per million tokens" and "USD"), however the
 * ingest writes the "per" part.
 */
export function unitsAgree(label: string, got: string): boolean {
  const a = normUnit(label);
  const b = normUnit(got);
  const lead = (u: string) => u.split(' ').slice(0, u.startsWith('chip hour') ? 2 : 1).join(' ');
  return a === b || lead(a) === lead(b);
}

/**
 * A subject as compared: its slug, read as a name is grouped (no "the", possessive or "Inc"), without a last word
 * that only says what kind of company it is ("Mistral AI" is the Mistral a text names, "Kestrel Labs" Kestrel).
 */
const subjectSlug = (s: string) => {
  const words = nameKey(s).split(' ');
  return slugify((words.length > 1 && KIND_WORD.test(words.at(-1)!) ? words.slice(0, -1) : words).join(' '));
};
/** Subjects agree when the slugs (of an entity slug or a name) are equal, for any acceptable label. */
export const subjectsAgree = (label: string | readonly string[], got: string) =>
  (typeof label === 'string' ? [label] : label).some((l) => slugify(l) === slugify(got) || subjectSlug(l) === subjectSlug(got));
const showSubject = (label: string | readonly string[]) => (typeof label === 'string' ? label : label.join(' or '));
/** Fallback measures that say nothing: they agree only with themselves. */
const GENERIC = new Set(['amount', 'count', 'number', 'percentage', 'value', 'figure', 'quantity']);
const STOP = new Set(['of', 'per', 'the', 'a', 'an', 'in', 'on', 'for', 'to', 'and', 'by']);
const words = (m: string) => new Set(normUnit(m.replace(/[()[\],;:]/g, ' ')).split(' ').filter((w) => w && !STOP.has(w)));
/**
 * Measures agree when equal in lower case and singular, or when every word of one is in the other,
 * so vocabularies that differ in order or detail still meet ("input price" and "API price (input)",
 * "ratio" and "price ratio"); a generic label ("amount", "count") only agrees with itself.
 */
export function measuresAgree(label: string, got: string): boolean {
  const a = words(label);
  const b = words(got);
  if (a.size === 0 || b.size === 0) return false;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 1 && GENERIC.has([...small][0]!)) return a.size === b.size && big.has([...small][0]!);
  return [...small].every((w) => big.has(w));
}

export interface FigureMatch {
  label: LabelFigure;
  figure?: FigureView;
  /** Whether the unit was compared (false when the ingest gives no unit: matched on value only). */
  unitCompared: boolean;
}

/**
 * Matches labelled figures to listed figures one to one: same value within 0.5% (or a range end),
 * and the same unit when the ingest gives one. Among candidates, one written as the label is, else
 * one whose sentence holds the label's text, else one whose text overlaps it is preferred, so equal
 * values in one article pair up with the right sentence.
 */
export function matchFigures(labels: readonly LabelFigure[], figures: readonly FigureView[]): FigureMatch[] {
  const used = new Set<number>();
  return labels.map((label) => {
    const want = [label.value, ...(label.high === undefined ? [] : [label.high])];
    const candidates = figures
      .map((f, i) => ({ f, i }))
      .filter(({ f, i }) => !used.has(i) && f.values.some((v) => want.some((w) => closeTo(v, w))) && (f.unit === undefined || unitsAgree(label.unit, f.unit)));
    const lt = normText(label.text);
    const rank = (f: FigureView) => {
      const t = normText(f.text);
      if (t === lt) return 3;
      if (f.sentence !== undefined && normText(f.sentence).includes(lt)) return 2;
      return lt.includes(t) || t.includes(lt) ? 1 : 0;
    };
    // Highest rank first; ties keep reading order.
    const pick = candidates.reduce<(typeof candidates)[number] | undefined>((best, c) => (best === undefined || rank(c.f) > rank(best.f) ? c : best), undefined);
    if (!pick) return { label, unitCompared: false };
    used.add(pick.i);
    return { label, figure: pick.f, unitCompared: pick.f.unit !== undefined };
  });
}

/** Whether a non-figure string was listed as a figure: a figure's text lies inside it, in a sentence that contains it. */
export function nonFigureLeaked(nf: string, figures: readonly FigureView[]): FigureView | undefined {
  const n = normText(nf);
  return figures.find((f) => {
    const t = normText(f.text);
    return t !== '' && /\d/.test(t) && n.includes(t) && (f.sentence === undefined || normText(f.sentence).includes(n));
  });
}

/** The score of one article. Counts, so set totals are sums. */
export interface ArticleScore {
  file: string;
  ingested: boolean;
  fields: Record<Field, boolean>;
  chrome: { total: number; removed: number; kept: string[] };
  facts: { total: number; kept: number; lost: string[] };
  figures: { total: number; found: number; unitCompared: number; subjectCompared: number; subjectAgrees: number; measureCompared: number; measureAgrees: number; missed: string[]; wrongSubject: string[]; wrongMeasure: string[] };
  nonFigures: { total: number; leaked: string[] };
}

/** Scores one article; `a` undefined means the ingest made no page of it (every measure fails). */
export function scoreArticle(file: string, labels: ArticleLabels, a: ArticleView | undefined, sourceLines?: ReadonlySet<string>): ArticleScore {
  const body = a?.body ?? [];
  const fields = Object.fromEntries(FIELDS.map((f) => [f, a ? fieldCorrect(f, labels, a) : false])) as Record<Field, boolean>;
  const keptChrome = a ? labels.chrome_lines.filter((l) => chromeKept(l, body, sourceLines)) : labels.chrome_lines;
  const lost = labels.facts.filter((f) => !factKept(f, body));
  const matches = matchFigures(labels.figures, a?.figures ?? []);
  const found = matches.filter((m) => m.figure);
  const withSubject = found.filter((m) => m.figure!.subject !== undefined);
  const withMeasure = found.filter((m) => m.figure!.measure !== undefined);
  const wrongSubject = withSubject.filter((m) => !subjectsAgree(m.label.subject, m.figure!.subject!));
  const wrongMeasure = withMeasure.filter((m) => !measuresAgree(m.label.measure, m.figure!.measure!));
  return {
    file,
    ingested: a !== undefined,
    fields,
    chrome: { total: labels.chrome_lines.length, removed: labels.chrome_lines.length - keptChrome.length, kept: keptChrome },
    facts: { total: labels.facts.length, kept: labels.facts.length - lost.length, lost },
    figures: {
      total: labels.figures.length,
      found: found.length,
      unitCompared: found.filter((m) => m.unitCompared).length,
      subjectCompared: withSubject.length,
      subjectAgrees: withSubject.length - wrongSubject.length,
      measureCompared: withMeasure.length,
      measureAgrees: withMeasure.length - wrongMeasure.length,
      missed: matches.filter((m) => !m.figure).map((m) => m.label.text),
      wrongSubject: wrongSubject.map((m) => `${m.label.text}: ${m.figure!.subject} (want ${showSubject(m.label.subject)})`),
      wrongMeasure: wrongMeasure.map((m) => `${m.label.text}: ${m.figure!.measure} (want ${m.label.measure})`),
    },
    // An article that made no page fails here too, rather than passing for listing nothing.
    nonFigures: { total: labels.not_figures.length, leaked: a ? labels.not_figures.filter((nf) => nonFigureLeaked(nf, a.figures)) : labels.not_figures },
  };
}
