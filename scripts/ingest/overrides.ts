import { z } from 'astro/zod';
import { parse as parseToml } from 'smol-toml';
import { Document, LineCounter, parseDocument, isMap, isScalar, isSeq } from 'yaml';
import type { Article } from '../core/article.ts';
import { parseDateLine } from './dates.ts';
import { isKnownPerson } from './byline-names.ts';
import { BODY_NAME } from './outlet-name.ts';
import { authorIds, readAliases } from './frontmatter-aliases.ts';
import { IngestError, type IngestProblem } from '../core/problem.ts';

/**
 * Metadata an article may state about itself, overriding what the ingest inferred: in YAML
 * frontmatter at the top of a `.md` article, or in a sidecar file `<article name>.meta.yaml`.
 */
export const articleMetaSchema = z.strictObject({
  /** Headline to use instead of the first line. */
  title: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters').optional(),
  /**
   * Publication date: ISO 8601 (`2025-01-20`, `2025-01-20T14:05`, with seconds and zone if wanted), or
   * the YAML timestamp blog generators write (`2025-01-30 08:00:00 +0800`, Jekyll and Hugo). The date
   * and time are kept as stated; the zone is dropped, never converted (no zone is invented either).
   */
  date: z
    .union([z.string(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : yamlTimestampToIso(v.trim())))
    .refine((v) => {
      // A shaped but impossible day (2025-02-31) gets its own message; the shape is checked below.
      const day = /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0];
      const d = new Date(`${day}T00:00:00Z`);
      return day === undefined || (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day);
    }, 'is not a real calendar date')
    .pipe(
      z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
        error: 'must be an ISO 8601 date such as 2025-01-20 or 2025-01-20T14:05',
      }),
    )
    .transform((v) => v.slice(0, v.length > 10 ? 16 : 10))
    .optional(),
  /** Author's name as it should be shown, or a list of names. */
  author: z
    .union([z.string().trim().min(1, 'must not be empty'), z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'must name at least one author')])
    .transform((v) => (typeof v === 'string' ? [v] : v))
    .optional(),
  /** Publication or site name. */
  publisher: z.string().trim().min(1, 'must not be empty').optional(),
  /** The article's original address (http or https). */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  /** Slugs of topic pages this article belongs to (e.g. `capital`). */
  topics: z.array(z.string().regex(/^[a-z0-9-]+$/, 'must be topic slugs such as capital')).optional(),
});

/**
 * A YAML 1.1 timestamp (`2025-01-30 08:00:00 +0800`: space instead of T, space before the zone, zone
 * without a colon) in ISO 8601 form, so one ISO validator checks both; anything else is left as is.
 */
function yamlTimestampToIso(v: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt ]([\d:.]+)(?:\s*(Z|[+-]\d{2}):?(\d{2})?)?$/.exec(v);
  if (!m) return v;
  const [, day, time, zone, zoneMinutes] = m;
  const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : `${zone}:${zoneMinutes ?? '00'}`;
  return `${day}T${time}${offset}`;
}

export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** The schema every metadata URL is checked with (frontmatter, sidecars, header lines). */
export const httpUrlSchema = articleMetaSchema.shape.url.unwrap();

/**
 * Checks a URL string (e.g. one found on an article's header line) with the same rule as the `url`
 * metadata field: only http(s) URLs pass, so `javascript:` and `data:` URLs never become links.
 * Returns the URL, or the message to report as `file:line: field "url" <message>`.
 */
export function checkHttpUrl(value: string): { ok: true; url: string } | { ok: false; message: string } {
  const result = httpUrlSchema.safeParse(value);
  return result.success ? { ok: true, url: result.data } : { ok: false, message: result.error.issues[0]?.message ?? 'must be an http(s) URL' };
}

/** Frontmatter at the top of a text: `---` YAML `---`, or `+++` TOML `+++` (Hugo). */
const FRONTMATTER = /^(---|\+\+\+)\n([\s\S]*?)\n\1(?:\n|$)/;

/** The notation a frontmatter block is written in. */
export type FrontmatterFormat = 'yaml' | 'toml';

