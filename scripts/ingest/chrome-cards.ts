import { chromeReason, type BoilerplateReason, type Segment } from '../core/article.ts';
import { isFieldRow } from './chrome-shapes.ts';
import { parseDateLine } from './dates.ts';
import { type Unit } from './units.ts';

/**
 * Chrome told by the shape of a group of lines below the headline, once the header is read (so the
 * header's own date, byline and field rows are never taken):
 * - a card: a run of short lines that are no sentences, several of them already chrome, inside or
 *   below the story (a forum post's header of handle, rank, "Joined" / date, "Messages" / count; an
 *   analyst block of names, phones and e-mails; a share bar mixed with labels);
 * - a teaser: a label or chrome line, a title and a date line set into the story ("For you" /
 *   "<title>" / "February 20, 2025");
 * - a quoted post's wrapper: "<Name> said:" over a quote that ends in an expand control;
 * - an advert's pitch between chrome and its button ("Before it's here, it's on X." / "LEARN MORE");
 * - a row of header fields with a date in it further down the page (a printed page's running header,
 *   an episode's "Aired <date> · 48 min").
 */

/**
 * Most words of an open line of a card (a handle, a rank, a field's label or value), and of a chrome line counted in
 * one. Phrases of more words are a list's items ("Fleet doubles by next year"), except a company's name with its legal form.
 */
const MAX_CARD_WORDS = 3;
const MAX_ENTITY_WORDS = 6;
const LEGAL_FORM = /\b(?:Limited|Ltd|Inc|LLC|LLP|LP|plc|PLC|GmbH|AG|SA|Co)\.?$/;
const MAX_CARD_CHROME_WORDS = 10;
/** Fewest lines of a card, and fewest of them already chrome. */
const MIN_CARD = 6;
const MIN_CARD_CHROME = 2;
/** A quote's wrapper looks this many units ahead for the expand control that closes the quote. */
const QUOTE_SPAN = 12;
/** Most words of a teaser's title and of an advert's pitch line. */
const MAX_TEASER = 16;
const MAX_PITCH = 15;
const MAX_SLOGAN = 12;
/** Most words of an advert's message under its label. */
const MAX_AD = 60;

