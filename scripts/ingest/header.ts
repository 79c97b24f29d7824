import { isKnownPerson, parseNameLine } from './byline-names.ts';
import { isNameShaped as isSiteNameShaped, namedBy } from './header-site-evidence.ts';
import { looksLikeOutlet, OUTLET_WORD } from './outlet-name.ts';
import { readMailHeaders, mailFallbacks } from './header-mail.ts';
import { dropIssuers, spellBylineOutlet } from './header-masthead.ts';
import { choosePublished, reclaimDate } from './header-dates.ts';
import { reclaimByline } from './header-late-byline.ts';
import { rankTitle } from './header-rank.ts';
import { nameOverDate, readOtherLines } from './header-roles.ts';
import { walkHeader } from './header-walk.ts';
import { releaseRepeatedHeadline } from './header-repeated.ts';
import { BUTTON_LABEL, isProse, setterOf } from './header-shapes.ts';
import type { Segment } from '../core/article.ts';
import { chooseHeadline, plain, splitTitle, withoutThreadPrefix } from './headline.ts';
import { words, type Unit } from './units.ts';
import { validUrl } from './header-line-url.ts';
import { splitGluedDate } from './header-glued-date.ts';
import { dropLibraryAppName } from './header-app-name.ts';

/** A headline that is one Markdown link to a web page: its text and address. */
const LINKED_HEADLINE = /^\[([^\][]{8,300})\]\((https?:\/\/[^\s()]+)\)$/;

/**
 * The header block: the lines around the headline, before the body, in any order. Each is read as
 * what it states — site name, original URL, date, byline, reading time, section label, the
 * headline repeated — and listed as metadata, so it never becomes body text.
 */

export interface HeaderFacts {
  segments: Map<number, Segment>;
  /** Authors the header names (for recognising an author note at the end). */
  authors: string[];
  /** The headline as read (without outlet or glued text), when there is one. */
  title?: string;
  /** Index of the first unit after the header. */
  end: number;
}

/**
 * Reads the header block of an article: the walk down its lines (header-walk.ts), the choice of the
 * headline among the candidates it leaves (headline.ts, header-rank.ts), what the other candidates are
 * (header-roles.ts), then the date and the fallbacks of a mailed newsletter. `taken` holds the units
 * already classified as chrome or credits.
 */
/** The second line of a broken headline is this short at most. */
const MAX_CONTINUED_WORDS = 12;

