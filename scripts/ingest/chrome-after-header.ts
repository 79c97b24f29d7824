import type { BoilerplateReason, Segment } from '../core/article.ts';
import { BIO_VERB } from './chrome-bio.ts';
import { isPersonName } from './chrome-menus.ts';
import { parseDateLine } from './dates.ts';
import { BARE_URL, endsSentence, words, type Unit } from './units.ts';

/**
 * Chrome judged once the header is read, so a headline, a byline or a date the header took is never
 * taken here: lines told by their place around the header (a menu item stranded between menu items or
 * section labels, a job line or an author note under the byline, an update stamp or a date's label, a
 * photo caption between the share row and the text) and by their neighbours (a logo's alt text, the
 * label of a bare link, a promoted headline under its "Sponsored" label). Only lines still open.
 */

/** Most words of a menu item stranded between other furniture above the text. */
const MAX_STRANDED = 5;
/** Most words of a job line or a promoted headline. */
const MAX_JOB = 12;
const MAX_PROMOTED = 16;
/** A job line under a byline: a job noun closing its first phrase ("Algorithm engineer, working on …", "Senior analyst at X"). */
const JOB_LINE = /^(?:[\p{L}-]+\s){0,4}(?:engineer|researcher|scientist|developer|analyst|editor|reporter|writer|correspondent|journalist|columnist|contributor|professor|lecturer|founder|co-founder|investor|designer|consultant|lawyer|attorney|economist|strategist|student|fellow|director|manager|specialist|architect|programmer|physician)s?(?:$|\s*,\s|\s(?:at|of|in|for|with|@)\s)/iu;
/** Most lines of an author's card under the byline. */
const MAX_CARD = 4;
const MAX_CARD_SPAN = 8;
/** A follow button on an author's card: "Follow", "Follow Author", "Follow Jane Roe". */
const FOLLOW = /^(?:\+\s*)?follow(?: (?:author|me|us|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}))?$/iu;
/** A date with its year in figures: "25/02/2025", "2025-02-25", "2025.02.25". */
const NUMERIC_DATE = /\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\b/;
/** An update stamp in any language: one to three words, then the date ("Atualizado em 25/02/2025 - 12h40", "Aktualisiert 25.02.2025"). */
const STAMP = /^(?:[\p{L}.]+\s){1,3}(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\b[^.!?]{0,15}$/u;
/** An update stamp's opening word: "Updated …", "Last modified: …". */
const UPDATED = /^(?:last )?(?:updated|modified|edited|revised)\b/i;
/** A date's label on a line of its own, its value on the next: "This content was published on", "Last updated:". */
const DATE_LABEL = /^(?:this (?:content|article|story|post|page|item) (?:was|has been) )?(?:first |originally |last )?(?:published|posted|updated|modified|released)(?: on| at)?\s*:?$/i;
/** A logo's alt text: a name in capitals and "logo" ("Harbour & Finch LLP logo"). */
const LOGO = /^(?:\p{Lu}[\p{L}\d&.'’-]*|&|and|of|the)(?:\s(?:\p{Lu}[\p{L}\d&.'’-]*|&|and|of|the)){0,6}\s(?:[Ll]ogo|LOGO)$/u;
/** A caption with its credit after a spaced dash, the credit one to three capitalised words: "Quay 4, Bergen – Nordic Yards". */
const DASH_CREDIT = /^[^.!?]{3,120}\s[–—-]\s\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,2}$/u;
/**
 * An action with its count in thousands ("Agree 2.3K", "Like 12K"): a button of a Q&A or social app's action row, after the
 * zero-width marks some apps copy before it. Judged on lines left open only: above the text, a repository's "Star 18.4k" is the header's.
 */
