import * as chrono from 'chrono-node';
import { parseNameWithJob } from './byline-job.ts';
import { isKnownPerson, isPlace, parseNameLine } from './byline-names.ts';
import { OTHER_ROLE, parseByline } from './byline.ts';
import { DESK, looksLikeOutlet, TEAM_NAME } from './outlet-name.ts';
import { lineChrome } from './chrome.ts';
import { isReadingTime, MAY_HOLD_YEAR, parseDateLine, type ParsedDate } from './dates.ts';
import { dateOf, EDITION, isSavedDate, providerOf, SOURCE_LINE, type Meta } from './header-line-forms.ts';
import { DOMAIN_LINE } from './header-line-url.ts';
import { isSectionLine, plain } from './headline.ts';
import { words } from './units.ts';

/**
 * A row of several header facts on one line: "By A | Jan 3, 2025 | 5 min read", "Original  Wen Jiahui  AI Frontline Watch  2025-02-18".
 * Each part must be a date, a byline, a source, or a widget of the page; the row is read only when every part is one of these.
 */

/** "1,743 words", "1743 words": an article's length. */
const WORD_COUNT = /^[\d,.]+k?\s+words$/i;
/** "Issue #87", "Episode 142", "Vol. 3": a number of an issue, beside its date. */
const ISSUE = /^(?:issue|no\.|vol(?:ume)?\.?|edition|episode|ep\.)\s*#?\d+$/i;
/** A label in a row of header facts: "Original" (a WeChat account's own article), "Reprint". */
const ROW_LABEL = /^(?:original|reprint(?:ed)?|repost(?:ed)?)$/i;
/** A content system's field of one or two words in a row of header facts: "Article Type: Original", "Language: English". */
// "Section: Startups", "Topics: AI, Chips": the story's place on the site, no outlet.
const ROW_FIELD = /^(?:\p{L}+\s+)?(?:type|language|format|category|categories|column|section|topics?|tags?)\s*:\s*\p{L}+(?:[\s,&]+\p{L}+){0,3}$/iu;
/** A single word compromise knows as a place ("Beijing"): where the article was written, in a row of header facts. */
const isPlaceName = (t: string) => /^\p{Lu}[\p{L}-]+$/u.test(t) && isPlace(t);
/** A field's label opening a part of a row: " Source:", " Author:", " Responsible editor:" (after a space, a capital, at most three words). */
const FIELD_LABEL = /\s+(\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}\s*:\s)/gu;
/**
 * A field of a header row that names neither author nor outlet: an editor's, translator's or photographer's credit
 * ("Responsible editor: Kari Lie"), and the place a platform shows a poster's connection from ("IP location: Zhejiang").
 */
const OTHER_FIELD = /^(?:\p{L}+\s+)?(?:editor|editors|translator|translated by|photos?|photographer|image|illustration|proofreader|reviewer|(?:ip )?location)\s*:\s*\S/iu;

/** A time of day alone: "19:32", "7:05 PM". */
const CLOCK = /^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/i;
/** "CFA", "PhD", "CPA": a credential after a name, as research notes and reports print their analysts. */
const CREDENTIAL = /,\s*(?:CFA|CPA|CAIA|FRM|CFP|ACA|FCA|MBA|Ph\.?\s?D\.?)$/;
/** "+852 2810 4417", "daniel.cho@example.com": a contact's phone number or address beside a name (an analyst's or author's card). */
const CONTACT = /^(?:\+?\(?\d{1,4}\)?(?:[\s.-]?\d{2,5}){2,4}|[^\s@]+@[^\s@]+\.[a-z]{2,})$/i;
/** A role other than writing, alone as a credit's label: "Editor", "Responsible editor", "Translator", "Photographer". */
const OTHER_CREDIT = /^(?:(?:responsible|chief|managing|copy|executive|duty)\s+)?(?:editors?|translator|photographer|illustrator|designer|producer|reviewer|proofreader|typesetter)$/i;
/** Two to six one-word categories between commas: "Business, All, Japan". */
const CATEGORIES = /^\p{Lu}[\p{L}&-]*(?:,\s*\p{Lu}[\p{L}&-]*){1,5}$/u;

/**
 * "Jane Doe 8 Jul 2025 6:05 pm": a row's part where the writer's name runs straight into the date, with no separator (a mobile
 * page's meta row). The date is read from where chrono finds it; what stands before it must be a name line.
 */