export function readHeader(us: readonly Unit[], chrome: ReadonlyMap<number, Segment>): HeaderFacts {
  const ts = us.map((u) => plain(u.text));
  const taken = joinBrokenNames(us, ts, releaseRepeatedHeadline(us, chrome));
  const segments = new Map<number, Segment>();
  // Markdown marks around a header line ("# Headline", "*Outlet · 2 April 2025 · by A*") are not part of what it states.
  const set = setterOf(us, segments);
  // The second line of a broken list of names is read with the first (joinBrokenNames).
  for (const [k, s] of taken) if (!chrome.has(k) && s.kind === 'meta') set(k, { kind: 'meta', role: 'section' });
  // A forwarded e-mail: the mail headers and what stands above them come first; the message's own header follows.
  const mail = readMailHeaders(us);
  for (const [i, s] of mail?.segments ?? []) segments.set(i, s);
  const start = mail?.end ?? 0;
  const { candidates, end, labelled } = walkHeader(us, ts, taken, segments, start);
  if (candidates.length === 0) {
    if (mail?.subject) set(mail.subject.at, { kind: 'title', title: mail.subject.title });
    return mailFallbacks({ segments, authors: authorsOf(segments), ...(mail?.subject ? { title: mail.subject.title } : {}), end }, mail, us);
  }

  // The headline: the first candidate with four words or more that is not an outlet's name.
  const pipeOutlets = candidates.map((i) => splitTitle(ts[i]!, () => false).publisher).filter((p): p is string => !!p);
  // "The …" is a name's shape up to four words; "The Ferry That Ate Bergen", "The Half-Billion-Kroner Ferry" (compounds counted by their parts) are headlines unless an outlet's word is in them.
  const theHeadline = (t: string) => /^The\s/.test(t) && !OUTLET_WORD.test(t) && words(t.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')) >= 5;
  // A name the page's footer copyright or a printed address names too is the site's, however it reads ("What the Chips Say"),
  // unless it is a person's ("© 2025 Jane Doe" on a writer's own newsletter: the name over the date is the byline).
  const siteNamed = namedBy(us.flatMap((u, k) => (taken.has(k) || segments.get(k)?.kind === 'meta' ? [u.text] : [])));
  const isOutletLine = (t: string) => pipeOutlets.includes(t) || (words(t) <= 6 && looksLikeOutlet(t) && !theHeadline(t));
  // "Before it's here, it's on the Terminal" / "LEARN MORE": a line over a button's call to act is a promotion's pitch (a product,
  // a trial, an app), never the headline, wherever the page sets it between the headline and the byline.
  const pitches = new Set(candidates.filter((i) => BUTTON_LABEL.test(ts[i + 1] ?? '')).map((i) => ts[i]!));
  const notHeadline = (t: string) => isOutletLine(t) || pitches.has(t) || (isSiteNameShaped(t) && !parseNameLine(t) && siteNamed(t));
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
      if (s?.kind === 'date' || s?.kind === 'byline' || (!s && candidates.includes(k) && (parseNameLine(ts[k]!) || nameOverDate(k, ts[k]!, segments)))) return true;
      // "3 days ago", "2h": the page's date written as an age stands where the date does, right under the headline.
      if (s?.kind === 'boilerplate' && s.reason === 'relative time') return true;
      if (k >= end && !taken.has(k)) return true;
      // A newspaper sets a newsletter sign-up (its prompt and pitch) and the lead photo's caption between the standfirst and the byline.
      const signUp = s?.kind === 'credit' || (s?.kind === 'boilerplate' && s.reason === 'share or subscribe prompt');
      if ((s?.kind === 'boilerplate' || s?.kind === 'credit') && skippedChrome < (signUp ? 3 : 1)) {
        skippedChrome++;
        continue;
      }
      // Other header facts (an outlet's name, a section, a reading time) stand between a headline and its date too.
      if (s?.kind === 'meta') {
        if (s.role === 'section') labelled = true;
        continue;
      }
      // A section label or kicker stands right above its headline: a long line below one is the headline, not this line's dek.
      // A release's headline stands over up to three highlight lines before its dateline.
      // A standfirst written as a sentence ("Macron announced … of its own.") was left to the body by the walk: it is a dek all the same.
      if (!s && (isLong(k) || (k < end && isProse(ts[k]!))) && !labelled && skippedDek++ < 3) continue;
      return false;
    }
    return true;
  };
  const anchored = (i: number) => reaches(i) && !nameLine(i);
  const isFact = (k: number) => /^(?:date|byline)$/.test((segments.get(k) ?? taken.get(k))?.kind ?? '');
  // A channel's or feed's name alone ("China AI Watch" over a post) is no headline: the text has none, and the name is the outlet.
  // So is a mailed newsletter's own name (its sender's, as the From: line writes it).
  const sender = mail?.sender?.toLowerCase();
  // So is a newsletter's name over its tagline ("Policy and markets at the intersection of …"): a line
  // sharing no word with the mail's subject tells what the newsletter is about, not this issue.
  // (A subject of a few words, "Issue #41", says too little to tell.)
  const senderWords = new Set(sender?.match(/\p{L}{4,}/gu) ?? []);
  const subjectWords = new Set((mail?.subject?.title.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !senderWords.has(w)));
  const sharesSubject = (t: string) => (t.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => subjectWords.has(w));
  const isSender = (i: number) => ts[i]!.toLowerCase() === sender;
  const taglineOnly = subjectWords.size >= 3 && candidates.length <= 3 && candidates.some(isSender) && candidates.every((i) => isSender(i) || !sharesSubject(ts[i]!));
  const noHeadline = taglineOnly || (candidates.length <= 2 && candidates.every((i) => (words(ts[i]!) <= 4 && OUTLET_WORD.test(ts[i]!) && !/[:!?]/.test(ts[i]!)) || isSender(i)));
  // Without a headline, every candidate stands where a headline's outlet and labels stand: above it.
  const lines = new Set(candidates.map((i) => ts[i]!));
  const ruleAt = noHeadline ? end : chooseHeadline(candidates, us, ts, notHeadline, anchored, (k) => {
    const s = segments.get(k) ?? taken.get(k);
    return (s?.kind === 'boilerplate' && s.reason === 'navigation') || (s?.kind === 'meta' && s.role === 'section');
  }, isFact);
  // The learned ranker may overrule the rules' choice (only when its saved model is enabled: header-rank.ts).
  let titleAt = noHeadline ? end : rankTitle({ us, ts, candidates, segments, taken, end, ruleAt, isOutletLine, titleOf: (i) => splitTitle(ts[i]!, (s) => lines.has(s)) });
  // "# [Headline](https://…)": a clipper (Obsidian's ReadItLater, a read-later export) links the headline to the page it saved.
  const linked = noHeadline ? undefined : LINKED_HEADLINE.exec(ts[titleAt]!);
  const linkUrl = linked && validUrl(linked[2]!) ? linked[2]! : undefined;
  const split: { title?: string; publisher?: string } = noHeadline ? {} : splitTitle(linked?.[1]?.trim() ?? ts[titleAt]!, (s) => lines.has(s));
  if (linked && split.title === undefined) split.title = linked[1]!.trim();
  if (!noHeadline) {
    const bare = withoutThreadPrefix(split.title ?? ts[titleAt]!, ts.slice(titleAt + 1, titleAt + 4));
    if (bare !== (split.title ?? ts[titleAt]!)) split.title = bare;
  }
  // "Model release 2031/03/12": a list entry's title with its date; the title alone on another header line is the headline.
  const glued = noHeadline ? undefined : splitGluedDate(split.title ?? ts[titleAt]!);
  // (Without that line, the page's own headline holds the date, as a docs page may write it.)
  // (It may stand right under the entry, where the page's text begins.)
  const near = (k: number) => (candidates.includes(k) || (k > titleAt && k <= titleAt + 3 && !taken.has(k) && !segments.has(k)));
  const alone = glued && ts.findIndex((t, k) => k !== titleAt && near(k) && t.trim() === glued.title);
  let gluedAt: number | undefined;
  if (glued && alone !== undefined && alone >= 0) {
    split.title = glued.title;
    gluedAt = titleAt;
    titleAt = alone;
    delete split.publisher;
  }
  // A headline broken over two lines (a printed page, a narrow column): the next line goes on with it when another line of
  // the page (its <title> in a print header, an og:title) writes the two as one.
  const cont = titleAt + 1;
  if (!noHeadline && cont < ts.length && !taken.has(cont) && !segments.has(cont) && words(ts[cont]!) <= MAX_CONTINUED_WORDS && !/[.!?]$/.test(ts[cont]!)) {
    const whole = `${split.title ?? ts[titleAt]!} ${ts[cont]!}`;
    if (ts.slice(0, end + 1).some((l, k) => k !== titleAt && k !== cont && l.includes(whole))) {
      split.title = whole;
      set(cont, { kind: 'meta', role: 'repeated headline' });
    }
  }
  if (!noHeadline) set(titleAt, { kind: 'title', ...(split.title !== us[titleAt]!.text ? { title: split.title } : {}), ...(split.publisher ? { publisher: split.publisher } : {}), ...(linkUrl ? { url: linkUrl } : {}) });

  readOtherLines({ us, ts, taken, segments, candidates, titleAt, split, end, labelled, noHeadline, isOutletLine, nameShaped });
  if (glued && gluedAt !== undefined) set(gluedAt, { kind: 'date', iso: glued.date.iso, hasTime: glued.date.hasTime });
  // The headline repeated as the first line after the header.
  const next = us.findIndex((_, k) => k >= end && !taken.has(k));
  if (!noHeadline && next >= 0 && next !== titleAt && ts[next]! === ts[titleAt]!) set(next, { kind: 'meta', role: 'repeated headline' });
  dropIssuers(segments, us, taken, us[titleAt]!.line, end);
  spellBylineOutlet(segments, us);
  dropAuthorAsOutlet(segments);
  dropLibraryAppName(segments, ts);
  bracketedSource(segments, us, noHeadline ? end : titleAt);
  const lateDate = noHeadline ? undefined : reclaimDate(us, taken, segments, titleAt, end);
  if (lateDate !== undefined) reclaimByline(us, taken, segments, titleAt, lateDate);
  choosePublished(segments);
  // A newsletter whose header names only itself: the mail's subject is the title.
  if (noHeadline && mail?.subject) {
    set(mail.subject.at, { kind: 'title', title: mail.subject.title });
    if (taglineOnly) for (const i of candidates) if (!segments.has(i)) set(i, { kind: 'meta', role: 'section' });
    return mailFallbacks({ segments, authors: authorsOf(segments), title: mail.subject.title, end }, mail, us);
  }
  return mailFallbacks({ segments, authors: authorsOf(segments), title: split.title, end }, mail, us);
}

