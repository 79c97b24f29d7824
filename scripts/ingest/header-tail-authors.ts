import { isKnownPerson, isNameShaped, isPlace, parseNameLine } from './byline-names.ts';
import { parseByline } from './byline.ts';
import { plain } from './headline.ts';
import { words } from './units.ts';
import type { Segment } from '../core/article.ts';
import type { Unit } from './units.ts';

/**
 * Who wrote the article, stated at its end instead of its top: a letter's signer, a dashed sign-off, a reporter's
 * contact card, a report's author block, a blog's colophon sentence, and the outlet an author's note names.
 * Read only when the header named no author (or, for the note, no outlet).
 */

/** A letter's closing: "Sincerely,", "Yours faithfully,", "Best regards,", "With kind regards,"; a newsletter's: "Thanks for reading,", "Until tomorrow,". */
const VALEDICTION = /^(?:sincerely(?: yours)?|yours (?:sincerely|faithfully|truly)|(?:best|kind|warm|warmest) regards|regards|with (?:best|kind|warm) regards|respectfully(?: yours)?|best wishes|cordially|thanks? (?:you )?for reading|until (?:tomorrow|next (?:time|week))|see you (?:tomorrow|next week))[,!.]?$/i;
/** "— Jane Doe", "-- Jane Doe": a sign-off, a dash then a name. */
const DASHED_SIGN_OFF = /^(?:—|–|--?)\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u;
/** How far up from the end a letter's closing is looked for (a PDF's disclosures and page footers follow it). */
const SIGNATURE_UNITS = 16;

/**
 * The signer of a letter (a fund's letter to its partners, an open letter): the name under its closing
 * ("Sincerely," / "Naomi Feld" / "Managing Partner") is its author, when the header names none.
 */
