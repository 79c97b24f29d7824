import * as chrono from 'chrono-node';
import type { Article } from '../core/article.ts';

/**
 * One place where the header's readers' proposals for a field meet and one documented precedence picks.
 * The readers (the header walk and its roles, the tail and footer reader, a wire dateline, frontmatter,
 * a clipper's properties, a saved page's metadata) each propose candidates with where they come from
 * and why; nothing else decides between sources. (Within one source the reader still chooses: the walk
 * picks the "Published" date over an "Updated" one or a top bar's today-date, header-dates.ts.)
 *
 * Date precedence, first that applies:
 *  1. `metadata` (frontmatter, clipper properties, a saved page's meta/JSON-LD): the publisher's own machine-readable
 *     statement, which outranks a copy's visible text because copies garble and truncate it. Except that it is refined by
 *     the text when both state the same moment:
 *     a. a metadata time in UTC that is the visible header time in some zone (the page shows its own clock): the visible
 *        time, as the labels keep times as written (no zone conversion);
 *     b. a metadata date without a time whose day the header date shares, with a time: the header's (the same fact, finer);
 *     c. a metadata time in UTC when the header's time, labelled an update's, states its zone ("Updated 6:12 PM EDT"): the
 *        metadata's time on that clock.
 *  2. `header`, `byline`, `dateline` (the text): the first in reading order. Of several dates in the header, the walk keeps
 *     one ({@link pickPublished}): the one labelled "Published" (or "Posted", "Issued"), else the earliest — an update never
 *     comes before the publication, and a top bar's today-date comes after it; a relative "Updated 2 hours ago" is no date. The header's date and a byline's date are above
 *     the text; a dateline opens the first paragraph, so it is read only when the header states none.
 * A sidecar file (`.meta.yaml`) overrides all of these after the fact (pipeline.ts): it is a person's correction.
 *
 * Author precedence, first source that names anyone:
 *  1. `metadata`: the publisher's own author field (applied by pipeline.ts through applyMeta).
 *  2. `byline`: the header's byline (the first one), as the page prints it above the text.
 *  3. `wire credit`: "Reporting by …" after a wire story, which names its reporters when no byline does.
 *  4. `tail byline`: "(By A and B)", "Written by …" after the text; the last such line, nearest the end.
 *  5. `author bio`: "Jane Doe is a …" at the end, naming one writer.
 *  6. `site owner`: "Jane Doe's notes", a personal site named after its writer — the weakest: a name, not a credit.
 *  7. (pipeline.ts) author ids in a blog source's frontmatter (`authors: [jdoe]`, keys into the site's author file): ids, not names,
 *     so every reader of the text outranks them; with no name anywhere they are the only credit.
 *
 * Publisher precedence, first source that names one:
 *  1. `metadata`: frontmatter, clipper properties, a saved page's meta/JSON-LD (applied by pipeline.ts through applyMeta;
 *     read-html.ts orders a page's own tags: a syndicated original, JSON-LD publisher, og:site_name, …).
 *  2. `stated`: an outlet the text names beside a fact — "Headline | Outlet", "By A (Outlet)", "Paris (AFP) –", a date line's
 *     outlet — the first in reading order: it names who published this story, not just whose site shows it.
 *  3. `corroborated site name`: a name-shaped line above the text that the page's printed address (a domain, an e-mail) spells
 *     or its copyright line names (header-site-evidence.ts): two independent kinds of evidence, so it outranks a walk's guess.
 *  4. `site name`: the masthead, a logo's text, a footer's ©, the name a portal's label introduces (the walk and header-roles.ts
 *     pick one; header-tail.ts reads the footer): the site, which for most pages is the publisher.
 *  5. `production note`: "This story was originally published by X" after the text.
 * With none of these, the address's name as the text writes it (header-host.ts); a sidecar overrides everything.
 */

export type DateSource = 'metadata' | 'header' | 'byline' | 'dateline';
export interface DateCandidate {
  iso: string;
  /** The date as the source writes it (a metadata value keeps its zone: "2025-03-31T22:14:00Z"). */
  text: string;
  source: DateSource;
  /** The line it stands on (text sources). */
  line?: number;
  /** Why the reader proposes it (for a reader of the code and of debugging output). */
  reason: string;
}