function nameThenDate(p: string): { by: { authors: string[]; publisher?: string }; date: ParsedDate & { publisher?: string } } | undefined {
  // The date read must hold a year (parseDateLine's own test), and a part of the line holds one only where the line does:
  // chrono (the slow part) only then.
  if (!MAY_HOLD_YEAR.test(p)) return undefined;
  const found = chrono.parse(p)[0];
  if (!found || found.index < 3) return undefined;
  const authors = parseNameLine(p.slice(0, found.index).trim());
  const date = parseDateLine(p.slice(found.index).trim());
  return authors?.length && date ? { by: { authors }, date } : undefined;
}
/** "Published - <date>", "Updated | <date>": a date's label split from it by the row's separator names no outlet. */
const DATE_LABEL = /^(?:(?:first|last|originally)\s+)?(?:published|updated|posted|issued|modified|released)(?:\s+(?:on|at))?\s*:?$/i;
/** "Staff Writer", "Senior correspondent": an author's job beside the byline, no outlet. */
const JOB_TITLE = (p: string) => /^(?:\p{L}+\s+){0,2}(?:writer|reporter|correspondent|editor|columnist|contributor|analyst|producer)$/iu.test(p.trim()) && !looksLikeOutlet(p.trim());
/** "1mo", "3h", "2 days ago": a relative age beside a byline, no date. */
const RELATIVE_AGE = /^(?:\d{1,3}\s?(?:s|m|min|h|hr|d|w|wk|mo|y|yr)s?|\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$/i;
/** A part naming a page's translations or languages: "Translations: 简体中文", "Read in: Español". */
const LANGUAGES = /^(?:translations?|languages?|read (?:this )?in|also (?:available )?in)\s*:/i;
/** A group's byline ("Qwen Team", "The Research Team"): neither a person nor the outlet. */
const TEAM = TEAM_NAME;
/** A dateline's places in a row of header facts: "HANGZHOU AND SAN FRANCISCO", "Paris, Berlin". */
const isPlaces = (t: string) => {
  const names = t.split(/\s*,\s*|\s+(?:and|AND|&)\s+/);
  return names.length >= 1 && names.length <= 4 && names.every((n) => /^\p{Lu}/u.test(n) && words(n) <= 3 && isPlace(n.split(/\s+/).map((w) => w[0] + w.slice(1).toLowerCase()).join(' ')));
};

/** A header line split into the parts of a row of facts. */
export function rowParts(t: string): string[] {
  // Several facts on one line: each part must be a date, byline, reading time or page widget.
  // Each part may carry its own Markdown marks: "**By A** · *March 9, 2025* · 6 min read".
  // A bar glued to its neighbours separates parts too: "Feb 1st 2025|HANGZHOU AND SAN FRANCISCO".
  // "ID Tech Desk / SITE.COM / Updated: Jan 31, 2025": a slash between spaces separates parts too.
  // "2031/3/12 9:40:12 Source: Harbour Daily Author: Ola Berg Editor: Kari Lie": a content system's fields, each opening with
  // its capitalised label and a colon, run together on one line; two labels or more split it into parts as wider gaps do.
  // (A row already set apart by gaps or bars is split there: "Article Source: X  Article Type: Original".)
  // "• 20h • 3 min read": a bullet opening a row is the first separator, not part of the first fact.
  const unmarked = t.replace(/^[•·]\s+/, '');
  // One label after a whole date splits it as well: "2025-04-17 14:20 Source: Department of Information" (a ministry's release).
  const labels = /\s{2,}|\|/.test(unmarked) ? 0 : (unmarked.match(FIELD_LABEL) ?? []).length;
  const afterDate = labels === 1 && !!parseDateLine(unmarked.slice(0, unmarked.search(FIELD_LABEL)));
  const fielded = labels >= 2 || afterDate ? unmarked.replace(FIELD_LABEL, '  $1') : unmarked;
  // "Feb 6, 2025 - 19:32": a time of day in the part after a date is that date's time.
  // "Jane Doe = Harbour Daily": Japanese pages join a writer and the outlet with an equals sign (氏名＝媒体), kept in translation.
  return fielded
    .split(/\s{2,}|\s*\|\s*|\s+[·•—–/=-]\s+|\s*＝\s*/)
    .map(plain)
    .reduce<string[]>((out, p) => (out.length && CLOCK.test(p.trim()) && parseDateLine(out.at(-1)!)?.hasTime === false ? [...out.slice(0, -1), `${out.at(-1)!} ${p.trim()}`] : [...out, p]), []);
}

/** What a row of two parts or more states, when every part is read. */
export function readRow(parts: string[]): Meta | undefined {
  // "Editor | Zhou Min", "Translator | Kari Lind": a role other than writing, then who held it: a credit, no byline.
  if (parts.length === 2 && OTHER_CREDIT.test(parts[0]!.trim())) return { kind: 'meta', role: 'section' };
  const read = parts.map((p) => {
    const src = SOURCE_LINE.exec(p);
    // A lone name among the parts must be known as a person's ("Industry Note" is not).
    // "Daniel Cho, CFA": a professional credential after an analyst's name is not part of it.
    const people = parseNameLine(p.replace(CREDENTIAL, ''));
    const named = people && (people.length > 1 || isKnownPerson(p)) ? people : undefined;
    // A domain names where the page is; "1,743 words" is a length, as a reading time is.
    // "Jane Doe, Staff Engineer": a name with its job title after a comma is a credit, never an outlet's name.
    const withJob = parseNameWithJob(p);
    const glued = named || withJob ? undefined : nameThenDate(p);
    const by = parseByline(p) ?? (named ? { authors: named } : withJob ? { authors: withJob } : glued?.by);
    return { date: isSavedDate(p) ? undefined : (dateOf(p) ?? glued?.date), by, source: src?.[1] ?? src?.[2] ?? (by ? undefined : providerOf(p)), other: DATE_LABEL.test(p.trim()) || RELATIVE_AGE.test(p.trim()) || OTHER_FIELD.test(p.trim()) || JOB_TITLE(p) || isReadingTime(p) || WORD_COUNT.test(p) || EDITION.test(p.trim()) || DOMAIN_LINE.test(p.trim()) || ISSUE.test(p) || isSavedDate(p) || LANGUAGES.test(p.trim()) || TEAM.test(p.trim()) || DESK.test(p.trim()) || ROW_FIELD.test(p.trim()) || CONTACT.test(p.trim()) || !!lineChrome(p) };
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
    // ("Jane Doe / Bergen": a place known as one is where the writer files from, no outlet.)
    if (isPlaceName(loose[0]!) && !looksLikeOutlet(loose[0]!)) read[k]!.other = true;
    else if (titled(loose[0]!) || looksLikeOutlet(loose[0]!)) read[k]!.source = loose[0];
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
  return undefined;
}