/**
 * Splits frontmatter (YAML between `---`, TOML between `+++`) off a normalised text. The
 * frontmatter lines are replaced by empty lines, so line numbers in the body still match the file.
 */
export function splitFrontmatter(text: string): { yaml?: string; format?: FrontmatterFormat; body: string; yamlLine: number } {
  const m = FRONTMATTER.exec(text);
  if (!m) return keyValueHeader(text) ?? { body: text, yamlLine: 1 };
  return { yaml: m[2], format: m[1] === '+++' ? 'toml' : 'yaml', body: '\n'.repeat(m[0].split('\n').length - 1) + text.slice(m[0].length), yamlLine: 2 };
}

/** One `Key: value` metadata line (Pelican, MultiMarkdown) or `key:: value` page property (Logseq): a short key of letters, then its value. */
const KEY_LINE = /^([A-Za-z][A-Za-z _-]{0,24})::?[ \t]+(\S.*)$/;
/** Keys whose value is a comma-separated list of names. */
const NAME_LIST_KEY = /^(?:authors?|creators?)$/;

/**
 * Metadata written as `Key: value` lines with no fences (Pelican, MultiMarkdown): the file's first
 * block, every line a key and its value, one key `title`. Read as the same fields as frontmatter
 * (so unknown keys are ignored with a warning); the lines are blanked so line numbers hold.
 */
function keyValueHeader(text: string): ReturnType<typeof splitFrontmatter> | undefined {
  const block = /^([^\n]+(?:\n[^\n]+)*)(?:\n\s*\n|$)/.exec(text)?.[1];
  const lines = block?.split('\n') ?? [];
  const pairs = lines.map((l) => KEY_LINE.exec(l));
  if (lines.length < 2 || pairs.some((p) => !p) || !pairs.some((p) => p![1]!.toLowerCase() === 'title')) return undefined;
  const data: Record<string, unknown> = {};
  for (const p of pairs) {
    const key = p![1]!.toLowerCase().replace(/[ -]+/g, '_');
    const written = p![2]!.trim();
    // "Date: March 12, 2031": a date in words is read as a date line.
    const value = NAME_LIST_KEY.test(key) ? written.split(/\s*[,;]\s*/).filter(Boolean) : key === 'date' && !articleMetaSchema.shape.date.safeParse(written).success ? (parseDateLine(written)?.iso ?? written) : written;
    // These lines were not written for this site: a value the schema rejects ("URL: example.org/a") is left as an ignored field, with its warning, never an error.
    const field = key as keyof typeof articleMetaSchema.shape;
    const rejected = field in articleMetaSchema.shape && !articleMetaSchema.shape[field].safeParse(value).success;
    data[rejected ? `${key}_as_written` : key] = rejected ? written : value;
  }
  // One key per line, in order (lists in flow style), so a warning's line is the key's line in the file.
  const doc = new Document(data);
  if (isMap(doc.contents)) for (const pair of doc.contents.items) if (isSeq(pair.value)) pair.value.flow = true;
  return { yaml: doc.toString({ lineWidth: 0 }), format: 'yaml', body: '\n'.repeat(lines.length - 1) + text.slice(block!.length), yamlLine: 1 };
}

/** How {@link parseArticleMeta} treats fields the schema does not know. */
export interface MetaOptions {
  /**
   * Where warnings go when unknown fields are ignored: frontmatter of Markdown exported from a blog
   * or CMS carries fields of its own (`tags`, `slug`, `draft`), and the article should still become
   * a page. Without it, an unknown field is an error (a sidecar is written for this site: a field it
   * does not know is a typo such as `titel`).
   */
  warnings?: IngestProblem[];
  /** Where an author list of ids (`authors: [jdoe]`, keys into the site's own author file) goes: no names, but the post's only credit. */
  authorIds?: string[];
  /** The notation of the text: YAML (the default; sidecars are always YAML) or TOML (Hugo's `+++` frontmatter). */
  format?: FrontmatterFormat;
}

type Fail = (line: number, message: string, hint: string) => never;
/** A parsed metadata text and the line (1-based, within the text) each top-level field is on. */
interface MetaText {
  data: unknown;
  lineOf: (field: string) => number;
}

