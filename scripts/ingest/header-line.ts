import { tableField } from './header-table-field.ts';
import { parseByline } from './byline.ts';
import { parseNameLine } from './byline-names.ts';
import { parseCreditParts } from './byline-credits.ts';
import { DESK } from './outlet-name.ts';
import { isReadingTime, isYearlessDateLine, parseDateLine } from './dates.ts';
import { IDENTIFIER, words } from './units.ts';
import { ARCHIVE_LINE, DOMAIN_LINE, ORIGINAL_LINK, originalUrl, SOURCE_LINK, URL_LINE, validUrl, WRAPPED_URL } from './header-line-url.ts';
import { bylineAndDate, dateOf, EDITION, isSavedDate, providerOf, runningHead, SOURCE_LINE, sourceNote, type Meta } from './header-line-forms.ts';
import { readRow, rowParts } from './header-line-row.ts';

/**
 * One header line read on its own: the fixed forms a line states a fact in (a URL, a date, a byline, a
 * reading time, a series number, a source, several of these on one line). The headline and the site's
 * name are chosen among the other lines by header.ts, which sees them together.
 */

/** Parts of a line of several header facts: "By A | Jan 3, 2025 | 5 min read", "02/04 2025  👁 12,408 views". */
export const PARTS = /\s{2,}|\s+[|·•—–-]\s+/;
/** "Working Paper No. 25-03", "Policy Brief No. 7", "Issue #87": a line naming a series' number. */
const SERIES_NUMBER = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:issue|no\.|number|vol(?:ume)?\.?|edition|episode|ep\.)\s*#?\d+(?:[-–./]\d+)?$/iu;
/** "FOR IMMEDIATE RELEASE", "News Release", "Media advisory", "Embargoed until …": a release's label, naming no outlet. */
const RELEASE_LABEL = /^(?:for immediate release|(?:news|press|media) release|media advisory|press statement|embargoed\b.*)$/i;
/** A bullet before an outlet name: "- The Pacific Ledger" (a labelled field, "- Document Tags: …", names none). */
const BULLET = /^[-–—•]\s+(?![^:]{1,30}:\s)(\S.{0,58})$/u;
/** "- Summary: …", "- Description: …": a metadata list's item describing the article (Readwise, Zotero, Obsidian exports). */
const LISTED_SUMMARY = /^[-*•]\s+(?:summary|description|excerpt|abstract)\s*:\s+\S/i;
/** "Posted by handle on Thursday January 30, 2031 @08:00PM from the ferries dept.": an aggregator's poster, date and tag line. */
const POSTED_BY = /^(?:posted|submitted|shared)\s+by\s+(\S+(?:\s+\S+){0,2}?)\s+on\s+(.*?\d{4}.*?)(?:\s+from\s+the\s+[^.]{1,60}\.?)?$/i;
/** "Posted on February 3, 2031 by jdoe": a blog's post line with its author's handle (one lower-case word). */
const ROLE_ACCOUNT = /^(?:admin(?:istrator)?|editor|editors|staff|guest|webmaster|user|author|team|newsroom|root)\d*$/;
const ON_DATE_BY_HANDLE = /^(?:[Pp]osted|[Pp]ublished|[Ww]ritten)\s+on\s+(.*?\d{4}.*?)\s+by\s+(\p{Ll}[\p{Ll}\d_.-]{1,29})$/u;
/** A bullet or separator before a lone header fact: "• 6 min read", "· Jan 3, 2025", a Markdown list item "- Published Date: 2025-02-21" (a read-later export's metadata list). */
const LEAD_MARK = /^(?:[•·|]\s*|[-*—–]\s+)/;

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
  const url = URL_LINE.exec(t)?.[1] ?? ORIGINAL_LINK.exec(t)?.[1] ?? SOURCE_LINK.exec(t)?.[2] ?? (archived && WRAPPED_URL.test(archived) ? archived : undefined);
  // "Source: [Site Name](https://…)": the link's text names the site, unless it is an address itself.
  const site = SOURCE_LINK.exec(t)?.[1]?.trim();
  const linkSite = site && !/^https?:|^[\w-]+(?:\.[\w-]+)+$/.test(site) && words(site) <= 6 ? { publisher: site } : {};
  if (url) return !haveUrl && validUrl(originalUrl(url)) ? { kind: 'meta', role: 'url', value: originalUrl(url), ...linkSite } : linkSite.publisher ? { kind: 'meta', role: 'publisher', value: linkSite.publisher } : undefined;
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
  // Several facts on one line (header-line-row.ts).
  const parts = rowParts(t);
  // "27 Jan 2025 - 14 Mar 2025": two dates joined by a dash are a span (an archive's captures, an event), not a publication date.
  const span = parts.length === 2 && /\s[-–—]\s/.test(t) && !!parseDateLine(parts[0]!) && !!parseDateLine(parts[1]!);
  if (span) return { kind: 'meta', role: 'other date' };
  // "arXiv:2501.09914": a paper's number in a repository names the repository that publishes it.
  const repository = IDENTIFIER.exec(t)?.[1];
  if (repository) return { kind: 'meta', role: 'publisher', value: repository };
  // A bare domain names where the page is, not the outlet's name.
  if (DOMAIN_LINE.test(t)) return { kind: 'meta', role: 'publisher' };
  const row = parts.length >= 2 ? readRow(parts) : undefined;
  if (row) return row;
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
  // "- Summary: OpenAI has raised …": a read-later export's metadata list describes the article in a field of its own (a
  // sentence, unlike the list's other fields); the list, and the header, go on after it.
  if (LISTED_SUMMARY.test(t)) return { kind: 'meta', role: 'section' };
  const bullet = BULLET.exec(t)?.[1];
  if (bullet && words(bullet) <= 6 && /^\p{Lu}/u.test(bullet)) return { kind: 'meta', role: 'publisher', value: bullet };
  return undefined;
}