export function readSigner(us: readonly Unit[], taken: ReadonlyMap<number, Segment>): Map<number, Segment> {
  const out = new Map<number, Segment>();
  if ([...taken.values()].some((s) => s.kind === 'byline' && s.authors.length > 0)) return out;
  const card = contactCard(us, taken);
  if (card) return out.set(card.at, { kind: 'byline', authors: [card.name], line: us[card.at]!.line, text: us[card.at]!.text });
  const after = (i: number) => us.map((_, k) => k).filter((k) => k > i && !taken.has(k));
  for (let i = Math.max(0, us.length - SIGNATURE_UNITS); i < us.length - 1; i++) {
    // "— Jane Doe" alone under the last paragraph: the writer's dashed sign-off, when only a footer's few lines follow it
    // (a quotation's credit stands under its quote, with more text after). The block reader (prose-block.ts) reads it
    // when it stands outside the main block; a newsletter's footer can pull it inside.
    const dashed = DASHED_SIGN_OFF.exec(plain(us[i]!.text).trim());
    const quoteAbove = /["”’]$/.test(us[i - 1]?.text.trim() ?? '');
    if (dashed && !taken.has(i) && !quoteAbove && after(i).length <= 4 && after(i).every((k) => words(us[k]!.text) < 40) && words(dashed[1]!) <= 4 && isNameShaped(dashed[1]!)) {
      out.set(i, { kind: 'byline', authors: [dashed[1]!], line: us[i]!.line, text: us[i]!.text });
      break;
    }
    // (The chrome rules may take a newsletter's closing, "Thanks for reading,", for a prompt: it still heads the signature.)
    if ((taken.has(i) && taken.get(i)?.kind !== 'boilerplate') || !VALEDICTION.test(us[i]!.text.trim())) continue;
    // (A dashed sign-off under the closing, "See you next week." / "— Jane Doe", is the same signature.)
    const t = plain(us[i + 1]!.text).replace(/^(?:—|–|--?)\s*/, '');
    // compromise may not know the name ("Naomi Feld"): a name's shape under the closing is enough, as a signature is nothing else.
    const people = parseNameLine(t) ?? (words(t) <= 4 && isNameShaped(t) ? [t] : undefined);
    // (A short line stranded between a footer's prompts may have been taken as chrome: under a closing it is the signature.)
    if (people && (!taken.has(i + 1) || taken.get(i + 1)?.kind === 'boilerplate')) out.set(i + 1, { kind: 'byline', authors: people, line: us[i + 1]!.line, text: us[i + 1]!.text });
    break;
  }
  return out;
}

/** A line that is only an e-mail address. */
const EMAIL_LINE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/**
 * A reporter's contact card under the text ("Jane Doe" / "jane.doe@example.com"): a name over an address whose
 * mailbox spells that name is the writer, wherever the page sets the card. Chrome rules may have taken both lines.
 */
function contactCard(us: readonly Unit[], taken: ReadonlyMap<number, Segment>): { at: number; name: string } | undefined {
  for (let i = us.length - 2; i >= Math.max(0, us.length - SIGNATURE_UNITS * 2); i--) {
    const address = plain(us[i + 1]!.text).trim();
    if (!EMAIL_LINE.test(address) || taken.get(i)?.kind === 'byline') continue;
    const name = plain(us[i]!.text).trim();
    if (words(name) > 4 || !isNameShaped(name)) continue;
    const mailbox = address.split('@')[0]!.toLowerCase();
    // "vivian.lau", "vlau", "lau.vivian": every word of the name, or the surname after an initial.
    const parts = name.toLowerCase().split(/\s+/);
    const spelt = parts.every((p) => mailbox.includes(p)) || (mailbox.startsWith(parts[0]![0]!) && mailbox.endsWith(parts.at(-1)!));
    if (spelt) return { at: i, name };
  }
  return undefined;
}

/** The heading of a report's author block at its end: "Author Information", "About the Authors". */
const AUTHOR_BLOCK = /^(?:author information|about the authors?|authors?|contributors?)$/i;
/** How far up from the end the block's heading is looked for (a disclaimer and a report number may follow it). */
const AUTHOR_BLOCK_UNITS = 24;

/**
 * A report's author block at its end (a PDF's "Author Information"): names, each followed by at most one line of its
 * job title ("Analyst in Industrial Organization"), are the authors when the header names none. The block's lines
 * are an author note, not text.
 */
export function readAuthorBlock(us: readonly Unit[], taken: ReadonlyMap<number, Segment>): Map<number, Segment> {
  const out = new Map<number, Segment>();
  if ([...taken.values()].some((s) => s.kind === 'byline' && s.authors.length > 0)) return out;
  const head = us.findIndex((u, i) => i >= us.length - AUTHOR_BLOCK_UNITS && !taken.has(i) && AUTHOR_BLOCK.test(u.text.trim()));
  if (head < 0) return out;
  const authors: string[] = [];
  const lines: number[] = [];
  for (let i = head + 1; i < us.length; i++) {
    const people = taken.has(i) ? undefined : parseNameLine(plain(us[i]!.text));
    if (!people) break;
    authors.push(...people);
    lines.push(i);
    // One job line under each name: a few words, no sentence, not a name compromise knows as a person's ("Research Assistant" is a job, "David Chen" the next name).
    const job = us[i + 1]?.text.trim() ?? '';
    if (!taken.has(i + 1) && job && words(job) <= 12 && !/[.!?]$/.test(job) && !isKnownPerson(job)) lines.push(++i);
  }
  if (authors.length === 0) return out;
  const at = (i: number) => ({ line: us[i]!.line, text: us[i]!.text });
  out.set(head, { kind: 'boilerplate', reason: 'author bio', ...at(head) });
  lines.forEach((i, k) => out.set(i, k === 0 ? { kind: 'byline', authors, ...at(i) } : { kind: 'boilerplate', reason: 'author bio', ...at(i) }));
  return out;
}

/** How far up from the end a colophon sentence is looked for (tag lists, neighbours' links and a footer follow it). */
const COLOPHON_UNITS = 24;

/**
 * A blog's colophon sentence under the text, restating the post: "This is <title> by <names>, posted on <date>." The
 * names after the title are the authors, when the header names none; the line is the blog's, not the post's text.
 */
export function readColophon(us: readonly Unit[], taken: ReadonlyMap<number, Segment>, title: string | undefined): Map<number, Segment> {
  const out = new Map<number, Segment>();
  if (!title || [...taken.values()].some((s) => s.kind === 'byline' && s.authors.length > 0)) return out;
  const lead = `This is ${title} by `;
  for (let i = Math.max(0, us.length - COLOPHON_UNITS); i < us.length; i++) {
    const t = plain(us[i]!.text).trim();
    if (taken.has(i) || !t.startsWith(lead)) continue;
    const names = /^(.+?)(?:,\s+(?:posted|published|written)\s+(?:on\s+)?[^,]*\d{4})?\.?$/.exec(t.slice(lead.length))?.[1];
    const by = names ? parseByline(`By ${names}`) : undefined;
    if (by?.authors.length) out.set(i, { kind: 'byline', authors: by.authors, line: us[i]!.line, text: us[i]!.text });
    break;
  }
  return out;
}

/** "Jane Doe covers shipping for The Harbour Gazette from Oslo.": an author's note naming the outlet the author writes for. */
const BIO_OUTLET = /^\s+(?:covers|reports|writes|edits|is|was|has)\b[^.]{0,120}?\s(?:for|at|with)\s+((?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&|of|\p{Lu}[\p{L}&'’.-]*)){0,5})(?=[.,;]?\s*(?:$|\p{Ll}|\.|More about\b))/u;

/**
 * The outlet an author's note at the end names ("Jane Doe covers shipping for The Harbour Gazette."), when nothing
 * above names one: an article-area copy (no masthead) says whose it is only there. Set on the byline that names the
 * author; the note itself stays whatever it was taken as (an author bio).
 */
export function readBioOutlet(us: readonly Unit[], taken: Map<number, Segment>): void {
  const segs = [...taken.entries()];
  if (segs.some(([, s]) => ('publisher' in s && s.publisher) || (s.kind === 'meta' && s.role === 'publisher' && s.value))) return;
  const byline = segs.find(([, s]) => s.kind === 'byline' && s.authors.length > 0);
  if (!byline || byline[1].kind !== 'byline') return;
  const authors = byline[1].authors;
  for (const u of us.slice(-20)) {
    const t = plain(u.text).trim();
    const who = authors.find((a) => t.startsWith(a));
    // The sentence's full stop is not part of the name (an initial's is: "U.S.").
    const outlet = who ? BIO_OUTLET.exec(t.slice(who.length))?.[1]?.replace(/(?<!\b\p{Lu})\.$/u, '') : undefined;
    // "for Norway": a place is where, not whom (compromise also tags names such as "The Fjord Courier" as places: an outlet's "The" tells them apart).
    if (!outlet || words(outlet) > 6 || (!/^The\s/.test(outlet) && isPlace(outlet))) continue;
    taken.set(byline[0], { ...byline[1], publisher: outlet });
    return;
  }
}
