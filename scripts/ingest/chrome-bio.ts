import { bare } from './chrome.ts';
import type { BoilerplateReason, Segment } from '../core/article.ts';
import { words, type Unit } from './units.ts';

/**
 * Notes about the author, and "About …" blocks, at the end of an article (and an author note beside
 * the byline in the header): read once the header has named the authors.
 */

/** Job words of an author note: "… is a senior editor at …", "… covers trade policy", "… joined the Post in 2021 and covers …". */
// The employer may come first: "… is Axon Technica's senior AI reporter".
export const BIO_VERB = /^(?:is|was)\s+(?:an?|the|\p{Lu}[\p{L}&.\s]{0,40}['’]s)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|editor|correspondent|writer|journalist|columnist|contributor|analyst|author|producer|fellow|researcher|blogger|professor|lecturer|adviser|advisor|director|founder|partner)\b|^(?:covers|reports on|reports for|writes|has covered|has reported)\b|^joined\s+(?:the\s+)?\p{Lu}[^.!?]{0,60}\s(?:in\s+\d{4}|as\s+(?:an?\s+)?\p{L}+)/iu;
/** A title before a name: "Dr.", "Prof.". */
const HONORIFIC = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+(?=\p{Lu})/u;
/** The verbs that open a profile card's note with no subject: "Covers …", "Reports on …", "Joined … in 2016". */
const CARD_VERB = /^(?:Covers|Reports on|Writes about|Joined)\s/;
/**
 * A profile card's note of subjectless fragments: a role of a few words, then what the writer does as a gerund
 * ("Ex-infra engineer. Writing about how models get built.", "Former chip analyst. Now covering supply chains.").
 */
const CARD_FRAGMENTS = /^(?:(?![^.]*\b(?:is|are|was|were|has|have|had|will|would|can|did|does)\b)\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,3}\.\s+)?(?:(?:Now|Mostly|Still|Currently)\s+\p{Ll}+ing|\p{Lu}\p{Ll}+ing\s+(?:about|on))\s[^"“”]+$/u;
/** A reporting verb: a sentence of the story, not a profile. */
const REPORTED = /\b(?:said|says|told|according)\b/;
/** Openers of an author note at the end: "About the author", "Written by Jane Doe" (blog platforms). */
export const ABOUT_AUTHOR = /^(?:[Aa]bout the (?:[Aa]uthors?|[Ww]riters?)|ABOUT THE AUTHORS?|[Aa]uthors?(?: [Ii]nformation| [Dd]etails)|AUTHORS? INFORMATION|[Ww]ritten by \p{Lu}[^.!?,;]{1,60})$/u;
/** "About Alibaba Cloud": the boilerplate paragraph about a company that ends a press release. */
export const ABOUT_OTHER = /^[Aa]bout\s+\p{Lu}[^.!?:,;]{1,40}$/u;
/** An author note or an "About …" block is among the last few units of the article. */
const BIO_TAIL = 4;
/** How far up a heading over a list of authors may stand, and most words of each line of the list. */
const BIO_LIST_TAIL = 10;
const BIO_LIST_WORDS = 12;

/**
 * Marks an author note at the end of the article: an "About the author" heading and what follows
 * it, or one of the last units opening with a byline name and a job description.
 */
export function markAuthorBio(us: readonly Unit[], out: Map<number, Segment>, authors: readonly string[], headerEnd = 0): void {
  const open = us.map((_, i) => i).filter((i) => !out.has(i));
  const tail = open.slice(-BIO_TAIL);
  // The heading may stand higher over a list of names and job titles ("Author Information" / "Jane Roe" / "Analyst in …" / …): every line under it short.
  const wide = open.slice(-BIO_LIST_TAIL);
  const listed = wide.find((i, k) => k < wide.length - BIO_TAIL && ABOUT_AUTHOR.test(bare(us[i]!.text)) && wide.slice(k + 1).every((j) => words(us[j]!.text) <= BIO_LIST_WORDS));
  const about = listed ?? tail.find((i) => ABOUT_AUTHOR.test(bare(us[i]!.text)));
  if (listed !== undefined) tail.unshift(...wide.filter((i) => i >= listed && !tail.includes(i)));
  // The company's own boilerplate names it in every long paragraph under the heading; a section of an explainer goes on about other things.
  const namesIt = (i: number, first: string) => words(us[i]!.text) < 20 || us[i]!.text.includes(first) || /^the company\b/i.test(us[i]!.text);
  const other = tail.find((i, k) => {
    if (!ABOUT_OTHER.test(bare(us[i]!.text)) || words(us[i]!.text) > 5) return false;
    const first = bare(us[i]!.text).split(/\s+/)[1]!;
    return tail.slice(k + 1).every((j) => namesIt(j, first));
  });
  const mark = (i: number, reason: BoilerplateReason) => out.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  // An author note sits at the end, or beside the byline in the header.
  // A byline name in full or by its first name ("Jane covers chips"): "Dan Ives is an analyst at Wedbush" at the end is article text.
  // Any leading part of a byline name: "Ivy Chen is a reporter…" under the byline "Ivy Chen Jiaqi". Longest first.
  const names = authors
    .flatMap((a) => a.split(/\s+/).map((_, k, ws) => ws.slice(0, k + 1).join(' ')))
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length);
  let previousBio = false;
  for (const i of [...open.filter((i) => i < headerEnd), ...tail]) {
    // A title before the name ("Dr. Jane Roe is a senior fellow …") is no part of the byline's name.
    const t = bare(us[i]!.text).replace(HONORIFIC, '');
    const named = names.find((a) => t.startsWith(`${a} `));
    const aboutAuthor = other !== undefined && authors.some((a) => bare(us[other]!.text).endsWith(a));
    const bio: boolean =
      (about !== undefined && i >= about) ||
      (aboutAuthor && i >= other!) ||
      (named !== undefined && BIO_VERB.test(t.slice(named.length + 1))) ||
      // A profile card's note with its subject left out, under the card's name or role ("Covers chips. Joined X in 2016."):
      // the line above is chrome or a short label and the line below chrome (or none), and nobody is quoted, so the story's own
      // sentence ("Covers three routes, the company said.") is not read as one.
      (i >= headerEnd && i > 0 && (out.has(i - 1) || (words(us[i - 1]!.text) <= 6 && !/[.!?:]$/.test(us[i - 1]!.text))) && (i + 1 >= us.length || out.get(i + 1)?.kind === 'boilerplate') && ((CARD_VERB.test(t) && BIO_VERB.test(t)) || (words(t) <= 25 && CARD_FRAGMENTS.test(t))) && !REPORTED.test(t)) ||
      // "She previously worked at …" right after a note about the author.
      (previousBio && i >= headerEnd && /^(?:she|he|they|previously|before (?:that|joining))\b/i.test(t));
    if (bio) mark(i, 'author bio');
    else if (other !== undefined && i >= other && headerEnd <= i) mark(i, 'site footer');
    previousBio = bio;
  }
}