const ACTION_COUNT = /^[\u200B-\u200D\u2060\uFEFF]*\p{L}+(?: \p{L}+)?\s+\d{1,3}(?:\.\d)?[KkMm]\+?$/u;
/** A label that marks the next item as paid for ("Sponsored", "Promoted content", "Partner content"). */
// Any short run of the paid-content words, one of them naming the payment: "Paid Partner Content", "Sponsored Stories", "Partner Offers".
const PAID_LABEL = /^[-–—•*\s]*(?=.*\b(?:paid|sponsored|promoted|partner|advertorial)\b)(?:(?:paid|sponsored|promoted|partners?|content|posts?|stories|story|links|offers?|advertorial|from|our|sponsors?)\b\s*){1,4}[-–—•*\s]*:?$/i;

/** Marks, into `taken`, the chrome told by its place around the header and by its neighbours. `authors`: the byline's names. */
export function markAfterHeader(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[], authors: readonly string[]): void {
  const drop = (i: number, reason: BoilerplateReason) => taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  const open = (i: number) => i >= 0 && i < us.length && !taken.has(i);
  const firstLong = wc.findIndex((n, i) => n >= 20 && open(i));
  let title = -1;
  let byline = -1;
  for (const [i, s] of taken) {
    if (s.kind === 'title' && (title < 0 || i < title)) title = i;
    else if (s.kind === 'byline' && (byline < 0 || i < byline)) byline = i;
  }
  const zoneEnd = firstLong < 0 ? us.length : title >= 0 ? Math.min(title, firstLong) : firstLong;
  // Furniture: chrome, or a label the header read as the site's or a section's.
  const furniture = (j: number) => { const s = taken.get(j); return s?.kind === 'boilerplate' || (s?.kind === 'meta' && (s.role === 'section' || s.role === 'publisher')); };
  for (let i = 1; i < zoneEnd; i++) {
    // A menu item stranded between other items the header read as labels ("Discover" / "Waiting for you to answer" / "Search"); a name is the byline's.
    if (open(i) && wc[i]! <= MAX_STRANDED && !endsSentence(us[i]!.text) && furniture(i - 1) && furniture(i + 1) && !isPersonName(us[i]!.text)) drop(i, 'navigation');
  }
  // Under the headline too, down to the text: a short line between the header's lines and the page's chrome, one of them chrome
  // ("Comment on this story" between the date and a share row); never a byline the header left, nor a name.
  const header = (j: number) => { const k = taken.get(j)?.kind; return k === 'title' || k === 'byline' || k === 'date' || furniture(j); };
  const isChrome = (j: number) => taken.get(j)?.kind === 'boilerplate';
  for (let i = Math.max(title + 1, 1); title >= 0 && firstLong >= 0 && i < firstLong; i++) {
    const t = us[i]!.text;
    if (open(i) && wc[i]! <= MAX_STRANDED && !endsSentence(t) && !/^by\s/i.test(t) && header(i - 1) && header(i + 1) && (isChrome(i - 1) || isChrome(i + 1)) && !isPersonName(t)) drop(i, 'page chrome');
  }
  const names = authors.flatMap((a) => [a, a.split(/\s+/)[0]!, a.split(/\s+/).at(-1)!]).filter((n) => n.length >= 2);
  // Under the byline (a date or a label may sit between): the author's card — a job line, a note opening with their name, a
  // follow button — line after line while each reads as one; a byline split over lines leaves its comma on a line of its own.
  for (let i = byline + 1, card = 0; byline >= 0 && i < us.length && i <= byline + MAX_CARD_SPAN && card < MAX_CARD; i++) {
    const t = us[i]!.text;
    // A job line the byline's reader already took ("Contributor." beside a byline split over lines) opens the card.
    const s = taken.get(i);
    if (s?.kind === 'boilerplate' && s.reason === 'author bio') { card++; continue; }
    if (!open(i) || /^\p{P}+$/u.test(t)) continue;
    if (card === 0 && i > byline + 2) break;
    const named = names.find((n) => t.startsWith(`${n} `));
    const job = t.replace(/\.$/, '');
    const isCard = (wc[i]! <= MAX_JOB && !endsSentence(job) && JOB_LINE.test(job)) || (named !== undefined && BIO_VERB.test(t.slice(named.length + 1))) || FOLLOW.test(t);
    if (!isCard) break;
    drop(i, 'author bio');
    card++;
  }
  // Anywhere above the text (under the headline too).
  for (let i = 0; i < (firstLong < 0 ? us.length : firstLong); i++) {
    if (!open(i) || wc[i]! > 8) continue;
    const t = us[i]!.text;
    // An update stamp in the header, and a date's label over its value.
    // (The header did not read it: an update stamp the walk passed by, "Updated Jul 19, 2025, 01:12pm EDT", is a note about the page.)
    if ((STAMP.test(t) && NUMERIC_DATE.test(t)) || (UPDATED.test(t) && parseDateLine(t))) drop(i, 'production note');
    // An author card copied as one line, the name glued to the job under it ("Jane RoeHead of Research, Acme"): the card, not text.
    else if (isNameOverJob(t, authors)) drop(i, 'author bio');
    else if (DATE_LABEL.test(t) && (taken.get(i + 1)?.kind === 'date' || NUMERIC_DATE.test(us[i + 1]?.text ?? ''))) drop(i, 'production note');
  }
  // A caption with its credit between the share row and the text: chrome above it, the first long paragraph below.
  if (firstLong > 0 && title >= 0 && title < firstLong - 1) {
    const i = firstLong - 1;
    if (open(i) && taken.get(i - 1)?.kind === 'boilerplate' && wc[i]! <= 20 && DASH_CREDIT.test(us[i]!.text)) drop(i, 'image');
  }
  for (let i = 0; i < us.length; i++) {
    if (!open(i)) continue;
    const t = us[i]!.text;
    if (wc[i]! <= 8 && LOGO.test(t)) drop(i, 'image');
    // The paid label itself, when no line rule took it.
    else if (wc[i]! <= 4 && PAID_LABEL.test(t)) drop(i, 'advertisement');
    else if (wc[i]! <= 3 && ACTION_COUNT.test(t)) drop(i, 'widget');
    // The label of a bare link on the next line ("The open-source address:" / "https://…"): the link is a credit, its label goes with it.
    else if (wc[i]! <= 10 && t.endsWith(':') && taken.get(i + 1)?.kind === 'credit' && BARE_URL.test(us[i + 1]!.text)) drop(i, 'page chrome');
    // A promoted headline under its label: the label marks what follows as paid for.
    else if (wc[i]! <= MAX_PROMOTED && !endsSentence(t) && taken.get(i - 1)?.kind === 'boilerplate' && PAID_LABEL.test(us[i - 1]!.text)) drop(i, 'advertisement');
  }
}

/** A byline name, then its job line, glued or set apart by a comma or a bar: "Jane RoeHead of Research, Acme", "Jane Roe | Senior analyst at Acme". */
function isNameOverJob(t: string, authors: readonly string[]): boolean {
  const name = authors.find((a) => a.length >= 4 && t.startsWith(a));
  if (!name) return false;
  const rest = t.slice(name.length).replace(/^\s*[,|·•—–-]\s+/u, '');
  // Glued, the job opens with a capital right after the name's last letter; set apart, it opens after its mark.
  return rest !== t.slice(name.length).trimStart() || /^\p{Lu}/u.test(rest) ? !endsSentence(rest) && (JOB_LINE.test(rest) || TITLED_JOB.test(rest)) && rest.length < t.length : false;
}

/** A job title in capitals, then its employer: "Head of Capacity, Acme", "VP Growth at Acme", "Chief Scientist @ Acme". */
const TITLED_JOB = /^\p{Lu}[\p{L}&.-]*(?:\s(?:of|for|and|&)?\s?\p{Lu}[\p{L}&.-]*){0,4}(?:,\s|\sat\s|\s@\s)\p{Lu}[^.!?]{0,40}$/u;
