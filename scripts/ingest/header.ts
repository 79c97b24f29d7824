import { HANDLE, isGroupLabel, parseByline, isPlace, JOB_WORD, isKnownPerson, looksLikeOutlet, OUTLET_WORD, parseRoleCredit, parseNameLine, parseNameWithJob, titleCase } from './byline.ts';
import { readMailHeaders, mailFallbacks } from './header-mail.ts';
import { isArchiveLine, ORIGINAL_LINK, PARTS, PROVIDER, readMeta, runningHead, SOURCE_LINE, URL_LINE, type Meta } from './header-line.ts';
import { AUDIENCE, BODY_NAME, dropIssuers, EDITION_LANGUAGE, OFFICE, outletOfDesk, ROSTER_LINE, topSiteLine } from './header-masthead.ts';
import { choosePublished } from './header-dates.ts';
import { printedSite } from './header-tail.ts';
import { rankTitle } from './header-rank.ts';
import type { Segment } from '../core/article.ts';
import { abbreviates, chooseHeadline, CRUMB, GLUED, isCjk, isSectionLine, MAX_SECTION_WORDS, plain, splitTitle } from './headline.ts';
import { BARE_URL, words, type Unit } from './units.ts';

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

export interface HeaderFacts {
  segments: Map<number, Segment>;
  /** Authors the header names (for recognising an author note at the end). */
  authors: string[];
  /** The headline as read (without outlet or glued text), when there is one. */
  title?: string;
  /** Index of the first unit after the header. */
  end: number;
}


