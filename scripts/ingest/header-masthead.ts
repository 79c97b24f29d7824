import { isKnownPerson, parseNameLine, titleCase } from './byline-names.ts';
import { hostOfSite, isNameShaped } from './header-site-evidence.ts';
import { spelledOut } from './outlet-name.ts';
import { asNotice, BODY_NAME, copyrightNotices, COPYRIGHT_LEAD, looksLikeOutlet, noticeOwner, OUTLET_WORD, withoutLogoWord } from './outlet-name.ts';
export { BODY_NAME };
import { isSectionLine, SKIP_LINK } from './headline.ts';
import { parseDateline } from './dates.ts';
import { isNetworkName } from './header-copyright-holder.ts';
import { chromeReason, type Segment } from '../core/article.ts';
import { words, type Unit } from './units.ts';

/**
 * What a masthead states besides the site's name: a public body's long name, its office holder, the
 * office within it that issued a release, a channel's audience, a roster of speakers, a section of the outlet.
 */

/** An office before a name ("Chairman Reid Calloway"): above the headline, the office holder in a masthead, not a byline. */
export const OFFICE = /^(?:chair(?:man|woman)?|ranking member|senator|sen\.|rep\.|representative|congress(?:man|woman)|minister|secretary|governor|mayor|president|ambassador|spokes(?:person|man|woman))\s+\p{Lu}/iu;
/** An office within a body: "Department of Foreign Trade", "Press Office". */
export const UNIT = /^(?:(?:the\s+)?(?:department|office|division|bureau|section)\s+of\b|[\p{L} ]+\s(?:office|division|department)$)/iu;
/** An audience counter: "486K subscribers", "12,408 followers", "3.1M members". */
export const AUDIENCE = /^[\d.,]+\s?[KMB]?\s+(?:subscribers|followers|members)$/i;
/** "Robin Li - Co-Founder and CEO", "Alicia Yap - Citigroup": a name with a role or firm, in a roster. */
export const ROSTER_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s+[-–—]\s+\S.{0,80})?$/u;
/**
 * "LatePost Tech" over a text that names "LatePost" alone and never the whole name: the site line names
 * the outlet's section or channel (a name and a section word), and the outlet is the name the text uses.
 */
export function outletOfDesk(name: string, body: readonly Unit[]): string {
  const ws = name.split(/\s+/);
  const full = fullForm(ws, body);
  if (full) return full;
  // "Northwind Cloud Blog", "Acme Engineering Blog", "Acme Newsroom": a company's blog, whose owner the text names alone ("About Northwind Cloud").
  const blog = BLOG_OF.exec(name)?.[1];
  if (ws.length < 2 || !(isSectionLine(ws.at(-1)!) || blog)) return name;
  const outlet = blog ?? ws.slice(0, -1).join(' ');
  if (isSectionLine(outlet)) return name;
  const whole = new RegExp(`(?<![\\p{L}\\d])${RegExp.escape(outlet)}(?![\\p{L}\\d])`, 'u');
  const text = body.map((u) => u.text);
  // A blog's owner named once under the text ("© 2031 Northwind Cloud") is enough: a blog is its owner's.
  return text.some((t) => t.includes(name)) || text.filter((t) => whole.test(t)).length < (blog ? 1 : 2) ? name : outlet;
}

/** A blog, newsroom or docs site named after its owner ("Acme API Docs"): the owner's name, then the kind of page. */
const BLOG_OF = /^(.+?)\s+(?:(?:engineering|tech(?:nology)?|research|developer|developers|product|company|corporate|official|api)\s+)?(?:blog|newsroom|docs|documentation)$/i;

/** Small words a masthead's logo may drop from a name: "Ministry of Commerce People's Republic of China". */
const NAME_GLUE = '(?:of|the|and|for|on|in)';

/**
 * The name as the text writes it in full elsewhere (a footer's "Sponsored by: Ministry of Commerce of the People's
 * Republic of China"): the same words in the same order, with small words between them. Only for names of three words or more.
 */
