import { markChrome } from './chrome-blocks.ts';
import { markAfterHeader } from './chrome-after-header.ts';
import { markLeadPhoto } from './chrome-lead-photo.ts';
import { markContainers } from './chrome-containers.ts';
import type { ContainerRole } from './read-html-containers.ts';
import { markAuthorBio } from './chrome-bio.ts';
import { markBeside } from './chrome-beside.ts';
import { markComments } from './chrome-comments.ts';
import { markLate } from './chrome-late.ts';
import { markTail } from './chrome-tail.ts';
import { findProseBlock, markBelowBlock } from './prose-block.ts';
import { markReaderAddress } from './chrome-reader-address.ts';
import { markFooterZone } from './chrome-footer-zone.ts';
import { markChromeLabels } from './chrome-labels.ts';
import { parseDateline } from './dates.ts';
import { readHeader } from './header.ts';
import { readTailDate, readTailUrl } from './header-tail.ts';
import { readAuthorBlock, readBioOutlet, readColophon, readSigner } from './header-tail-authors.ts';
import type { Segment } from '../core/article.ts';
import { committedModel, markLikelyChrome, type LineModel } from './line-model.ts';
import { isHeading } from './heading.ts';
import { units, words, type Unit } from './units.ts';

/** What the ingest may already know about an article before reading it (from its metadata). */
export interface SegmentOptions {
  /** Authors named in frontmatter or a sidecar: an author note opening with one is recognised. */
  authors?: readonly string[];
  /** A saved page's lines that its markup put in containers with a role (a caption, an advert…), by text. */
  containers?: ReadonlyMap<string, ContainerRole>;
  /** The line model to apply after the rules: the committed one when absent, none (rules only) when null. */
  model?: LineModel | null;
}

/** The rules' verdicts on an article's units: what the line model reads and may add to. */
export interface RuleVerdicts {
  us: Unit[];
  /** Word count of each unit. */
  wc: number[];
  /** Unit index → its segment, for every unit a rule classified (chrome, header, credits). */
  taken: Map<number, Segment>;
}

/** Every hand-written rule of stage `segment`, in order: the units they leave alone are body text. */
export function ruleVerdicts(text: string, options: SegmentOptions = {}): RuleVerdicts {
  const us = units(text);
  const wc = us.map((u) => words(u.text));
  const taken = markChrome(us, wc);
  const header = readHeader(us, taken);
  for (const [i, s] of header.segments) taken.set(i, s);
  for (const [i, s] of readTailDate(us, taken)) taken.set(i, s);
  for (const [i, s] of readTailUrl(us, taken)) taken.set(i, s);
  for (const [i, s] of readSigner(us, taken)) taken.set(i, s);
  for (const [i, s] of readAuthorBlock(us, taken)) taken.set(i, s);
  for (const [i, s] of readColophon(us, taken, header.title)) taken.set(i, s);
  markTail(us, taken, wc);
  const authors = [...header.authors, ...(options.authors ?? [])];
  markAuthorBio(us, taken, authors.length ? authors : unreadBylines(us, taken, wc), header.end);
  readBioOutlet(us, taken);
  markLate(us, taken, header.end, wc);
  markAfterHeader(us, taken, wc, authors);
  markLeadPhoto(us, taken, wc);
  markContainers(us, taken, wc, options.containers);
  markComments(us, taken, wc);
  markBelowBlock(us, taken, wc, [...header.authors, ...(options.authors ?? [])]);
  const block = findProseBlock(us, taken, wc);
  markReaderAddress(us, taken, wc, block);
  markFooterZone(us, taken, wc, block);
  markChromeLabels(us, taken, wc, block);
  markBeside(us, taken, wc);
  return { us, wc, taken };
}

/** A "By …" line above the text that the header did not read (a date glued to it: "By Jane Roe 04.22.2031 0"): its name. */
const UNREAD_BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2})\b/u;

/** Names of "By …" lines above the first long paragraph still open: with no byline read, an author note at the end may open with one. */
function unreadBylines(us: readonly Unit[], taken: ReadonlyMap<number, Segment>, wc: readonly number[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < us.length && wc[i]! < 20; i++) {
    const m = taken.has(i) ? null : UNREAD_BYLINE.exec(us[i]!.text);
    if (m) names.push(m[1]!);
  }
  return names;
}

/**
 * Stage `segment`: classifies every line of a normalised article. Each non-empty input line ends up
 * in exactly one segment, so nothing is lost: page chrome becomes boilerplate with its reason
 * (chrome.ts), the header block becomes title/date/byline/meta lines (header.ts), credits become
 * credits, and the rest becomes headings and paragraphs. After the rules, the learned line model
 * (line-model.ts) may take a line they left as body for chrome. A wire dateline opening the first
 * paragraph stays in the paragraph and is recorded beside it.
 */
export function segment(text: string, options: SegmentOptions = {}): Segment[] {
  const { us, wc, taken } = ruleVerdicts(text, options);
  if (options.model !== null) markLikelyChrome(us, wc, taken, options.model ?? committedModel());

  const out: Segment[] = [];
  let firstParagraph = true;
  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    const done = taken.get(i);
    if (done) {
      out.push(done);
      continue;
    }
    if (isHeading(u, us[i + 1])) {
      out.push({ kind: 'heading', line: u.line, text: u.text });
      continue;
    }
    // The story's first paragraph is its first long one: a sub-headline or a standfirst above it does not carry the dateline.
    const dateline = firstParagraph ? parseDateline(u.text) : undefined;
    if (dateline || words(u.text) >= 20) firstParagraph = false;
    out.push({ kind: 'paragraph', line: u.line, text: u.text, ...(dateline ? { dateline } : {}) });
  }
  return out;
}
