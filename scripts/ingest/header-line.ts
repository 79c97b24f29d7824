import * as chrono from 'chrono-node';
import { tableField } from './header-table-field.ts';
import { parseNameWithJob } from './byline-job.ts';
import { isKnownPerson, isPlace, JOB_WORD, OTHER_ROLE, parseByline, parseCreditParts, parseNameLine } from './byline.ts';
import { DESK, looksLikeOutlet, TEAM_NAME } from './outlet-name.ts';
import { lineChrome } from './chrome.ts';
import { isReadingTime, isYearlessDateLine, parseDateLine, parsePlaceDateLine, splitGluedReadingTime, type ParsedDate } from './dates.ts';
import { articleMetaSchema } from './overrides.ts';
import type { Segment } from '../core/article.ts';
import { isSectionLine, plain } from './headline.ts';
import { IDENTIFIER, IMAGE_FILE, words } from './units.ts';

/**
 * One header line read on its own: the fixed forms a line states a fact in (a URL, a date, a byline, a
 * reading time, a series number, a source, several of these on one line). The headline and the site's
 * name are chosen among the other lines by header.ts, which sees them together.
 */

/** A URL line in the header: bare, or labelled ("Source: https://…"). */
export const URL_LINE = /^(?:(?:source|original|url|link|canonical|permalink)\s*:\s*|saved from:?\s+)?(https?:\/\/\S+)$/i;
/** "[Read Original](https://…)", "[Source](https://…)": a read-later export's link to the page it saved. */
export const ORIGINAL_LINK = /^\[(?:read |view |open )?(?:the )?(?:original|source|canonical)(?: article| post| page)?\]\((https?:\/\/[^\s)]+)\)$/i;
/** A line stating that the text is an archived copy of a page: its original address. */
export const isArchiveLine = (t: string) => /^saved from\b/i.test(t) || WRAPPED_URL.test(URL_LINE.exec(t)?.[1] ?? ARCHIVE_LINE.exec(t)?.[1] ?? '');
/**
 * An archived or cached copy's address wraps the original one ("https://archive.example/web/20250128/https://site/a"):
 * the original is the article's URL. A line naming the archive before it ("Archive name - <URL>") states it too.
 */
