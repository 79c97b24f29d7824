import { HANDLE, parseRoleCredit } from './byline-credits.ts';
import { BARE_JOB_TITLE, isGroupLabel, isKnownPerson, JOB_WORD, parseNameLine } from './byline-names.ts';
import { parseByline } from './byline.ts';
import { parseNameWithJob } from './byline-job.ts';
import { LEGAL_FORM, looksLikeOutlet, MENU_LABEL } from './outlet-name.ts';
import { isArchiveLine, ORIGINAL_LINK, SOURCE_LINK, URL_LINE } from './header-line-url.ts';
import { PARTS, readMeta } from './header-line.ts';
import { type Meta, PROVIDER, runningHead, SOURCE_LINE, SOURCE_NOTE } from './header-line-forms.ts';
import { AUDIENCE, ROSTER_LINE } from './header-masthead.ts';
import { printedSite } from './header-tail.ts';
import { lookAhead } from './header-walk-lookahead.ts';
import { memoize } from './memo.ts';
import { dekReading } from './header-walk-dek.ts';
import { chromeReason, type Segment } from '../core/article.ts';
import { everyWordCapitalised, isSectionLine, PICTURE_AGENCY, titleCased } from './headline.ts';
import { BARE_URL, words, type Unit } from './units.ts';

/** A follow button alone on its line: "Follow", "+ FOLLOW". */
const FOLLOW = /^\+?\s*follow$/i;
import { CAPTION_CREDIT, COUNT_LINK, DESK_LABEL, OUTLET_CRUMB, REPORTED_FROM, EMAIL_AT_END, JOB_LINE, KICKER, LABELLED_LINE, LABEL_ABOVE, LINK_LIST, LIST_ITEM, LOGO_LINK, NUMBERED, REPORTING_FROM, SPONSOR_LINE, TIME_LINE, canBeTitle, isProse, setterOf } from './header-shapes.ts';

/**
 * The walk down the header block: each line from the top (or under a mail's headers) is read as what it
 * states — a date, a byline, a URL, a site's or a channel's name, a section label, chrome — until the
 * first line of body text. What is left are the candidates for the headline (and the lines header-roles.ts reads).
 */

/** The header is looked for among the first units only. */
const MAX_HEADER_UNITS = 16;
export interface HeaderWalk {
  /** The lines that may be the headline (or the site's name, a byline, a label: header-roles.ts decides), in order. */
  candidates: number[];
  /** Index of the first unit after the header. */
  end: number;
  /** Whether a label line ("Published in") or a portal's provider named the outlet: it outranks a bare site-name line. */
  labelled: boolean;
}

const isPublisher = (m: Meta | undefined) => m?.kind === 'meta' && m.role === 'publisher';

// readMeta runs chrono and compromise: each line is read once (the look-ahead reads lines twice), and a site's header lines (its
// date formats, labels, bylines) recur from article to article, so the answers are remembered by line (memo.ts; readMeta is pure).
const metaWithUrl = memoize((t: string) => readMeta(t, true));
const metaWithoutUrl = memoize((t: string) => readMeta(t, false));
const metaOf = (t: string, haveUrl: boolean) => (haveUrl ? metaWithUrl : metaWithoutUrl)(t);

/**
 * Walks the header from unit `start`, recording what each line states in `segments`. `taken` holds the
 * units already classified as chrome or credits; a URL line in the header that was taken as a credit is read as the original URL instead.
 */

