/**
 * The labels of the development set (tests/fixtures/devset/): one `<name>.labels.yaml` beside each
 * article, and one `disagreements.yaml` for the set. See tests/fixtures/devset/_README.md.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

/** One figure a reader should find in the ledger. */
export const labelFigureSchema = z.strictObject({
  /** The figure as written in the article ("about $5.5 million"). */
  text: z.string().min(1),
  /** Its value in base units: 5500000 for "$5.5 million", 17 for "17%". */
  value: z.number(),
  /** The top of a range ("from 1.5 billion to 70 billion parameters"), when it is one. */
  high: z.number().optional(),
  /** `USD`, `EUR`, `CNY`, `%`, `x`, a counted noun in the singular (`GPU`), or a rate (`USD per million tokens`). */
  unit: z.string().min(1),
  /**
   * The entity the figure is about, at the most specific level the text names (a gazetteer name where
   * there is one), or a list of acceptable answers where the sentence itself names a broader one
   * ("DeepSeek reported…" about the V3 run: `[DeepSeek-V3, DeepSeek]`), the first being the best.
   */
  subject: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** What it measures ("training cost", "valuation"). */
  measure: z.string().min(1),
});
export type LabelFigure = z.infer<typeof labelFigureSchema>;

/** What a correct ingest knows about one article. */
export const articleLabelsSchema = z.strictObject({
  /** The headline, or null when the text has none (the ingest must then say it inferred one). */
  title: z.string().min(1).nullable(),
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` (time as written, no zone conversion), or null when no date with a year is stated. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM-DDTHH:mm').nullable(),
  /** Authors named by the text (compared as a set, case-insensitively). */
  authors: z.array(z.string().min(1)),
  /** Publication or site name, only when the text states one. */
  publisher: z.string().min(1).nullable(),
  /** Original address, only when the text states one. */
  url: z.string().min(1).nullable(),
  /** Exact lines (for .html: one element's visible text) of page chrome that must stay out of the body. */
  chrome_lines: z.array(z.string().min(1)),
  /** Body sentences that must be kept verbatim. */
  facts: z.array(z.string().min(1)),
  figures: z.array(labelFigureSchema),
  /** Strings of the text that must not be listed as figures (dates, versions, reading times…). */
  not_figures: z.array(z.string().min(1)),
});
export type ArticleLabels = z.infer<typeof articleLabelsSchema>;

/** A figure of one article, named by the article's file name and its value. */
export const memberSchema = z.strictObject({
  /** Article file name inside the set (`01-wire-nvidia-selloff.txt`). */
  file: z.string().min(1),
  value: z.number(),
});
export type Member = z.infer<typeof memberSchema>;

export const disagreementsSchema = z.strictObject({
  /** Groups the ledger must report: one measure of one subject and scope, from different sources. */
  expected: z.array(
    z.strictObject({
      subject: z.string().min(1),
      measure: z.string().min(1),
      /** `rounding`: one figure written with different precision; `conflict`: values that cannot both be true. */
      kind: z.enum(['conflict', 'rounding']),
      note: z.string().optional(),
      sources: z.array(memberSchema).min(2),
    }),
  ),
  /** Look-alike figures split into parts (one measure and scope each); a reported group must not mix parts. */
  traps: z.array(
    z.strictObject({
      name: z.string().min(1),
      parts: z.array(z.array(memberSchema).min(1)).min(2),
    }),
  ),
});
export type DisagreementLabels = z.infer<typeof disagreementsSchema>;

/** The whole labelled set. */
export interface DevSet {
  dir: string;
  /** Article file name → its labels, for every article with a labels file. */
  articles: Map<string, ArticleLabels>;
  disagreements: DisagreementLabels;
  /**
   * Groups of disagreements.yaml whose sources all state one value: they agree, so there is nothing for
   * the ledger to report (issue 10: a disagreement is values that differ, by rounding or in conflict).
   * Set apart from `disagreements.expected` and only counted, so a labeller's agreement is no miss.
   */
  agreements: DisagreementLabels['expected'];
}

const LABELS = '.labels.yaml';

/** Parses one YAML file against a schema; errors name the file and the field. */
function parseWith<T>(schema: z.ZodType<T>, text: string, file: string): T {
  const result = schema.safeParse(parse(text));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${issues} (fix the labels file)`);
  }
  return result.data;
}

/**
 * Reads the dev set in `dir`: every `<name>.labels.yaml` must sit beside exactly one article
 * `<name>.txt|.md|.html`, and every file named in disagreements.yaml must be a labelled article
 * with a labelled figure of that value, so a typo in the labels cannot silently score as a miss.
 */
export async function loadDevSet(dir: string): Promise<DevSet> {
  const names = await readdir(dir);
  const articles = new Map<string, ArticleLabels>();
  for (const name of names.filter((n) => n.endsWith(LABELS)).sort()) {
    const stem = name.slice(0, -LABELS.length);
    const matches = names.filter((n) => n !== name && basename(n, extname(n)) === stem && ['.txt', '.md', '.html'].includes(extname(n)));
    if (matches.length !== 1) throw new Error(`${join(dir, name)}: expected one article ${stem}.txt, .md or .html beside it, found ${matches.length}`);
    articles.set(matches[0]!, parseWith(articleLabelsSchema, await readFile(join(dir, name), 'utf8'), join(dir, name)));
  }
  const file = join(dir, 'disagreements.yaml');
  const disagreements = parseWith(disagreementsSchema, await readFile(file, 'utf8'), file);
  const members = [...disagreements.expected.flatMap((g) => g.sources), ...disagreements.traps.flatMap((t) => t.parts.flat())];
  for (const m of members) {
    const labels = articles.get(m.file);
    if (!labels) throw new Error(`${file}: ${m.file} is not a labelled article of the set`);
    if (!labels.figures.some((f) => f.value === m.value)) throw new Error(`${file}: ${m.file} has no labelled figure of value ${m.value}`);
  }
  const differ = (g: DisagreementLabels['expected'][number]) => new Set(g.sources.map((m) => m.value)).size > 1;
  const agreements = disagreements.expected.filter((g) => !differ(g));
  return { dir, articles, disagreements: { ...disagreements, expected: disagreements.expected.filter(differ) }, agreements };
}