/** A user's handle with digits ("newbie42", "gpu_fan_2019"): lower case, one token (a table's "Qwen3-30B-A3B" is neither). */
const HANDLE = /^[a-z][a-z0-9_.]{2,24}$/;
/** A sentence's end (a label's colon is no end: "Reactions:"). */
const SENTENCE = /[.!?…]["”’)\]]?$/u;
/** A post's stamp below the story: "Started by Kestrel Apr 16, 2025", "Posted by jane_r · 3 days ago". */
const POST_STAMP = /^(?:started|posted|asked|submitted|answered|created|replied|last (?:post|reply)) by (\S+(?: \S+){0,2}?)\s*[,·•|]?\s+((?:on )?\S.{3,40})$/i;
/** An advert's message that ends in a call to action: "… Start free today.", "Unlock ProSignals now." */
const ENDS_IN_CTA = /(?:^|[.!?]\s+)(?:start|try|get|sign up|join|book|request|download|unlock|claim|upgrade)\b[^.!?]{0,40}\b(?:now|today|free|here)[.!]?(?:\s*[→»›])?$/i;
/** A time ago: "2 hours ago", "3d ago". */
const RELATIVE = /\bago$/i;
/** A quoted post's attribution: "The Pacific Signal said:", "gpu_ghost wrote:". */
const QUOTE_HEAD = /^\S[^.!?]{0,60}\s(?:said|wrote|posted)\s*:$/i;
/** The control closing a folded quote: "Click to expand...", "Show more". */
const EXPAND = /^(?:click|tap) to (?:expand|show more|see more)|^(?:expand|show more|see more)\b/i;
/** An advert's button: "LEARN MORE", "Get started →". */
const CTA = /^(?:learn more|find out more|sign up(?: now| today| free)?|get started|try (?:it )?(?:free|now)|start (?:free|now|your free trial)|book a demo|request a demo|shop now|buy now|discover more|subscribe(?: now)?)\s*[.!→»›>]*$/i;
/** Signs that a line is a table's or a list's (money, a percentage, a bullet, a quotation, an opening number): never a card's. */
const TEXT_MARK = /[$€£¥%]|^(?:[-–•*>+]\s|\d)/;

/** Marks cards, teasers, quote wrappers, advert pitches and field rows into `taken` (after the header is read). */
export function markCards(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[]): void {
  const drop = (i: number, reason: BoilerplateReason) => { if (!taken.has(i)) taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason }); };
  const open = (i: number) => i >= 0 && i < us.length && !taken.has(i);
  const chrome = (i: number) => taken.get(i)?.kind === 'boilerplate';
  const reasonOf = (i: number) => chromeReason(taken.get(i));
  let title = -1;
  for (const [i, s] of taken) if (s.kind === 'title' && (title < 0 || i < title)) title = i;
  const firstLong = wc.findIndex((n, i) => n >= 20 && open(i));
  if (firstLong < 0) return;
  const from = Math.max(title + 1, 0);
  for (let i = from; i < us.length; i++) if (open(i) && wc[i]! <= 16 && isFieldRow(us[i]!.text, wc[i]!)) drop(i, 'page chrome');
  markCardRuns(us, wc, firstLong, open, chrome, drop);
  // A date with its year, or a time ago ("2 hours ago"; a transcript's "0:14" is no date).
  const dated = (i: number) => i < us.length && (open(i) || chrome(i)) && wc[i]! <= 8 && (!!parseDateLine(us[i]!.text) || (chrome(i) && RELATIVE.test(us[i]!.text)));
  for (let i = from; i < us.length; i++) {
    // A teaser: its label (chrome, or a short open label between paragraphs), its title, its date.
    const t = us[i + 1]?.text ?? '';
    if (i >= firstLong && i < us.length - 2 && open(i + 1) && wc[i + 1]! >= 3 && wc[i + 1]! <= MAX_TEASER && !/[.;:,]$/.test(t) && dated(i + 2)) {
      // (A label that is itself a date or a time is a list's or a transcript's stamp: "0:06" / "<line>" / "0:14".)
      // A teaser's label is chrome by its own words ("For you", "Most read", "Story continues below"); an open heading over a
      // title and a date is a timeline's ("Timeline" / "DeepSeek releases V3" / "Dec 26, 2024") and stays.
      const label = chrome(i) && !dated(i) && !/^\d{1,2}:\d{2}/.test(us[i]!.text);
      if (label) {
        for (const k of [i, i + 1, i + 2]) drop(k, 'related links');
        i += 2;
        continue;
      }
    }
    // A quoted post's wrapper, when an expand control closes the quote.
    if (open(i) && wc[i]! <= 8 && QUOTE_HEAD.test(us[i]!.text)) {
      const end = us.findIndex((u, k) => k > i && k <= i + QUOTE_SPAN && EXPAND.test(u.text.trim()));
      if (end > 0) {
        drop(i, 'page chrome');
        drop(end, 'page chrome');
      }
    }
    // An advert's pitch: a short line right above its button (a slogan without a figure or a source's verb: the story's
    // short paragraphs report something), or any short line between chrome and the button.
    if (open(i) && i > 0 && wc[i]! <= MAX_PITCH && chrome(i + 1) && CTA.test(us[i + 1]!.text.trim()) && (chrome(i - 1) || (wc[i]! <= MAX_SLOGAN && reasonOf(i + 1) === 'advertisement' && !/\d|\b(?:said|says|told|according)\b/.test(us[i]!.text)))) drop(i, 'advertisement');
    // An advert's message under its sponsor label ("Together with X" / "… Start free today."), above the story's first paragraph too
    // (a newsletter's sponsor often comes first): the label and the call to action together are the advert's.
    if (open(i) && wc[i]! <= MAX_AD && taken.get(i - 1)?.kind === 'boilerplate' && (taken.get(i - 1) as { reason: string }).reason === 'advertisement' && wc[i - 1]! <= 6 && ENDS_IN_CTA.test(us[i]!.text)) drop(i, 'advertisement');
    // A post's stamp below the story: "Started by <handle> <date>".
    const stamp = open(i) && i > firstLong && wc[i]! <= 10 ? POST_STAMP.exec(us[i]!.text) : null;
    if (stamp && (parseDateLine(stamp[2]!.replace(/^on /i, '')) || RELATIVE.test(stamp[2]!))) drop(i, 'page chrome');
  }
}

/**
 * A card: a run of at least {@link MIN_CARD} short lines that are no sentences, at least {@link MIN_CARD_CHROME}
 * of them (and a quarter) already chrome, below the first long paragraph. Its open lines are taken, except a last
 * one right above open text (a heading of what follows). Money, percentages, bullets and numbered items break a run:
 * they are a table's or a list's.
 */
function markCardRuns(us: readonly Unit[], wc: readonly number[], firstLong: number, open: (i: number) => boolean, chrome: (i: number) => boolean, drop: (i: number, r: BoilerplateReason) => void): void {
  const member = (i: number) =>
    (chrome(i) && wc[i]! <= MAX_CARD_CHROME_WORDS) ||
    (open(i) && (wc[i]! <= MAX_CARD_WORDS || (wc[i]! <= MAX_ENTITY_WORDS && LEGAL_FORM.test(us[i]!.text))) && !SENTENCE.test(us[i]!.text) && !TEXT_MARK.test(us[i]!.text) && !/:\/\//.test(us[i]!.text) && (!/\d/.test(us[i]!.text) || HANDLE.test(us[i]!.text) || !!parseDateLine(us[i]!.text)));
  for (let i = firstLong + 1; i < us.length; i++) {
    if (!member(i)) continue;
    let j = i;
    while (j < us.length && member(j)) j++;
    const run = Array.from({ length: j - i }, (_, k) => i + k);
    let opens = run.filter(open);
    const chromeCount = run.length - opens.length;
    if (run.length >= MIN_CARD && chromeCount >= MIN_CARD_CHROME && chromeCount * 4 >= run.length) {
      if (opens.at(-1) === j - 1 && open(j)) opens = opens.slice(0, -1);
      for (const k of opens) drop(k, 'page chrome');
    }
    i = j;
  }
}