export function walkHeader(us: readonly Unit[], ts: readonly string[], taken: ReadonlyMap<number, Segment>, segments: Map<number, Segment>, start: number): HeaderWalk {
  const set = setterOf(us, segments);
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
  const limit = Math.min(us.length, start + MAX_HEADER_UNITS + us.slice(start, start + MAX_HEADER_UNITS * 2).filter((_, k) => taken.get(start + k)?.kind === 'boilerplate').length);
  let end = start;
  const { linkedHeadline, printedTwice, echoedAtEnd, factBelow } = lookAhead(us, ts, taken, start, metaOf, () => haveUrl);
  for (let i = start; i < limit; i++, end = i) {
    const t = ts[i]!;
    // The date under a headline taken back from a link list was taken with the list too: it is the date.
    const linkedDate = candidates.at(-1) === i - 1 && LINK_LIST.has(chromeReason(taken.get(i)) ?? '') && metaOf(t, haveUrl)?.kind === 'date';
    const before = linkedHeadline(i) || linkedDate || printedTwice(i) || echoedAtEnd(i) ? undefined : taken.get(i);
    // A channel's name over its audience ("1.2K members"), however the page repeats it, is the outlet.
    // So is a newsletter's name over its one-line description and its subscriber count.
    // (A count is a number: "For Subscribers", a paywall's badge, counts no one.)
    const overAudience = AUDIENCE.test(ts[i + 1] ?? '') || (/\d\S*\s+subscribers$/i.test(ts[i + 2] ?? '') && words(ts[i + 1] ?? '') <= 15);
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
    // "The Orient Review" / "Follow" over the headline: a portal's card for the outlet whose story it carries (MSN, Yahoo,
    // Flipboard, Google News), taken with the portal's menu. The provider outranks the portal's own name, as "Story by …" does.
    // (A person's name over "Follow" is the writer's card: the byline rules read it.)
    if (FOLLOW.test(ts[i + 1] ?? '') && candidates.every((k) => words(ts[k]!) < 4) && words(t) <= 6 && looksLikeOutlet(t) && !isKnownPerson(t) && !/[.!?:,]$/.test(t)) {
      labelled = true;
      for (const [k, s] of segments) if (s.kind === 'meta' && s.role === 'publisher') segments.set(k, { kind: 'meta', role: 'section', line: s.line, text: s.text });
      set(i, { kind: 'meta', role: 'publisher', value: t, publisher: t });
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
    // "Harbour Ledger · Business › Tech" (a clipped page's crumbs under its masthead): taken as the menu it is, it still opens
    // with the outlet's name, when nothing above named one.
    const crumbOutlet = OUTLET_CRUMB.exec(t)?.[1];
    if (before?.kind === 'boilerplate' && crumbOutlet && words(crumbOutlet) >= 2 && looksLikeOutlet(crumbOutlet) && ![...segments.values()].some((s) => s.kind === 'meta' && s.role === 'publisher')) {
      set(i, { kind: 'meta', role: 'publisher', value: crumbOutlet });
      continue;
    }
    // "The Circuit homepage", "Harbour Ledger logo": the masthead's logo link, whether or not taken with the menu it heads, names the site (when
    // nothing above did). Only before any headline-shaped line: a footer's "Back to … homepage" stands after the text.
    const logoLink = LOGO_LINK.exec(t)?.[1];
    if ((!before || before.kind === 'boilerplate') && logoLink && words(logoLink) <= 5 && candidates.every((k) => words(ts[k]!) < 4) && ![...segments.values()].some((s) => s.kind === 'meta' && s.role === 'publisher')) {
      set(i, { kind: 'meta', role: 'publisher', value: logoLink });
      continue;
    }
    // "Search & Section Navigation", "Main Menu": a menu's own label is the page's navigation. (A skip link stays a candidate
    // that header-roles reads as a control: the masthead's place is counted from it.)
    if ((!before || before.kind === 'boilerplate') && words(t) <= 6 && MENU_LABEL.test(t)) {
      set(i, { kind: 'boilerplate', reason: 'navigation' });
      continue;
    }
    // "… at an event this month.Credit...Jane Doe for The Harbour Times", "… in Paris. Photo: AFP": a photo's caption ending in
    // its credit is the lead picture's, never the headline (a headline does not end naming who took a picture).
    // "Getty Images" over "The company's campus in Hangzhou": under the headline, the line right below a picture agency's credit
    // alone is the lead picture's caption (the credit is printed over the caption), never a second headline or the text.
    if (!before && i > start && PICTURE_AGENCY.test(ts[i - 1]!.trim()) && candidates.some((k) => words(ts[k]!) >= 4) && words(t) <= 30 && !/[.!?]$/.test(t) && !metaOf(t, haveUrl)) {
      set(i, { kind: 'boilerplate', reason: 'image' });
      continue;
    }
    if (!before && CAPTION_CREDIT.test(t)) {
      set(i, { kind: 'credit' });
      continue;
    }
    // A writer's credit by role ("Text | Name") is the byline, however a page lays credits out.
    const role = parseRoleCredit(t);
    if (role) {
      set(i, { kind: 'byline', ...role });
      continue;
    }
    // "Display Name" over "@handle": a social post's author.
    // "Dr. Jane Doe": the display name's honorific is not part of the name.
    const poster = HANDLE.test(ts[i + 1] ?? '') && !segments.size ? parseNameLine(t.replace(/^(?:Dr|Prof)\.\s+(?=\p{Lu})/u, '')) : undefined;
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
    // A firm's name right under the headline and over its lawyers' or analysts' names ("Crane & Birk LLP" / "A, B, C") is the
    // firm publishing the piece, whatever platform carries it, even when chrome took the line for a repeat of the page's end.
    if ((!before || before.kind === 'boilerplate') && candidates.some((k) => words(ts[k]!) >= 4) && words(t) <= 7 && LEGAL_FORM.test(t) && (!!parseNameLine(ts[i + 1] ?? '') || metaOf(ts[i + 1] ?? '', haveUrl)?.kind === 'byline')) {
      labelled = true;
      for (const [k, s] of segments) if (s.kind === 'meta' && s.role === 'publisher') segments.set(k, { kind: 'meta', role: 'section', line: s.line, text: s.text });
      set(i, { kind: 'meta', role: 'publisher', value: t });
      continue;
    }
    // A label naming the outlet on the next line ("NEWS PROVIDED BY") may have been taken as page chrome: it still labels the name under it.
    // "Jane Doe Tech Correspondent jane@example.com" under the headline: the byline with the reporter's address (closing a story, an author bio).
    if (before?.kind === 'boilerplate' && before.reason === 'author bio' && candidates.length > 0 && EMAIL_AT_END.test(t)) {
      const authors = parseNameWithJob(t) ?? parseNameLine(t.replace(EMAIL_AT_END, ''));
      if (authors?.length === 1) {
        set(i, { kind: 'byline', authors });
        continue;
      }
    }
    const labelAbove = (!before || before.kind === 'boilerplate') && LABEL_ABOVE.test(t);
    // A byline under a byline ("Daniel Cho, CFA | +852 … | daniel.cho@…" / "Irene Wu | +852 … | irene.wu@…", a research note's
    // analysts one a row) is another author's, even when the chrome rules took the second row for a menu's.
    // Both rows open with the name, as a contact card does ("Editor | Zhou Min" under "Text | Wang Lei" credits another role).
    const cardOf = (x: string) => {
      const parts = x.split(PARTS);
      return parts.length >= 2 && !!parseNameLine(parts[0]!.replace(/,\s*\p{Lu}{2,4}$/u, '')) ? parts.length : 0;
    };
    const nextByline = (k: number) => before?.kind === 'boilerplate' && segments.get(k - 1)?.kind === 'byline' && cardOf(ts[k]!) > 0 && cardOf(ts[k]!) === cardOf(ts[k - 1]!) && metaOf(ts[k]!, haveUrl)?.kind === 'byline';
    // A "By …" line naming a writer's job ("By Jane Doe / Staff reporter, with agencies") is the byline even when the chrome rules
    // took it for a photo's credit: a photographer's credit names no reporter or writer.
    const writerCredit = before?.kind === 'credit' && /^by\s/i.test(t) && JOB_WORD.test(t) && !/\b(?:photo|photograph|image|illustrat|graphic|video|camera)/i.test(t) && !!parseByline(t)?.authors.length;
    if (before && !head && !labelAbove && !writerCredit && !(before.kind === 'credit' && (URL_LINE.test(t) || SOURCE_LINK.test(t) || SOURCE_LINE.test(t) || SOURCE_NOTE.test(t) || PARTS.test(t))) && !ORIGINAL_LINK.test(t) && !(before.kind === 'boilerplate' && /^by\s/i.test(t) && parseByline(t)) && !nextByline(i)) continue;
    // "Published in" / "Editor for" over a name: the label says the next line names the outlet.
    const next = ts[i + 1];
    // (The name may recur on the page, in a contact block and a "You just read:" block, and be taken as a running header for it.)
    if (labelAbove && next !== undefined && (!taken.has(i + 1) || (taken.get(i + 1) as { reason?: string }).reason === 'page chrome') && words(next) <= 6 && /^[\p{Lu}\d]/u.test(next) && !/[.!?,;:]$/.test(next)) {
      if (!before) set(i, { kind: 'meta', role: 'publisher' });
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
    const creditOnly = before?.kind === 'credit' && PARTS.test(t) && !BARE_URL.test(t) && !SOURCE_LINE.test(t) && !SOURCE_NOTE.test(t) && !(meta?.kind === 'date' || (meta?.kind === 'byline' && 'date' in meta));
    // Between an archive's line naming the page it copied and the page itself, a date is when the copy was made.
    if (archive && candidates.length === 0 && meta?.kind === 'date') {
      set(i, { kind: 'meta', role: 'other date' });
      continue;
    }
    // "- Pacific Ledger" alone names the outlet; a run of such bullets ("• Business" / "• Markets" / "• Tech") is a menu.
    const isBulletName = (k: number) => LIST_ITEM.test(ts[k] ?? '') && isPublisher(metaOf(ts[k]!, haveUrl));
    if (isPublisher(meta) && LIST_ITEM.test(t) && (isBulletName(i - 1) || isBulletName(i + 1))) {
      set(i, { kind: 'boilerplate', reason: 'navigation' });
      continue;
    }
    // "January 28, 2025" / "6:12 AM GMT+8": a page's date and time in two elements, copied onto two lines, are one date.
    if (meta?.kind === 'date' && !meta.hasTime && TIME_LINE.test(ts[i + 1] ?? '')) {
      const joined = metaOf(`${t} ${ts[i + 1]!.trim()}`, haveUrl);
      if (joined?.kind === 'date' && joined.hasTime && joined.iso.startsWith(meta.iso)) {
        haveDate = true;
        set(i, joined);
        set(++i, { kind: 'meta', role: 'other date' });
        continue;
      }
    }
    if (meta && !creditOnly) {
      if (meta.kind === 'meta' && meta.role === 'url') haveUrl = true;
      if (meta.kind === 'meta' && meta.role === 'url' && isArchiveLine(t)) archive = true;
      if (meta.kind === 'date' || (meta.kind === 'byline' && 'date' in meta)) haveDate = true;
      // "Story by Meridian Wire • 1mo": the provider a portal names outranks the portal's own name.
      const provider = meta.kind === 'meta' && meta.role === 'publisher' && meta.value && PROVIDER.test(t);
      if (provider) {
        labelled = true;
        for (const [k, s] of segments) if (s.kind === 'meta' && s.role === 'publisher') segments.set(k, { kind: 'meta', role: 'section', line: s.line, text: s.text });
      }
      // (The provider credits the story: it outranks the portal's own name even where the portal's copyright corroborates that.)
      set(i, provider ? { ...meta, publisher: meta.value } : meta);
      continue;
    }
    if (before) continue;
    // "View all 217 answers", "See all 48 comments": a link to a count of other posts is a page widget, never a headline.
    if (COUNT_LINK.test(t)) {
      set(i, { kind: 'boilerplate', reason: 'widget' });
      continue;
    }
    // A kicker over the headline ("DOING MORE WITH LESS —") is a section label, and the header goes on.
    // So is a research desk's label over a note's title ("Asia Pacific Equity Research").
    if ((KICKER.test(t) && words(t) <= 8) || DESK_LABEL.test(t)) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    // A press contact in the header ("Press office, press@example.org") is a contact line, and the header goes on.
    if (/\S@[\w-]+\.\w/.test(t) && words(t) <= 15) {
      set(i, { kind: 'boilerplate', reason: 'site footer' });
      continue;
    }
    // "Font Size：S M L", "Views：3,482" in a run of labelled header lines under the date: the page's own labels, not the text.
    if (haveDate && segments.has(i - 1) && LABELLED_LINE.test(t) && words(t) <= 7 && !/[.!?]$/.test(t)) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    // "Reporting from Paris and Oslo" beside a byline says where the reporters are: neither the headline nor the outlet.
    if (REPORTING_FROM.test(t) && words(t) <= 10 && !/[.!?]$/.test(t)) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    // "Jane Doe reported from Paris, and John Roe from Oslo." under the byline: where the named reporters were, not the text.
    if (REPORTED_FROM.test(t) && words(t) <= 30 && [i - 1, i - 2].some((j) => segments.get(j)?.kind === 'byline')) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    // A section label with an abbreviation's full stop ("U.S.") is a label like any other, not the start of the text.
    if ((isSectionLine(t) || /^(?:\p{Lu}\.){2,3}$/u.test(t)) && !isProse(t)) {
      set(i, { kind: 'meta', role: 'section' });
      continue;
    }
    // "Partner, Example Ventures", "Senior analyst at X": a job line beside a byline describes the author.
    // "Contributor.", "Senior Writer": a job title alone (its full stop too) beside the byline is the author's.
    const job = (JOB_LINE.test(t) && !/[.!?]$/.test(t)) || (words(t) <= 5 && BARE_JOB_TITLE.test(t.replace(/\.$/, '')));
    if (job && words(t) <= 14 && [i - 1, i - 2, i + 1].some((j) => segments.get(j)?.kind === 'byline' || (words(ts[j] ?? '') <= 4 && !!parseNameLine(ts[j] ?? '')))) {
      set(i, { kind: 'boilerplate', reason: 'author bio' });
      continue;
    }
    // "By" / "Jane Doe" / "," / "Contributor": a byline whose parts a page sets on lines of their own leaves a line of punctuation
    // alone; it separates header facts and ends nothing.
    if (!before && /^[\p{P}\p{S}]{1,3}$/u.test(t.trim()) && !/[$€£¥]/u.test(t)) {
      set(i, { kind: 'boilerplate', reason: 'separator' });
      continue;
    }
    // "1/ Everyone is quoting …", "1/7 …": a thread's first post opens the text; a thread has no headline.
    const threadOpener = /^1\/(?:\d{1,2}|n)?\s+\S/.test(t) && candidates.every((k) => words(ts[k]!) < 4);
    if (isProse(t) || !canBeTitle(t) || threadOpener) {
      // A standfirst (dek) between the headline and a byline or date is body text; the header goes on.
      // So is a banner above the headline (an affiliate notice): before any headline-shaped line, the date or byline may stand further down.
      // Under a headline, two notices in sentences ("Get a quick summary …", "This audio is generated …") and a bare name may stand before the date.
      const ahead = candidates.some((k) => words(ts[k]!) >= 4) ? 5 : 7;
      // A headline written as sentences ("X is back below its low. Here's what Y got wrong.") with no headline above it, right
      // over its byline (or a bare name over a date): a candidate for the headline like any other. (A post's first paragraph
      // right over its time is not: a post has no headline.)
      const fact = (k: number, kind: RegExp) => !taken.has(k) && kind.test(metaOf(ts[k] ?? '', haveUrl)?.kind ?? '');
      // (Or a bare name over a reading time, "Lucas Brennan" / "6–8 minutes", as Firefox's Reader View sets its header.)
      // (Or over a date without its year, "Mar 3", as a newsletter app dates this year's posts, even where the chrome took it for an age.)
      const timed = (k: number) => {
        const chromeAge = chromeReason(taken.get(k)) === 'relative time';
        const m = taken.has(k) && !chromeAge ? undefined : metaOf(ts[k] ?? '', haveUrl);
        return (!chromeAge && m?.kind === 'date') || (m?.kind === 'meta' && (m.role === 'date without year' || (!chromeAge && m.role === 'reading time')));
      };
      const named = (k: number) => !taken.has(k) && words(ts[k] ?? '') <= 4 && parseNameLine(ts[k] ?? '')?.length === 1 && timed(k + 1);
      // Or over its standfirst, itself a sentence, and then the byline or date ("Nvidia Stock Suffers Record Loss. Why …" / dek / "By A"),
      // or a bare name over its date (and then the standfirst may be a subtitle with no full stop, as newsletters set it).
      const overDek =
        words(t) <= 15 && !taken.has(i + 1) && words(ts[i + 1] ?? '') > words(t) && ((isProse(ts[i + 1] ?? '') && fact(i + 2, /^(?:byline|date)$/)) || (!metaOf(ts[i + 1] ?? '', haveUrl) && named(i + 2)));
      // A headline of sentences set in title case ("Start-Up Wipes $589 Billion Off Nvidia. Wall Street Wants to Know Why.") is no
      // banner or paragraph, whatever stands above it: prose is written in sentence case. A shorter one counts when every word but
      // the minor ones is capitalised ("I Ran the Model for a Week. Here's the Bill.").
      if (isProse(t) && /[.!?]$/.test(t) && words(t) <= 20 && !threadOpener && (candidates.every((k) => words(ts[k]!) < 4) || titleCased(t)) && (fact(i + 1, /^byline$/) || named(i + 1) || overDek || titleCased(t) || everyWordCapitalised(t))) {
        candidates.push(i);
        continue;
      }
      const more = factBelow(i, ahead);
      // Only a line that reads as a sentence is a banner: a line too long for a title but without one is the headline.
      // A sentence right under the header's date and byline is the text, unless it is a dek over the byline (header-walk-dek.ts).
      const { bylineNext, underFacts } = dekReading(ts, taken, segments, candidates, i, (x) => metaOf(x, haveUrl));
      // So is a site's tagline of one short sentence ("Notes on hulls and batteries.") between its name and the date.
      const tagline = !isProse(t) && /\p{Ll}[.!]$/u.test(t) && words(t) <= 12 && candidates.length > 0 && candidates.every((k) => words(ts[k]!) < 4);
      if ((isProse(t) || tagline) && (candidates.length > 0 || ahead > 3) && words(t) <= 60 && (more || bylineNext) && !underFacts) continue;
      // A sentence set among the page's chrome above any headline or header fact (a government site's "An official website …" banner
      // explaining ".gov" and HTTPS between its toggles) is part of that banner: the header goes on under it.
      const chromeAt = (k: number) => taken.get(k)?.kind === 'boilerplate';
      if (isProse(t) && words(t) <= 40 && segments.size === 0 && candidates.every((k) => words(ts[k]!) < 4) && chromeAt(i - 1) && (chromeAt(i + 1) || chromeAt(i + 2))) continue;
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
  return { candidates, end, labelled };
}