function fullForm(ws: readonly string[], body: readonly Unit[]): string | undefined {
  if (ws.length < 3) return undefined;
  const re = new RegExp(`(?<![\\p{L}\\d])${ws.map((w) => RegExp.escape(w)).join(`(?:\\s+${NAME_GLUE})*\\s+`)}(?![\\p{L}\\d])`, 'u');
  for (const u of body) {
    // Only a line holding each of the name's words can hold the name (a cheap test before the pattern, run on every line).
    const m = ws.every((w) => u.text.includes(w)) ? re.exec(u.text)?.[0] : undefined;
    if (m && m.split(/\s+/).length > ws.length) return m;
  }
  return undefined;
}

/**
 * Publishers a header line names that are only the issuer of a release: "Source: Department of X" beside the
 * date of a body's release (the office within the body in the masthead), and "Source: Company" beside the
 * date of a release a wire distributes ("CITY, date (WIRE NAME) --": the wire publishes it).
 */
export function dropIssuers(segments: Map<number, Segment>, us: readonly Unit[], taken: ReadonlyMap<number, Segment>, titleLine: number, end: number): void {
  const masthead = [...segments.values()].some((s) => s.kind === 'meta' && s.role === 'publisher' && !!s.value && BODY_NAME.test(s.value) && s.line < titleLine);
  const lead = us.findIndex((_, k) => k >= end && !taken.has(k) && !segments.has(k));
  const wire = lead >= 0 && !!parseDateline(us[lead]!.text)?.publisher;
  for (const [i, s] of segments) {
    if ((s.kind === 'date' || s.kind === 'byline') && s.publisher && ((masthead && UNIT.test(s.publisher)) || (wire && /\bsource\s*:/i.test(s.text)))) segments.set(i, { ...s, publisher: undefined });
  }
}

/** "Name in English": the language of a paper's edition is not part of its name. */
export const EDITION_LANGUAGE = /\s+in\s+(?:English|French|Spanish|German|Chinese|Japanese|Korean|Arabic|Portuguese|Russian|Italian)$/;

