import * as chrono from 'chrono-node';
import { isPlace } from './byline-names.ts';
import { memoize } from './memo.ts';
import type { Dateline } from '../core/article.ts';

/** A calendar date (with optional time) read from text, without any invented part. */
export interface ParsedDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when the text gives a time. No time zone is added. */
  iso: string;
  hasTime: boolean;
}

/** Optional labels that may precede a date line: "Published: Jan 3, 2025", "Updated on …", "Published Date: …" (a read-later export's metadata list). */
const DATE_LABEL = /^(?:(?:first |originally )?published|posted|updated|last updated|last modified|modified|last edited|(?:date )?created|date|release date|released|issued|(?:date of )?publication(?: date)?|date published|issue date|(?:publish|update|release|post(?:ing)?|upload)(?:ed)? date|(?:first )?submitted|this version|发布时间|发布日期|日期|时间|(?:publicado|atualizado|actualizado|creado|criado|publié|mis à jour|mis en ligne|veröffentlicht|aktualisiert|pubblicato|aggiornato)(?:\s+(?:em|en|el|le|am|il))?)(?:\s+date)?(?:\s+on)?\s*[:：]?\s*/iu;
/** Label words that may stand between two dates on one line. */
const LABEL_WORDS = /\b(?:first |originally |last )?(?:published|posted|updated|modified|edited|submitted|revised|created)\b|\b(?:on|at|originally)\b/gi;
/** A label saying the date after it is the publication's, not an update's. */
// "Updated … / Originally …": "originally" alone labels the first publication too.
const PUBLISHED_LABEL = /\b(?:(?:first |originally )?published|posted|created|originally)\b[^\d]*$/i;
/** "(v1)", "(this version, v2)": a preprint's version beside its dates. */
const VERSION = /\((?:this version,?\s*)?v\d+\)/gi;
/** A place and an agency or outlet before a date: "Paris (AFP) March 3, 2025", "BEIJING, (Xinhua) —". */
// The agency's name capitalises its words ("(AFP)", "(Kyodo News)"); "(Date of earliest event reported)" is a form's note.
const PLACE_AGENCY = /^(\p{Lu}[\p{L}.'’ -]{1,40}?),?\s*\((\p{Lu}[\p{L}&.'’]*(?:\s+(?:\p{Lu}[\p{L}&.'’]*|of|and|the|de)){0,3})\)\s*[-–—:]?\s*/u;
/** A place of one to three capitalised words, a comma or a spaced dash, then a date with a year: "Shanghai, March 4, 2025", "Brussels - Feb 12, 2025 - 05:30 CET". A byline opens with "By": "By Jane Doe, Reporter | Mar 4, 2025" names no place. */
const PLACE_COMMA = /^(?!By\s)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(,|\s+[-–—])\s+(\S.*\d{4}.*)$/u;
/** An ISO 8601 date or date-time; the time is kept as written (an offset is not applied). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** "Updated 3 days ago" after a date: an age, not a second date. */
const RELATIVE_TAIL = /\s*(?:(?:last )?(?:updated|edited|modified)\s+)?(?:\d+|an?|one)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago$/i;
/** A time zone spelled out after a time ("Eastern Daylight Time", "Uhr", "GMT+8"): chrono reads the time without it. */
const ZONE_NAME = /(?<=\d|[AaPp]\.?[Mm]\.?)\s*(?:(?:\s\p{Lu}[\p{L}]+){1,3}\s+Time|Uhr|GMT[+-]\d{1,2}(?::?\d{2})?)$/u;
/** JavaScript's `Date.toString()` ("Tue Feb 04 2025 09:14:22 GMT+0000 (Coordinated Universal Time)"), as blog exports write dates: the offset and the zone's name after the clock. */
const JS_DATE_ZONE = /(?<=\d{2}:\d{2}:\d{2})\s+GMT[+-]\d{4}(?:\s+\([^()]{1,60}\))?$/;
/** A European time zone after a time: "GMT+1", "UTC+02:00", "CET", "CEST", "BST", "WET", "EET". */
const EUROPEAN_ZONE = /\d\s*(?:(?:GMT|UTC)\s*\+\s*0?[0-3](?::?00)?|CES?T|BST|WES?T|EES?T)\b/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const REF = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/** A real calendar day (2025-02-30 is not one). */
const isRealDay = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

function parseIso(text: string): ParsedDate | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m;
  if (!isRealDay(Number(y), Number(mo), Number(d))) return undefined;
  const day = `${y}-${mo}-${d}`;
  return h === undefined ? { iso: day, hasTime: false } : { iso: `${day}T${h}:${mi}`, hasTime: true };
}

/**
 * What every line {@link readDateLine} reads holds: a four-digit year, or a two-digit one before a time ("01/28/25 6:12 PM", which it
 * widens). Its rewrites only remove, space or replace text, so a line without either never becomes a date: most lines asked
 * (every header and tail line, prose included) are turned away here, before a dozen rewrites of the whole line.
 */
export const MAY_HOLD_YEAR = /\d{4}|\d\/\d{2}\s|[A-Za-z.]['’]\d{2}\b/;
/** "30 Jan'25", "Jan ’25": a month's name with an apostrophe and a two-digit year, as Indian and British sites print it. */
const APOSTROPHE_YEAR = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)([a-z]*\.?)\s?['’](\d{2})\b/g;
/**
 * Reads a line that is *only* a date ("Jan 3, 2025", "December 26, 2024, 9:45 pm",
 * "Updated 9:15 a.m. ET, Feb 4, 2025", "2025-02-10T07:30:00Z").
 * Returns undefined unless the whole line (apart from a label and punctuation) is one date with a
 * certain year, month and day: a sentence that merely contains a date is not a date line, and a
 * date without a year is not a date.
 */
export const parseDateLine = (line: string): ParsedDate | undefined => (MAY_HOLD_YEAR.test(line) ? readDateLineOnce(line) : undefined);
// (A date after an unknown label is in the line too: the prefilter holds for it.)
const readDateLineOnce = memoize((line: string) => readDateLine(line) ?? unknownLabelDate(line));

/** One word the label list does not know, then a numeric date: "Approved 2025.07.14 17:05", "Input 2025-01-23 15:12" (a translated 승인/입력). */
const ONE_WORD_LABEL = /^\p{L}{3,14}\s*[:：]?\s+(?=\d)/u;
/**
 * A label of one or two words the list does not know before a whole date with its day: "Start date Jan 29, 2025",
 * "News item | 15-01-2025 | 14:00" (a page's field name and its value), or one past participle ("Aired February 4, 2025").
 * The first word is capitalised and the second not, as a field's name is written; a headline ending in a date capitalises
 * its words, and one other word before a date ("Budget 2031/03/12") is a name, unless a separator sets it apart; a past
 * participle is read before a date written with its month's name only ("Filed 2031.03.12" may be a document's number).
 */
const SHORT_LABEL = /^(?:\p{Lu}\p{Ll}{2,13}\s\p{Ll}{2,10}\s*(?:[:：|·]\s*)?|\p{Lu}\p{Ll}{1,12}ed\s+(?=(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|\p{Lu}\p{Ll}{2,13}\s*[:：|·]\s*)(?=(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b))/u;
/** Read so only with a time of day, or a label of the short shape: the label word and a whole timestamp are a content system's field, not a sentence's end. */
function unknownLabelDate(line: string): ParsedDate | undefined {
  const t = line.trim();
  const m = ONE_WORD_LABEL.exec(t);
  const date = m ? readDateLine(t.slice(m[0].length)) : undefined;
  if (date?.hasTime) return date;
  // "Harbour Brief AI 2031-05-29": a newsletter's name and its issue's ISO date (a headline ends in no ISO date).
  const issue = /^(?:[\p{Lu}\d][\p{L}\d&'’.-]*\s){1,4}(?=\d{4}-\d{2}-\d{2}$)/u.exec(t);
  if (issue) return readDateLine(t.slice(issue[0].length));
  const short = SHORT_LABEL.exec(t);
  return short ? readDateLine(t.slice(short[0].length)) : undefined;
}
/** A length after the date, set apart by a separator: "· 48 min", "| 1 hr 12 min", "· 11 min read", "· 5 min listen" (an episode's or a story's length). */
const LENGTH_TAIL = /\s*[·•|]\s*(?:\d{1,2}\s*(?:h|hr|hrs|hours?)\s*)?\d{1,3}\s*(?:min(?:ute)?s?|m)\.?(?:\s+(?:read|listen|watch))?$/i;
function readDateLine(line: string): ParsedDate | undefined {
  // Separators between a date and its time ("Feb 3, 2025 | 09:15 GMT") are read as spaces.
  const text = line
    .trim()
    // "[Submitted on 14 Jan 2025]": a date line in brackets, as preprint servers print it.
    .replace(/^\[(.*)\]$/, '$1')
    // A year glued to the time or label after it ("20257:12 AM", "GMT+8Updated") as a browser copy leaves it.
    .replace(/\b((?:19|20)\d{2})(\d{1,2}:\d{2})/g, '$1 $2')
    // "01/28/25 6:12 PM": a numeric date with a two-digit year is a timestamp when a time follows it (a fraction or score has none);
    // "4/16/25, 8:03 AM", with a comma, is how browsers stamp a printout: the time of printing, not a date the text states.
    .replace(/^(\d{1,2}\/\d{1,2}\/)(\d{2})(?=\s+\d{1,2}:\d{2}\b)/, '$120$2')
    .replace(/(\S)(Updated|Published)\b/g, '$1 $2')
    // "30 Jan'25": the apostrophe stands for the century (this century: the years the articles are about).
    .replace(APOSTROPHE_YEAR, (_, m: string, rest: string, y: string) => `${m}${rest} 20${y}`)
    // "19:48 PM": a 24-hour clock with a needless marker (a news agency's template) is the 24-hour time.
    .replace(/\b(1[3-9]|2[0-3]):([0-5]\d)\s*[ap]\.?m\.?(?!\w)/gi, '$1:$2')
    // "5.32pm": Australian and British pages write the time with a dot.
    .replace(/\b([01]?\d)\.([0-5]\d)\s*([ap]\.?m\.?)(?!\w)/gi, '$1:$2$3')
    // "Fri, Jan 31, 2025 page10", "3 March 2025, p. A4": the printed page the story ran on is where, not when.
    .replace(/(?<=\d|[AaPp]\.?[Mm]\.?)\s*[,;|·]?\s*(?:page|pg\.?|p\.)\s*[A-Z]?\d{1,3}[A-Z]?$/i, '')
    // A relative age after the date ("Updated 3 days ago") and a spelled-out time zone say nothing more about the day.
    .replace(RELATIVE_TAIL, '')
    .replace(LENGTH_TAIL, '')
    .replace(JS_DATE_ZONE, '')
    .replace(ZONE_NAME, '')
    .replace(DATE_LABEL, '')
    .replace(VERSION, ' ')
    // "2025/06/10 (Tuesday) 10:25": the weekday in brackets between a date and its time, as translated East Asian pages print it.
    .replace(/(?<=\d)\s*\((?:mon|tues|wednes|thurs|fri|satur|sun)day\)\s*/gi, ' ')
    // "Feb 12, 2031 - 05:30 CET": a spaced hyphen between a date with its year and its time separates them (a range's hyphen has a date after it).
    .replace(/(?<=\d{4})\s+-\s+(?=\d{1,2}[:h.]\d{2}\b)/g, ' ')
    // "Tue 28 Jan 2025 // 14:32 UTC": a double slash separates the two as a bar does.
    .replace(/\s+(?:[|·•—–]|\/{1,2})\s+/g, ' ')
    // "10h15": the hour written with an "h", as Portuguese and French pages print it, after a date with a year.
    // "às 08h30", "à 9h05", "um 9:05": the word for "at" before a time.
    .replace(/(?<=\d{4},?)\s+(?:às|à|a las|alle|um)\s+(?=\d{1,2}[:h]\d{2})/gu, ' ')
    .replace(/(?<=\d{4}\D{1,4})\b([01]?\d|2[0-3])h([0-5]\d)\b/g, '$1:$2')
    // Year first with dots or slashes ("2025.05.30", "2025/5/30") is unambiguous: written as ISO wherever it stands.
    .replace(/\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b/g, (_, y: string, m: string, d: string) => `${y}-${pad(Number(m))}-${pad(Number(d))}`);
  if (text.length < 6 || text.length > 80 || !/\d{4}/.test(text)) return undefined;
  const iso = parseIso(text);
  if (iso) return iso;
  // 年月日 dates are read by chrono's Chinese parser; dotted or dashed numeric dates (03.02.2025) day first, unless the
  // second number cannot be a month (04.22.2025, as American trade sites print it).
  // Dashed the same way (15-01-2025, 03-02-2025): Europe and Asia write day first with dashes; American pages use slashes.
  const dotted = /^(\d{1,2})([.-])(\d{1,2})\2\d{4}\b/.exec(text);
  // "11/02/2025 - 18:32 GMT+1": a slashed date beside a European clock (a zone at or east of Greenwich, CET, BST…) is day first, as Europe writes it.
  // So is one under a label in a language that writes the day first ("Actualizado el 12/03/2031", "Publié le 12/03/2031").
  const european = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/.test(text) && (EUROPEAN_ZONE.test(line) || DAY_FIRST_LABEL.test(line.trim()));
  const parser = /[年月日]/.test(text) ? chrono.zh.strict : (dotted && Number(dotted[3]) <= 12) || european ? chrono.en.GB : chrono.strict;
  // "Miércoles, 12 febrero 2025", "3. März 2025": a page in another language (or half-translated) names its months and days
  // in that language; the whole line must still be one date in one of them.
  return datedBy(parser, text) ?? (/[^\d\s.,:/()|·•–—-]{3}/.test(text) ? LOCALES.reduce<ParsedDate | undefined>((d, p) => d ?? datedBy(p, text), undefined) : undefined);
}

/** A date label in a language whose numeric dates put the day first (Spanish, Portuguese, French, German, Italian, Dutch). */
const DAY_FIRST_LABEL = /^(?:publicado|atualizado|actualizado|creado|criado|fecha|publié|mis à jour|mis en ligne|veröffentlicht|aktualisiert|erschienen|stand|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?![\p{L}])/iu;

/** The languages, besides English, whose month and weekday names a date line may use (chrono's strict parsers). */
const LOCALES = [chrono.es.strict, chrono.fr.strict, chrono.de.strict, chrono.pt.strict, chrono.it.strict, chrono.nl.strict];

/** The one date a parser reads from the whole of a (rewritten) date line, when nothing but labels and punctuation is beside it. */
function datedBy(parser: chrono.Chrono, text: string): ParsedDate | undefined {
  const results = parser.parse(text, REF);
  if (results.length === 0) return undefined;
  // Nothing but the dates, labels and punctuation may be on the line; "Published X Updated Y" gives X.
  let rest = text;
  for (const r of results) rest = rest.replace(r.text, ' ');
  // A place or zone in brackets beside the time ("6:20 pm (Paris)") says where the clock is, not another fact.
  if (rest.replace(/\(\p{Lu}[\p{L} .'’-]{0,24}\)/gu, '').replace(LABEL_WORDS, '').replace(/[\s,.;:()|·•–—-]/g, '') !== '' && !labelledPair(text, results)) return undefined;
  // "27 Jan 2025 - 14 Mar 2025": a range (an archive's capture span, an event's dates) is no one day.
  if (results[0]!.end) return undefined;
  // "Last Updated: X First Published: Y": a later date labelled as the publication is the one, whatever stands first.
  const labelled = results.findIndex((r, k) => k > 0 && PUBLISHED_LABEL.test(text.slice(results[k - 1]!.index + results[k - 1]!.text.length, r.index)));
  const at = results[labelled > 0 ? labelled : 0]!.start;
  // "Updated Feb 3, 2025 – 5:32pm, first published at 4:10pm": a first publication stated by its time only is on the first date's day.
  const timeOnly = labelled > 0 && at.isCertain('hour') && !at.isCertain('day') && !at.isCertain('month');
  const s = timeOnly ? results[0]!.start : at;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return undefined;
  const day = `${pad(s.get('year')!, 4)}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`;
  if (!at.isCertain('hour')) return { iso: day, hasTime: false };
  return { iso: `${day}T${pad(at.get('hour')!)}:${pad(at.get('minute') ?? 0)}`, hasTime: true };
}

/**
 * "Input 2025-01-23 15:12 Modified 2025-01-23 16:40" (a translated 입력/수정), "Erstellt 3.2.2025 Aktualisiert 4.2.2025":
 * two or more dates, each after a label of one or two words in a language the label list does not know, and nothing else.
 * One date after an unknown word is not read so: "Budget 2025" or a headline's last words are no label.
 */
function labelledPair(text: string, results: readonly { index: number; text: string }[]): boolean {
  if (results.length < 2) return false;
  let at = 0;
  for (const r of results) {
    const label = text.slice(at, r.index).replace(/[\s,;:|·•–—-]+/g, ' ').trim();
    if (!/^(?:\p{L}+(?:\s\p{L}+)?)?$/u.test(label)) return false;
    at = r.index + r.text.length;
  }
  return text.slice(at).replace(/[\s,.;:()|·•–—-]/g, '') === '';
}

/**
 * A date line that may open with a place and an agency: "Paris (AFP) March 3, 2025" gives the date
 * and the publisher "AFP".
 */
export function parsePlaceDateLine(line: string): (ParsedDate & { publisher?: string }) | undefined {
  // "Posted on March 3, 2025 by admin": the blog's poster is not a byline; the date is still a date.
  line = line.replace(/^((?:posted|published)\b.*\d)\s+by\s+\S.{0,40}$/i, '$1');
  const m = PLACE_AGENCY.exec(line.trim());
  // "Shanghai, March 4, 2025": where and when the story was written.
  const placed = m ? undefined : PLACE_COMMA.exec(line.trim());
  // Before a dash the words must name a place: "Jane Doe – Mar 11, 2031" is a byline.
  if (placed && (placed[2] === ',' || isPlace(placed[1]!))) return parseDateLine(placed[3]!) ?? parseDateLine(line);
  if (!m) return parseDateLine(line);
  const date = parseDateLine(line.trim().slice(m[0].length));
  return date ? { ...date, publisher: m[2]!.trim() } : undefined;
}

/** A month-and-day line with no year ("- Apr 17", "March 3"): header metadata, but not a date. */
export function isYearlessDateLine(line: string): boolean {
  // A day needs a digit, and the rewrites below only remove text: a line without one is turned away before them.
  if (!/\d/.test(line)) return false;
  // "Tue, Feb 4, 9:02 AM (2 days ago)": a mail client's header adds the message's age in brackets.
  const text = line.trim().replace(/^[-–—•·]\s*/, '').replace(DATE_LABEL, '').replace(/\s*\((?:\d+|an?|one)\s+(?:minutes?|hours?|days?|weeks?)\s+ago\)$/i, '');
  if (text.length > 30 || /\d{4}/.test(text) || !/\d/.test(text)) return false;
  const r = chrono.strict.parse(text, REF);
  return r.length === 1 && r[0]!.text.trim().length >= text.replace(/[\s,.]+$/, '').length - 1 && !r[0]!.start.isCertain('year') && r[0]!.start.isCertain('day');
}

/**
 * A wire dateline opening a paragraph: "NEW YORK, Jan 27 (Reuters) - …", "BEIJING (AFP) — …",
 * "SAN FRANCISCO, Jan 27, 2025 (AP) — …", "(Bloomberg) -- …", "HANGZHOU, China /PRNewswire/ -- …".
 * The date is kept only when it has a year.
 */
const DATELINE = /^(?:(\p{Lu}[\p{Lu}\p{M} .'’/-]{1,40}?)(?:,\s*([^()/\n]{3,40}?))?\s*)?(?:\(([\p{Lu}][\p{L}&.'’ ]{0,30})\)|\/([\p{Lu}][\p{L}&.'’ ]{0,30})\/)(?:\s*[-–—]+\s|--)/u;
/** A listed company opening a release after its dateline: "Acme Corp. (NASDAQ: ACME) today announced" (a release's own words). */
// Or with the short name the release goes on to use: "Acme Holdings Berhad ("Acme") today broke ground on …", "Acme Limited ("AL" or the "Company") today …".
const RELEASE_ISSUER = /^\s*(\p{Lu}[\p{L}\d&.,'’ -]{1,60}?)\s+\((?:(?:\p{Lu}{2,10}(?:[ -]\p{Lu}[\p{L}]{0,9})?)\s*:\s*[\p{Lu}\d.]{1,8}|["“]\p{Lu}[\p{L}\d&.'’ -]{1,40}["”](?:,?\s+(?:or|and)\s+(?:the\s+)?["“]\p{Lu}[\p{L} ]{1,20}["”])?)\)(?:,?\s+\p{Ll}[^.]{0,40})?\s+today\s+(?:announced|reported|unveiled|launched|released|introduced|said|\p{Ll}+)\b/u;
/** "Taipei, Jan. 16 (FNA) Taiwan's …": an agency's dateline without a dash, the place in title case; a month's name must stand in it. */
const DATELINE_NO_DASH = /^(\p{Lu}[\p{L}.'’ -]{1,30}?),\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\s+\(([\p{Lu}][\p{Lu}&.'’]{1,10})\)\s+(?=\p{Lu})/u;
const DATELINE_TITLED = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+\(([\p{Lu}][\p{L}&.'’ ]{0,30})\)\s*(?:[-–—]+\s|--)/u;
/**
 * "HANGZHOU, China, March 18, 2025 — …", "OSLO, Norway, 3 June 2031 -- …": a release's dateline without an agency, the
 * place in capitals (a region may follow it), the date with its year, then a dash. Only the date is read from it.
 */
const RELEASE_DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’/-]{1,40}?),\s*((?:\p{Lu}[\p{L}. ]{1,30},\s*){0,2})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})\s*(?:[-–—]+|\/[^/\n]{2,30}\/\s*[-–—]*)\s+(?=\p{Lu}|["“])/u;
export function parseDateline(paragraph: string): Dateline | undefined {
  const plainDash = DATELINE_NO_DASH.exec(paragraph);
  if (plainDash) {
    const date = parseDateLine(plainDash[2]!);
    return { text: plainDash[0].trim(), publisher: plainDash[3]!, ...(date ? { iso: date.iso, hasTime: date.hasTime } : {}) };
  }
  // "Beijing (AMP) – …": a place written in title case, when it is known as a place (a company and its ticker, "Acme (ACME) –", is not).
  const titled = DATELINE_TITLED.exec(paragraph);
  if (titled && isPlace(titled[1]!)) return { text: titled[0].trim(), publisher: titled[2]! };
  const m = DATELINE.exec(paragraph);
  if (!m) {
    const release = RELEASE_DATELINE.exec(paragraph);
    const date = release && /\p{Lu}{2}/u.test(release[1]!) ? parseDateLine(release[3]!) : undefined;
    return date ? { text: release![0].trim(), iso: date.iso, hasTime: date.hasTime } : undefined;
  }
  const [whole, , when, paren, slashed] = m;
  const agency = paren ?? slashed;
  // "SANTA CLARA, Calif., Feb. 26, 2025": a state or country may stand between the city and the date.
  const parts = when?.split(/\s*,\s*/) ?? [];
  const date = parts.map((_, k) => parts.slice(k).join(', ')).map((w) => (/\d/.test(w) ? parseDateLine(w) : undefined)).find((d) => d !== undefined);
  // "… (WIRE) -- Acme Corp. (NASDAQ: ACME) today reported …": a company's own release, carried by a distribution service, is the company's.
  // Distribution services write their names in capitals or between slashes ("(PRIMEWIRE)", "/HarbourNewswire/"); a news wire's story about a company ("(Reuters) - Acme (NASDAQ: ACME) said") stays the wire's.
  const service = slashed !== undefined || !/\p{Ll}/u.test(agency!);
  const issuer = service ? RELEASE_ISSUER.exec(paragraph.slice(whole!.length))?.[1] : undefined;
  return { text: whole!.trim(), publisher: (issuer ?? agency!).trim(), ...(date ? { iso: date.iso, hasTime: date.hasTime } : {}) };
}

/** "8 min read", "Reading time: 6 minutes", "5-minute read". */
// "6–8 minutes": a range, as Firefox's Reader View estimates it.
const READING_TIME = /^(?:(?:estimated )?reading time\s*:?\s*)?(?:about |~)?(?:\d{1,3}\s*[–-]\s*)?\d{1,3}(?:\s*|-)(?:min(?:ute)?s?|m)\.?(?:\s+read(?:ing)?(?: time)?)?$/i;
export const isReadingTime = (text: string) => READING_TIME.test(text.trim()) && /read|min/i.test(text);

/** "May 2, 202512 min read": a date glued to a reading time. Returns the two parts. */
export function splitGluedReadingTime(line: string): [string, string] | undefined {
  // Both forms end in "read": a cheap test first, as the patterns below backtrack over long lines.
  if (!/read/i.test(line)) return undefined;
  // "3 min read26 Apr 2025, 08:41 PM IST": the reading time stands first, glued to the date.
  const first = /^(\d{1,3}\s*min(?:ute)?s?\s+read)\s*(\d.*\d{4}.*)$/i.exec(line.trim());
  if (first) return [first[2]!, first[1]!];
  if (!/read\s*$/i.test(line)) return undefined;
  const m = /^(.*?\D(?:19|20)\d{2})(\d{1,3}\s*min(?:ute)?s?\s+read)$/i.exec(line.trim());
  if (m) return [m[1]!, m[2]!];
  // Or beside it after a space or separator: "Mon, Mar 10, 2025, 3:44 AM 3 min read".
  const spaced = /^(.*\d.*?)\s*[|·•,–—-]?\s+(\d{1,3}\s*min(?:ute)?s?\s+read)$/i.exec(line.trim());
  return spaced ? [spaced[1]!, spaced[2]!] : undefined;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2024-12-26T21:45" → "26 December 2024, 21:45"; "2025-01" → "January 2025"; "1957" → "1957". */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, t] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1];
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}${t ? `, ${t}` : ''}`;
}
