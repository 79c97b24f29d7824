import { chromeReason, type BoilerplateReason, type Segment } from '../core/article.ts';
import { markDialogs } from './chrome-dialogs.ts';
import { endsSentence, words, type Unit } from './units.ts';

/**
 * Chrome told by its neighbours, marked right after the single-line rules (before the header is
 * read): a forwarded e-mail's wrapper, a poster's display name above their @handle, a newsletter's
 * tagline beside its sign-up prompt, and a sponsor's message under its "A message from …:" label.
 */

/** "---------- Forwarded message ---------", "Begin forwarded message:". */
const FORWARD_MARK = /^-{2,}\s*(?:forwarded message|original message)\s*-*$|^begin forwarded message:?$/i;
/** The header fields of a forwarded e-mail: "From: …", "Date: …", "Subject: …", "To: …". */
const MAIL_FIELD = /^(?:from|date|sent|subject|to|cc|bcc|reply-to)\s*:\s*\S/i;
/** Most units, and words, of a forwarder's note above the forwarded message. */
const MAX_NOTE_UNITS = 6;
const MAX_NOTE_WORDS = 80;
/** A handle alone on a line: "@pvasudev_chips". */
const HANDLE = /^@[\w.]{2,30}$/;
/**
 * A newsletter's pitch names the product ("… in this weekly newsletter.", "… every Tuesday. Free.") or is a fragment with its rhythm
 * ("Tech in Asia, every weekday", "A weekly dive into how technology shapes our lives": a periodic something into or about a subject).
 */
