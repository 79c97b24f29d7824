import { DESK, HANDLE, isGroupLabel, isKnownPerson, looksLikeOutlet, OUTLET_WORD, parseRoleCredit, parseByline, parseCreditParts, parseNameLine, titleCase } from './byline.ts';
import { lineChrome } from './chrome.ts';
import { isReadingTime, isYearlessDateLine, parseDateLine, parsePlaceDateLine, splitGluedReadingTime, type ParsedDate } from './dates.ts';
import { readMailHeaders, type MailHeaders } from './header-mail.ts';
import { articleMetaSchema } from './overrides.ts';
import type { Segment } from '../core/article.ts';
import { abbreviates, chooseHeadline, CRUMB, GLUED, isCjk, isSectionLine, MAX_SECTION_WORDS, plain, splitTitle } from './headline.ts';
import { BARE_URL, IDENTIFIER, IMAGE_FILE, words, type Unit } from './units.ts';

/**
 * The header block: the lines around the headline, before the body, in any order. Each is read as
 * what it states — site name, original URL, date, byline, reading time, section label, the
 * headline repeated — and listed as metadata, so it never becomes body text.
 */

/** The header is looked for among the first units only. */
const MAX_HEADER_UNITS = 16;
const MAX_TITLE = 200;
/** Short enough for a section label: a few words, or a few characters in scripts without spaces. */
const isShortLabel = (t: string) => (isCjk(t) ? t.length <= 8 : words(t.replace(/\s[/›»>|·•]\s/g, ' ')) <= MAX_SECTION_WORDS) && !/[.!?。！？]$/u.test(t);

/** A URL line in the header: bare, or labelled ("Source: https://…"). */
const URL_LINE = /^(?:(?:source|original|url|link|canonical|permalink)\s*:\s*)?(https?:\/\/\S+)$/i;
/**
 * An archived or cached copy's address wraps the original one ("https://archive.example/web/20250128/https://site/a"):
 * the original is the article's URL. A line naming the archive before it ("Archive name - <URL>") states it too.
 */
const WRAPPED_URL = /^https?:\/\/[^/\s]+\/\S*?(https?:\/\/\S+)$/i;
const ARCHIVE_LINE = /^[^:/]{2,40}?\s+[-–—|:]\s+(https?:\/\/\S+)$/;
/** The original address inside an archive's URL, or the URL itself. */
export const originalUrl = (u: string) => WRAPPED_URL.exec(u)?.[1] ?? u;
/** "westcoastwire.example.com" alone on a line. */
const DOMAIN_LINE = /^(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,}$/u;
/** "Saved Mon, Mar 3", "Added to library on …": when a reader saved the page, not when it was published. */
const SAVED = /^(?:saved|added|clipped|bookmarked|archived)\b(?:\s+(?:on|to \w+(?: on)?))?\s*:?\s*(.+)$/i;
const isSavedDate = (t: string) => {
  const rest = SAVED.exec(t)?.[1];
  return !!rest && (!!parseDateLine(rest) || isYearlessDateLine(rest) || /^(?:today|yesterday|\d+\s*[mhdw]\b)/i.test(rest));
};
/** Parts of a line of several header facts: "By A | Jan 3, 2025 | 5 min read", "02/04 2025  👁 12,408 views". */
const PARTS = /\s{2,}|\s+[|·•—–-]\s+/;
/** "Issue #87", "Episode 142", "Vol. 3": a number of an issue, beside its date. */
const ISSUE = /^(?:issue|no\.|vol(?:ume)?\.?|edition|episode|ep\.)\s*#?\d+$/i;
/** "Working Paper No. 25-03", "Policy Brief No. 7", "Issue #87": a line naming a series' number. */
const SERIES_NUMBER = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:issue|no\.|number|vol(?:ume)?\.?|edition|episode|ep\.)\s*#?\d+(?:[-–./]\d+)?$/iu;
/** "Source: 36Kr": the outlet a republished article comes from. */
const SOURCE_LINE = /^(?:(?:SOURCE|[Ss]ource)\s*:\s*([\p{Lu}\d][^:/]{1,40})|(?:来源|來源|出典)\s*[:：]\s*(\S.{0,30}))$/u;
/** A bullet before an outlet name: "- The Pacific Ledger". */
const BULLET = /^[-–—•]\s+(\S.{0,58})$/u;
export interface HeaderFacts {
  segments: Map<number, Segment>;
  /** Authors the header names (for recognising an author note at the end). */
  authors: string[];
  /** The headline as read (without outlet or glued text), when there is one. */
  title?: string;
  /** Index of the first unit after the header. */
  end: number;
}