/**
 * "Post title | Jane Doe" over "By Jane Doe", a masthead that is the writer's own name: a personal site names its
 * pages after its author, and the author's name is no outlet.
 */
function dropAuthorAsOutlet(segments: Map<number, Segment>): void {
  const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const authors = new Set(authorsOf(segments).map(squash));
  for (const [i, s] of segments) {
    if (s.kind === 'title' && s.publisher && authors.has(squash(s.publisher))) {
      const { publisher: _, ...rest } = s;
      segments.set(i, rest);
    }
    if (s.kind === 'meta' && s.role === 'publisher' && s.value && authors.has(squash(s.value))) segments.set(i, { kind: 'meta', role: 'section', line: s.line, text: s.text });
  }
}

/**
 * "[From the Harbour Records Office]" over a printed document: an archive's bracketed note at the top says whose text this is
 * (a government printer's, a records office's); it names the publisher as a credit does.
 */
function bracketedSource(segments: Map<number, Segment>, us: readonly Unit[], before: number): void {
  // (Above the headline, where such a note stands.)
  for (let k = 0; k < Math.min(before, 6); k++) {
    const from = /^\[[Ff]rom (?:[Tt]he )?(\p{Lu}[^\][]{3,80})\]$/u.exec(us[k]!.text.trim())?.[1]?.trim();
    const s = segments.get(k);
    if (!from || (s && s.kind !== 'meta' && s.kind !== 'boilerplate')) continue;
    segments.set(k, { kind: 'meta', role: 'publisher', value: from, publisher: from, line: us[k]!.line, text: us[k]!.text });
    return;
  }
}