const TAGLINE_PRODUCT = /\b(?:newsletter|digest|briefing|in your inbox)\b|\bfree\.?$/i;
const TAGLINE_RHYTHM = /\b(?:every (?:week)?day|every (?:other )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|every (?:morning|week)|each (?:week|morning))$|,\s+every (?:other )?(?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.$|^(?:an? |the )?(?:daily|weekly|fortnightly|monthly) (?:notes|letters?|dispatch(?:es)?|analysis|look|guide|roundup|briefing|digest|essays?|thoughts)\b|^(?:an? |your )(?:daily|weekly|fortnightly|monthly) [\p{L}-]+ (?:into|on|at|of|through|from|about|with)\b/iu;
/** A newsletter's name: "VB Daily", "Tech Check Weekly", "The Morning Briefing" (below the text: above it, it is the masthead of the issue). */
const NEWSLETTER_NAME = /^(?:The )?\p{Lu}[\p{L}&'’ ]{0,30}\b(?:Daily|Weekly|Briefing|Digest|Newsletter|Brief|Roundup|Dispatch|Bulletin)$/u;
/** A counter of a newsletter's readers ("3,412 subscribers"): a tagline beside it is the newsletter's. */
const READER_COUNT = /\b(?:subscribers|followers|members|readers)$/i;
/** A paging link ("« Prev Page", "Next post →"): the line after it is the linked post's title. */
const PAGING = /^(?:[<‹«←]\s*)?(?:prev|previous|next|older|newer)(?: page| post| article| story)?(?:\s*[>›»→])?$/i;
/** A sentence that only states a rhythm ("The ferries run every day.") is the story's. */
export const isTagline = (t: string) => TAGLINE_PRODUCT.test(t) || TAGLINE_RHYTHM.test(t);
/** "A message from Voltline Energy:": a sponsor's label, alone on its line. */
// The colon may be missing where the label is set as a heading ("A MESSAGE FROM VOLTLINE").
const SPONSOR_LABEL = /^(?:a )?(?:message|word) from (?:our (?:sponsor|partner)s?|[^.:!?]{1,40})\s*:?$/i;
/** A promotion ends in a call to action: "Learn more.", "Book a demo →". */
// Or it opens a sentence with one ("Learn how …", "See how.") or offers a trial ("Try it free for 30 days.").
const CALL_TO_ACTION = /\b(?:learn more|find out more|read more|see more|sign up|get started|try it(?: free)?|book a demo|request a demo|contact (?:us|sales))\b[.!]?\s*[→»]?$|(?:^|[.!?]\s+)(?:learn|see|discover|find out) (?:how|why)\b|\btry (?:it|us) (?:free|for free)\b/i;

/** A press office or desk by name, capitalised: "Office of Congressional and Public Affairs", "Media Relations", "Press Office". */
const CONTACT_OFFICE = /^(?:\p{Lu}[\p{L}&,'’ -]*\s)?(?:Office|Affairs|Relations|Communications|Press|Media|Newsroom|Desk)\b(?:\s(?:of|for|and|&)\s[\p{L}&,'’ -]+)?$/u;
/** An e-mail address or a telephone number alone on its line. */
const CONTACT_ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^(?:tel(?:ephone)?|phone)?\s*:?\s*\+?\(?\d{1,4}\)?(?:[\s.-]\(?\d{1,4}\)?){2,5}$/i;
/** A box's title: capitalised, no digits, no sentence marks. */
const BOX_TITLE = /^\p{Lu}[^\d.!?:;,"“”]*$/u;
/** A BibTeX entry's first line ("@misc{qwen25max,"), its fields ("title = {…},") and its closing brace. */
const BIB_OPEN = /^@[a-z]+\s*\{\s*[^\s,{}]+\s*,$/i;
const BIB_FIELD = /^[a-z_-]+\s*=\s*[{"\d]/i;
/** A whole entry on one line: its opening, two or more fields in braces or quotes, its closing brace. */
const BIB_WHOLE = /^@[a-z]+\s*\{\s*[^\s,{}]+\s*,(?:\s*[a-z_-]+\s*=\s*(?:\{[^{}]*\}|"[^"]*"|\d+)\s*,?){2,}\s*\}$/i;
/** A citation box's heading or lead-in names what it offers: "Citation", "Cite us", "Please cite this work as". */
const CITE_WORD = /\b(?:[Cc]it(?:e|ing|ation)|CIT(?:E|ATION)|BibTeX)\b/;
/** Most lines, and most words per line, of that heading and lead-in. */
const MAX_CITE_LEAD = 2;
const MAX_CITE_LEAD_WORDS = 25;
/** Most lines of a citation entry. */
const MAX_BIB_LINES = 20;

/** An entry for a web page ("@misc{…", "@online{…"), as a post gives to cite itself; a paper's entry is "@article", "@inproceedings". */
const BIB_WEB = /^@(?:misc|online|electronic|webpage)\s*\{/i;
/** Its url field: "url = {https://…},". */
const BIB_URL = /^url\s*=\s*[{"](https?:\/\/[^\s{}"]+)[}"],?$/i;

/**
 * A citation entry to copy ("To cite this post: @misc{…}"): the page's tool, not the story's text.
 * A web page's entry names the page's own address: its url line is read as the original URL (the
 * header's URL, when there is one, comes first).
 */
function markCitation(us: readonly Unit[], drop: (i: number, reason: BoilerplateReason) => void, out: Map<number, Segment>): void {
  for (let i = 0; i < us.length; i++) {
    // A whole entry in one unit (a saved page's <pre> block, its lines kept or run together): "@misc{key, title = {…}, url = {…} }".
    const whole = us[i]!.text.startsWith('@') ? us[i]!.text.replace(/\s+/g, ' ').trim() : '';
    if (whole && BIB_WHOLE.test(whole)) {
      const url = BIB_WEB.test(whole) ? /\burl\s*=\s*[{"](https?:\/\/[^\s{}"]+)[}"]/i.exec(whole)?.[1] : undefined;
      if (url && URL.canParse(url)) out.set(i, { kind: 'meta', line: us[i]!.line, text: us[i]!.text, role: 'url', value: url });
      else drop(i, 'page chrome');
      continue;
    }
    if (!BIB_OPEN.test(us[i]!.text)) continue;
    let j = i + 1;
    while (j < us.length && j - i <= MAX_BIB_LINES && BIB_FIELD.test(us[j]!.text)) j++;
    // Only a whole entry: its fields, then its closing brace.
    if (j === i + 1 || j >= us.length || !/^\}\s*,?$/.test(us[j]!.text)) continue;
    const web = BIB_WEB.test(us[i]!.text);
    // The box's heading and lead-in right above the entry: "Citation" / "Feel free to cite the following article if …".
    for (let k = i - 1; k >= Math.max(0, i - MAX_CITE_LEAD) && !out.has(k) && words(us[k]!.text) <= MAX_CITE_LEAD_WORDS && CITE_WORD.test(us[k]!.text); k--) drop(k, 'page chrome');
    for (let k = i; k <= j; k++) {
      const url = web ? BIB_URL.exec(us[k]!.text)?.[1] : undefined;
      if (url && URL.canParse(url)) out.set(k, { kind: 'meta', line: us[k]!.line, text: us[k]!.text, role: 'url', value: url });
      else drop(k, 'page chrome');
    }
    i = j;
  }
}

/** Marks chrome told by its neighbours into `out` (which holds the single-line verdicts). */
export function markContext(us: readonly Unit[], out: Map<number, Segment>, wc: readonly number[] = us.map((u) => words(u.text))): void {
  const drop = (i: number, reason: BoilerplateReason) => out.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  const reasonOf = (i: number) => chromeReason(out.get(i));
  markForward(us, wc, drop);
  markCitation(us, drop, out);
  markDialogs(us, out, wc);
  // A subscribe prompt, or a count of a newsletter's subscribers.
  const isPrompt = (j: number) => reasonOf(j) === 'share or subscribe prompt' || (reasonOf(j) === 'widget' && READER_COUNT.test(us[j]!.text));
  // A display name over a handle in the header is the byline's; below the first long paragraph it repeats over each post.
  const firstLong = wc.findIndex((n) => n >= 20);
  for (let i = 0; i < us.length; i++) {
    const t = us[i]!.text;
    if (out.has(i)) continue;
    const n = wc[i]!;
    // A display name above a handle: "Priyanka Vasudev" / "@pvasudev_chips".
    if (i > firstLong && firstLong >= 0 && n <= 4 && HANDLE.test(us[i + 1]?.text ?? '') && !endsSentence(t) && !/\d/.test(t)) drop(i, 'page chrome');
    else if (n <= 16 && !/["“”]/.test(t) && (isTagline(t) || (n <= 4 && i > firstLong && firstLong >= 0 && NEWSLETTER_NAME.test(t))) && (isPrompt(i - 1) || isPrompt(i + 1))) {
      drop(i, 'share or subscribe prompt');
    } else if (n <= 12 && !endsSentence(t) && reasonOf(i - 1) === 'navigation' && PAGING.test(us[i - 1]!.text)) drop(i, 'related links');
    // A sign-up box's title in the text: a short name over the box's prompt and its button ("Signal on AI" / "Subscribe to …" / "Sign up").
    else if (n >= 2 && n <= 5 && BOX_TITLE.test(t) && i > firstLong && firstLong >= 0 && isPrompt(i + 1) && out.get(i + 2)?.kind === 'boilerplate' && !out.has(i - 1)) drop(i, 'share or subscribe prompt');
    // A press office's name over its address: "Office of Public Affairs" / "press@example.gov" (a release's contact, not its text).
    else if (n <= 8 && CONTACT_OFFICE.test(t) && !endsSentence(t) && CONTACT_ADDRESS.test(us[i + 1]?.text ?? '') && out.get(i + 1)?.kind === 'boilerplate') drop(i, 'site footer');
    // The message may already be known as an advertisement by its own words ("Try it free for 30 days.").
    else if (SPONSOR_LABEL.test(t) && us[i + 1] && wc[i + 1]! <= 80 && (out.has(i + 1) ? reasonOf(i + 1) === 'advertisement' : CALL_TO_ACTION.test(us[i + 1]!.text))) {
      drop(i, 'advertisement');
      drop(++i, 'advertisement');
    }
  }
}

/**
 * A forwarded e-mail: the forward mark, the header fields under it, and the forwarder's short note
 * above it are the wrapper of the message, not the message.
 */
function markForward(us: readonly Unit[], wc: readonly number[], drop: (i: number, reason: BoilerplateReason) => void): void {
  let at = -1;
  for (let i = 0; i <= MAX_NOTE_UNITS && i < us.length && at < 0; i++) if (FORWARD_MARK.test(us[i]!.text)) at = i;
  if (at < 0) return;
  const above = wc.slice(0, at).reduce((a, b) => a + b, 0);
  if (above <= MAX_NOTE_WORDS) for (let i = 0; i < at; i++) drop(i, 'production note');
  drop(at, 'production note');
  for (let i = at + 1; i < us.length && MAIL_FIELD.test(us[i]!.text); i++) drop(i, 'production note');
}
