import { BARE_JOB_TITLE, isKnownPerson, isNameShaped, isPlace, JOB_WORD, parseNameLine, titleCase } from './byline-names.ts';
import { parseByline } from './byline.ts';
import { parseNameWithJob } from './byline-job.ts';
import { looksLikeOutlet, withoutLogoWord } from './outlet-name.ts';
import { repeatedHolder } from './header-copyright-holder.ts';
import { moreFromName } from './header-more-from.ts';
import { AUDIENCE, BODY_NAME, copyrightMasthead, copyrightOwner, EDITION_LANGUAGE, OFFICE, outletOfDesk, logoInitials, MENU_WORD, runningHeadName, theNameAgain, topSiteLine, writtenName } from './header-masthead.ts';
import { AVATAR } from './chrome-line-rules.ts';
import { FIELD_LABEL, isProse, setterOf } from './header-shapes.ts';
import { chromeReason, type Segment } from '../core/article.ts';
import { abbreviates, CRUMB, GLUED, isCjk, isSectionLine, MAX_SECTION_WORDS, SKIP_LINK } from './headline.ts';
import { words, type Unit } from './units.ts';

/**
 * The header's other candidate lines, once the headline is chosen: each is the headline repeated, a
 * byline, the site's name, a section label or tagline, an author's bio line — or body text (a standfirst).
 */

/** Short enough for a section label: a few words, or a few characters in scripts without spaces. */
const isShortLabel = (t: string) => (isCjk(t) ? t.length <= 8 : words(t.replace(/\s[/›»>|·•]\s/g, ' ')) <= MAX_SECTION_WORDS) && !/[.!?。！？]$/u.test(t);