/** "Harbour Gazette logo", "Harbour Desktop Logo", "Harbour Mobile Logo": a logo's alt text (one per screen size) names the site before "logo". */
// ("Harbour Gazette's logo": the possessive is the alt text's, not the name's.)
const LOGO_ALT = /(?:['’]s)?\s+(?:(?:desktop|mobile|main|site|header|footer|small|large|dark|light|white|black)\s+)?logo$/i;

/** A menu's own labels, never a site's name however often the text uses the word. */
export const MENU_WORD = /^(?:home|menu|search|blog|news|about|products?|docs|documentation|pricing|research|careers|contact|login|subscribe|account|more|features|solutions|resources|community|support|company|team|events|press|shop|store|library|archive|topics|sections|latest|newsletters?|podcasts?|videos?)$/i;

/** "Copyright 2031 Harbour Media Inc.": the copyright holder named as the masthead is, without its article ("THE HARBOUR"). */
const ownsCopyright = (line: string, name: string) => {
  const bare = name.replace(/^the\s+/, '');
  const notice = asNotice(line);
  return bare !== name && !!notice && new RegExp(`${COPYRIGHT_LEAD.source}${RegExp.escape(bare)}\\b`, 'i').test(notice);
};

/** "Channel Street Business" over the menu, "© 2031 CSB LLC." at the foot: the copyright holder is the masthead's initials. */
const initialsOwnCopyright = (line: string, name: string) => {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || !ws.every((w) => /^\p{Lu}/u.test(w))) return false;
  const initials = ws.map((w) => w[0]).join('');
  const notice = asNotice(line);
  return !!notice && new RegExp(`${COPYRIGHT_LEAD.source}${RegExp.escape(initials)}\\b`).test(notice);
};

/**
 * A site's name opening a menu at the top of the page ("Axon Technica" / "Biz & IT" / "Tech" …), taken as
 * chrome with the menu: the outlet when it is written as a name of one (camel-cased) to four words and
 * the text names it again. A banner sentence may stand above it ("Join our newsletters …"); written in
 * capitals, the name is compared without case and title-cased.
 */
/** An ad slot's label alone on its line ("Advertisement"): however often the page repeats it, never the site's name. */
const AD_LABEL = /^(?:advertisement|advertising|advertisment|anzeige|publicité|publicidad|pubblicità)$/iu;

/** A menu's label opens with a word of recency or rank ("Latest News", "Top Stories", "Breaking News"): no masthead. */
const NAV_LEAD = /^(?:latest|breaking|top|trending|popular|most|more|all|recent|today['’]?s?|live|featured|editor['’]?s|new)\b/i;
/** A name in capitals is written as a name ("HARBOUR DAILY" → "Harbour Daily"), an acronym of up to five letters ("FNB") as it is. */
const asWritten = (name: string) => (/\p{Ll}/u.test(name) || /^\p{Lu}{2,5}$/u.test(name) ? name : titleCase(name));

export function topSiteLine(us: readonly Unit[], ts: readonly string[], taken: ReadonlyMap<number, Segment>, titleAt: number, end: number, bannerFirst: boolean, from = 0, host?: string): { at: number; value: string } | undefined {
  // "Skip to main content" over the masthead: a skip link is a control, the site's name stands under it.
  // `from`: the first line after what a capture tool wrote above the page (an archive's copy of the page's address).
  // So is an ad slot's label above it ("Advertisement").
  let skip = from;
  while (skip < from + 2 && (SKIP_LINK.test(ts[skip] ?? '') || AD_LABEL.test(ts[skip] ?? ''))) skip++;
  if (skip >= ts.length) return undefined;
  const at = skip + ((bannerFirst || words(ts[skip]!) > 8) && titleAt > skip + 1 ? 1 : 0);
  const top = taken.get(at);
  // "Harbour Forum new | past | comments | ask | submit": a text-only site prints its name, then its menu, on one line.
  const row = ts[at]!.split(/\s+\|\s+/);
  const lead = row.length >= 4 && row.slice(1).every((p) => /^\p{Ll}[\p{Ll} ]{0,15}$/u.test(p)) ? /^((?:\p{Lu}[\p{L}&.'’-]*\s){1,3})\p{Ll}+$/u.exec(row[0]!)?.[1]?.trim() : undefined;
  if (lead && titleAt > at && top?.kind === 'boilerplate' && top.reason === 'navigation') return { at, value: lead };
  // "Harbour Gazette logo": a logo's alt text names the site.
  const firstAlt = ts[at]!.replace(EDITION_LANGUAGE, '').replace(LOGO_ALT, '');
  const first = withoutLogoWord(firstAlt);
  // One word is a name when the text writes it so at least twice ("Qwen" over a lab's blog), which a menu's label ("Products") is not.
  const single = words(first) === 1 && /^\p{Lu}[\p{L}\d]{2,}$/u.test(first) && !MENU_WORD.test(first);
  // "TICKER & TAPE": an ampersand between the words is part of a name.
  const shaped = words(first) <= 4 && /^(?:(?:\p{Lu}[\p{L}&.'’-]*|&)\s?)+$/u.test(first) && !/^&/.test(first) && !isSectionLine(first) && (words(first) >= 2 || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(first) || single);
  // "Circuit Ledger" / "Circuit Ledger" at the top of the page: the logo's text and the name, printed twice (the chrome
  // rules read a doubled name as a company's tag block; above the headline, with no profile field under it, it is the masthead).
  const doubled = top?.kind === 'boilerplate' && top.reason === 'company tag block' && ts[at + 1] === ts[at] && !/^\p{Lu}[\p{L} ]{1,25}:\s/u.test(ts[at + 2] ?? '');
  if (titleAt <= at || top?.kind !== 'boilerplate' || (top.reason !== 'navigation' && top.reason !== 'page chrome' && !doubled) || !shaped) return undefined;
  const name = first.toLowerCase();
  // The page's own address spells it ("TechBiz Daily" over www.techbizdaily.example.com/…): the site's name, however rarely the text repeats it.
  const squashed = name.replace(/[^\p{L}\d]/gu, '');
  if (host && squashed.length >= 4 && host.toLowerCase().split('.').some((label) => label === squashed)) return { at, value: asWritten(first) };
  // "HPB" over the story, "Harbour Public Broadcasting" alone or in the copyright line at the foot: the name the site spells out.
  const full = /^\p{Lu}{2,5}$/u.test(first) ? spelledOut(first, us.slice(Math.max(end, at + 1)).map((u) => u.text)) : undefined;
  if (full) return { at, value: full };
  // The text names it again anywhere below the masthead (a disclaimer in the header, "Views expressed by X contributors …", counts).
  if (words(first) === 1 && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(first)) {
    const word = new RegExp(`\\b${RegExp.escape(first)}\\b`, 'gu');
    // Lines of the header count too ("Get a quick summary of this article on LCN Brief."), but not its menu's.
    const said = us.reduce((n, u, k) => n + (k > at && (k >= end || chromeReason(taken.get(k)) !== 'navigation') ? (u.text.match(word)?.length ?? 0) : 0), 0);
    if (said < 2) return undefined;
    // A name of two words or more shaped as an outlet's ("Harbour TV", "The Harbour Tech") heads its menu once, as mastheads do
    // (unless the page's own address, printed above, spells another name).
  } else if (!(looksLikeOutlet(first) && !NAV_LEAD.test(first) && !host) && !us.some((u, k) => k > at && k !== titleAt && (u.text.toLowerCase().includes(name) || ownsCopyright(u.text, name) || initialsOwnCopyright(u.text, first)))) return undefined;
  return { at, value: outletOfDesk(writtenName(first, us.slice(end)), us.slice(end)) };
}

/**
 * "ASSOCIATED WIRE" in the masthead, "The Associated Wire" alone or as the copyright's holder at the foot: a logo set in
 * capitals, named as the site writes its name in its own lines (with its article, which the logo drops).
 */
export function writtenName(name: string, foot: readonly Unit[]): string {
  if (/\p{Ll}/u.test(name) || /^\p{Lu}{2,5}$/u.test(name)) return name;
  const spelled = new RegExp(`^((?:The\\s+)?${name.split(/\s+/).map((w) => RegExp.escape(w)).join('\\s+')})(?=$|[.,]|\\s+(?:\\d{4}|all rights))`, 'iu');
  for (const u of foot) {
    const line = u.text.trim();
    const notice = asNotice(line);
    const holder = notice ? notice.replace(COPYRIGHT_LEAD, '') : line;
    const m = spelled.exec(holder)?.[1];
    if (m && /\p{Ll}/u.test(m) && /^\p{Lu}/u.test(m) && (holder !== line || m === line)) return m;
  }
  return titleCase(name);
}

/**
 * A name above the headline that the page's copyright line at the foot holds ("The Northern Chronicle" among the
 * masthead's lines, "© The Northern Chronicle 2031" at the end): the site's name, wherever in the masthead it
 * stands (under a consent overlay, inside its menu). Only a short name-shaped line; the first that the footer holds.
 */
export function copyrightMasthead(us: readonly Unit[], ts: readonly string[], taken: ReadonlyMap<number, Segment>, titleAt: number, end: number): { at: number; value: string } | undefined {
  const foot = copyrightNotices(us.slice(Math.max(end, titleAt + 1)).map((u) => u.text));
  if (foot.length === 0) return undefined;
  for (let k = 0; k < titleAt; k++) {
    const t = ts[k]!.trim().replace(LOGO_ALT, '');
    const why = chromeReason(taken.get(k));
    if (taken.has(k) && why !== 'navigation' && why !== 'page chrome') continue;
    if (words(t) < 2 || words(t) > 6 || !/^(?:(?:\p{Lu}[\p{L}&.'’-]*|&|of|the|and|in|on|for|at)\s?)+$/u.test(t) || !/^\p{Lu}/u.test(t) || isSectionLine(t)) continue;
    const name = RegExp.escape(t.replace(/^the\s+/i, ''));
    if (foot.some((f) => new RegExp(`${COPYRIGHT_LEAD.source}(?:the\\s+)?${name}\\b`, 'iu').test(f))) return { at: k, value: asWritten(t) };
  }
  return undefined;
}



/** A company's legal form in other countries' law ("Fjord Shipyards AS", "Harbour Werft GmbH"): a company's notice, not a site's. */
const FOREIGN_LEGAL_FORM = /\s(?:AS|ASA|AB|AG|GmbH|SA|SAS|SpA|S\.?p\.?A\.?|NV|BV|Oy|Oyj|KK|SE|Pty|LLP|Co)\.?$/u;

/** A parent company's words: "Harbor Media Group", "Meridian Holdings" own outlets, and are none. */
const PARENT_WORD = /\b(?:group|holdings?|media|publishing|publications|communications|enterprises|ventures|capital)\b/i;

/**
 * "Copyright ©2031 Harbour Journal Co., Inc. All Rights Reserved." under an article-area copy that shows no masthead:
 * the company the copyright line names, without its legal form, when its name is an outlet's ("Journal", "Times")
 * and not a parent company's ("Harbour Media Group"), or whatever its words when the page's address spells it. Only when nothing above names the site.
 */
export function copyrightOwner(us: readonly Unit[], titleAt: number, end: number, host?: string): { at: number; value: string } | undefined {
  for (let k = us.length - 1; k >= Math.max(end, titleAt + 1); k--) {
    const t = asNotice(us[k]!.text);
    if (!t) continue;
    // (Written however the site writes it: "© Harbour Gazette, 2031", "Copyright © 2031 by …", "… — Tous droits réservés", "… | Privacy".)
    const { owner, year } = noticeOwner(t);
    const name = owner.replace(/,?\s+(?:Co\.?,?\s*)?(?:Inc|Ltd|LLC|Corp|Limited|plc|PLC)\.?$/u, '').replace(/,?\s+Co\.$/, '').trim();
    // "© 2031 The Quay Shimbun": a title with its article and no legal form is a publication's, whatever its words.
    const title = owner === name && /^The\s/.test(name);
    if (isNetworkName(name)) return undefined;
    if (words(name) >= 2 && words(name) <= 5 && /^(?:\p{Lu}[\p{L}&.'’-]*\s?|of\s|the\s|and\s)+$/u.test(name) && (OUTLET_WORD.test(name) || title) && !PARENT_WORD.test(name)) return { at: k, value: asWritten(name) };
    // Any name-shaped holder ("© 2031 Kestrel", "© 2031 Made in Bergen") that the page's own address spells: two sources name the site.
    if (host && isNameShaped(name) && !PARENT_WORD.test(name) && hostOfSite(`https://${host}/`, name)) return { at: k, value: asWritten(name) };
    // "© 2031 Kestrel. All rights reserved.": the mark, the year, then a name that is no company's (no legal form, no parent's word)
    // and no person's (a writer's own site) is the site's own notice — the usual foot of a page that shows no masthead.
    if (owner === name && year && !FOREIGN_LEGAL_FORM.test(name) && isNameShaped(name) && words(name) <= 5 && !PARENT_WORD.test(name) && !parseNameLine(name) && !isKnownPerson(name)) return { at: k, value: asWritten(name) };
    return undefined;
  }
  return undefined;
}

/**
 * "By Jane Doe, HNN Business" under a masthead "Harbour News Network" (or over "© 2031 Harbour News Network"): the
 * initials the byline's outlet opens with are the site's, spelled out where the page writes its name whole.
 */
export function spellBylineOutlet(segments: Map<number, Segment>, us: readonly Unit[]): void {
  for (const [i, s] of segments) {
    if (s.kind !== 'byline' || !s.publisher) continue;
    // "HNN Business", "ELtech": the initials, then the desk's word (glued or not).
    const initials = /^(\p{Lu}{2,6})(?:\s+\p{Lu}\p{Ll}+|\p{Ll}{3,})?$/u.exec(s.publisher)?.[1];
    const full = initials ? spelledOut(initials, us.filter((_, k) => k !== i).map((u) => u.text)) : undefined;
    if (full) segments.set(i, { ...s, publisher: full });
  }
}

/**
 * "The Courier" among the masthead's lines, "Millions turn to The Courier every month" below the text: a name
 * opening with "The", written with its capital "The" inside a sentence (after a lower-case word), is a proper
 * name, the site's. Only a short name-shaped line above the headline; the first the text names so.
 */
export function theNameAgain(us: readonly Unit[], ts: readonly string[], taken: ReadonlyMap<number, Segment>, titleAt: number, end: number): { at: number; value: string } | undefined {
  const below = us.slice(Math.max(end, titleAt + 1)).map((u) => u.text);
  for (let k = 0; k < titleAt; k++) {
    const t = ts[k]!.trim();
    const why = chromeReason(taken.get(k));
    if (taken.has(k) && why !== 'navigation' && why !== 'page chrome') continue;
    if (!/^The(?:\s\p{Lu}[\p{L}&'’-]*){1,3}$/u.test(t) || isSectionLine(t)) continue;
    const inSentence = new RegExp(`\\p{Ll}[,;]?\\s+${RegExp.escape(t)}(?![\\p{L}\\d])`, 'u');
    if (below.some((l) => inSentence.test(l))) return { at: k, value: t };
  }
  return undefined;
}

/**
 * "THE HARLAN INSTITUTION" under a brief's date, "2 | THE HARLAN INSTITUTION" and "THE HARLAN INSTITUTION | 3" at the page breaks: a
 * printed document names its publisher in the running head of every page. A short name-shaped header line the running heads repeat
 * with a page's number is the site, written as the text writes it.
 */
export function runningHeadName(us: readonly Unit[], ts: readonly string[], titleAt: number, end: number): { at: number; value: string } | undefined {
  const heads = us.slice(Math.max(end, titleAt + 1)).flatMap((u) => /^(?:\d{1,3}\s*[|·]\s*(.{3,60})|(.{3,60}?)\s*[|·]\s*\d{1,3})$/u.exec(u.text.trim())?.slice(1, 3).filter(Boolean) ?? []);
  if (heads.length < 2) return undefined;
  for (let k = 0; k <= Math.min(end, ts.length - 1); k++) {
    const t = ts[k]!.trim();
    if (k === titleAt || !isNameShaped(t) || words(t) > 6) continue;
    if (heads.filter((h) => h!.trim().toLowerCase() === t.toLowerCase()).length >= 2) return { at: k, value: writtenName(t, us.slice(end)) };
  }
  return undefined;
}

/**
 * "[hpr-logo]" (a text browser's image label, a logo's file name) over the menu, "Copyright © Harbour Ports Review Ltd."
 * at the foot: the logo's letters are the initials of the name the copyright line writes whole.
 */
export function logoInitials(us: readonly Unit[], ts: readonly string[], titleAt: number, end: number): { at: number; value: string } | undefined {
  const foot = copyrightNotices(us.slice(Math.max(end, titleAt + 1)).map((u) => u.text));
  if (foot.length === 0) return undefined;
  for (let k = 0; k < titleAt; k++) {
    const letters = /^\[?([a-z]{2,6})[-_ ]logo(?:\.\w{3,4})?\]?$/i.exec(ts[k]!.trim())?.[1];
    const full = letters ? spelledOut(letters.toUpperCase(), foot) : undefined;
    if (full) return { at: k, value: full };
  }
  return undefined;
}