/** A line that reads as body text, not a header line (in scripts without spaces: a long line, or one ending a sentence). */
const isProse = (t: string) =>
  words(t) > 30 || (/[.;:,]["”’)]?$/u.test(t) && words(t) >= 6) || (isCjk(t) && (t.length >= 40 || /[。！？；]$/u.test(t)));

/** What a page's link lists are taken as: a headline or its date may have been taken with them. */
const LINK_LIST = new Set(['related links', 'navigation']);
const SPONSOR_LINE = /^(?:together with|presented by|sponsored by|in partnership with|brought to you by|powered by)\s+\p{Lu}/iu;
const KICKER = /^[^.!?]{2,60}\s[-–—]$/u;
const NUMBERED = /^\d{1,2}[.)]\s+\S/;
/** A line with an e-mail address is a contact, never a headline. */
const canBeTitle = (t: string) => t.length <= MAX_TITLE && !/[.,;:]$/.test(t) && !BARE_URL.test(t) && !/\S@[\w-]+\.\w/.test(t);

/** A job title opening a line, then where: "Partner, Example Ventures", "Senior analyst at Example". */
const JOB_LINE = /^(?:(?:senior|junior|chief|principal|managing|general|founding|co-?|vice|lead|staff|contributing|associate|assistant|deputy)[\s-]+)*(?:partner|founder|ceo|cto|coo|cfo|president|chair(?:man|woman)?|professor|lecturer|fellow|researcher|scientist|engineer|investor|analyst|editor|reporter|writer|correspondent|columnist|director|head|vp|manager|consultant|advisor|adviser)\b[^,]{0,30}(?:,\s|\s+(?:at|of)\s+\p{Lu})/iu;
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
  /** Whether a channel's name was read (over its audience count). */
  let channel = false;
  /** Whether a line above said the text is an archived copy of a page. */
  let archive = false;
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
  // A headline-shaped line right above the date or byline (past at most one dek) is the headline, even when it
  // was taken with the link list above it: a menu's last item does not stand over the story's date (a row of links between bars is still a menu).
  const linkedHeadline = (i: number) => {
    const b = taken.get(i);
    if (b?.kind !== 'boilerplate' || !LINK_LIST.has(b.reason) || words(ts[i]!) < 5 || !canBeTitle(ts[i]!) || isProse(ts[i]!) || /\s[|·•]\s/.test(ts[i]!)) return false;
    const dated = (k: number) => !!metaOf(ts[k] ?? '', haveUrl)?.kind.match(/^(?:date|byline)$/);
    return dated(i + 1) || (dated(i + 2) && !isProse(ts[i + 1] ?? '') && words(ts[i + 1] ?? '') >= 5);
  };
  for (let i = start; i < limit; i++, end = i) {
    const t = ts[i]!;
    // The date under a headline taken back from a link list was taken with the list too: it is the date.
    const linkedDate = candidates.at(-1) === i - 1 && LINK_LIST.has((taken.get(i) as { reason?: string } | undefined)?.reason ?? '') && metaOf(t, haveUrl)?.kind === 'date';
    const before = linkedHeadline(i) || linkedDate ? undefined : taken.get(i);
    // A channel's name over its audience ("1.2K members"), however the page repeats it, is the outlet.
    // So is a newsletter's name over its one-line description and its subscriber count.
    const overAudience = AUDIENCE.test(ts[i + 1] ?? '') || (/subscribers$/i.test(ts[i + 2] ?? '') && words(ts[i + 1] ?? '') <= 15);
    // A person's name over "4.21K Followers" below the headline is the author's profile card: the byline.
    if (overAudience && candidates.some((k) => words(ts[k]!) >= 4) && words(t) <= 4 && /followers$/i.test(ts[i + 1] ?? '') && isKnownPerson(t) && parseNameLine(t)?.length === 1) {
      set(i, { kind: 'byline', authors: parseNameLine(t)! });
      continue;
    }
    if (overAudience && !channel && words(t) <= 6 && /^[\p{Lu}\d]/u.test(t) && !/[.!?,;:]$/.test(t)) {
      channel = true;
      set(i, { kind: 'meta', role: 'publisher', value: t });
      continue;
    }
    // A browser's print header ("4/16/31, 8:03 AM Headline | Site"): the site's name; its time is when the page was printed.
    const printed = !before || before.kind === 'boilerplate' ? printedSite(t) : undefined;
    if (printed !== undefined) {
      set(i, printed ? { kind: 'meta', role: 'publisher', value: printed } : { kind: 'boilerplate', reason: 'page chrome' });
      continue;
    }
    // "Together with Acme", "Presented by Acme": a sponsor's credit in a newsletter's header, never its headline.
    if (!before && SPONSOR_LINE.test(t) && words(t) <= 8 && !/[.!?]$/.test(t)) {
      set(i, { kind: 'boilerplate', reason: 'advertisement' });
      continue;
    }
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
    // A link naming the original page ("[Read Original](…)") states the URL, whatever menu it stands in.
    // So does a "By …" line, whatever else it carries (a contact address in brackets).
    // A periodical's running head was taken as page chrome (it recurs on every page); its first copy in the header still names the journal and the date.
    const head = before?.kind === 'boilerplate' && before.reason === 'page chrome' && runningHead(t);
    if (before && !head && !(before.kind === 'credit' && (URL_LINE.test(t) || SOURCE_LINE.test(t) || PARTS.test(t))) && !ORIGINAL_LINK.test(t) && !(before.kind === 'boilerplate' && /^by\s/i.test(t) && parseByline(t))) continue;
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
    // Between an archive's line naming the page it copied and the page itself, a date is when the copy was made.
    if (archive && candidates.length === 0 && meta?.kind === 'date') {
      set(i, { kind: 'meta', role: 'other date' });
      continue;
    }
    if (meta && !creditOnly) {
      if (meta.kind === 'meta' && meta.role === 'url') haveUrl = true;
      if (meta.kind === 'meta' && meta.role === 'url' && isArchiveLine(t)) archive = true;
      if (meta.kind === 'date' || (meta.kind === 'byline' && 'date' in meta)) haveDate = true;
      // "Story by Meridian Wire • 1mo": the provider a portal names outranks the portal's own name.
      if (meta.kind === 'meta' && meta.role === 'publisher' && meta.value && PROVIDER.test(t)) {
        labelled = true;
        for (const [k, s] of segments) if (s.kind === 'meta' && s.role === 'publisher') segments.set(k, { kind: 'meta', role: 'section', line: s.line, text: s.text });
      }
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
    // A section label with an abbreviation's full stop ("U.S.") is a label like any other, not the start of the text.
    if ((isSectionLine(t) || /^(?:\p{Lu}\.){2,3}$/u.test(t)) && !isProse(t)) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    // "Partner, Example Ventures", "Senior analyst at X": a job line beside a byline describes the author.
    if (JOB_LINE.test(t) && words(t) <= 14 && !/[.!?]$/.test(t) && [i - 1, i - 2, i + 1].some((j) => segments.get(j)?.kind === 'byline' || (words(ts[j] ?? '') <= 4 && !!parseNameLine(ts[j] ?? '')))) {
      set(i, { kind: 'boilerplate', reason: 'author bio' });
      continue;
    }
    if (isProse(t) || !canBeTitle(t)) {
      // A standfirst (dek) between the headline and a byline or date is body text; the header goes on.
      // So is a banner above the headline (an affiliate notice): before any headline-shaped line, the date or byline may stand further down.
      const ahead = candidates.some((k) => words(ts[k]!) >= 4) ? 3 : 7;
      const more = us.slice(i + 1, i + ahead).some((v, k) => !taken.has(i + 1 + k) && metaOf(ts[i + 1 + k]!, haveUrl)?.kind.match(/date|byline/));
      // Only a line that reads as a sentence is a banner: a line too long for a title but without one is the headline.
      if (isProse(t) && (candidates.length > 0 || ahead > 3) && words(t) <= 60 && more) continue;
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
  // "The …" is a name's shape up to four words; "The Ferry That Ate Bergen", "The Half-Billion-Kroner Ferry" (compounds counted by their parts) are headlines unless an outlet's word is in them.
  const theHeadline = (t: string) => /^The\s/.test(t) && !OUTLET_WORD.test(t) && words(t.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')) >= 5;
  const isOutletLine = (t: string) => pipeOutlets.includes(t) || (words(t) <= 6 && looksLikeOutlet(t) && !theHeadline(t));
  // The headline stands right above what follows it in every layout: a date, a byline or the text
  // (past at most two standfirst lines and one chrome line such as "Save"); a menu line above a run of other menu lines does not.
  const isLong = (k: number) => candidates.includes(k) && words(ts[k]!) >= 4;
  // Asked only of long lines right above a date or byline, and once each (it runs compromise).
  const names = new Map<number, boolean>();
  // Only a name-shaped line (a few words, no colon or digits) is asked of compromise: a headline that merely names a person is no name line.
  const nameShaped = (t: string) => words(t) <= 4 && !/[:\d]/.test(t);
  const nameLine = (k: number) => names.get(k) ?? names.set(k, (parseNameLine(ts[k]!)?.length ?? 0) > 1 || (nameShaped(ts[k]!) && isKnownPerson(ts[k]!))).get(k)!;
  const reaches = (i: number) => {
    let labelled = false;
    let skippedChrome = 0;
    let skippedDek = 0;
    for (let k = i + 1; k < us.length; k++) {
      const s = segments.get(k) ?? taken.get(k);
      if (s?.kind === 'date' || s?.kind === 'byline' || (!s && candidates.includes(k) && parseNameLine(ts[k]!))) return true;
      if (k >= end && !taken.has(k)) return true;
      if ((s?.kind === 'boilerplate' || s?.kind === 'credit') && skippedChrome++ < 1) continue;
      // Other header facts (an outlet's name, a section, a reading time) stand between a headline and its date too.
      if (s?.kind === 'meta') {
        if (s.role === 'section') labelled = true;
        continue;
      }
      // A section label or kicker stands right above its headline: a long line below one is the headline, not this line's dek.
      // A release's headline stands over up to three highlight lines before its dateline.
      if (!s && isLong(k) && !labelled && skippedDek++ < 3) continue;
      return false;
    }
    return true;
  };
  const anchored = (i: number) => reaches(i) && !nameLine(i);
  // A channel's or feed's name alone ("China AI Watch" over a post) is no headline: the text has none, and the name is the outlet.
  // So is a mailed newsletter's own name (its sender's, as the From: line writes it).
  const sender = mail?.sender?.toLowerCase();
  const noHeadline = candidates.length <= 2 && candidates.every((i) => (words(ts[i]!) <= 4 && OUTLET_WORD.test(ts[i]!) && !/[:!?]/.test(ts[i]!)) || ts[i]!.toLowerCase() === sender);
  // Without a headline, every candidate stands where a headline's outlet and labels stand: above it.
  const lines = new Set(candidates.map((i) => ts[i]!));
  const ruleAt = noHeadline ? end : chooseHeadline(candidates, us, ts, isOutletLine, anchored, (k) => {
    const s = segments.get(k) ?? taken.get(k);
    return (s?.kind === 'boilerplate' && s.reason === 'navigation') || (s?.kind === 'meta' && s.role === 'section');
  });
  // The learned ranker may overrule the rules' choice (only when its saved model is enabled: header-rank.ts).
  const titleAt = noHeadline ? end : rankTitle({ us, ts, candidates, segments, taken, end, ruleAt, isOutletLine, titleOf: (i) => splitTitle(ts[i]!, (s) => lines.has(s)) });
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
    // Below the headline, a name may carry its job title on the same line ("Jane Doe Technology editor").
    const people = parseNameLine(t) ?? (i > titleAt ? parseNameWithJob(t) : undefined);
    // Below the headline a name-shaped line is a byline; above it, where site names stand, only a
    // list of names or a name compromise knows as a person's.
    // Two or more names that each open with a first name are people, even when "A and B" is shaped like an outlet's name.
    // So are two or more names right under the headline, where a byline stands, if one of them opens with a known first name.
    const namedPeople = !!people && people.length > 1 && (people.every((p) => isKnownPerson(p)) || (i === titleAt + 1 && people.some((p) => isKnownPerson(p))));
    if (people && (namedPeople || !isOutletLine(t)) && (i > titleAt || people.length > 1 || (nameShaped(t) && isKnownPerson(t)) || opensBodyLine(t))) {
      // A second name line right under a byline ("Jane Doe" / "Ola Nordmann", a host and a reporter) adds its people to it: the article's authors are read from the first byline.
      const prev = segments.get(i - 1);
      if (prev?.kind === 'byline' && i - 1 > titleAt && !prev.date) segments.set(i - 1, { ...prev, authors: [...new Set([...prev.authors, ...people])] });
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
    // A single capitalised word below the headline that is not a section label names the outlet ("Reuters").
    // So does a short name in capitals right under the byline ("By A" / "Pacific Circuit"), when it is not a job title or a place.
    const underByline = segments.get(i - 1)?.kind === 'byline' && words(t) <= 4 && !/\d/.test(t) && t.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w)) && !JOB_WORD.test(t) && !isPlace(t);
    const lone = i > titleAt && ((/^\p{Lu}[\p{L}\d&.'’-]+$/u.test(t) && !JOB_WORD.test(t)) || underByline);
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
      const name = (named.length >= 2 && named.slice(1).every((p) => isSectionLine(p)) ? named[0]! : t).replace(/\s+(?:home ?page|front page)$/i, '').replace(EDITION_LANGUAGE, '');
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
  if (!havePublisher) {
    const top = topSiteLine(us, ts, taken, titleAt, end, isProse(ts[0]!));
    if (top) set(top.at, { kind: 'meta', role: 'publisher', value: top.value });
  }
  // The headline repeated as the first line after the header.
  const next = us.findIndex((_, k) => k >= end && !taken.has(k));
  if (!noHeadline && next >= 0 && ts[next]! === ts[titleAt]!) set(next, { kind: 'meta', role: 'repeated headline' });
  dropIssuers(segments, us, taken, us[titleAt]!.line, end);
  choosePublished(segments);
  // A newsletter whose header names only itself: the mail's subject is the title.
  if (noHeadline && mail?.subject) {
    set(mail.subject.at, { kind: 'title', title: mail.subject.title });
    return mailFallbacks({ segments, authors: authorsOf(segments), title: mail.subject.title, end }, mail, us);
  }
  return mailFallbacks({ segments, authors: authorsOf(segments), title: split.title, end }, mail, us);
}

function authorsOf(segments: Map<number, Segment>): string[] {
  return [...segments.values()].flatMap((s) => (s.kind === 'byline' ? s.authors : []));
}