export const validUrl = (u: string) => articleMetaSchema.shape.url.safeParse(u).success && !IMAGE_FILE.test(u.split(/[?#]/)[0]!.split('/').at(-1) ?? '');

/** A line that reads as body text, not a header line (in scripts without spaces: a long line, or one ending a sentence). */
const isProse = (t: string) =>
  words(t) > 30 || (/[.;:,]["”’)]?$/u.test(t) && words(t) >= 6) || (isCjk(t) && (t.length >= 40 || /[。！？；]$/u.test(t)));

/** A segment before its line and text are known (distributes over the union). */
type Meta = Segment extends infer S ? (S extends Segment ? Omit<S, 'line' | 'text'> : never) : never;

/** A date, possibly glued to a reading time or beside a view counter; with a publisher from a dateline. */
function dateOf(t: string): (ParsedDate & { publisher?: string }) | undefined {
  const glued = splitGluedReadingTime(t);
  return parsePlaceDateLine(glued ? glued[0] : t);
}

/** What a header line states, when it is one of the fixed forms (not a headline or a site name). */
function readMeta(t: string, haveUrl: boolean): Meta | undefined {
  const archived = ARCHIVE_LINE.exec(t)?.[1];
  const url = URL_LINE.exec(t)?.[1] ?? (archived && WRAPPED_URL.test(archived) ? archived : undefined);
  if (url) return !haveUrl && validUrl(originalUrl(url)) ? { kind: 'meta', role: 'url', value: originalUrl(url) } : undefined;
  if (isSavedDate(t)) return { kind: 'meta', role: 'other date' };
  const date = dateOf(t);
  if (date) return { kind: 'date', ...date };
  if (isReadingTime(t)) return { kind: 'meta', role: 'reading time' };
  // Several facts on one line: each part must be a date, byline, reading time or page widget.
  // Each part may carry its own Markdown marks: "**By A** · *March 9, 2025* · 6 min read".
  const parts = t.split(PARTS).map(plain);
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
      return { date: isSavedDate(p) ? undefined : dateOf(p), by: parseByline(p) ?? (named ? { authors: named } : undefined), source: src?.[1] ?? src?.[2], other: isReadingTime(p) || ISSUE.test(p) || isSavedDate(p) || !!lineChrome(p) };
    });
    // Beside a date or byline, one short part shaped like an outlet's name is the outlet: "Harbour Gazette | Jun 1, 2031".
    // A section label beside a date ("Jan 28, 2025 - Technology") is neither the outlet nor body text.
    read.forEach((r, k) => {
      if (!(r.date || r.by || r.source) && isSectionLine(parts[k]!.trim()) && !looksLikeOutlet(parts[k]!.trim())) r.other = true;
    });
    const loose = read.map((r, k) => (r.date || r.by || r.source || r.other ? undefined : parts[k]!.trim())).filter((p): p is string => !!p);
    // "Baidu, Inc. (BIDU) Stock": a company's name with its ticker links to its quote, and names no outlet.
    read.forEach((r, k) => {
      if (!(r.date || r.by || r.source) && /\(\p{Lu}{1,5}\)(?:\s+(?:stock|shares|quote))?$/iu.test(parts[k]!.trim())) r.other = true;
    });
    if (loose.length === 1 && read.some((r) => r.date || r.by) && words(loose[0]!) <= 5 && /^\p{Lu}/u.test(loose[0]!) && !/[.!?]$/.test(loose[0]!) && !/\(\p{Lu}{1,5}\)/u.test(loose[0]!)) {
      read[parts.findIndex((p) => p.trim() === loose[0])]!.source = loose[0];
    }
    if (read.every((r) => r.date || r.by || r.source || r.other)) {
      const date = read.find((r) => r.date)?.date;
      const by = read.find((r) => r.by)?.by;
      const source = read.find((r) => r.source)?.source?.trim();
      const publisher = by?.publisher ?? date?.publisher ?? source;
      if (by) return { kind: 'byline', ...by, ...(publisher ? { publisher } : {}), ...(date ? { date } : {}) };
      if (date) return { kind: 'date', ...date, ...(publisher ? { publisher } : {}) };
      if (source) return { kind: 'meta', role: 'publisher', value: source };
      if (parts.some(isSavedDate)) return { kind: 'meta', role: 'other date' };
    }
  }
  // "By Jane Doe on March 3, 2025", "March 3, 2025 by Jane Doe".
  const on = /^(.+?)\s+on\s+(.*\d{4}.*)$/i.exec(t) ?? /^(.*\d{4}.*?)\s+(by\s+.+)$/i.exec(t);
  if (on) {
    const [a, b] = /^by\b/i.test(on[2]!) ? [on[2]!, on[1]!] : [on[1]!, on[2]!];
    const by = parseByline(a);
    const date = dateOf(b);
    if (by && date) return { kind: 'byline', ...by, date };
  }
  const by = parseByline(t) ?? parseCreditParts(t);
  if (by) return { kind: 'byline', ...by };
  if (isYearlessDateLine(t)) return { kind: 'meta', role: 'date without year' };
  if (SERIES_NUMBER.test(t)) return { kind: 'meta', role: 'section' };
  if (DESK.test(t)) return { kind: 'meta', role: 'section' };
  const sourceLine = SOURCE_LINE.exec(t);
  const source = sourceLine?.[1] ?? sourceLine?.[2];
  if (source) return { kind: 'meta', role: 'publisher', value: source.trim() };
  const bullet = BULLET.exec(t)?.[1];
  if (bullet && words(bullet) <= 6 && /^\p{Lu}/u.test(bullet)) return { kind: 'meta', role: 'publisher', value: bullet };
  return undefined;
}

/** A public body's or institution's name, which may be long ("Ministry of Commerce of the People's Republic of China"). */
const BODY_NAME = /\b(?:committee|ministry|department|institute|center|centre|council|agency|bureau|office|commission|university|foundation|administration|parliament|senate|house|government)\b/i;
/** An office before a name ("Chairman Reid Calloway"): above the headline, the office holder in a masthead, not a byline. */
const OFFICE = /^(?:chair(?:man|woman)?|ranking member|senator|sen\.|rep\.|representative|congress(?:man|woman)|minister|secretary|governor|mayor|president|ambassador|spokes(?:person|man|woman))\s+\p{Lu}/iu;
/** An office within a body: "Department of Foreign Trade", "Press Office". */
const UNIT = /^(?:(?:the\s+)?(?:department|office|division|bureau|section)\s+of\b|[\p{L} ]+\s(?:office|division|department)$)/iu;
/** An audience counter: "486K subscribers", "12,408 followers", "3.1M members". */
const AUDIENCE = /^[\d.,]+\s?[KMB]?\s+(?:subscribers|followers|members)$/i;
/** "Robin Li - Co-Founder and CEO", "Alicia Yap - Citigroup": a name with a role or firm, in a roster. */
const ROSTER_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s+[-–—]\s+\S.{0,80})?$/u;
const KICKER = /^[^.!?]{2,60}\s[-–—]$/u;
const NUMBERED = /^\d{1,2}[.)]\s+\S/;
/** A line with an e-mail address is a contact, never a headline. */
const canBeTitle = (t: string) => t.length <= MAX_TITLE && !/[.,;:]$/.test(t) && !BARE_URL.test(t) && !/\S@[\w-]+\.\w/.test(t);

