import type { BoilerplateReason, Segment } from '../core/article.ts';
import { BIO_VERB } from './chrome-bio.ts';
import { EMAIL_FIELD } from './chrome-line-rules.ts';
import { isPersonName } from './chrome-menus.ts';
import { isTagline } from './chrome-context.ts';
import { markEchoes } from './chrome-echo.ts';
import { endsSentence, words, type Unit } from './units.ts';
import { markReadLater } from './chrome-read-later.ts';
import { markCards } from './chrome-cards.ts';

/**
 * Chrome told by what the header made of its neighbours, marked once the header is read: a photo's
 * caption beside its credit, section labels in the header beside other chrome, the site's tagline
 * under its masthead (and its name and tagline closing the page), and an author box at the end (a
 * name, a job title and a note about the author).
 */

/** Most words of a caption without its credit, or of a section label, or of a tagline. */
const MAX_CAPTION = 15;
/** Most words of a credit without a caption ("(Image credit: Nvidia)", "Photograph: Jane Roe/Reuters"). */
const MAX_BARE_CREDIT = 8;
const MAX_TAGLINE = 12;
/** The lowest line a site's tagline sits on (counting from 0, the masthead). */
const MAX_TAGLINE_AT = 3;
/** A section label: up to three capitalised words, no digits and no sentence marks ("Politics", "U.S.", "Tech Industry"). */
// An ampersand joining two names is no word of its own ("Trends & Future").
const isLabel = (t: string) => t.length <= 30 && words(t.replace(/\s&\s/g, ' ')) <= 3 && /^\p{Lu}/u.test(t) && !/[\d!?,;:"“”]/.test(t) && (!t.endsWith('.') || /^(?:\p{Lu}\.){2,}$/u.test(t));
/** A job title in an author box: "Contributing Writer", "Senior Editor", "Staff Reporter". */
const JOB_TITLE = /^(?:[\p{Lu}][\p{L}-]+\s+){0,2}(?:[Ww]riter|[Ee]ditor|[Rr]eporter|[Cc]orrespondent|[Cc]ontributor|[Cc]olumnist|[Aa]nalyst|[Pp]roducer|[Jj]ournalist)$/u;
/** A name line in an author box: two to four capitalised words, or the same in capitals ("HALVARD MESSIER"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** A site's video label: "Axon Video", "Fjord TV" (its first word is the publisher's). */
const VIDEO_LABEL = /^(\p{Lu}[\p{L}]+)(?: \p{Lu}[\p{L}]+)? (?:Video|Videos|TV|Podcast)$/u;
/** A figure or a reporting verb: a line holding one above the headline is the story's, misplaced, never the site's tagline. */
const STORY_WORDS = /\d|\b(?:said|says|told|according)\b/;
/** An author box is among the last units of the text. */
const BOX_TAIL = 6;

/** Marks, into `taken`, the chrome told by the header's verdicts on its neighbours. `headerEnd`: the first unit after the header. */
export function markLate(us: readonly Unit[], taken: Map<number, Segment>, headerEnd: number, wc: readonly number[] = us.map((u) => words(u.text))): void {
  const drop = (i: number, reason: BoilerplateReason) => taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  const open = (i: number) => i >= 0 && i < us.length && !taken.has(i);
  const isChrome = (i: number) => taken.get(i)?.kind === 'boilerplate';
  markCaptionsBesideCredits(us, taken, headerEnd, wc, drop);
  markReadLater(us, taken);
  // The first long paragraph still open: above it is the header zone.
  const firstLong = wc.findIndex((n, i) => n >= 20 && open(i));
  // Section labels: a run of labels in the header zone with chrome or a section label right above it, and a second label or more chrome right below.
  const isSection = (i: number) => { const s = taken.get(i); return s?.kind === 'meta' && s.role === 'section'; };
  const isMasthead = (i: number) => { const s = taken.get(i); return s?.kind === 'meta' && s.role === 'publisher'; };
  for (let i = 1; i < firstLong; i++) {
    // (Or the masthead right above: the menu under the site's name.)
    if (!open(i) || !isLabel(us[i]!.text) || !(isChrome(i - 1) || isSection(i - 1) || isMasthead(i - 1))) continue;
    let j = i;
    while (j < firstLong && open(j) && isLabel(us[j]!.text)) j++;
    const run = Array.from({ length: j - i }, (_, k) => i + k);
    if ((run.length >= 2 || isChrome(j)) && !run.some((k) => JOB_TITLE.test(us[k]!.text) || isPersonName(us[k]!.text))) for (const k of run) drop(k, 'navigation');
    i = j;
  }
  // The headline's unit and the publisher's name, in one pass over the verdicts.
  let title = -1;
  const publishers: string[] = [];
  for (const [i, s] of taken) {
    if (s.kind === 'title' && (title < 0 || i < title)) title = i;
    else if (s.kind === 'meta' && s.role === 'publisher') publishers.push((s.value ?? s.text).toLowerCase());
  }
  // The site's tagline above the headline: a short line that is not a sentence, with the masthead, a section label or
  // other chrome right above it and below it ("Biting the silicon that feeds IT"). The story starts under its headline, so
  // nothing of it is up there; but a line right above the headline read may be the real headline (the header took the standfirst),
  // so there it must read as a newsletter's tagline ("A daily look at …").
  const isFurniture = (j: number) => { const s = taken.get(j); return s?.kind === 'boilerplate' || (s?.kind === 'meta' && (s.role === 'publisher' || s.role === 'section')); };
  // Only at the top of the page, under the masthead: further down, a line above a wrongly read headline may be the real one.
  for (let i = 1; i < Math.min(title, MAX_TAGLINE_AT + 1); i++) {
    // (A longer one, up to two dozen words, right under the site's name: "Notes on …, by a former analyst"; no figure or reporting verb, which are the story's.)
    const short = wc[i]! <= MAX_TAGLINE || (wc[i]! <= MAX_TAGLINE * 2 && isMasthead(i - 1) && !STORY_WORDS.test(us[i]!.text));
    if (open(i) && short && !/[.!?]$/.test(us[i]!.text) && isFurniture(i - 1) && (isFurniture(i + 1) || (i + 1 === title && isTagline(us[i]!.text)))) drop(i, 'page chrome');
    // A blog's description may be in sentences ("Notes on chips. By a retired engineer."): under the masthead, over the post's
    // date header, with the headline right under that date, it is the blog's, not the post's.
    // (No figure and no reporting verb: those are the story's, misplaced.)
    else if (open(i) && wc[i]! <= MAX_TAGLINE * 2 && isFurniture(i - 1) && taken.get(i + 1)?.kind === 'date' && i + 2 === title && !STORY_WORDS.test(us[i]!.text)) drop(i, 'page chrome');
  }
  // A video embed in the text: the site's video label ("Axon Video", "Fjord TV") and the video's title under it.
  const brands = publishers.map((p) => p.split(/\s+/)[0]!);
  for (let i = title + 1; brands.length > 0 && i < us.length - 1; i++) {
    const m = wc[i]! <= 3 && open(i) ? VIDEO_LABEL.exec(us[i]!.text) : null;
    if (!m || !brands.includes(m[1]!.toLowerCase())) continue;
    drop(i, 'related links');
    if (open(i + 1) && wc[i + 1]! <= MAX_CAPTION && !endsSentence(us[i + 1]!.text)) drop(++i, 'related links');
  }
  // The site's name and tagline closing the page: "Dev Commons — A constructive and inclusive social network for software developers."
  for (let i = us.length - 1, seen = 0; i > firstLong && seen < 2; i--) {
    if (!open(i)) continue;
    seen++;
    const t = us[i]!.text;
    if (wc[i]! <= 25 && publishers.some((p) => p.length >= 3 && t.toLowerCase().startsWith(p) && NAME_DASH.test(t.slice(p.length)))) drop(i, 'site footer');
  }
  // A publication stamp below the text ("First Published: Feb 05, 2025 11:40 IST"): the header has read the date above it.
  for (let i = firstLong + 1; firstLong >= 0 && i < us.length; i++) if (open(i) && wc[i]! <= 10 && STAMP.test(us[i]!.text)) drop(i, 'production note');
  markAuthorBox(us, taken, open, drop);
  markSignUp(us, taken, wc, open, drop);
  markEchoes(us, taken, wc);
  markCards(us, taken, wc);
  // The last heading of the page over nothing but chrome or quoted lines ("## Highlights" over a reader's saved quotes, "Related"
  // over its links): a section with no text of the story is the page's, and so is its heading. Below the text only; the quotes
  // themselves are left to the echo check (chrome-echo.ts), which drops them only where they repeat the text.
  const QUOTED = /^>\s/;
  let last = us.length - 1;
  while (last > firstLong && (!open(last) || QUOTED.test(us[last]!.text))) last--;
  if (firstLong >= 0 && last > firstLong && last < us.length - 1 && open(last) && (isChrome(last + 1) || QUOTED.test(us[last + 1]!.text)) && (MD_HEADING.test(us[last]!.text) || (SECTION_HEADING.test(us[last]!.text) && endsSentence(us[last - 1]!.text) && wc[last - 1]! >= 8))) drop(last, 'page chrome');
}

/** A heading: a Markdown one ("## Highlights"), or a short capitalised line with no sentence mark or figure right under a
 * paragraph (under another short line it may be the last item of the story's list). */
const MD_HEADING = /^#{1,6}\s+\S[^.!?]{0,40}$/;
const SECTION_HEADING = /^\p{Lu}[^\d.!?:;,"“”]{0,30}$/u;

/** Most words of a newsletter's name or pitch line. */
const MAX_PITCH = 20;

/**
 * A newsletter sign-up after the story: its pitch right above the e-mail field ("Get the news that matters
 * in 5 minutes." / "Enter your email"), and its name and pitch between its "Subscribe …" prompt and the
 * chrome below ("Harbour Daily" / "Every weekday, the best of our coverage."). Only after the story's last long paragraph.
 */
function markSignUp(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[], open: (i: number) => boolean, drop: (i: number, r: BoilerplateReason) => void): void {
  let lastLong = -1;
  for (let i = 0; i < us.length; i++) if (open(i) && wc[i]! >= 25) lastLong = i;
  if (lastLong < 0) return;
  // A newsletter's prompt ("Subscribe for …", "Sign up to our newsletter"), not a share bar's "Link copied" over the story's last line.
  const prompt = (i: number) => { const s = taken.get(i); return s?.kind === 'boilerplate' && s.reason === 'share or subscribe prompt' && /\b(?:subscribe|newsletters?|sign up|inbox)\b/i.test(us[i]!.text); };
  // The newsletter's name under its prompt: a few words, no sentence.
  const name = (i: number) => wc[i]! <= 6 && !endsSentence(us[i]!.text);
  for (let i = lastLong + 1; i < us.length; i++) {
    if (!open(i) || wc[i]! > MAX_PITCH) continue;
    // (With chrome above it too: the story's own last line may stand right above a form.)
    if (EMAIL_FIELD.test(us[i + 1]?.text.trim() ?? '') && taken.get(i - 1)?.kind === 'boilerplate') drop(i, 'share or subscribe prompt');
    else if (prompt(i - 1) || (prompt(i - 2) && taken.get(i - 1)?.kind === 'boilerplate')) {
      // The name (if still open) and one pitch line, with chrome right below them.
      const two = open(i + 1) && wc[i + 1]! <= MAX_PITCH && name(i);
      const below = two ? i + 2 : i + 1;
      if (taken.get(below)?.kind !== 'boilerplate' || (!two && !name(i) && !prompt(i - 2))) continue;
      drop(i, 'share or subscribe prompt');
      if (two) drop(i + 1, 'share or subscribe prompt');
    }
  }
}

/** A publication stamp: a label and a date with its year. */
const STAMP = /^(?:first |originally |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*[^.!?]{0,30}\b(?:19|20)\d{2}\b[^.!?]{0,20}$/i;
/** After the site's name, a dash or a colon and its tagline. */
const NAME_DASH = /^\s*[—–:|-]\s+\S/;

/**
 * A caption with no credit of its own, right above a credit ("Nvidia H800 module on a server board" /
 * "(Image credit: Nvidia)") or right below an image: a short line that is not a sentence, below the headline;
 * or a short sentence between an image and its credit.
 */
function markCaptionsBesideCredits(us: readonly Unit[], taken: Map<number, Segment>, headerEnd: number, wc: readonly number[], drop: (i: number, r: BoilerplateReason) => void): void {
  // A credit that holds a caption already ("… in Tokyo. | TOKYO COURIER") takes no other line as one.
  // A credit of a few words: a longer one is a caption with its credit ("… speaks at a briefing in Tokyo. (Photo by Yuki Sato)").
  const isBareCredit = (j: number) => { const s = taken.get(j); return s?.kind === 'credit' && words(s.text) <= MAX_BARE_CREDIT && !/[.!?]\s+\S/.test(s.text.replace(/\([^)]*\)$/, '')); };
  const isImage = (j: number) => { const s = taken.get(j); return s?.kind === 'boilerplate' && s.reason === 'image'; };
  // Below the headline (a lead photo's caption is inside the header block), or below the header when there is none.
  const title = [...taken.entries()].find(([, s]) => s.kind === 'title')?.[0];
  for (let i = Math.max(title === undefined ? headerEnd : title + 1, 1); i < us.length - 1; i++) {
    // Right above a credit, or right under an image in its block (a heading after an image starts a block of its own); the neighbours first, as most lines have none.
    if (taken.has(i) || !(taken.has(i + 1) || taken.has(i - 1)) || wc[i]! > MAX_CAPTION || wc[i]! < 3) continue;
    if (!(isBareCredit(i + 1) || (isImage(i - 1) && us[i - 1]!.block === us[i]!.block))) continue;
    // A byline above a lead photo's credit is not its caption. A line between an image and its credit is its caption even as a sentence.
    const sandwiched = isImage(i - 1) && isBareCredit(i + 1);
    if ((sandwiched || !endsSentence(us[i]!.text)) && !/^(?:#|(?:(?:written|words|photos?) )?by\s)/i.test(us[i]!.text)) drop(i, 'image');
  }
}

/**
 * An author box at the end: a name line (in capitals or not), an optional job title, and a note that
 * opens with the name, or its surname, and a job ("HALVARD MESSIER" / "Messier covers technology policy for UWS in Washington.").
 */
function markAuthorBox(us: readonly Unit[], taken: Map<number, Segment>, open: (i: number) => boolean, drop: (i: number, r: BoilerplateReason) => void): void {
  const tail: number[] = [];
  // A note already read as the author's (markAuthorBio) still takes its name line.
  const isBio = (i: number) => { const s = taken.get(i); return s?.kind === 'boilerplate' && s.reason === 'author bio'; };
  for (let i = us.length - 1; i >= 0 && tail.length < BOX_TAIL; i--) if (open(i) || isBio(i)) tail.unshift(i);
  for (const i of tail) {
    const t = us[i]!.text;
    // The name line is one of the two lines above (a job title or an employer may sit between: a short line, not a sentence).
    for (const at of [i - 1, i - 2]) {
      const name = us[at]?.text ?? '';
      if (at < 0 || !NAME_LINE.test(name) || (at === i - 2 && (words(us[i - 1]!.text) > 5 || endsSentence(us[i - 1]!.text)))) continue;
      const parts = name.split(/\s+/);
      // The note opens with the full name, the surname or the first name, in any case.
      const opener = [name, parts[parts.length - 1]!, parts[0]!].find((p) => t.toLowerCase().startsWith(`${p.toLowerCase()} `));
      if (!opener || !BIO_VERB.test(t.slice(opener.length + 1))) continue;
      for (let k = at; k <= i; k++) if (open(k) || k === i) drop(k, 'author bio');
      break;
    }
  }
}
