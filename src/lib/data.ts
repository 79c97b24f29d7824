/**
 * The public data files under /data/: what each holds (a zod schema per file, JSDoc per field) and
 * how it is built from the ingest and the knowledge index. The Astro endpoints in src/pages/data/
 * only serialise these, record by record (data-response.ts); tests/site/data.test.ts validates a real build's files against the schemas.
 */
import { z } from 'astro/zod';
import type { LinkedArticle } from '../../scripts/ingest/figure-fact.ts';
import type { Entity } from '../../scripts/core/entity.ts';
import type { KnowledgeIndex } from '../../scripts/knowledge/index.ts';

/** One source article, as cleaned by the ingest. */
export const sourceRecord = z.strictObject({
  /** Page address: /sources/<slug>/. */
  slug: z.string(),
  /** The article file, relative to the project root. */
  file: z.string(),
  title: z.string(),
  /** Publication date as stated: `2025-01-03` or `2025-01-03T21:45` (no zone invented); null when the text states none. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/).nullable(),
  /** Authors in byline order. */
  authors: z.array(z.string()),
  /** Publication or site, only when the text states one. */
  publisher: z.string().nullable(),
  /** Original address, only when the text states one. */
  url: z.string().url().nullable(),
  /** Body paragraphs; `n` is the number in the page's #pN anchors and in citations. */
  paragraphs: z.array(z.strictObject({ n: z.number().int().positive(), text: z.string() })),
  /** Section headings of the body, in order. */
  headings: z.array(z.strictObject({ text: z.string() })),
  /** Lines taken out of the body as page chrome, with the line number in the file and the reason. */
  removed: z.array(z.strictObject({ line: z.number().int().positive(), text: z.string(), reason: z.string() })),
  /** Photo credits and link lines, with the link when it is http(s). */
  credits: z.array(z.strictObject({ text: z.string(), url: z.string().optional() })),
});
export const sourcesFile = z.array(sourceRecord);

/** One figure of the ledger. */
export const figureRecord = z.strictObject({
  /** Slug of the source article. */
  source: z.string(),
  /** Paragraph number in that source. */
  p: z.number().int().positive(),
  /** The figure as written, with its hedge word and unit ("about $5.6 million"). */
  text: z.string(),
  /** Normalised value in base units (5600000); the low end of a range. */
  value: z.number(),
  /** The high end of a range, or null. */
  high: z.number().nullable(),
  /** 'USD', 'CNY', 'EUR', '%', 'x', or a counted noun ('GPU', 'parameter', 'token', 'user', 'employee'…); a rate adds " per <what>" ("USD per GPU-hour"). */
  unit: z.string(),
  /** "about", "over" or "under" when the text hedges the figure; else null. */
  approx: z.enum(['about', 'over', 'under']).nullable(),
  /** Name of what the figure is about: the entity's name, or a name the gazetteer lacks as the article writes it; null when the text names none. */
  subject: z.string().nullable(),
  /** Slug of that entity (its page is /entities/<slug>/), or null (no subject, or a name the gazetteer lacks). */
  entity: z.string().nullable(),
  /** What the figure measures ("training cost", "chip count"), read from its sentence. */
  measure: z.string(),
  /** The sentence stating it. */
  sentence: z.string(),
});
export const figuresFile = z.array(figureRecord);

/** One gazetteer entity, with how often the sources name it. */
export const entityRecord = z.strictObject({
  slug: z.string(),
  name: z.string(),
  type: z.string(),
  description: z.string(),
  aliases: z.array(z.string()),
  /** Slug of the entity it belongs to (a model's developer), or null. */
  partOf: z.string().nullable(),
  /** Source paragraphs naming it. */
  mentions: z.number().int().nonnegative(),
});
export const entitiesFile = z.array(entityRecord);

/** One disagreement: one measure of one subject stated differently by different sources. */
export const disagreementRecord = z.strictObject({
  /** Name of what the figures are about: the entity's name, or a name the gazetteer lacks as the first source writes it. */
  subject: z.string(),
  /** The entity's slug, or null where the subject is a name the gazetteer lacks. */
  entity: z.string().nullable(),
  measure: z.string(),
  unit: z.string(),
  /** "rounding": one figure written with different precision; "conflict": values no rounding reconciles. */
  kind: z.enum(['conflict', 'rounding']),
  figures: z.array(z.strictObject({ source: z.string(), p: z.number().int().positive(), text: z.string(), value: z.number() })),
});
export const disagreementsFile = z.array(disagreementRecord);

/** The columns of figures.csv, in order (the fields of {@link figureRecord}). */
export const FIGURE_COLUMNS = ['source', 'p', 'text', 'value', 'high', 'unit', 'approx', 'subject', 'entity', 'measure', 'sentence'] as const;

type Item<F extends z.ZodArray<z.ZodType>> = z.infer<F>[number];

/** The records are made one at a time (generators) so that a data file is never held whole in memory. */
export function* sourceRecords(articles: Iterable<LinkedArticle>): Generator<Item<typeof sourcesFile>> {
  for (const a of articles) yield {
    slug: a.slug,
    file: a.file,
    title: a.title,
    date: a.date?.iso ?? null,
    authors: a.authors,
    publisher: a.publisher ?? null,
    url: a.url ?? null,
    paragraphs: a.body.flatMap((b) => (b.type === 'paragraph' ? [{ n: b.n, text: b.text }] : [])),
    headings: a.body.flatMap((b) => (b.type === 'heading' ? [{ text: b.text }] : [])),
    removed: a.boilerplate.map((r) => ({ line: r.line, text: r.text, reason: r.reason })),
    credits: a.credits.map((c) => ({ text: c.text, ...(c.url ? { url: c.url } : {}) })),
  };
}

export function* figureRecords(k: KnowledgeIndex): Generator<Item<typeof figuresFile>> {
  for (const f of k.figures) yield {
    source: f.source,
    p: f.p,
    text: f.text,
    value: f.value,
    high: f.high ?? null,
    unit: f.per ? `${f.unit} per ${f.per}` : f.unit,
    approx: f.approx ?? null,
    subject: f.entity ? (k.entities.get(f.entity)?.name ?? f.entity) : (f.subjectName ?? null),
    entity: f.entity ?? null,
    measure: f.measure,
    sentence: k.sentence(f),
  };
}

export function* entityRecords(entities: readonly Entity[], k: KnowledgeIndex): Generator<Item<typeof entitiesFile>> {
  for (const e of entities) yield {
    slug: e.slug,
    name: e.name,
    type: e.type,
    description: e.description,
    aliases: e.aliases,
    partOf: e.parent ?? null,
    mentions: k.mentions.get(e.slug)?.length ?? 0,
  };
}

export function* disagreementRecords(k: KnowledgeIndex): Generator<Item<typeof disagreementsFile>> {
  for (const d of k.disagreements) yield {
    subject: d.entity ? (k.entities.get(d.entity)?.name ?? d.entity) : (d.subjectName ?? ''),
    entity: d.entity ?? null,
    measure: d.measure,
    unit: d.unit,
    kind: d.kind,
    figures: d.figures.map((f) => ({ source: f.source, p: f.p, text: f.text, value: f.value })),
  };
}
