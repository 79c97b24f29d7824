/**
 * Types shared by the ingest stages: read → normalise → segment → extract → link → emit.
 * Every stage is a pure function from one of these shapes to the next; only `emit` writes.
 */

/** A problem with one article file, reported as `file:line: message (hint)`. */
export interface IngestProblem {
  /** Path of the article, relative to the project root (e.g. `content/articles/a.txt`). */
  file: string;
  /** 1-based line in the article, when the problem is tied to one. */
  line?: number;
  /** What is wrong. */
  message: string;
  /** What the contributor should do about it. */
  hint: string;
}

/** The raw bytes of one article file, as found on disk. */
export interface RawArticle {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  bytes: Uint8Array;
  /** A sidecar metadata file (`<name>.meta.yaml`) beside the article, if there is one. */
  meta?: { file: string; bytes: Uint8Array };
}

/** The decoded text of an article (stage `read`). */
export interface DecodedArticle {
  file: string;
  text: string;
  /** Which encoding the bytes were read as. */
  encoding: 'utf-8' | 'windows-1252';
  warnings: IngestProblem[];
}

/** Why a line was taken out of the article body. */
export type BoilerplateReason = 'page chrome' | 'comment form' | 'company tag block';

/** One classified line or paragraph of an article (stage `segment`). */
export type Segment =
  | { kind: 'title'; line: number; text: string }
  | { kind: 'date'; line: number; text: string; iso: string; hasTime: boolean }
  | { kind: 'byline'; line: number; text: string; authors: string[]; publisher?: string }
  | { kind: 'heading'; line: number; text: string }
  | { kind: 'paragraph'; line: number; text: string }
  | { kind: 'credit'; line: number; text: string; url?: string }
  | { kind: 'boilerplate'; line: number; text: string; reason: BoilerplateReason };

/** A run of plain text, or text that links to an entity page (stage `link`). */
export interface Inline {
  text: string;
  /** Slug of the entity this text mentions, when it is linked. */
  entity?: string;
}

/** A block of the cleaned article body. */
export type BodyBlock =
  | { type: 'heading'; id: string; text: string; line: number }
  | {
      type: 'paragraph';
      /** Stable anchor id: `p1`, `p2`, … in reading order. */
      id: string;
      /** 1-based paragraph number. */
      n: number;
      text: string;
      line: number;
      /** The text split into runs, with entity links once the `link` stage has run. */
      inlines: Inline[];
    };

/** A photo credit or bare link line, kept as a list item rather than body text. */
export interface Credit {
  text: string;
  /** Only http(s) URLs are kept as links; anything else stays text. */
  url?: string;
  line: number;
}

/** What the ingest knows about one article after `extract`. */
export interface Article {
  /** URL slug, from the file name (stable: citations use it). */
  slug: string;
  file: string;
  title: string;
  /** True when the article has no headline line and the title was taken from its first sentence. */
  titleInferred: boolean;
  /** Publication date, only when the article states one. */
  date?: {
    /** ISO 8601: `2025-01-03`, or `2024-12-26T21:45` when a time is given (no zone is invented). */
    iso: string;
    /** The date as written in the article. */
    text: string;
  };
  /** Authors in the order the byline names them; empty when the text names none. */
  authors: string[];
  /** Publication or site name, only when the text (or metadata) states one. */
  publisher?: string;
  /** Original URL (http or https), from a URL line in the header or from metadata overrides. */
  url?: string;
  /** Topic slugs, only from metadata overrides. */
  topics: string[];
  body: BodyBlock[];
  credits: Credit[];
  /** The lines read as metadata (headline, date line, byline), as written, for auditing. */
  metadataLines: { line: number; text: string; role: 'title' | 'date' | 'byline' }[];
  /** Every line removed from the body, with the reason, for auditing. */
  boilerplate: Extract<Segment, { kind: 'boilerplate' }>[];
  encoding: DecodedArticle['encoding'];
  warnings: IngestProblem[];
  /** Words in the body (headings and paragraphs). */
  words: number;
}