export type AuthorSource = 'metadata' | 'byline' | 'wire credit' | 'tail byline' | 'author bio' | 'site owner';
export interface AuthorCandidate {
  names: string[];
  source: AuthorSource;
  line?: number;
  reason: string;
}

export type PublisherSource = 'stated' | 'corroborated site name' | 'site name' | 'production note';
export interface PublisherCandidate {
  name: string;
  source: PublisherSource;
  line?: number;
  reason: string;
}
const PUBLISHER_RANK: readonly PublisherSource[] = ['stated', 'corroborated site name', 'site name', 'production note'];

/** The publisher the best-ranked source names (its first candidate, in reading order), or undefined. */
export function resolvePublisher(candidates: readonly PublisherCandidate[]): string | undefined {
  for (const source of PUBLISHER_RANK) {
    const c = candidates.find((x) => x.source === source && x.name);
    if (c) return siteNameOnly(c.name);
  }
  return undefined;
}

/**
 * "Harbour Gazette home", "Home - Harbour Gazette", "Welcome to Harbour Gazette", "Harbour Gazette Logo Image", "Harbour Gazette
 * (logo)": a masthead's link or image names the site with the link's or the image's own words around it, which are no part of the name.
 * ("Ideal Home", a name that ends in a capitalised "Home" without a separator, keeps it.)
 */