/** A name of one to four capitalised words, then a bare domain: "SWN helvetica.info", "Harbour Gazette gazette.example.org". */
const NAME_AND_DOMAIN = /^((?:[\p{Lu}\d][\p{L}\d&'’-]*\s){1,4})(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,}$/u;

/** A user name alone on its line, as a platform shows it beside the display name: one lower-case token. */
const USER_HANDLE = /^@?[\p{Ll}\d][\p{Ll}\d_.-]{1,30}$/u;

export interface HeaderLines {
  us: readonly Unit[];
  /** The lines without their Markdown marks. */
  ts: readonly string[];
  taken: ReadonlyMap<number, Segment>;
  segments: Map<number, Segment>;
  candidates: readonly number[];
  /** The headline's line (`end` when the text has none). */
  titleAt: number;
  /** The headline as read, and the outlet after its bar or dash. */
  split: { title?: string; publisher?: string };
  end: number;
  labelled: boolean;
  noHeadline: boolean;
  isOutletLine: (t: string) => boolean;
  nameShaped: (t: string) => boolean;
}

/** A person's name alone on the line above the story's date: 2–4 capitalised words, not a place. */
export function nameOverDate(i: number, t: string, segments: ReadonlyMap<number, Segment>): string[] | undefined {
  // A dateline's place stands there too ("Hong Kong" over "March 3, 2031"): compromise knows places better than names.
  return segments.get(i + 1)?.kind === 'date' && words(t) <= 4 && isNameShaped(t) && !isPlace(t) && !looksLikeOutlet(t) ? [t] : undefined;
}

/** Reads the candidates other than the headline, and the site's name from the top lines when none of them names it. */
export function readOtherLines({ us, ts, taken, segments, candidates, titleAt, split, end, labelled, noHeadline, isOutletLine, nameShaped }: HeaderLines): void {
  const set = setterOf(us, segments);
  let havePublisher = !!split.publisher || labelled;
  // A name the text later opens a line with ("CALDER HUNT: …", "Calder Hunt is a senior writer …") is a person's, not a site's.
  const opensBodyLine = (name: string) => {
    const n = name.toLowerCase();
    return us.some((u, k) => k >= end && u.text.length > n.length && u.text.slice(0, n.length + 3).toLowerCase().match(new RegExp(`^${RegExp.escape(n)}(?::| is )`)) !== null);
  };
  /** Whether a site's menu (lines taken as navigation) stands above line `i`. */
  // A browser's translation bar above the page ("This page has been translated from …" / "Show original") is the browser's, no menu of the site's.
  let pageStart = 0;
  while (chromeReason(taken.get(pageStart)) === 'production note') pageStart++;
  if (pageStart > 0) while (pageStart < titleAt && chromeReason(taken.get(pageStart)) === 'navigation' && words(ts[pageStart]!) <= 2 && /^(?:show|view|see|turn off|options|original)\b/i.test(ts[pageStart]!)) pageStart++;
  // (A menu label the header walk read as navigation counts as the menu too.)
  const underMenu = (i: number) => us.slice(pageStart, i).some((_, k) => ((segments.get(pageStart + k) ?? taken.get(pageStart + k)) as { reason?: string } | undefined)?.reason === 'navigation');
  // The site's name at the top of its menu, when the text names it again (read once, when asked).
  let top: { value: string } | null | undefined;
  const menuTop = () => (top === undefined ? (top = topSiteLine(us, ts, taken, titleAt, end, isProse(ts[0]!), 0) ?? null) : top);
  for (const i of candidates) {
    if (i === titleAt) continue;
    const t = ts[i]!;
    const same = t.replace(GLUED, ' ').replace(/\s+/g, ' ').trim();
    if (same === split.title || same === ts[titleAt]!) {
      set(i, { kind: 'meta', role: 'repeated headline' });
      continue;
    }
    // "Skip Navigation" over the masthead: a skip link is a control, never a name ("Skip" is a first name too).
    if (i < titleAt && SKIP_LINK.test(t.trim())) {
      set(i, { kind: 'boilerplate', reason: 'page chrome' });
      continue;
    }
    if (i < titleAt && OFFICE.test(t) && words(t) <= 5) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    // Below the headline, a name may carry its job title on the same line ("Jane Doe Technology editor").
    // A name-shaped line right above the date, below the headline, is the byline even when compromise knows neither name ("Leung Wai-ting" over "Published: 5 Mar 2025"): where a byline stands on an article's card.
    const people = parseNameLine(t) ?? (i > titleAt ? (parseNameWithJob(t) ?? nameOverDate(i, t, segments)) : undefined);
    // Below the headline a name-shaped line is a byline; above it, where site names stand, only a
    // list of names or a name compromise knows as a person's.
    // Two or more names that each open with a first name are people, even when "A and B" is shaped like an outlet's name.
    // So are two or more names right under the headline, where a byline stands, if one of them opens with a known first name.
    const namedPeople = !!people && people.length > 1 && (people.every((p) => isKnownPerson(p)) || (i === titleAt + 1 && people.some((p) => isKnownPerson(p))));
    // Above the headline, a name compromise also knows as a place ("Sri Lanka" ending a list of countries) is the menu's.
    // "Jane Doe, Ledger staff writer": a name with its job title is a byline though the job names the outlet.
    const withJob = i > titleAt && !!parseNameWithJob(t);
    if (people && (namedPeople || withJob || !isOutletLine(t)) && (i > titleAt || people.length > 1 || (nameShaped(t) && isKnownPerson(t) && !isPlace(t)) || opensBodyLine(t))) {
      // A second name line right under a byline ("Jane Doe" / "Ola Nordmann", a host and a reporter) adds its people to it: the article's authors are read from the first byline.
      // So does one past an author card's picture label ("Avatar: Jane Doe"), read as a label line.
      let at = i - 1;
      // Or past the next author's handle ("leahz" / "Leah Zimmermann" / "tferreira" / "Tomás Ferreira": a blog hub's author cards).
      // Or past the first author's job title ("Jane Doe" / "Senior Reporter" / "Ola Nordmann" / "Reporter").
      while (at > titleAt + 1 && !!(segments.get(at) ?? taken.get(at)) && (AVATAR.test(ts[at]!) || USER_HANDLE.test(ts[at]!) || (words(ts[at]!) <= 4 && JOB_WORD.test(ts[at]!) && !/[.!?,]/.test(ts[at]!)))) at--;
      // A run of name lines ("Jane Doe, author of Harbour AM" / "Jane Doe" / "Ola Nordmann"): each adds its people to every byline of the run above it.
      for (let k = at; k > titleAt; k--) {
        const prev = segments.get(k);
        if (prev?.kind !== 'byline' || prev.date) break;
        segments.set(k, { ...prev, authors: [...new Set([...prev.authors, ...people])] });
      }
      set(i, { kind: 'byline', authors: people });
      continue;
    }
    // Right under the headline, "A and B, Harbour Wire": names a first name opens, then the outlet they write for.
    const credited = i === titleAt + 1 && !people && /,\s/.test(t) ? parseByline(`By ${t}`) : undefined;
    if (credited?.publisher && looksLikeOutlet(credited.publisher) && credited.authors.every((p) => isKnownPerson(p))) {
      set(i, { kind: 'byline', ...credited });
      continue;
    }
    // A profile tagline right under a byline ("Ferry engineer | ex-shipyard | Speaker") describes the author.
    const parts = t.split(/\s+[|·•]\s+/);
    if (segments.get(i - 1)?.kind === 'byline' && parts.length >= 2 && parts.every((p) => words(p) <= 4 && !/[.!?]$/.test(p))) {
      set(i, { kind: 'boilerplate', reason: 'author bio' });
      continue;
    }
    // The site's name: above the headline (the first line, or one shaped like an outlet's name), or below it when shaped so.
    // The first line left under a site's menu is the menu's last item ("Budget 2025", "Back to Articles"): the name stands at the menu's top.
    // A single capitalised word below the headline that is not a section label names the outlet ("Reuters").
    // So does a short name in capitals right under the byline ("By A" / "Pacific Circuit"), when it is not a job title or a place.
    const underByline = segments.get(i - 1)?.kind === 'byline' && words(t) <= 4 && !/\d/.test(t) && t.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w)) && !JOB_WORD.test(t) && !BARE_JOB_TITLE.test(t) && !isPlace(t);
    // A city on its own line under the date ("Beijing") is where the story was written, not the site.
    // A button over its count ("Upvote" / "86") is a widget, not the site.
    // So is a field's name over its value ("Joined" / "Mar 14, 2019" in a post's header).
    const lone = i > titleAt && !FIELD_LABEL.test(t) && !/^[+-]?[\d.,]+\s?[KkMm]?$/.test(ts[i + 1] ?? '') && ((/^\p{Lu}[\p{L}\d&.'’-]+$/u.test(t) && !JOB_WORD.test(t) && !isPlace(t)) || underByline);
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
    // The first item under a "Navigation Menu" label (or a "Menu" button) is the menu's, not the site's name.
    // (A lone outlet-shaped line between a "Menu" button and the headline, or its section label, lists nothing after it: it is the logo's text, the site's name.)
    const menuItem = /^(?:(?:navigation|main|site|primary) )?menu$/i.test(us[i - 1]?.text.trim() ?? '') && !(i >= titleAt - 2 && looksLikeOutlet(t));
    // One word right above the headline, under a site's menu, is the story's section ("Construction"), as a kicker is: the site's name stands at the top of the menu.
    // So is a short label there ("Stock Market News") when the menu's top line is the site's name, which the text names again.
    const kicker = i === titleAt - 1 && underMenu(i) && ((words(t) === 1 && !/\p{Ll}\p{Lu}/u.test(t)) || (words(t) <= 4 && !!menuTop() && menuTop()!.value !== t));
    // "SWN example.info": a masthead's logo text with the site's domain after it; the name is the outlet.
    const withDomain = !havePublisher && i < titleAt && i === candidates[0] ? NAME_AND_DOMAIN.exec(t)?.[1] : undefined;
    if (withDomain) {
      havePublisher = true;
      set(i, { kind: 'meta', role: 'publisher', value: withDomain.trim() });
      continue;
    }
    // A word the page's menu lists ("Inbox" in a mail client's folder list, shown again as the message's label) is a menu's, never a name.
    // A public body named with the bodies it belongs to ("International Trade Administration, Ministry of Economic Affairs, R.O.C.") among the masthead's lines, whatever menu stands above it.
    const publicBody = BODY_NAME.test(t) && /,\s/.test(t) && !/[!?:]/.test(t);
    const inMenu = us.some((u, k) => k !== i && u.text.trim() === t && chromeReason(taken.get(k)) === 'navigation');
    // A Markdown section heading under the headline ("## Metadata") heads the text's parts, never names the site.
    const subHeading = i > titleAt && /^#{2,6}\s/.test(us[i]!.text);
    // "Events", "Newsletters": a menu's one-word label is never the site's name, wherever the menu's lines stand.
    const menuWord = MENU_WORD.test(t);
    // "GLOBAL TECHNOLOGY PROGRAM" over a think tank's brief: a programme within the body that publishes it, no site.
    const programme = /\b(?:program|programme|initiative|project)$/i.test(t) && words(t) >= 2;
    const site = !havePublisher && !subHeading && !menuItem && !inMenu && !menuWord && !programme && !kicker && named && !abbreviated && !columns && !CRUMB.test(t) && (!isSectionLine(t) || (noHeadline && i === candidates[0])) && (words(t) <= 6 || (i < titleAt && BODY_NAME.test(t) && words(t) <= 10)) && (i < titleAt || besideMeta || aboveCount) && (isOutletLine(t) || aboveCount || lone || (i < titleAt && ((i === candidates[0] && titled && !underMenu(i)) || fullName || (publicBody && titled))));
    if (t === split.publisher || site) {
      havePublisher = true;
      // "SITE NAME | SECTION": the section labels after the name are not part of it.
      const named = t.split(/\s+[|·•]\s+/);
      // "The Vector homepage": the masthead's link text names the site and where the link goes.
      // "European Commission - Press corner": a body's or outlet's name, then its portal's label in sentence case.
      const portal = /^(.{3,60}?)\s+[-–—]\s+(\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2})$/u.exec(t);
      const head = portal && (BODY_NAME.test(portal[1]!) || looksLikeOutlet(portal[1]!)) ? portal[1]! : t;
      const name = withoutLogoWord(named.length >= 2 && named.slice(1).every((p) => isSectionLine(p)) ? named[0]! : head).replace(/\s+(?:home ?page|front page|logo)$/i, '').replace(EDITION_LANGUAGE, '');
      set(i, { kind: 'meta', role: 'publisher', value: outletOfDesk(/^\p{Lu}{2,5}$/u.test(name) ? titleCase(name) : writtenName(name, us.slice(end)), us.slice(end)) });
      continue;
    }
    // "U.S. Department of Commerce" / "Bureau of Industry and Security": a body named under its parent's name in the masthead is the one publishing.
    const above = segments.get(i - 1);
    // (The same name again under a logo's alt text, "Logo Government of Harbour", is the masthead twice: the first stays.)
    if (i < titleAt && above?.kind === 'meta' && above.role === 'publisher' && above.value && withoutLogoWord(t) === above.value) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    // Unless the story below names the first again and never the second: then the second is the same body's other name
    // ("Cyberspace Administration of China" / "Office of the Central Cyberspace Affairs Commission"), and the name the text uses publishes.
    // (The story's lines: its footer may name either as the site's sponsor or owner.)
    const namedBelow = (n: string) => us.some((u, k) => k >= titleAt && !taken.has(k) && u.text.includes(n));
    const otherName = !!above?.kind && above.kind === 'meta' && !!(above as { value?: string }).value && namedBelow((above as { value: string }).value) && !namedBelow(t);
    if (i < titleAt && !otherName && above?.kind === 'meta' && above.role === 'publisher' && above.value && BODY_NAME.test(above.value) && BODY_NAME.test(t) && named && titled && words(t) <= 10 && !isProse(t)) {
      set(i - 1, { kind: 'meta', role: 'section' });
      set(i, { kind: 'meta', role: 'publisher', value: t });
      continue;
    }
    // A lower-case line right under the site's name, above the headline, is the site's tagline.
    const tagline = i < titleAt && segments.get(i - 1)?.kind === 'meta' && (segments.get(i - 1) as { role?: string }).role === 'publisher' && /^\p{Ll}/u.test(t) && words(t) <= 10;
    // A short line between a site's menu and the headline is the menu's last item or the story's section ("Policy & Public Interest"), never the story's text.
    const menuTail = i < titleAt && words(t) <= 6 && !/[.!?]$/.test(t) && underMenu(i);
    if (((isShortLabel(t) || (columns && i < titleAt)) && !isProse(t)) || tagline || menuTail) set(i, { kind: 'meta', role: 'section' });
    // Anything else (a standfirst, a subtitle) stays in the body.
  }
  if (!havePublisher) {
    // The page's original address printed above it (an archive's capture) is no masthead: the masthead stands under it.
    let from = 0;
    while (from < titleAt && segments.get(from)?.kind === 'meta' && (segments.get(from) as { role?: string }).role === 'url') from++;
    const url = [...segments.values()].find((s) => s.kind === 'meta' && s.role === 'url' && s.value) as { value?: string } | undefined;
    const host = url?.value ? URL.parse(url.value)?.hostname : undefined;
    const top = topSiteLine(us, ts, taken, titleAt, end, isProse(ts[from]!), from, host);
    const named = top ?? copyrightMasthead(us, ts, taken, titleAt, end) ?? theNameAgain(us, ts, taken, titleAt, end) ?? logoInitials(us, ts, titleAt, end) ?? copyrightOwner(us, titleAt, end, host) ?? repeatedHolder(us, taken, titleAt, end) ?? runningHeadName(us, ts, titleAt, end);
    if (named) set(named.at, { kind: 'meta', role: 'publisher', value: named.value });
  }
  // With no site read at all (a label over the headline does not name one), a source line the page names again under the text.
  if (![...segments.values()].some((s) => (s.kind === 'meta' && s.role === 'publisher') || (s.kind === 'title' && s.publisher))) {
    const more = moreFromName(us, ts, taken, titleAt);
    if (more) set(more.at, { kind: 'meta', role: 'publisher', value: more.value });
  }
}
