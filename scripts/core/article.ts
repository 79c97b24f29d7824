/**
 * Article types, shared by the ingest stages (read → normalise → segment → extract → link → emit),
 * the checks and the site. Every stage is a pure function from one of these shapes to the next;
 * only `emit` writes.
 */
import type { IngestProblem } from './problem.ts';

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

/** Why a line was taken out of the article body (listed with the line in the page's audit). */
export type BoilerplateReason =
  | 'page chrome'
  | 'comment form'
  | 'company tag block'
  /** "Skip to main content", breadcrumbs, menus, previous/next post links. */
  | 'navigation'
  /** Share buttons, follow/subscribe/newsletter prompts, e-mail gates. */
  | 'share or subscribe prompt'
  /** "Read more: …", "Related …", "Hot this week" and the link titles under them. */
  | 'related links'
  | 'advertisement'
  /** A bare image file name, or a caption beside a photo credit. */
  | 'image'
  /** "Tags: …", "Topics: …", hashtag lines. */
  | 'tag list'
  /** Weather, view counters and similar page widgets. */
  | 'widget'
  /** A note about the author at the end ("Jane Doe is a reporter who covers …"). */
  | 'author bio'
  | 'cookie notice'
  /** "© 2025 …", "All rights reserved", editorial-policy and contact links. */
  | 'site footer'
  /** "Updated 2 hours ago": a time relative to a moment the text does not give. */
  | 'relative time'
  /** Wire-service production credits: "Reporting by …; Editing by …", "X contributed to this report". */
  | 'wire credits'
  /** Notes about the text, not the story: "Translated by …", "Original title: …", "Updated at 19:30 with …", disclaimers. */
  | 'production note'
  /** Separator lines: "___", "###", "--". */
  | 'separator'
  /** A line the rules left as body text that the learned line model (scripts/ingest/line-model.ts) reads as page chrome. */
  | 'likely chrome'
  /** A capture tool's own lines, not the page's: Jina Reader's "Markdown Content:", an archive's banner, a text browser's link list and form fields. */
  | 'capture tool';

/**
 * What a header line other than the headline, date and byline was read as. `other date`: a date that is
 * not the publication date (a span of two dates, a read-later app's "Saved" date); `e-mail header`: a
 * mail program's From/Date/Subject/To line.
 */
export type MetaRole = 'publisher' | 'url' | 'reading time' | 'section' | 'repeated headline' | 'date without year' | 'other date' | 'e-mail header';

/** A dateline at the start of a body paragraph (`PARIS, March 3 (Reuters) -`): the paragraph keeps it. */
export interface Dateline {
  /** The dateline as written, e.g. `PARIS, March 3 (Reuters) -`. */
  text: string;
  /** The agency or outlet named in it. */
  publisher?: string;
  /** Only when the dateline gives a year. */
  iso?: string;
  hasTime?: boolean;
}

/** One classified line or paragraph of an article (stage `segment`). */
export type Segment =
  /** `title` is the headline when the line holds more (`Headline | Outlet`, glued tracking text); `url` when the headline links to its page. */
  | { kind: 'title'; line: number; text: string; title?: string; publisher?: string; url?: string }
  /** `publisher` when the date line names one (`Paris (AFP) March 3, 2025`). */
  | { kind: 'date'; line: number; text: string; iso: string; hasTime: boolean; publisher?: string }
  /** `date` when the byline line also gives one ("By A | Jan 3, 2025"). */
  | { kind: 'byline'; line: number; text: string; authors: string[]; publisher?: string; date?: { iso: string; hasTime: boolean } }
  /** Another header line read as metadata; `value` is what it states (a URL, a name); `publisher` when the line credits an outlet with the story (a source link's text, "Source: [Site](https://…)"; a portal's provider card). */
  | { kind: 'meta'; line: number; text: string; role: MetaRole; value?: string; publisher?: string }
  | { kind: 'heading'; line: number; text: string }
  | { kind: 'paragraph'; line: number; text: string; dateline?: Dateline }
  | { kind: 'credit'; line: number; text: string; url?: string }
  | { kind: 'boilerplate'; line: number; text: string; reason: BoilerplateReason };

/** Why a line was taken as chrome; undefined for any other segment, or none. */
export const chromeReason = (s: Segment | undefined): BoilerplateReason | undefined => (s?.kind === 'boilerplate' ? s.reason : undefined);

/**
 * A stretch of a paragraph's text that links to an entity page (stage `link`), by offsets into the
 * paragraph's `text` rather than a copy of it (the text would otherwise be stored twice).
 */
export interface EntityLink {
  /** Offset of the link's first character in the paragraph's text. */
  start: number;
  /** Offset just past the link's last character. */
  end: number;
  /** Slug of the entity the text mentions. */
  entity: string;
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
      /** Entity links, sorted and not overlapping; empty until the `link` stage has run. */
      links: EntityLink[];
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
  /**
   * The lines read as metadata, as written, for auditing. A `dateline` is the start of the first
   * paragraph, which keeps it: it is listed here because the date and publisher were read from it.
   */
  metadataLines: { line: number; text: string; role: 'title' | 'date' | 'byline' | 'dateline' | MetaRole }[];
  /** Every line removed from the body, with the reason, for auditing. */
  boilerplate: Extract<Segment, { kind: 'boilerplate' }>[];
  encoding: DecodedArticle['encoding'];
  warnings: IngestProblem[];
  /** Words in the body (headings and paragraphs). */
  words: number;
}
