/**
 * What the eval reads from the pipeline's output, read defensively: the data model is growing
 * (units, subjects and measures on figures, kinds on disagreements), and the eval must score the
 * code before and after, so every field beyond the basic ones is optional here.
 */

/** One figure as the ledger lists it. */
export interface FigureView {
  text: string;
  /** The value and any other values the figure states (the ends of a range). */
  values: number[];
  unit?: string;
  /** Entity slug or subject name. */
  subject?: string;
  measure?: string;
  sentence?: string;
}

/** One ingested article, as scored. */
export interface ArticleView {
  title: string;
  /** True/false when the ingest says whether it inferred the title; undefined when it does not say. */
  titleInferred?: boolean;
  /** ISO date or datetime. */
  date?: string;
  authors: string[];
  publisher?: string;
  url?: string;
  /** Text of every body block (headings, paragraphs, list items…). */
  body: string[];
  figures: FigureView[];
}

/** One reported disagreement: who disagrees about what, and the figures (by source slug). */
export interface DisagreementView {
  subject?: string;
  measure?: string;
  kind?: string;
  members: { source: string; value: number; text?: string }[];
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Fields that may carry the second value of a range or an approximation's bound. */
const EXTRA_VALUES = ['low', 'high', 'min', 'max', 'from', 'to'];

export function figureView(f: unknown): FigureView | undefined {
  if (!isRec(f)) return undefined;
  const value = num(f.value);
  const values = [value, ...EXTRA_VALUES.map((k) => num(f[k]))].filter((v): v is number => v !== undefined);
  if (values.length === 0) return undefined;
  const subject = str(f.subject) ?? str(f.entity) ?? str(f.subjectName);
  const measure = str(f.measure) ?? str(f.quantity);
  const unit = str(f.unit);
  const sentence = str(f.sentence);
  return { text: str(f.text) ?? String(values[0]), values, ...(unit ? { unit } : {}), ...(subject ? { subject } : {}), ...(measure ? { measure } : {}), ...(sentence ? { sentence } : {}) };
}

/** Reads a LinkedArticle (or any later shape of it) into what the eval scores. */
export function articleView(a: unknown): ArticleView {
  const r = isRec(a) ? a : {};
  const date = isRec(r.date) ? str(r.date.iso) : str(r.date);
  const authors = Array.isArray(r.authors) ? r.authors.filter((x): x is string => typeof x === 'string') : [];
  // Blocks carry `text`; a list block may carry its items instead.
  const blockTexts = (b: unknown): string[] =>
    !isRec(b) ? [] : typeof b.text === 'string' ? [b.text] : Array.isArray(b.items) ? b.items.flatMap((i) => (typeof i === 'string' ? [i] : blockTexts(i))) : [];
  const body = Array.isArray(r.body) ? r.body.flatMap(blockTexts) : [];
  const figures = Array.isArray(r.figures) ? r.figures.map(figureView).filter((f): f is FigureView => f !== undefined) : [];
  const publisher = isRec(r.publisher) ? str(r.publisher.name) : str(r.publisher);
  const url = str(r.url);
  return {
    title: str(r.title) ?? '',
    ...(typeof r.titleInferred === 'boolean' ? { titleInferred: r.titleInferred } : {}),
    ...(date ? { date } : {}),
    authors,
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
    body,
    figures,
  };
}

/** Reads a knowledge-index disagreement (`{entity, quantity, figures}` or `{subject, measure, kind, figures}`). */
export function disagreementView(d: unknown): DisagreementView {
  const r = isRec(d) ? d : {};
  const list = Array.isArray(r.figures) ? r.figures : Array.isArray(r.members) ? r.members : [];
  const members = list.flatMap((f) => {
    if (!isRec(f)) return [];
    const source = str(f.source);
    const value = num(f.value);
    const text = str(f.text);
    return source !== undefined && value !== undefined ? [{ source, value, ...(text ? { text } : {}) }] : [];
  });
  const subject = str(r.subject) ?? str(r.entity) ?? str(r.subjectName);
  const measure = str(r.measure) ?? str(r.quantity);
  const kind = str(r.kind);
  return { ...(subject ? { subject } : {}), ...(measure ? { measure } : {}), ...(kind ? { kind } : {}), members };
}
