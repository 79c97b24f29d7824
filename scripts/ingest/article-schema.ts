/**
 * The shape of an ingested article (after `link`), as the `sources` content collection stores and
 * validates it (src/content.config.ts), and of the ingest report. The TypeScript types the stages
 * use (scripts/core/article.ts, link.ts) are checked against these schemas at the end of this file,
 * so the two cannot drift apart: a field added to one and not the other fails the type check, and
 * the strict objects below reject at build time any field the schema does not know.
 */
import { z } from 'astro/zod';
import type { IngestReport } from './emit.ts';
import type { LinkedArticle } from './figure-fact.ts';
import type { IngestProblem } from '../core/problem.ts';

const line = z.number().int().positive();

/** A problem with one article file, reported as `file:line: message — hint`. */
export const ingestProblemSchema = z.strictObject({
  /** Path of the article, relative to the project root (e.g. `content/articles/a.txt`). */
  file: z.string(),
  /** 1-based line in the file, when the problem is tied to one. */
  line: line.optional(),
  /** What is wrong. */
  message: z.string(),
  /** What the contributor should do about it. */
  hint: z.string(),
});

/** A stretch of a paragraph's text that links to an entity page, by offsets into the text (`EntityLink`). */
const entityLinkSchema = z.strictObject({
  /** Offset of the link's first character in the paragraph's text. */
  start: z.number().int().nonnegative(),
  /** Offset just past the link's last character. */
  end: z.number().int().positive(),
  /** Slug of the entity the text mentions. */
  entity: z.string(),
});

/** A block of the cleaned article body: a heading or a numbered paragraph. */
const bodyBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('heading'),
    /** Anchor id of the heading. */
    id: z.string(),
    /** The heading as written. */
    text: z.string(),
    /** Line in the file. */
    line,
  }),
  z.strictObject({
    type: z.literal('paragraph'),
    /** Stable anchor id: `p1`, `p2`, … in reading order. */
    id: z.string(),
    /** 1-based paragraph number, used in `#pN` anchors and citations. */
    n: z.number().int().positive(),
    /** The paragraph as written (after normalisation). */
    text: z.string(),
    /** Line in the file where the paragraph starts. */
    line,
    /** Entity links, sorted and not overlapping (a link's offsets are checked against `text` below). */
    links: z.array(entityLinkSchema),
  }).superRefine((p, ctx) => {
    // Offsets that fall outside the text, or overlap, would render the paragraph wrongly: reject them here.
    let at = 0;
    p.links.forEach((l, i) => {
      if (l.start < at || l.end <= l.start || l.end > p.text.length) {
        ctx.addIssue({ code: 'custom', path: ['links', i], message: `link ${l.start}–${l.end} is outside the paragraph's ${p.text.length} characters or overlaps the previous link` });
      }
      at = l.end;
    });
  }),
]);

/** Why a line was left out of the body (see `BoilerplateReason` in scripts/core/article.ts). */
const boilerplateReason = z.enum([
  'page chrome', 'comment form', 'company tag block', 'navigation', 'share or subscribe prompt', 'related links',
  'advertisement', 'image', 'tag list', 'widget', 'author bio', 'cookie notice', 'site footer', 'relative time',
  'wire credits', 'production note', 'separator', 'likely chrome', 'capture tool',
]);

/** What a header line other than headline, date and byline was read as (`MetaRole`). */
const metaRole = z.enum(['publisher', 'url', 'reading time', 'section', 'repeated headline', 'date without year', 'other date', 'e-mail header']);

/** Where a sentence is (`SentenceRef` in link.ts): records point at it instead of copying it. */
const sentenceRef = {
  /** Number of the paragraph. */
  p: z.number().int().positive(),
  /** Offset of the sentence's first character in the paragraph's text. */
  start: z.number().int().nonnegative(),
  /** Offset just past the sentence's last character. */
  end: z.number().int().nonnegative(),
};

/** A figure stated in a paragraph (`FigureFact` in scripts/ingest/link.ts). */
const figureFactSchema = z.strictObject({
  /** Money, a percentage, a count or a ratio. */
  kind: z.enum(['money', 'percent', 'count', 'ratio']),
  /** Value in base units (the low end of a range): 5600000 for "$5.6 million". */
  value: z.number(),
  /** The high end of a range, when the text gives one. */
  high: z.number().optional(),
  /** Currency code, `%`, `x`, or a counted noun in the singular (`GPU`, `parameter`…). */
  unit: z.string(),
  /** What the figure is per, for rates (`million tokens`). */
  per: z.string().optional(),
  /** The hedge: "about", "over" or "under". */
  approx: z.enum(['about', 'over', 'under']).optional(),
  /** The smallest step the written value can tell apart: the rounding it carries. */
  precision: z.number(),
  /** The figure as written. */
  text: z.string(),
  /** The sentence that states it. */
  ...sentenceRef,
  /** What it measures ("training cost", "chip count"). */
  measure: z.string(),
  /** Slug of the entity it is about, if the text names one. */
  entity: z.string().optional(),
  /** Whether the subject is named in the figure's own sentence or carried from context. */
  subjectFrom: z.enum(['sentence', 'context']).optional(),
  /** The subject's name as the article writes it, where the gazetteer lacks it (then `entity` is unset); untrusted text. */
  subjectName: z.string().optional(),
});