function readYaml(text: string, fail: Fail): MetaText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    fail(lineCounter.linePos(e.pos[0]).line, `metadata is not valid YAML: ${e.message.split('\n')[0]}`, 'fix the YAML syntax');
  }
  const lineOf = (field: string) => {
    if (!isMap(doc.contents)) return 1;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
    const range = (pair?.key as { range?: [number, number] } | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  return { data: doc.toJS() ?? {}, lineOf };
}

/** TOML frontmatter: dates become ISO strings as written (with their offset), like a YAML timestamp. */
function readToml(text: string, fail: Fail): MetaText {
  let data: Record<string, unknown> = {};
  try {
    data = parseToml(text);
  } catch (e) {
    const err = e as { line?: number; message?: string };
    fail(err.line ?? 1, `metadata is not valid TOML: ${String(err.message ?? e).split('\n')[0]}`, 'fix the TOML syntax');
  }
  for (const [k, v] of Object.entries(data)) if (v instanceof Date) data[k] = v.toISOString();
  const lines = text.split('\n');
  const lineOf = (field: string) => {
    const at = lines.findIndex((l) => new RegExp(`^\\s*["']?${RegExp.escape(field)}["']?\\s*=`).test(l));
    return at < 0 ? 1 : at + 1;
  };
  return { data, lineOf };
}

/**
 * Parses and validates article metadata. Errors name the file, the line of the offending field and
 * what is expected. `firstLine` is the line in `file` where the YAML starts.
 */
export function parseArticleMeta(yaml: string, file: string, firstLine = 1, options: MetaOptions = {}): ArticleMeta {
  const fail = (line: number, message: string, hint: string): never => {
    throw new IngestError({ file, line: line + firstLine - 1, message, hint });
  };
  const { data, lineOf } = options.format === 'toml' ? readToml(yaml, fail) : readYaml(yaml, fail);
  if (options.warnings && data && typeof data === 'object' && !Array.isArray(data)) {
    // A clipper's template leaves a field it could not fill empty (`author:`, `published:`): not stated, so not an error.
    for (const [k, v] of Object.entries(data)) if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) delete (data as Record<string, unknown>)[k];
    readAliases(data as Record<string, unknown>, articleMetaSchema.shape);
    options.authorIds?.push(...authorIds(data as Record<string, unknown>));
    for (const field of Object.keys(data).filter((k) => !(k in articleMetaSchema.shape))) {
      options.warnings.push({
        file,
        line: lineOf(field) + firstLine - 1,
        message: `unknown metadata field "${field}" was ignored`,
        hint: 'allowed fields: title, date (YYYY-MM-DD), author, publisher, url, topics; remove the field to silence this',
      });
      delete (data as Record<string, unknown>)[field];
    }
  }
  const result = articleMetaSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const line = lineOf(String(issue.path[0] ?? ''));
  const message =
    issue.code === 'unrecognized_keys'
      ? `unknown metadata field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
      : `metadata field "${issue.path.join('.')}" ${issue.message}`;
  return fail(line, message, 'allowed fields: title, date (YYYY-MM-DD), author, publisher, url, topics (list of topic slugs)');
}

/** "Bureau of Industry and Security", "Ministry of Transport": a public body or institution's name, never a person's. */
const isBody = (name: string) => BODY_NAME.test(name) && name.trim().split(/\s+/).length >= 2 && !isKnownPerson(name);

/** Applies metadata over what the ingest inferred. */
export function applyMeta(article: Article, meta: ArticleMeta): Article {
  // A clipper fills `author` with whatever the page's metadata credits: a body named there is the one publishing, no writer.
  const bodyOnly = !!meta.author?.length && meta.author.every(isBody);
  const publisher = meta.publisher ?? (bodyOnly && !article.publisher ? meta.author![0] : undefined);
  return {
    ...article,
    ...(meta.title ? { title: meta.title, titleInferred: false } : {}),
    ...(meta.date ? { date: { iso: meta.date, text: meta.date } } : {}),
    ...(meta.author && !bodyOnly ? { authors: meta.author } : {}),
    ...(publisher ? { publisher } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.topics ? { topics: meta.topics } : {}),
  };
}
