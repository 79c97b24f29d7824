import { LEGAL_FORM } from './outlet-name.ts';
import type { Meta } from './header-line-forms.ts';
import type { Segment } from '../core/article.ts';
import { isCjk } from './headline.ts';
import { BARE_URL, words, type Unit } from './units.ts';

/** The shapes of header lines the walk (header-walk.ts) reads: prose or not, a headline's or not, and the labels and marks of other header lines. */

export const MAX_TITLE = 200;

/** A line that reads as body text, not a header line (in scripts without spaces: a long line, or one ending a sentence). */
export const isProse = (t: string) =>
  words(t) > 30 || (/[.;:,]["”’)]?$/u.test(t) && words(t) >= 6 && !nameWithInitials(t)) || (isCjk(t) && (t.length >= 40 || /[。！？；]$/u.test(t)));

/** "International Trade Administration, Ministry of Economic Affairs, R.O.C.": a name whose full stop is its initialism's (every long word capitalised). */
export const nameWithInitials = (t: string) => /\s(?:\p{Lu}\.){2,}$/u.test(t) && t.split(/[\s,]+/).every((w) => w.length < 4 || /^[\p{Lu}(]/u.test(w));

/** What a page's link lists are taken as: a headline or its date may have been taken with them. */
export const LINK_LIST = new Set(['related links', 'navigation']);
export const SPONSOR_LINE = /^(?:together with|presented by|sponsored by|in partnership with|brought to you by|powered by)\s+\p{Lu}/iu;
export const COUNT_LINK = /^(?:view|see|show|read|load|browse)\s+(?:all\s+)?[\d,.]+\s?[KkMm]?\s+(?:more\s+)?\p{L}+$/iu;
export const KICKER = /^[^.!?]{2,60}\s[-–—]$/u;
export const NUMBERED = /^\d{1,2}[.)]\s+\S/;
/** A line with an e-mail address is a contact, never a headline. */
// A firm's name ending in its legal form's full stop ("ACME ROBOTICS INC.") is a header line, not the end of a sentence.
export const canBeTitle = (t: string) => t.length <= MAX_TITLE && (!/[.,;:]$/.test(t) || (/\.$/.test(t) && ((LEGAL_FORM.test(t) && words(t) <= 7) || nameWithInitials(t)))) && !BARE_URL.test(t) && !/\S@[\w-]+\.\w/.test(t);

/** A job title opening a line, then where: "Partner, Example Ventures", "Senior analyst at Example". */
export const JOB_LINE = /^(?:(?:senior|junior|chief|principal|managing|general|founding|co-?|vice|lead|staff|contributing|associate|assistant|deputy)[\s-]+)*(?:partner|founder|ceo|cto|coo|cfo|president|chair(?:man|woman)?|professor|lecturer|fellow|researcher|scientist|engineer|investor|analyst|editor|reporter|writer|correspondent|columnist|director|head|vp|manager|consultant|advisor|adviser)\b[^,]{0,30}(?:,\s|\s+(?:at|of)\s+\p{Lu})/iu;
/** A label line that names the outlet on the line under it: "Published in", "Editor for". */
// "NEWS PROVIDED BY" over the issuer's name: a release's distribution page names the company that issued it.
export const LABEL_ABOVE = /^(?:(?:published|posted|appeared|editor|featured|originally published)\s+(?:in|on|for)|(?:news |content |release )?(?:provided|issued|distributed) by)$/i;

/** Records header line `i` as `m` in `segments`. */
export const setterOf = (us: readonly Unit[], segments: Map<number, Segment>) => (i: number, m: Meta) =>
  segments.set(i, Object.assign({ kind: m.kind, line: us[i]!.line, text: us[i]!.text }, m) as Segment);

/** A reporter's e-mail address closing a line. */
export const EMAIL_AT_END = /\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** A time of day alone, with its zone: "6:12 AM GMT+8", "17:40 JST", "9:15 a.m. ET". */
export const TIME_LINE = /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?)?$/i;
/** A short label, a colon (full-width as East Asian pages write it) and a short value. */
export const LABELLED_LINE = /^\p{L}[\p{L} ]{1,24}\s*[:：]\s*\S(?:\S*\s?){0,4}$/u;
export const REPORTING_FROM = /^(?:reporting|reported|writing|filed) from\s+\p{Lu}/iu;
/** A profile card's label over the day its owner joined. */
export const JOINED = /^(?:joined|member since)\b/i;
/** A list item's mark at the start of a line. */
export const LIST_ITEM = /^[-–—•]\s+\S/u;

/**
 * A field's name alone on the line above its value, as a profile card or a post header sets it ("Joined" / "Mar 14,
 * 2019", "Member since" / "2019", "Location" / "Oslo"): a label, never a site's or a person's name.
 */
// A page's own fields are set so too ("DATE" / "Wednesday, May 28, 2025", "Author" / "Jane Doe").
export const FIELD_LABEL = /^(?:joined|registered|member since|last (?:seen|active|visit(?:ed)?)|birthday|born|location|messages|posts|reaction score|points|karma|trophies|pronouns|website|date|time|date and time|published|updated|posted|authors?|source)\s*:?$/i;
/** The profile fields among them: a date under one is a member's, not the story's. */
export const PROFILE_DATE_LABEL = /^(?:joined|registered|member since|last (?:seen|active|visit(?:ed)?)|birthday|born)\s*:?$/i;

/** "Jane Doe reported from Paris", "Jane Doe and John Roe contributed reporting from Oslo": a name, then where it reported from. */
export const REPORTED_FROM = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})?\s+(?:reported|contributed reporting|reporting)\s+from\s+\p{Lu}/u;