/** An ingested article: what the source page, the knowledge index and the data files are built from. */
export const articleSchema = z.strictObject({
  /** URL slug, from the file name (stable: citations use it); also the collection entry id. */
  slug: z.string().min(1),
  /** Path of the file, relative to the project root. */
  file: z.string(),
  /** The headline (or the first sentence, shortened, when `titleInferred`). */
  title: z.string(),
  /** True when the article has no headline line and the title was taken from its first sentence. */
  titleInferred: z.boolean(),
  /** Publication date, only when the article states one. */
  date: z
    .strictObject({
      /** ISO 8601: `2025-01-03`, or `2024-12-26T21:45` when a time is given (no zone is invented). */
      iso: z.string(),
      /** The date as written in the article. */
      text: z.string(),
    })
    .optional(),
  /** Authors in the order the byline names them; empty when the text names none. */
  authors: z.array(z.string()),
  /** Publication or site name, only when the text (or metadata) states one. */
  publisher: z.string().optional(),
  /** Original URL (http or https), from the header or metadata. */
  url: z.string().optional(),
  /** Topic slugs, only from metadata overrides. */
  topics: z.array(z.string()),
  /** The cleaned body: headings and numbered paragraphs. */
  body: z.array(bodyBlockSchema),
  /** Photo credits and bare link lines, listed apart from the text. */
  credits: z.array(
    z.strictObject({
      /** The credit as written. */
      text: z.string(),
      /** Only http(s) URLs are kept as links. */
      url: z.string().optional(),
      /** Line in the file. */
      line,
    }),
  ),
  /** The lines read as metadata, as written, for the page's audit section. */
  metadataLines: z.array(
    z.strictObject({
      /** Line in the file. */
      line,
      /** The line as written. */
      text: z.string(),
      /** What the line was read as. */
      role: z.union([z.enum(['title', 'date', 'byline', 'dateline']), metaRole]),
    }),
  ),
  /** Every line removed from the body, with the reason, for the audit section. */
  boilerplate: z.array(
    z.strictObject({
      kind: z.literal('boilerplate'),
      /** Line in the file. */
      line,
      /** The line as written. */
      text: z.string(),
      /** Why it is not part of the article. */
      reason: boilerplateReason,
    }),
  ),
  /** Which encoding the bytes were read as. */
  encoding: z.enum(['utf-8', 'windows-1252']),
  /** Problems worth a look that did not stop the page. */
  warnings: z.array(ingestProblemSchema),
  /** Words in the body (headings and paragraphs). */
  words: z.number().int().nonnegative(),
  /** One entry per entity and paragraph, with the first sentence that names it there. */
  mentions: z.array(
    z.strictObject({
      /** Entity slug. */
      entity: z.string(),
      /** The first sentence of the paragraph that names it. */
      ...sentenceRef,
    }),
  ),
  /** Every figure with a unit the paragraphs state. */
  figures: z.array(figureFactSchema),
  /** Every year the paragraphs state: dated events for the timeline. */
  years: z.array(
    z.strictObject({
      /** The sentence that states it. */
      ...sentenceRef,
      /** The year. */
      year: z.number().int(),
      /** Slugs of the entities that sentence names. */
      entities: z.array(z.string()),
    }),
  ),
});

/**
 * The fields of an article kept out of the content store: its text (paragraphs with their entity links,
 * credits, the lines read as metadata or left out) and the facts that point into that text (mentions,
 * figures, years). Only the article's own page, the knowledge index and the data files read them.
 */
const BODY_FIELDS = { body: true, credits: true, metadataLines: true, boilerplate: true, mentions: true, figures: true, years: true } as const;

/**
 * An article's body and facts (see `BODY_FIELDS`). The loader writes it to a file of its own
 * (scripts/citations/corpus.ts), so the content store that Astro bundles into the build holds
 * metadata only; it is validated again whenever it is read.
 */
export const articleBodySchema = articleSchema.pick(BODY_FIELDS);

/**
 * One entry of the `sources` collection: the article's metadata, what listing pages, feeds and search
 * filters need, without its body and facts (see `articleBodySchema`), plus the key of its body file.
 */
export const sourceEntrySchema = articleSchema.omit(BODY_FIELDS).extend({
  /** A short plain-text description: the first paragraph, cut at a word near 160 characters. */
  description: z.string(),
  /** Key of the article's body file: the digest of its file, sidecar, gazetteer and ingest code. */
  bodyKey: z.string().min(1),
});

/** What the last ingest could not turn into pages, shown on the Sources index. */
export const ingestReportSchema = z.strictObject({
  /** How many article files were read. */
  files: z.number().int().nonnegative(),
  /** How many became pages. */
  articles: z.number().int().nonnegative(),
  /** Files that could not become a page. */
  errors: z.array(ingestProblemSchema),
  /** Pages that were built but deserve a look. */
  warnings: z.array(ingestProblemSchema),
});

/** An article's body and facts, as its body file holds them. */
export type ArticleBody = Pick<LinkedArticle, keyof typeof BODY_FIELDS>;
/** An article as the `sources` collection holds it: metadata, a description and the body file's key. */
export type SourceEntry = Omit<LinkedArticle, keyof typeof BODY_FIELDS> & { description: string; bodyKey: string };

// The stages' own types must be exactly what these schemas accept and give back.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesTypes: [
  Same<z.infer<typeof articleSchema>, LinkedArticle>,
  Same<z.infer<typeof articleBodySchema>, ArticleBody>,
  Same<z.infer<typeof sourceEntrySchema>, SourceEntry>,
  Same<z.infer<typeof ingestReportSchema>, IngestReport>,
  Same<z.infer<typeof ingestProblemSchema>, IngestProblem>,
] = [true, true, true, true, true];