export function siteNameOnly(name: string): string {
  const bare = name
    .replace(/^(?:welcome to\s+|home\s*[-–—|:·»›]\s*)/i, '')
    .replace(/\s*[-–—|:·»›]\s*home(?:\s?page)?$/i, '')
    .replace(/\s+home(?:\s?page)?$/, '')
    .replace(/(?:['’]s)?\s+(?:\(logo\)|logo(?:\s+(?:image|icon|link))?)$/i, '')
    .trim();
  return bare.length >= 2 && /[\p{L}\d]/u.test(bare) ? bare : name;
}

const AUTHOR_RANK: readonly AuthorSource[] = ['metadata', 'byline', 'wire credit', 'tail byline', 'author bio', 'site owner'];

/** The authors of the best-ranked source that names anyone (the first candidate of that source). */
export function resolveAuthors(candidates: readonly AuthorCandidate[]): string[] {
  for (const source of AUTHOR_RANK) {
    const c = candidates.find((x) => x.source === source && x.names.length > 0);
    if (c) return c.names;
  }
  return [];
}

/** The date the precedence above picks, or undefined when no source states one. */
export function resolveDate(candidates: readonly DateCandidate[]): Article['date'] {
  const text = candidates.filter((c) => c.source !== 'metadata').sort((a, b) => (a.line ?? 0) - (b.line ?? 0))[0];
  const meta = candidates.find((c) => c.source === 'metadata');
  if (!meta) return text && { iso: text.iso, text: text.text };
  if (text && text.iso.length >= 16) {
    // 1a. The metadata's UTC instant shown on the page's own clock.
    if (sameInstantSomewhere(meta.text, text)) return { iso: text.iso, text: meta.text };
    // 1b. A day the text states to the minute.
    if (meta.iso.length === 10 && text.iso.startsWith(meta.iso)) return { iso: text.iso, text: text.text };
    // 1c. A metadata time in UTC when the header's time, labelled as the update's (another moment by its own label), states its
    // clock's zone ("Updated 6:12 PM EDT"): the metadata's time on that clock, as the page writes its times. (A time labelled
    // "Published", or unlabelled, at another moment contradicts the metadata, which then stands as written.)
    const shown = UPDATED.test(text.text) ? onStatedClock(meta.text, text.text) : undefined;
    if (shown) return { iso: shown, text: meta.text };
  }
  return { iso: meta.iso, text: meta.text };
}

/** A label saying its date is the publication's. */
// A thread's or live page's start ("Start date", "Started") and an episode's first airing are its publication too.
const PUBLISHED = /^(?:.*\s)?(?:(?:first |originally )?publish(?:ed)?|posted|issued|originally|approved|released|start(?:ed| date)|(?:first )?aired)\b/i;

/**
 * Of the header's dates (each with its label: on its line, or alone on the line above), the publication's: the first labelled
 * "published", else the earliest (by the minute when two fall on the same day and both have a time; the first one when they
 * cannot be told apart). Returns the chosen candidate's `at`.
 */
export function pickPublished(dates: readonly { at: number; iso: string; label: string }[]): number {
  const before = (x: string, y: string) => (x.slice(0, 10) !== y.slice(0, 10) || (x.length > 10 && y.length > 10) ? x < y : false);
  const published = dates.find((d) => PUBLISHED.test(d.label));
  // (An unlabelled date later than one labelled as an update is a page's today-date, not the publication.)
  // "Updated 16 May 2025" over "16 May 2025 00:41": on the update's day, the date that is not labelled an update is the first publication.
  const day = (d: { iso: string }) => d.iso.slice(0, 10);
  const updates = dates.filter((d) => UPDATED.test(d.label));
  const sameDay = dates.filter((d) => !UPDATED.test(d.label) && updates.some((u) => day(u) === day(d)));
  const pool = updates.length && sameDay.length && dates.every((d) => UPDATED.test(d.label) || sameDay.includes(d)) ? sameDay : dates;
  return (published ?? pool.reduce((a, b) => (before(b.iso, a.iso) ? b : a))).at;
}

/** Zones in use reach from UTC−12 to UTC+14, in steps of a quarter hour (Nepal's +5:45, Chatham's +12:45). */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

/**
 * Whether a UTC metadata time (`…Z`, `+00:00`) is the visible time read in some zone: the zone the visible text names
 * ("GMT+8", "EDT"), or, when it names none, any real zone offset (a whole quarter hour between −12 and +14 hours) — a page
 * prints its clock without a zone as often as with one, and only the same instant shifted by a zone lands on the same minute
 * within a day.
 */
export function sameInstantSomewhere(written: string, visible: { iso: string; text: string }): boolean {
  if (visible.iso.length < 16 || !/(?:Z|[+-]00:?00)$/.test(written.trim())) return false;
  // To the minute: the page shows no seconds ("20:41:07.311Z" is 4:41 PM EDT).
  const minute = Math.floor(Date.parse(written.trim()) / 60_000) * 60_000;
  if (Number.isNaN(minute)) return false;
  const shown = Date.parse(`${visible.iso}:00Z`);
  const stated = statedOffset(visible.text);
  if (stated !== undefined) return shown - stated * 60_000 === minute;
  const offset = (shown - minute) / 60_000;
  return offset % 15 === 0 && offset >= MIN_OFFSET && offset <= MAX_OFFSET;
}

/** A label saying its time is an update's: "Updated", "Last modified". */
const UPDATED = /^\s*(?:last\s+)?(?:updated|modified|edited)\b/i;

/** A UTC time (`…Z`, `+00:00`) as the clock of the zone the visible text states shows it ("2031-05-28T21:35Z" and "EDT": 17:35). */
function onStatedClock(written: string, visible: string): string | undefined {
  if (!/T\d{2}:\d{2}.*(?:Z|[+-]00:?00)$/.test(written.trim())) return undefined;
  const at = Date.parse(written.trim());
  const zone = statedOffset(visible);
  return zone === undefined || Number.isNaN(at) ? undefined : new Date(at + zone * 60_000).toISOString().slice(0, 16);
}

/** The offset in minutes the visible text states ("GMT+8", "UTC-05:00", or a zone's abbreviation chrono is certain of). */
function statedOffset(text: string): number | undefined {
  const zone = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?(?!\d)/.exec(text);
  if (zone) return (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3] ?? 0));
  const named = chrono.parse(text)[0]?.start;
  return named?.isCertain('timezoneOffset') ? (named.get('timezoneOffset') ?? undefined) : undefined;
}