function authorsOf(segments: Map<number, Segment>): string[] {
  return [...segments.values()].flatMap((s) => (s.kind === 'byline' ? s.authors : []));
}

/**
 * "MARGARET OYELARAN-FISCHER, NATHAN K. WU, AND ELENA" / "VASQUEZ-HOLT": a list of names broken over two lines (a printed page, a
 * narrow column), its last writer named by the given name only and the next line one word in the same case, the rest of that name.
 * The header reads the two as one line (the first), the second as part of it.
 */
function joinBrokenNames(us: readonly Unit[], ts: string[], taken: ReadonlyMap<number, Segment>): ReadonlyMap<number, Segment> {
  let out = taken;
  for (let i = 0; i + 1 < Math.min(ts.length, 40); i++) {
    const next = ts[i + 1]!.trim();
    if (taken.has(i) || words(next) !== 1 || !/^\p{Lu}[\p{L}'’-]+$/u.test(next) || /\p{Ll}/u.test(ts[i]!) !== /\p{Ll}/u.test(next)) continue;
    if (!/(?:,|\band|&)\s+\p{Lu}[\p{L}'’-]+$/iu.test(ts[i]!.trim()) || parseNameLine(ts[i]!)) continue;
    const whole = parseNameLine(`${ts[i]!.trim()} ${next}`);
    if (!whole || whole.length < 2 || words(whole.at(-1)!) < 2) continue;
    ts[i] = `${ts[i]!.trim()} ${next}`;
    if (out === taken) out = new Map(taken);
    (out as Map<number, Segment>).set(i + 1, { kind: 'meta', role: 'section', line: us[i + 1]!.line, text: us[i + 1]!.text });
    i++;
  }
  return out;
}