/** "Harbour Ledger · Business › Tech": the outlet's name, a dot or bar, then the story's section path. */
export const OUTLET_CRUMB = /^(\p{Lu}[^·|•›»]{2,40}?)\s+[·|•]\s+\p{Lu}[^·|•]{1,30}\s[›»>/]\s\S/u;

/** A sentence, then a picture credit's label glued or spaced after it, then who took the picture. */
export const CAPTION_CREDIT = /\p{Ll}[.!?)”"’]\s*(?:Credit|Photo(?:graph)?|Image|Picture)\s*(?:\.{3}|…|:)\s*\p{Lu}[^.!?]{1,80}$/u;
/**
 * "The Circuit homepage", "Harbour Ledger home page", "Harbour Ledger logo", "The Sentinel - Back to homepage", "Go to The Circuit homepage": a capitalised
 * name and its logo link's words (the link's accessible label, as a select-all copies it).
 */
export const LOGO_LINK = /^(?:(?:[Gg]o|[Bb]ack|[Rr]eturn)\s+to\s+(?:the\s+)?)?((?:The\s+)?[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+[\p{Lu}\d&][\p{L}\d&.'’-]*){0,4})\s+(?:[-–—|:]\s+(?:(?:[Bb]ack|[Gg]o|[Rr]eturn)\s+to\s+(?:the\s+)?)?)?(?:[Hh]ome ?page|logo)$/u;

/** A call-to-action button alone on its line: "LEARN MORE", "Sign up", "Start free trial", "Get the app →". */
export const BUTTON_LABEL = /^(?:learn more|find out more|sign up(?: now| for free)?|subscribe(?: now| today)?|get started|try (?:it )?(?:free|now)|start (?:your |a )?free trial|get the app|download (?:now|the app)|book a demo|request a demo)\s*[→›»>]?$/i;

/**
 * "Asia Pacific Equity Research", "Industry Update", "Global Markets Strategy": a research desk's label or a report series', printed
 * over a note's title by a bank or broker: the kind of analysis, then the kind of document ("Counterpoint Research", a firm, is no such label);
 * and a think tank's or a university's kind of paper over its title ("POLICY BRIEF", "Working Paper").
 */
export const DESK_LABEL = /^(?:\p{Lu}[\p{L}&-]*\s+){0,3}(?:Equity|Credit|Fixed Income|Macro|Economics?|Investment|Industry|Sector|Markets?|Company|Thematic)\s+(?:Research|Update|Strategy)$|^(?:policy|issue|working|discussion|occasional|white|technical|research)\s+(?:brief|paper|note|report)$/iu;