const WRAPPED_URL = /^https?:\/\/[^/\s]+\/\S*?(https?:\/\/\S+)$/i;
const ARCHIVE_LINE = /^[^:/]{2,40}?\s+[-–—|:]\s+(https?:\/\/\S+)$/;
/** The original address inside an archive's URL, or the URL itself. */
export const originalUrl = (u: string) => WRAPPED_URL.exec(u)?.[1] ?? u;
/** "westcoastwire.example.com" alone on a line. */
// A domain may be set in capitals ("INDUSDAILY.COM"), all of it.
const DOMAIN_LINE = /^(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,}$|^(?:WWW\.)?[\p{Lu}\d-]+(?:\.[\p{Lu}\d-]+)*\.\p{Lu}{2,}$/u;
/** "Saved Mon, Mar 3", "Added to library on …", "Joined Mar 12, 2021": when a reader saved the page or a profile began, not when it was published. */
const SAVED = /^(?:saved|added|clipped|bookmarked|archived|joined|member since)\b(?:\s+(?:on|to \w+(?: on)?))?\s*:?\s*(.+)$/i;
const isSavedDate = (t: string) => {
  const rest = SAVED.exec(t)?.[1];
  return !!rest && (!!parseDateLine(rest) || isYearlessDateLine(rest) || /^(?:today|yesterday|\d+\s*[mhdw]\b)/i.test(rest));
};
/** "English Edition", "Global Edition", "Today's ePaper": a switch between a paper's editions, or a link to its print replica. */
const EDITION = /^(?:[\p{L}'’]+\s+){0,2}(?:edition|e-?paper)$/iu;
/** "1,743 words", "1743 words": an article's length. */
const WORD_COUNT = /^[\d,.]+k?\s+words$/i;
/** Parts of a line of several header facts: "By A | Jan 3, 2025 | 5 min read", "02/04 2025  👁 12,408 views". */
export const PARTS = /\s{2,}|\s+[|·•—–-]\s+/;
/** "Issue #87", "Episode 142", "Vol. 3": a number of an issue, beside its date. */
const ISSUE = /^(?:issue|no\.|vol(?:ume)?\.?|edition|episode|ep\.)\s*#?\d+$/i;
/** "Working Paper No. 25-03", "Policy Brief No. 7", "Issue #87": a line naming a series' number. */
const SERIES_NUMBER = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:issue|no\.|number|vol(?:ume)?\.?|edition|episode|ep\.)\s*#?\d+(?:[-–./]\d+)?$/iu;
/** A label in a row of header facts: "Original" (a WeChat account's own article), "Reprint". */
const ROW_LABEL = /^(?:original|reprint(?:ed)?|repost(?:ed)?)$/i;
/** A content system's field of one or two words in a row of header facts: "Article Type: Original", "Language: English". */
const ROW_FIELD = /^(?:\p{L}+\s+)?(?:type|language|format|category|column)\s*:\s*\p{L}+(?:\s\p{L}+)?$/iu;
/** A single word compromise knows as a place ("Beijing"): where the article was written, in a row of header facts. */
const isPlaceName = (t: string) => /^\p{Lu}[\p{L}-]+$/u.test(t) && isPlace(t);
/** "FOR IMMEDIATE RELEASE", "News Release", "Media advisory", "Embargoed until …": a release's label, naming no outlet. */
const RELEASE_LABEL = /^(?:for immediate release|(?:news|press|media) release|media advisory|press statement|embargoed\b.*)$/i;
/** "Source: 36Kr": the outlet a republished article comes from. */
export const SOURCE_LINE = /^(?:(?:(?:[Aa]rticle |[Nn]ews |ARTICLE |NEWS )?(?:SOURCE|[Ss]ource))\s*:\s*([\p{Lu}\d][^:/]{1,40})|(?:来源|來源|出典)\s*[:：]\s*(\S.{0,30}))$/u;
/**
 * "Source: Harbour Ledger (pasted from the web version, 3 June 2031)", "Publication: Harbour Ledger": a labelled field naming
 * the outlet, with a note in brackets that may hold the day it ran (a reading list's or a reference manager's record).
 */
export const SOURCE_NOTE = /^(?:[Ss]ource|[Pp]ublication(?: title)?|[Pp]ublisher|[Pp]ublished in|[Ww]ebsite title|[Ss]ite name)\s*:\s*(\p{Lu}[^:/()]{1,50}?)\s*(?:\(([^()]{1,80})\))?$/u;
/** The outlet and the date a {@link SOURCE_NOTE} line gives. */
function sourceNote(t: string): Meta | undefined {
  const m = SOURCE_NOTE.exec(t);
  if (!m || words(m[1]!) > 6 || /[.!?,;]$/.test(m[1]!)) return undefined;
  const date = m[2]
    ?.split(/\s*[,;]\s*/)
    .map((p) => parseDateLine(p) ?? parseDateLine(p.replace(/^\p{Ll}[\p{Ll} ]{0,30}\s(?=\d)/u, '')))
    .find((d) => d);
  return date ? { kind: 'date', ...date, publisher: m[1]!.trim() } : { kind: 'meta', role: 'publisher', value: m[1]!.trim() };
}
/** A bullet before an outlet name: "- The Pacific Ledger" (a labelled field, "- Document Tags: …", names none). */
const BULLET = /^[-–—•]\s+(?![^:]{1,30}:\s)(\S.{0,58})$/u;
export const validUrl = (u: string) => articleMetaSchema.shape.url.safeParse(u).success && !IMAGE_FILE.test(u.split(/[?#]/)[0]!.split('/').at(-1) ?? '');

/** A segment before its line and text are known (distributes over the union). */
export type Meta = Segment extends infer S ? (S extends Segment ? Omit<S, 'line' | 'text'> : never) : never;

/** A year glued to what follows it: "Published On 16 Jan 202516 Jan 2025" (a date printed twice, as a page's two spans run together). */
const GLUED_YEAR = /^(.*?\D(?:19|20)\d{2})(?=\d)/;

/** A date, possibly glued to a reading time, to a second copy of itself, or beside a view counter; with a publisher from a dateline. */
function dateOf(t: string): (ParsedDate & { publisher?: string }) | undefined {
  const glued = splitGluedReadingTime(t);
  const date = parsePlaceDateLine(glued ? glued[0] : t);
  if (date || glued) return date;
  const head = GLUED_YEAR.exec(t)?.[1];
  return head ? parsePlaceDateLine(head) : undefined;
}

/** A field's label opening a part of a row: " Source:", " Author:", " Responsible editor:" (after a space, a capital, at most three words). */
const FIELD_LABEL = /\s+(\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}\s*:\s)/gu;
/**
 * A field of a header row that names neither author nor outlet: an editor's, translator's or photographer's credit
 * ("Responsible editor: Kari Lie"), and the place a platform shows a poster's connection from ("IP location: Zhejiang").
 */
const OTHER_FIELD = /^(?:\p{L}+\s+)?(?:editor|editors|translator|translated by|photos?|photographer|image|illustration|proofreader|reviewer|(?:ip )?location)\s*:\s*\S/iu;

/** A time of day alone: "19:32", "7:05 PM". */
const CLOCK = /^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/i;
/** Two to six one-word categories between commas: "Business, All, Japan". */
const CATEGORIES = /^\p{Lu}[\p{L}&-]*(?:,\s*\p{Lu}[\p{L}&-]*){1,5}$/u;

/**
 * "Jane Doe 8 Jul 2025 6:05 pm": a row's part where the writer's name runs straight into the date, with no separator (a mobile
 * page's meta row). The date is read from where chrono finds it; what stands before it must be a name line.
 */
function nameThenDate(p: string): { by: { authors: string[]; publisher?: string }; date: ParsedDate & { publisher?: string } } | undefined {
  const found = chrono.parse(p)[0];
  if (!found || found.index < 3) return undefined;
  const authors = parseNameLine(p.slice(0, found.index).trim());
  const date = parseDateLine(p.slice(found.index).trim());
  return authors?.length && date ? { by: { authors }, date } : undefined;
}
/** "Published - <date>", "Updated | <date>": a date's label split from it by the row's separator names no outlet. */
const DATE_LABEL = /^(?:(?:first|last|originally)\s+)?(?:published|updated|posted|issued|modified|released)(?:\s+(?:on|at))?\s*:?$/i;
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
/** "04.22.2025 0": a counter (comments, shares) printed after a date, on a byline's row. */
const TRAILING_COUNT = /\s+\d{1,5}$/;

/** "Posted by handle on Thursday January 30, 2031 @08:00PM from the ferries dept.": an aggregator's poster, date and tag line. */
const POSTED_BY = /^(?:posted|submitted|shared)\s+by\s+(\S+(?:\s+\S+){0,2}?)\s+on\s+(.*?\d{4}.*?)(?:\s+from\s+the\s+[^.]{1,60}\.?)?$/i;
/** "Posted on February 3, 2031 by jdoe": a blog's post line with its author's handle (one lower-case word). */
const ROLE_ACCOUNT = /^(?:admin(?:istrator)?|editor|editors|staff|guest|webmaster|user|author|team|newsroom|root)\d*$/;
const ON_DATE_BY_HANDLE = /^(?:[Pp]osted|[Pp]ublished|[Ww]ritten)\s+on\s+(.*?\d{4}.*?)\s+by\s+(\p{Ll}[\p{Ll}\d_.-]{1,29})$/u;
/** "Staff Writer", "Senior correspondent": an author's job beside the byline, no outlet. */
const JOB_TITLE = (p: string) => /^(?:\p{L}+\s+){0,2}(?:writer|reporter|correspondent|editor|columnist|contributor|analyst|producer)$/iu.test(p.trim()) && !looksLikeOutlet(p.trim());
/** "1mo", "3h", "2 days ago": a relative age beside a byline, no date. */
const RELATIVE_AGE = /^(?:\d{1,3}\s?(?:s|m|min|h|hr|d|w|wk|mo|y|yr)s?|\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$/i;
/** "Story by Meridian Wire", "Provided by X": a syndicated story's provider, named as an outlet is (not a person). */
/** "From Harbour Business Journal": a shared story's outlet, as a news app's share sheet names it. */
export const PROVIDER = /^(?:(?:(?:story|article|content|provided|distributed)\s+)?by|from)\s+(\p{Lu}.{1,50})$/iu;
const providerOf = (p: string) => {
  const name = PROVIDER.exec(p.trim())?.[1]?.trim();
  return name && words(name) <= 5 && !/[.!?,;:]$/.test(name) && looksLikeOutlet(name) && !parseByline(p) ? name : undefined;
};
/**
 * A periodical's running head, with its page number before or after: "4544 Federal Register / Vol. 90, No. 9 /
 * Wednesday, January 15, 2025 / Rules and Regulations". It names the periodical and the issue's date.
 */
const RUNNING_HEAD = /^(?:\d{1,6}\s+)?(\p{Lu}[^/\d]{2,60}?)\s+\/\s+Vol(?:\.|ume)?\s*\d+[^/]{0,30}\/\s+([^/]{6,40}?)(?:\s+\/\s+[^/\d]{2,40}?)?(?:\s+\d{1,6})?$/u;
export function runningHead(line: string): (ParsedDate & { publisher: string }) | undefined {
  const m = RUNNING_HEAD.exec(line.trim());
  const date = m ? parseDateLine(m[2]!) : undefined;
  return date ? { ...date, publisher: m![1]!.trim() } : undefined;
}
/** A bullet or separator before a lone header fact: "• 6 min read", "· Jan 3, 2025", a Markdown list item "- Published Date: 2025-02-21" (a read-later export's metadata list). */
const LEAD_MARK = /^(?:[•·|]\s*|[-*—–]\s+)/;
/** A part naming a page's translations or languages: "Translations: 简体中文", "Read in: Español". */
const LANGUAGES = /^(?:translations?|languages?|read (?:this )?in|also (?:available )?in)\s*:/i;
/** A group's byline ("Qwen Team", "The Research Team"): neither a person nor the outlet. */
const TEAM = TEAM_NAME;
/** A dateline's places in a row of header facts: "HANGZHOU AND SAN FRANCISCO", "Paris, Berlin". */
const isPlaces = (t: string) => {
  const names = t.split(/\s*,\s*|\s+(?:and|AND|&)\s+/);
  return names.length >= 1 && names.length <= 4 && names.every((n) => /^\p{Lu}/u.test(n) && words(n) <= 3 && isPlace(n.split(/\s+/).map((w) => w[0] + w.slice(1).toLowerCase()).join(' ')));
};

/** A byline and a date on one line; each split is tried in turn ("Posted on … by A" splits at "on" first, where "Posted" is no byline). */
function bylineAndDate(t: string): Meta | undefined {
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
  }
  return undefined;
}

/** What a header line states, when it is one of the fixed forms (not a headline or a site name). */
export function readMeta(line: string, haveUrl: boolean): Meta | undefined {
  // "By  JANE DOE": a wide gap after a byline's opening word is the page's spacing, not a gap between two facts.
  // A full-width bar (Japanese and Chinese pages) separates facts as a bar does.
  const t = line.replace(/^((?:written\s+)?by)\s{2,}(?=\p{Lu})/iu, '$1 ').replace(/\s*｜\s*/g, ' | ');
  // "Jane Doe｜Compute notes": on those platforms a display name carries the writer's tagline after the bar; it names no outlet.
  const tagged = /^([^|｜]{3,40}?)\s*｜\s*[^|｜]{1,60}$/u.exec(line.trim())?.[1];
  const named = tagged ? parseNameLine(tagged) : undefined;
  if (named?.length === 1) return { kind: 'byline', authors: named };
  // A note export's metadata table: the note's own times and tags are no facts of the article; the source row is its address.
  const field = tableField(t);
  if (field && 'note' in field) return field.note === 'time' ? { kind: 'meta', role: 'other date' } : { kind: 'meta', role: 'section' };
  if (field && 'url' in field) return !haveUrl && validUrl(originalUrl(field.url)) ? { kind: 'meta', role: 'url', value: originalUrl(field.url) } : { kind: 'meta', role: 'section' };
  if (field) return readMeta(field.field, haveUrl);
  const head = runningHead(t);
  if (head) return { kind: 'date', ...head };
  if (LEAD_MARK.test(t)) {
    const rest = t.replace(LEAD_MARK, '');
    if (isReadingTime(rest)) return { kind: 'meta', role: 'reading time' };
    const date = dateOf(rest);
    if (date) return { kind: 'date', ...date };
  }
  const archived = ARCHIVE_LINE.exec(t)?.[1];
  const url = URL_LINE.exec(t)?.[1] ?? ORIGINAL_LINK.exec(t)?.[1] ?? (archived && WRAPPED_URL.test(archived) ? archived : undefined);
  if (url) return !haveUrl && validUrl(originalUrl(url)) ? { kind: 'meta', role: 'url', value: originalUrl(url) } : undefined;
  if (isSavedDate(t)) return { kind: 'meta', role: 'other date' };
  // "Posted on March 3, 2025 by Jane Doe": the date reader would take the line whole, and drop its byline.
  // (A row of facts between bars is read part by part below.)
  const posted = POSTED_BY.exec(t);
  if (posted) {
    const date = dateOf(posted[2]!.replace(/\s@\s?(?=\d{1,2}:\d{2})/, ' '));
    // A handle in lower case ("nerdlinger") is the poster of a link, not the author of the text.
    const by = /^\p{Lu}/u.test(posted[1]!) ? parseByline(`By ${posted[1]!}`) : undefined;
    if (date) return by ? { kind: 'byline', ...by, date } : { kind: 'date', ...date };
  }
  // "Posted on March 3, 2025 by jdoe": a blog theme's post line names the post's author by its display name, often the login
  // handle in lower case (unlike an aggregator's "Posted by handle on …", which names who shared a link).
  const handle = ON_DATE_BY_HANDLE.exec(t);
  const handleDate = handle && dateOf(handle[1]!);
  // (A default account, "admin", "editor", names no one: the line gives the date alone.)
  if (handleDate && !ROLE_ACCOUNT.test(handle![2]!)) return { kind: 'byline', authors: [handle![2]!], date: handleDate };
  const byDate = /\bby\s/i.test(t) && !/\s[|·•]\s/.test(t) ? bylineAndDate(t) : undefined;
  if (byDate) return byDate;
  const date = dateOf(t);
  if (date) return { kind: 'date', ...date };
  if (isReadingTime(t)) return { kind: 'meta', role: 'reading time' };
  // Several facts on one line: each part must be a date, byline, reading time or page widget.
  // Each part may carry its own Markdown marks: "**By A** · *March 9, 2025* · 6 min read".
  // A bar glued to its neighbours separates parts too: "Feb 1st 2025|HANGZHOU AND SAN FRANCISCO".
  // "ID Tech Desk / SITE.COM / Updated: Jan 31, 2025": a slash between spaces separates parts too.
  // "2031/3/12 9:40:12 Source: Harbour Daily Author: Ola Berg Editor: Kari Lie": a content system's fields, each opening with
  // its capitalised label and a colon, run together on one line; two labels or more split it into parts as wider gaps do.
  // (A row already set apart by gaps or bars is split there: "Article Source: X  Article Type: Original".)
  // "• 20h • 3 min read": a bullet opening a row is the first separator, not part of the first fact.
  const unmarked = t.replace(/^[•·]\s+/, '');
  const fielded = !/\s{2,}|\|/.test(unmarked) && (unmarked.match(FIELD_LABEL) ?? []).length >= 2 ? unmarked.replace(FIELD_LABEL, '  $1') : unmarked;
  // "Feb 6, 2025 - 19:32": a time of day in the part after a date is that date's time.
  const parts = fielded
    .split(/\s{2,}|\s*\|\s*|\s+[·•—–/-]\s+/)
    .map(plain)
    .reduce<string[]>((out, p) => (out.length && CLOCK.test(p.trim()) && parseDateLine(out.at(-1)!)?.hasTime === false ? [...out.slice(0, -1), `${out.at(-1)!} ${p.trim()}`] : [...out, p]), []);
  // "27 Jan 2025 - 14 Mar 2025": two dates joined by a dash are a span (an archive's captures, an event), not a publication date.
  const span = parts.length === 2 && /\s[-–—]\s/.test(t) && !!parseDateLine(parts[0]!) && !!parseDateLine(parts[1]!);
  if (span) return { kind: 'meta', role: 'other date' };
  // "arXiv:2501.09914": a paper's number in a repository names the repository that publishes it.
  const repository = IDENTIFIER.exec(t)?.[1];
  if (repository) return { kind: 'meta', role: 'publisher', value: repository };
  // A bare domain names where the page is, not the outlet's name.
  if (DOMAIN_LINE.test(t)) return { kind: 'meta', role: 'publisher' };
  if (parts.length >= 2) {
    const read = parts.map((p) => {
      const src = SOURCE_LINE.exec(p);
      // A lone name among the parts must be known as a person's ("Industry Note" is not).
      const people = parseNameLine(p);
      const named = people && (people.length > 1 || isKnownPerson(p)) ? people : undefined;
      // A domain names where the page is; "1,743 words" is a length, as a reading time is.
      // "Jane Doe, Staff Engineer": a name with its job title after a comma is a credit, never an outlet's name.
      const withJob = parseNameWithJob(p);
      const glued = named || withJob ? undefined : nameThenDate(p);
      const by = parseByline(p) ?? (named ? { authors: named } : withJob ? { authors: withJob } : glued?.by);
      return { date: isSavedDate(p) ? undefined : (dateOf(p) ?? glued?.date), by, source: src?.[1] ?? src?.[2] ?? (by ? undefined : providerOf(p)), other: DATE_LABEL.test(p.trim()) || RELATIVE_AGE.test(p.trim()) || OTHER_FIELD.test(p.trim()) || JOB_TITLE(p) || isReadingTime(p) || WORD_COUNT.test(p) || EDITION.test(p.trim()) || DOMAIN_LINE.test(p.trim()) || ISSUE.test(p) || isSavedDate(p) || LANGUAGES.test(p.trim()) || TEAM.test(p.trim()) || DESK.test(p.trim()) || ROW_FIELD.test(p.trim()) || !!lineChrome(p) };
    });
    // Beside a date or byline, one short part shaped like an outlet's name is the outlet: "Harbour Gazette | Jun 1, 2031".
    // A section label beside a date ("Jan 28, 2025 - Technology") is neither the outlet nor body text.
    // "Business, All, Japan": a list of one-word categories beside a date is the story's sections.
    read.forEach((r, k) => {
      if (!(r.date || r.by || r.source) && ((isSectionLine(parts[k]!.trim()) && !looksLikeOutlet(parts[k]!.trim())) || CATEGORIES.test(parts[k]!.trim()))) r.other = true;
    });
    // "Original  Wen Jiahui  AI Frontline Watch  2025-02-18 12:03  Beijing" (a WeChat-style row): a label, the
    // author, the account, the date and a place. Beside a date, one name and one outlet-shaped part are the two.
    if (read.some((r) => r.date)) {
      read.forEach((r, k) => {
        if (!(r.date || r.by || r.source) && (ROW_LABEL.test(parts[k]!.trim()) || isPlaceName(parts[k]!.trim()) || (!/\p{Ll}/u.test(parts[k]!) && isPlaces(parts[k]!.trim())))) r.other = true;
      });
      const open = read.map((_, k) => k).filter((k) => !(read[k]!.date || read[k]!.by || read[k]!.source || read[k]!.other));
      const person = open.filter((k) => parseNameLine(parts[k]!)?.length === 1 && !looksLikeOutlet(parts[k]!));
      const outlet = open.filter((k) => !person.includes(k) && looksLikeOutlet(parts[k]!.trim()));
      if (person.length === 1 && outlet.length === 1 && open.length === 2) {
        read[person[0]!]!.by = { authors: parseNameLine(parts[person[0]!]!)! };
        read[outlet[0]!]!.source = parts[outlet[0]!]!.trim();
      }
      // "2025-01-29 · 9 min · Name": beside a date and nothing else unread, a lone name is the author.
      if (person.length === 1 && open.length === 1 && !read.some((r) => r.by)) read[person[0]!]!.by = { authors: parseNameLine(parts[person[0]!]!)! };
    }
    // "From Harbour Signal — by Jane Doe · Mar 3, 2031" (a share sheet's or note app's credit): beside a "by" part, the "From" part names the outlet.
    if (parts.some((p) => /^by\s/i.test(p.trim()))) {
      read.forEach((r, k) => {
        const from = /^[Ff]rom\s+(\p{Lu}.{1,50})$/u.exec(parts[k]!.trim())?.[1];
        if (from && words(from) <= 6 && !/[.!?,;:]$/.test(from)) {
          r.by = undefined;
          r.source = from;
        }
      });
    }
    // "Written by A | Edited by B": another role's credit beside the byline names no outlet.
    read.forEach((r, k) => {
      if (!(r.date || r.by || r.source) && OTHER_ROLE.test(parts[k]!.trim())) r.other = true;
    });
    const loose = read.map((r, k) => (r.date || r.by || r.source || r.other ? undefined : parts[k]!.trim())).filter((p): p is string => !!p);
    // "Baidu, Inc. (BIDU) Stock": a company's name with its ticker links to its quote, and names no outlet.
    read.forEach((r, k) => {
      if (!(r.date || r.by || r.source) && /\(\p{Lu}{1,5}\)(?:\s+(?:stock|shares|quote))?$/iu.test(parts[k]!.trim())) r.other = true;
    });
    // A name capitalises its long words ("Harbour Times", "Rest of World"); "Ferry batteries at fleet scale" is a headline in sentence case.
    const titled = (p: string) => p.split(/\s+/).every((w) => w.length < 4 || /^[\p{Lu}\d]/u.test(w));
    if (loose.length === 1 && read.some((r) => r.date || r.by) && words(loose[0]!) <= 5 && /^\p{Lu}/u.test(loose[0]!) && !/[.!?]$/.test(loose[0]!) && !/\(\p{Lu}{1,5}\)/u.test(loose[0]!)) {
      const k = parts.findIndex((p) => p.trim() === loose[0]);
      // (A short label in sentence case, "Print replica", is the page's, and names nothing.)
      if (titled(loose[0]!) || looksLikeOutlet(loose[0]!)) read[k]!.source = loose[0];
      else if (words(loose[0]!) <= 3) read[k]!.other = true;
    }
    if (read.every((r) => r.date || r.by || r.source || r.other)) {
      const date = read.find((r) => r.date)?.date;
      // "A · B": a row of names is one byline of all of them.
      const bys = read.flatMap((r) => (r.by ? [r.by] : []));
      const by = bys.length > 1 && bys.every((b) => !b.publisher) ? { authors: [...new Set(bys.flatMap((b) => b.authors))] } : bys[0];
      const source = read.find((r) => r.source)?.source?.trim();
      const publisher = by?.publisher ?? date?.publisher ?? source;
      if (by) return { kind: 'byline', ...by, ...(publisher ? { publisher } : {}), ...(date ? { date } : {}) };
      if (date) return { kind: 'date', ...date, ...(publisher ? { publisher } : {}) };
      if (source) return { kind: 'meta', role: 'publisher', value: source };
      if (parts.some(isSavedDate)) return { kind: 'meta', role: 'other date' };
      // "20h · 3 min read": a portal's age and reading time give no date (an age has no year), and are no title.
      if (parts.some((p) => RELATIVE_AGE.test(p.trim())) && parts.every((p) => RELATIVE_AGE.test(p.trim()) || isReadingTime(p))) return { kind: 'meta', role: 'reading time' };
    }
  }
  // "By Jane Doe on March 3, 2025", "March 3, 2025 by Jane Doe", "By A and B Published: Mar 3, 2025", "By A published 3 March 2025".
  const labelled = bylineAndDate(t);
  if (labelled) return labelled;
  const by = parseByline(t) ?? parseCreditParts(t);
  if (by) return { kind: 'byline', ...by };
  const provider = providerOf(t);
  if (provider) return { kind: 'meta', role: 'publisher', value: provider };
  if (isYearlessDateLine(t)) return { kind: 'meta', role: 'date without year' };
  if (SERIES_NUMBER.test(t) || RELEASE_LABEL.test(t) || EDITION.test(t)) return { kind: 'meta', role: 'section' };
  if (DESK.test(t)) return { kind: 'meta', role: 'section' };
  const note = sourceNote(t);
  if (note) return note;
  const sourceLine = SOURCE_LINE.exec(t);
  const source = sourceLine?.[1] ?? sourceLine?.[2];
  if (source) return { kind: 'meta', role: 'publisher', value: source.trim() };
  // "- Document Tags: [[chips]]", "- Category: #articles": a metadata list's tag field labels the story, and names no outlet.
  if (/^(?:[-–—•*]\s+)?(?:\p{L}+\s+)?(?:tags?|keywords?|topics?|categor(?:y|ies))\s*:\s*\S/iu.test(t)) return { kind: 'meta', role: 'section' };
  const bullet = BULLET.exec(t)?.[1];
  if (bullet && words(bullet) <= 6 && /^\p{Lu}/u.test(bullet)) return { kind: 'meta', role: 'publisher', value: bullet };
  return undefined;
}
