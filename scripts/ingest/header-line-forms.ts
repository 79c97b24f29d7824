import { isYearlessDateLine, parseDateLine, parsePlaceDateLine, splitGluedReadingTime, type ParsedDate } from './dates.ts';
import { JOB_WORD } from './byline-names.ts';
import { parseByline } from './byline.ts';
import { looksLikeOutlet } from './outlet-name.ts';
import type { Segment } from '../core/article.ts';
import { words } from './units.ts';

/**
 * The fixed forms a header line states a date, a source or a byline with its date in: a date glued to a reading time or to
 * a copy of itself, a date the reader saved the page on, a labelled source, a syndicated story's provider, a periodical's running head.
 */

/** A segment before its line and text are known (distributes over the union). */
export type Meta = Segment extends infer S ? (S extends Segment ? Omit<S, 'line' | 'text'> : never) : never;

/** "Saved Mon, Mar 3", "Added to library on …", "Joined Mar 12, 2021": when a reader saved the page or a profile began, not when it was published. */
export const SAVED = /^(?:saved|added|clipped|bookmarked|archived|joined|member since)\b(?:\s+(?:on|to \w+(?: on)?))?\s*:?\s*(.+)$/i;
export const isSavedDate = (t: string) => {
  const rest = SAVED.exec(t)?.[1];
  return !!rest && (!!parseDateLine(rest) || isYearlessDateLine(rest) || /^(?:today|yesterday|\d+\s*[mhdw]\b)/i.test(rest));
};
/** "English Edition", "Global Edition", "Today's ePaper": a switch between a paper's editions, or a link to its print replica. */
export const EDITION = /^(?:[\p{L}'’]+\s+){0,2}(?:edition|e-?paper)$/iu;
/** "Source: 36Kr": the outlet a republished article comes from. */
export const SOURCE_LINE = /^(?:(?:(?:[Aa]rticle |[Nn]ews |ARTICLE |NEWS )?(?:SOURCE|[Ss]ource))\s*:\s*([\p{Lu}\d][^:/]{1,40})|(?:来源|來源|出典)\s*[:：]\s*(\S.{0,30}))$/u;
/**
 * "Source: Harbour Ledger (pasted from the web version, 3 June 2031)", "Publication: Harbour Ledger": a labelled field naming
 * the outlet, with a note in brackets that may hold the day it ran (a reading list's or a reference manager's record).
 */
export const SOURCE_NOTE = /^(?:[Ss]ource|[Pp]ublication(?: title)?|[Pp]ublisher|[Pp]ublished in|[Ww]ebsite title|[Ss]ite name)\s*:\s*(\p{Lu}[^:/()]{1,50}?)\s*(?:\(([^()]{1,80})\))?$/u;
/** The outlet and the date a {@link SOURCE_NOTE} line gives. */
export function sourceNote(t: string): Meta | undefined {
  const m = SOURCE_NOTE.exec(t);
  if (!m || words(m[1]!) > 6 || /[.!?,;]$/.test(m[1]!)) return undefined;
  const date = m[2]
    ?.split(/\s*[,;]\s*/)
    .map((p) => parseDateLine(p) ?? parseDateLine(p.replace(/^\p{Ll}[\p{Ll} ]{0,30}\s(?=\d)/u, '')))
    .find((d) => d);
  return date ? { kind: 'date', ...date, publisher: m[1]!.trim() } : { kind: 'meta', role: 'publisher', value: m[1]!.trim() };
}
/** A year glued to what follows it: "Published On 16 Jan 202516 Jan 2025" (a date printed twice, as a page's two spans run together). */
const GLUED_YEAR = /^(.*?\D(?:19|20)\d{2})(?=\d)/;

/** A date, possibly glued to a reading time, to a second copy of itself, or beside a view counter; with a publisher from a dateline. */
export function dateOf(t: string): (ParsedDate & { publisher?: string }) | undefined {
  const glued = splitGluedReadingTime(t);
  const date = parsePlaceDateLine(glued ? glued[0] : t);
  if (date || glued) return date;
  const head = GLUED_YEAR.exec(t)?.[1];
  return head ? parsePlaceDateLine(head) : undefined;
}

/** A byline and a date on one line, split three ways: "By A on <date>", "<date> by A", "By A published <date>". */
const BY_AND_DATE = [
  /^(.+?)\s+on\s+(.*\d{4}.*)$/i,
  /^(.*\d{4}.*?)\s+(by\s+.+)$/i,
  /^(by\s.+?)\s+((?:first\s+|last\s+)?(?:published|posted|updated|issued)\b.*\d{4}.*)$/i,
  // "by Name - 01/28/25 6:12 PM ET": a dash between the byline and its timestamp.
  /^(by\s.+?)\s+[-–—]\s+(\d.*)$/i,
  // "By Name 04.22.2025", "By Name 2025-04-22 0": a numeric date right after the name (a comment count may follow it).
  /^(by\s.+?)\s+(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*)$/i,
  // "By Name (Outlet) 16:42, February 25, 2025": the outlet in brackets closes the byline, its timestamp follows.
  /^(by\s[^()]+\([^()]+\))\s+(\S.*\d{4}.*)$/i,
];
/** A byline crediting the newsroom, not a person: "By staff reporters", "By GDT Staff Writers", "By Web Desk", "by the editors". */
const GROUP_CREDIT = /^by\s+(?:the\s+|our\s+)?(?:[\p{L}&.'’-]+\s+){0,3}(?:staff(?:\s+(?:reporters?|writers?|correspondents?))?|desk|newsroom|bureau|editors|reporters|writers|correspondents)$/iu;
/** "04.22.2025 0": a counter (comments, shares) printed after a date, on a byline's row. */
const TRAILING_COUNT = /\s+\d{1,5}$/;

/** "Story by Meridian Wire", "Provided by X": a syndicated story's provider, named as an outlet is (not a person). */
/** "From Harbour Business Journal": a shared story's outlet, as a news app's share sheet names it. */
export const PROVIDER = /^(?:(?:(?:story|article|content|provided|distributed)\s+)?by|from)\s+(\p{Lu}.{1,50})$/iu;
export const providerOf = (p: string) => {
  const name = PROVIDER.exec(p.trim())?.[1]?.trim();
  return name && words(name) <= 5 && !/[.!?,;:]$/.test(name) && looksLikeOutlet(name) && !parseByline(p) ? name : undefined;
};
/**
 * A periodical's running head, with its page number before or after: "4544 Federal Register / Vol. 90, No. 9 /
 * Wednesday, January 15, 2025 / Rules and Regulations". It names the periodical and the date.
 */
const RUNNING_HEAD = /^(?:\d{1,6}\s+)?(\p{Lu}[^/\d]{2,60}?)\s+\/\s+Vol(?:\.|ume)?\s*\d+[^/]{0,30}\/\s+([^/]{6,40}?)(?:\s+\/\s+[^/\d]{2,40}?)?(?:\s+\d{1,6})?$/u;
export function runningHead(line: string): (ParsedDate & { publisher: string }) | undefined {
  const m = RUNNING_HEAD.exec(line.trim());
  const date = m ? parseDateLine(m[2]!) : undefined;
  return date ? { ...date, publisher: m![1]!.trim() } : undefined;
}
/** A byline and a date on one line; each split is tried in turn ("Posted on … by A" splits at "on" first, where "Posted" is no byline). */
export function bylineAndDate(t: string): Meta | undefined {
  // Every split needs a digit (of the date): a line without one is turned away before the patterns, which backtrack on long lines.
  if (!/\d/.test(t)) return undefined;
  for (const re of BY_AND_DATE) {
    const on = re.exec(t);
    if (!on) continue;
    const [a, b] = /^by\b/i.test(on[2]!) ? [on[2]!, on[1]!] : [on[1]!, on[2]!];
    const outlet = /\(([^()]+)\)$/.exec(a.trim())?.[1]?.trim();
    const read = parseByline(a);
    // An outlet's shape, or one capitalised word (an agency: "(Xinhua)"), not a job ("(Staff)").
    const named = outlet && (looksLikeOutlet(outlet) || (/^\p{Lu}[\p{L}&.-]+$/u.test(outlet) && !JOB_WORD.test(outlet)));
    const by = read && !read.publisher && named ? { ...read, publisher: outlet } : read;
    // A bare number after a full date is a counter: chrono would read "12" as noon.
    const counted = /\d{4}/.test(b.replace(TRAILING_COUNT, '')) ? b.replace(TRAILING_COUNT, '') : b;
    const date = by && dateOf(counted);
    if (by && date) return { kind: 'byline', ...by, date };
    // "By GDT staff reporters Published: …", "By Web Desk | …": a credit to a group of the newsroom names no author, but its
    // date is the story's.
    const group = !by && GROUP_CREDIT.test(a.trim()) ? dateOf(counted) : undefined;
    if (group) return { kind: 'date', ...group };
  }
  return undefined;
}