/** A label line that names the outlet on the line under it: "Published in", "Editor for". */
const LABEL_ABOVE = /^(?:published|posted|appeared|editor|featured|originally published)\s+(?:in|on|for)$/i;

/**
 * Reads the header block of an article. `taken` holds the units already classified as chrome or
 * credits; a URL line in the header that was taken as a credit is read as the original URL instead.
 */
export function readHeader(us: readonly Unit[], taken: ReadonlyMap<number, Segment>): HeaderFacts {
  const segments = new Map<number, Segment>();
  // Markdown marks around a header line ("# Headline", "*Outlet · 2 April 2025 · by A*") are not part of what it states.
  const ts = us.map((u) => plain(u.text));
  const set = (i: number, m: Meta) => segments.set(i, Object.assign({ kind: m.kind, line: us[i]!.line, text: us[i]!.text }, m) as Segment);
  const candidates: number[] = [];
  let haveUrl = false;
  let haveDate = false;
  /** Whether a label line ("Published in") named the outlet: it outranks a bare site-name line. */
  let labelled = false;
  /** Whether the lines above were a roster's label and its names. */
  let roster = false;
  // Lines already taken as chrome (a navigation menu, a cookie banner) do not count towards the header's length.
  // A forwarded e-mail: the mail headers and what stands above them come first; the message's own header follows.
  const mail = readMailHeaders(us);
  for (const [i, s] of mail?.segments ?? []) segments.set(i, s);
  const start = mail?.end ?? 0;
  const limit = Math.min(us.length, start + MAX_HEADER_UNITS + us.slice(start, start + MAX_HEADER_UNITS * 2).filter((_, k) => taken.get(start + k)?.kind === 'boilerplate').length);
  let end = start;
  // metaOf runs chrono and compromise: each line is read once (the look-ahead below reads lines twice).
  const memo = new Map<string, Meta | undefined>();
  const metaOf = (t: string, haveUrl: boolean) => {
    const k = `${haveUrl ? 1 : 0}${t}`;
    if (!memo.has(k)) memo.set(k, readMeta(t, haveUrl));
    return memo.get(k);
  };
  for (let i = start; i < limit; i++, end = i) {
    const t = ts[i]!;
    const before = taken.get(i);
    // A writer's credit by role ("Text | Name") is the byline, however a page lays credits out.
    const role = parseRoleCredit(t);
    if (role) {
      set(i, { kind: 'byline', ...role });
      continue;
    }
    // "Display Name" over "@handle": a social post's author.
    const poster = HANDLE.test(ts[i + 1] ?? '') && !segments.size ? parseNameLine(t) : undefined;
    if (poster) {
      set(i, { kind: 'byline', authors: poster });
      set(++i, { kind: 'meta', role: 'section' });
      continue;
    }
    // A credit-shaped header line may carry facts: "Source: Xinhua | Updated: 2025-04-08 16:35".
    if (before && !(before.kind === 'credit' && (URL_LINE.test(t) || SOURCE_LINE.test(t) || PARTS.test(t)))) continue;
    // "Published in" / "Editor for" over a name: the label says the next line names the outlet.
    const next = ts[i + 1];
    if (!before && LABEL_ABOVE.test(t) && next !== undefined && !taken.has(i + 1) && words(next) <= 6 && /^[\p{Lu}\d]/u.test(next) && !/[.!?,;:]$/.test(next)) {
      set(i, { kind: 'meta', role: 'publisher' });
      set(++i, { kind: 'meta', role: 'publisher', value: next });
      labelled = true;
      continue;
    }
    // "Company Participants" over "Name - Role" lines: a roster of the people speaking, not bylines.
    if (!before && words(t) <= 4 && /^(?:\p{Lu}\S*\s+)+\p{Lu}\S*$/u.test(t) && /\s[-–—]\s/.test(ts[i + 1] ?? '') && ROSTER_LINE.test(ts[i + 1]!) && isGroupLabel(t)) {
      roster = true;
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    if (roster && ROSTER_LINE.test(t)) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    roster = false;
    const meta = metaOf(t, haveUrl);
    // A credit line of several parts is read only for the date it carries ("Annabelle Chu | Getty Images" stays a credit).
    const creditOnly = before?.kind === 'credit' && PARTS.test(t) && !BARE_URL.test(t) && !SOURCE_LINE.test(t) && !(meta?.kind === 'date' || (meta?.kind === 'byline' && 'date' in meta));
    if (meta && !creditOnly) {
      if (meta.kind === 'meta' && meta.role === 'url') haveUrl = true;
      if (meta.kind === 'date' || (meta.kind === 'byline' && 'date' in meta)) haveDate = true;
      set(i, meta);
      continue;
    }
    if (before) continue;
    // A kicker over the headline ("DOING MORE WITH LESS —") is a section label, and the header goes on.
    if (KICKER.test(t) && words(t) <= 8) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    // A press contact in the header ("Press office, press@example.org") is a contact line, and the header goes on.
    if (/\S@[\w-]+\.\w/.test(t) && words(t) <= 15) {
      set(i, { kind: 'boilerplate', reason: 'site footer' });
      continue;
    }
    if (isProse(t) || !canBeTitle(t)) {
      // A standfirst (dek) between the headline and a byline or date is body text; the header goes on.
      const more = us.slice(i + 1, i + 3).some((v, k) => !taken.has(i + 1 + k) && metaOf(ts[i + 1 + k]!, haveUrl)?.kind.match(/date|byline/));
      if (candidates.length > 0 && words(t) <= 60 && more) continue;
      // A post with no headline: its time stands right under its first paragraph ("9:41 PM · Jan 27, 2025").
      const after = metaOf(ts[i + 1] ?? '', haveUrl);
      if (!haveDate && candidates.length === 0 && !taken.has(i + 1) && after?.kind === 'date') set(i + 1, after);
      break;
    }
    // A numbered section line ("2. Where the money goes") is a heading, unless it opens the file.
    // "pinned message", "top stories": a lower-case label of two or three words is an app's or site's label, never a headline.
    if (/^\p{Ll}/u.test(t) && words(t) >= 2 && words(t) <= 3 && !/[.!?]$/.test(t)) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    if (!NUMBERED.test(t) || candidates.length === 0) candidates.push(i);
  }
  if (candidates.length === 0) {
    if (mail?.subject) set(mail.subject.at, { kind: 'title', title: mail.subject.title });
    return mailFallbacks({ segments, authors: authorsOf(segments), ...(mail?.subject ? { title: mail.subject.title } : {}), end }, mail, us);
  }

  // The headline: the first candidate with four words or more that is not an outlet's name.
  const pipeOutlets = candidates.map((i) => splitTitle(ts[i]!, () => false).publisher).filter((p): p is string => !!p);
  const isOutletLine = (t: string) => pipeOutlets.includes(t) || (words(t) <= 6 && looksLikeOutlet(t));
  // The headline stands right above what follows it in every layout: a date, a byline or the text
  // (past at most two standfirst lines and one chrome line such as "Save"); a menu line above a run of other menu lines does not.
  const isLong = (k: number) => candidates.includes(k) && words(ts[k]!) >= 4;
  // Asked only of long lines right above a date or byline, and once each (it runs compromise).
  const names = new Map<number, boolean>();
  const nameLine = (k: number) => names.get(k) ?? names.set(k, (parseNameLine(ts[k]!)?.length ?? 0) > 1 || isKnownPerson(ts[k]!)).get(k)!;
  const reaches = (i: number) => {
    let skippedChrome = 0;
    let skippedDek = 0;
    for (let k = i + 1; k < us.length; k++) {
      const s = segments.get(k) ?? taken.get(k);
      if (s?.kind === 'date' || s?.kind === 'byline' || (!s && candidates.includes(k) && parseNameLine(ts[k]!))) return true;
      if (k >= end && !taken.has(k)) return true;
      if ((s?.kind === 'boilerplate' || s?.kind === 'credit') && skippedChrome++ < 1) continue;
      // Other header facts (an outlet's name, a section, a reading time) stand between a headline and its date too.
      if (s?.kind === 'meta') continue;
      if (!s && isLong(k) && skippedDek++ < 2) continue;
      return false;
    }
    return true;
  };
  const anchored = (i: number) => reaches(i) && !nameLine(i);
  // A channel's or feed's name alone ("China AI Watch" over a post) is no headline: the text has none, and the name is the outlet.
  const noHeadline = candidates.length <= 2 && candidates.every((i) => words(ts[i]!) <= 4 && OUTLET_WORD.test(ts[i]!) && !/[:!?]/.test(ts[i]!));
  // Without a headline, every candidate stands where a headline's outlet and labels stand: above it.
  const titleAt = noHeadline ? end : chooseHeadline(candidates, us, ts, isOutletLine, anchored, (k) => { const s = taken.get(k); return s?.kind === 'boilerplate' && s.reason === 'navigation'; });
  const lines = new Set(candidates.map((i) => ts[i]!));
  const split: { title?: string; publisher?: string } = noHeadline ? {} : splitTitle(ts[titleAt]!, (s) => lines.has(s));
  if (!noHeadline) set(titleAt, { kind: 'title', ...(split.title !== us[titleAt]!.text ? { title: split.title } : {}), ...(split.publisher ? { publisher: split.publisher } : {}) });

  let havePublisher = !!split.publisher || labelled;
  // A name the text later opens a line with ("CALDER HUNT: …", "Calder Hunt is a senior writer …") is a person's, not a site's.
  const opensBodyLine = (name: string) => {
    const n = name.toLowerCase();
    return us.some((u, k) => k >= end && u.text.length > n.length && u.text.slice(0, n.length + 3).toLowerCase().match(new RegExp(`^${RegExp.escape(n)}(?::| is )`)) !== null);
  };
  for (const i of candidates) {
    if (i === titleAt) continue;
    const t = ts[i]!;
    const same = t.replace(GLUED, ' ').replace(/\s+/g, ' ').trim();
    if (same === split.title || same === ts[titleAt]!) {
      set(i, { kind: 'meta', role: 'repeated headline' });
      continue;
    }
    if (i < titleAt && OFFICE.test(t) && words(t) <= 5) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    const people = parseNameLine(t);
    // Below the headline a name-shaped line is a byline; above it, where site names stand, only a
    // list of names or a name compromise knows as a person's.
    // Two or more names that each open with a first name are people, even when "A and B" is shaped like an outlet's name.
    // So are two or more names right under the headline, where a byline stands, if one of them opens with a known first name.
    const namedPeople = !!people && people.length > 1 && (people.every((p) => isKnownPerson(p)) || (i === titleAt + 1 && people.some((p) => isKnownPerson(p))));
    if (people && (namedPeople || !isOutletLine(t)) && (i > titleAt || people.length > 1 || isKnownPerson(t) || opensBodyLine(t))) {
      set(i, { kind: 'byline', authors: people });
      continue;
    }
    // A profile tagline right under a byline ("Ferry engineer | ex-shipyard | Speaker") describes the author.
    const parts = t.split(/\s+[|·•]\s+/);
    if (segments.get(i - 1)?.kind === 'byline' && parts.length >= 2 && parts.every((p) => words(p) <= 4 && !/[.!?]$/.test(p))) {
      set(i, { kind: 'boilerplate', reason: 'author bio' });
      continue;
    }
    // The site's name: above the headline (the first line, or one shaped like an outlet's name), or below it when shaped so.
    // A single capitalised word below the headline that is not a section label names the outlet ("Reuters").
    const lone = i > titleAt && /^\p{Lu}[\p{L}\d&.'’-]+$/u.test(t);
    // Below the headline, a site name stands beside the headline, byline or date, not further down among other lines.
    const besideMeta = [i - 1, i + 1].some((j) => /^(?:title|date|byline)$/.test(segments.get(j)?.kind ?? ''));
    // A line set in columns ("Sector        Industry Note") is a running header of a printed page, not a name.
    const columns = /\S\s{3,}\S/.test(us[i]!.text);
    // A site's name is written with a capital or as a domain ("r/hardware" is a forum's board); of two
    // name lines above the headline, an abbreviation ("CX Global") gives way to the full name under it.
    // A lower-case line of several words under a site's name is its tagline ("notes on what models cost"), whatever its words.
    const named = /^[\p{Lu}\d]/u.test(t) || (looksLikeOutlet(t) && words(t) === 1) || (i === candidates[0] && /^[\p{Ll}\d]{3,}$/u.test(t));
    const fullName = candidates.includes(i - 1) && abbreviates(ts[i - 1]!, t);
    const abbreviated = i < titleAt && candidates.includes(i + 1) && i + 1 < titleAt && abbreviates(t, ts[i + 1]!);
    // A name is written in capitals: "Open side navigation menu" on the first line is a control, not the site's name.
    // A single lower-case word ("tokenmath") is a brand written in lower case.
    const titled = t.split(/\s+/).every((w) => w.length < 4 || /^[\p{Lu}\d&]/u.test(w)) || /^[\p{Ll}\d]+$/u.test(t);
    // A name over its audience ("486K subscribers", "12,408 followers") is a channel's or account's: the outlet.
    const aboveCount = AUDIENCE.test(ts[i + 1] ?? '');
    const site = !havePublisher && named && !abbreviated && !columns && !CRUMB.test(t) && (!isSectionLine(t) || (noHeadline && i === candidates[0])) && (words(t) <= 6 || (i === candidates[0] && i < titleAt && BODY_NAME.test(t) && words(t) <= 10)) && (i < titleAt || besideMeta || aboveCount) && (isOutletLine(t) || aboveCount || lone || (i < titleAt && ((i === candidates[0] && titled) || fullName)));
    if (t === split.publisher || site) {
      havePublisher = true;
      // "SITE NAME | SECTION": the section labels after the name are not part of it.
      const named = t.split(/\s+[|·•]\s+/);
      // "The Vector homepage": the masthead's link text names the site and where the link goes.
      const name = (named.length >= 2 && named.slice(1).every((p) => isSectionLine(p)) ? named[0]! : t).replace(/\s+(?:home ?page|front page)$/i, '');
      set(i, { kind: 'meta', role: 'publisher', value: outletOfDesk(/\p{Ll}/u.test(name) ? name : titleCase(name), us.slice(end)) });
      continue;
    }
    // "U.S. Department of Commerce" / "Bureau of Industry and Security": a body named under its parent's name in the masthead is the one publishing.
    const above = segments.get(i - 1);
    if (i < titleAt && above?.kind === 'meta' && above.role === 'publisher' && above.value && BODY_NAME.test(above.value) && BODY_NAME.test(t) && named && titled && words(t) <= 10 && !isProse(t)) {
      set(i - 1, { kind: 'meta', role: 'section' });
      set(i, { kind: 'meta', role: 'publisher', value: t });
      continue;
    }
    // A lower-case line right under the site's name, above the headline, is the site's tagline.
    const tagline = i < titleAt && segments.get(i - 1)?.kind === 'meta' && (segments.get(i - 1) as { role?: string }).role === 'publisher' && /^\p{Ll}/u.test(t) && words(t) <= 10;
    if (((isShortLabel(t) || (columns && i < titleAt)) && !isProse(t)) || tagline) set(i, { kind: 'meta', role: 'section' });
    // Anything else (a standfirst, a subtitle) stays in the body.
  }
  // A site's name opening a menu at the top of the page ("Axon Technica" / "Biz & IT" / "Tech" …) is the
  // outlet when it is written as a name of two to four words and the text names it again.
  const top = taken.get(0);
  const first = ts[0]!;
  if (!havePublisher && titleAt > 0 && top?.kind === 'boilerplate' && top.reason === 'navigation' && words(first) >= 2 && words(first) <= 4 && /^(?:\p{Lu}[\p{L}&.'’-]*\s?)+$/u.test(first) && !isSectionLine(first)) {
    const named = us.some((u, k) => k >= end && u.text.includes(first));
    if (named) set(0, { kind: 'meta', role: 'publisher', value: first });
  }
  // The headline repeated as the first line after the header.
  const next = us.findIndex((_, k) => k >= end && !taken.has(k));
  if (!noHeadline && next >= 0 && ts[next]! === ts[titleAt]!) set(next, { kind: 'meta', role: 'repeated headline' });
  // "Source: Department of X" beside the date of a body's release names the office within the body in the masthead.
  const masthead = [...segments.values()].some((s) => s.kind === 'meta' && s.role === 'publisher' && !!s.value && BODY_NAME.test(s.value) && s.line < us[titleAt]!.line);
  for (const [i, s] of segments) if (masthead && (s.kind === 'date' || s.kind === 'byline') && s.publisher && UNIT.test(s.publisher)) segments.set(i, { ...s, publisher: undefined });
  return mailFallbacks({ segments, authors: authorsOf(segments), title: split.title, end }, mail, us);
}

/** A mail's sent date and sender stand in for the date and outlet the message itself does not state. */
function mailFallbacks(facts: HeaderFacts, mail: MailHeaders | undefined, us: readonly Unit[]): HeaderFacts {
  if (!mail) return facts;
  const all = [...facts.segments.values()];
  const at = (i: number, s: Meta) => facts.segments.set(i, Object.assign({ line: us[i]!.line, text: us[i]!.text }, s) as Segment);
  if (mail.date && !all.some((s) => s.kind === 'date' || (s.kind === 'byline' && s.date))) at(mail.date.at, { kind: 'date', iso: mail.date.iso, hasTime: mail.date.hasTime });
  const from = us.findIndex((u, i) => i < mail.end && /^from\s*:/i.test(u.text));
  if (mail.sender && !all.some((s) => ('publisher' in s && s.publisher) || (s.kind === 'meta' && s.role === 'publisher' && s.value))) at(from, { kind: 'meta', role: 'publisher', value: mail.sender });
  return facts;
}

function authorsOf(segments: Map<number, Segment>): string[] {
  return [...segments.values()].flatMap((s) => (s.kind === 'byline' ? s.authors : []));
}

/**
 * "LatePost Tech" over a text that names "LatePost" alone and never the whole name: the site line names
 * the outlet's section or channel (a name and a section word), and the outlet is the name the text uses.
 */
function outletOfDesk(name: string, body: readonly Unit[]): string {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || !isSectionLine(ws.at(-1)!)) return name;
  const outlet = ws.slice(0, -1).join(' ');
  if (isSectionLine(outlet)) return name;
  const whole = new RegExp(`(?<![\\p{L}\\d])${RegExp.escape(outlet)}(?![\\p{L}\\d])`, 'u');
  const text = body.map((u) => u.text);
  return text.some((t) => t.includes(name)) || text.filter((t) => whole.test(t)).length < 2 ? name : outlet;
}
