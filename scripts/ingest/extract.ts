import { parseNameLine, tailByline, wireReporters } from './byline.ts';

import { spelledOut } from './outlet-name.ts';
import { siteEvidence, withoutSite } from './header-site-evidence.ts';
import { type AuthorCandidate, type DateCandidate, type PublisherCandidate, resolveAuthors, resolveDate, resolvePublisher } from './header-resolve.ts';
import type { Article, BodyBlock, Credit, DecodedArticle, Segment } from '../core/article.ts';
import { paragraphId } from '../core/routes.ts';
import { headingIds } from '../core/slug.ts';

/** A site named as its owner's: a person's name, a possessive, then one to three words ("notes", "Blog", "corner of the web"). */
const OWNER_SITE = /^(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,2})['’]s\s+\p{L}+(?:\s+\p{L}+){0,2}$/u;
/** Longest inferred title, in characters, before it is cut at a word boundary. */
const MAX_INFERRED_TITLE = 90;
/** "Conan Zhang is a content strategist…": an author note. */
const AUTHOR_BIO = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:is|was|has|writes|covers)\b/u;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Shortens text to at most `max` characters (plus "…"), cutting at the last space when there is one
 * in the second half, so words stay whole.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** The first sentence of a paragraph, shortened at a word boundary when it is long. */
export function inferTitle(paragraph: string): string {
  const first = sentences.segment(paragraph).containing(0)?.segment.trim() ?? paragraph;
  return shorten(first.replace(/[.!?]$/, ''), MAX_INFERRED_TITLE);
}

/** A word: a run of letters and digits (with inner apostrophes or hyphens), or one CJK character. */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** Counts words; text in scripts written without spaces counts one word per character. */
export function countWords(text: string): number {
  // Counted with test(), which advances lastIndex without building the array of every word (WORD never matches empty).
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) n++;
  return n;
}

/**
 * Stage `extract`: turns classified segments into an article record — title, publication date,
 * author and publisher when the text states them, the body with stable paragraph ids (`p1`, `p2`, …)
 * and heading ids, the credits list and the audited boilerplate. Nothing is invented: a missing date
 * stays missing, and a title taken from the first sentence is flagged as inferred.
 */
/** What stands between the names of a byline copied one element a line: where each writer is, and the joining word. */
const BYLINE_JOINT = /^(?:and|&|,|(?:in|from)\s+\p{Lu}[\p{L} .'’-]{1,40})$/u;

export function extract(decoded: DecodedArticle, segments: Segment[], slug: string): Article {
  const paragraphs = segments.filter((s) => s.kind === 'paragraph');
  // Made at the first heading: reserving every paragraph id is the costly part, and many articles have no heading.
  let headingSlugs: ((text: string) => string) | undefined;
  const headingId = (text: string) => (headingSlugs ??= headingIds(paragraphs.map((_, i) => paragraphId(i + 1))))(text);

  const body: BodyBlock[] = [];
  const credits: Credit[] = [];
  const boilerplate: Article['boilerplate'] = [];
  const metadataLines: Article['metadataLines'] = [];
  let title: string | undefined;
  // Each reader's proposals for the date and the authors; header-resolve.ts picks (its precedence is documented there).
  const dates: DateCandidate[] = [];
  const authorCandidates: AuthorCandidate[] = [];
  const publishers: PublisherCandidate[] = [];
  let url: string | undefined;
  let n = 0;

  for (const [k, s] of segments.entries()) {
    if (s.kind === 'title' || s.kind === 'date' || s.kind === 'byline') metadataLines.push({ line: s.line, text: s.text, role: s.kind });
    if (s.kind === 'meta') metadataLines.push({ line: s.line, text: s.text, role: s.role });
    switch (s.kind) {
      case 'title':
        title ??= s.title ?? s.text;
        if (s.publisher) publishers.push({ name: s.publisher, source: 'stated', line: s.line, reason: "the headline's '| Outlet'" });
        if (s.url) url ??= s.url;
        break;
      case 'date':
        dates.push({ iso: s.iso, text: s.text, source: 'header', line: s.line, reason: 'a date line in the header' });
        if (s.publisher) publishers.push({ name: s.publisher, source: 'stated', line: s.line, reason: 'a date line naming its outlet' });
        break;
      case 'byline': {
        // Writers listed one a line ("Daniel Cho, CFA | …" / "Irene Wu | …"): a byline right under a byline names more of them.
        // So does one set apart from it only by where each writer is and a joining word ("Ophelia Tang" / "in Hong Kong" / "and" /
        // "Marcus Yeung" / "in Shanghai", a byline's elements copied one a line).
        const above = authorCandidates.at(-1);
        let j = k - 1;
        while (j >= 0 && segments[j]!.kind === 'meta' && BYLINE_JOINT.test(segments[j]!.text.trim())) j--;
        if (above?.source === 'byline' && segments[j]?.kind === 'byline' && (j === k - 1 || segments.slice(j + 1, k).some((x) => /^(?:and|&|,)$/i.test(x.text.trim())))) above.names = [...new Set([...above.names, ...s.authors])];
        else authorCandidates.push({ names: s.authors, source: 'byline', line: s.line, reason: 'the header byline' });
        if (s.publisher) publishers.push({ name: s.publisher, source: 'stated', line: s.line, reason: 'a byline naming its outlet' });
        if (s.date) dates.push({ iso: s.date.iso, text: s.text, source: 'byline', line: s.line, reason: 'a byline with its date' });
        break;
      }
      case 'meta':
        if (s.role === 'publisher' && s.value) publishers.push({ name: s.value, source: 'site name', line: s.line, reason: "the site's name (masthead, footer, logo)" });
        if (s.role === 'url') url ??= s.value;
        if (s.publisher) publishers.push({ name: s.publisher, source: 'stated', line: s.line, reason: "the outlet a source link or a portal's provider card credits" });
        break;
      case 'heading':
        body.push({ type: 'heading', id: headingId(s.text) || `h${s.line}`, text: s.text, line: s.line });
        break;
      case 'paragraph': {
        n++;
        body.push({ type: 'paragraph', id: paragraphId(n), n, text: s.text, line: s.line, links: [] });
        if (s.dateline) {
          metadataLines.push({ line: s.line, text: s.dateline.text, role: 'dateline' });
          // "(FNA)": initials the copyright line spells out name the agency in full.
          const agency = s.dateline.publisher;
          const spelled = (agency && spelledOut(agency, segments.filter((x) => x.kind === 'boilerplate' || x.kind === 'meta').map((x) => x.text))) || agency;
          if (spelled) publishers.push({ name: spelled, source: 'stated', line: s.line, reason: "a dateline's agency" });
          if (s.dateline.iso) dates.push({ iso: s.dateline.iso, text: s.dateline.text, source: 'dateline', line: s.line, reason: 'a wire dateline opening a paragraph' });
        }
        break;
      }
      case 'credit':
        credits.push({ text: s.text, line: s.line, ...(s.url ? { url: s.url } : {}) });
        break;
      case 'boilerplate':
        boilerplate.push(s);
        break;
    }
  }
  // Author proposals of the text's end: a wire story's "Reporting by …" credit, a tail byline ("(By A and B)", "Written by A and
  // B", the last one after the text's start), an author note ("Conan Zhang is a …"), a personal site named after its writer.
  const wire = boilerplate.flatMap((b) => (b.reason === 'wire credits' ? (wireReporters(b.text) ?? []) : [])).slice(0, 8);
  authorCandidates.push({ names: wire, source: 'wire credit', reason: 'Reporting by … after a wire story' });
  const tail = boilerplate.filter((b) => b.line > (body[0]?.line ?? Infinity)).findLast((b) => tailByline(b.text) !== undefined);
  if (tail) authorCandidates.push({ names: tailByline(tail.text)!, source: 'tail byline', line: tail.line, reason: 'a byline after the text' });
  const bio = boilerplate.find((b) => b.reason === 'author bio' && AUTHOR_BIO.test(b.text));
  if (bio) authorCandidates.push({ names: [AUTHOR_BIO.exec(bio.text)![1]!], source: 'author bio', line: bio.line, reason: 'an author note naming its writer' });
  // A header line the page's address or copyright names too outranks the walk's site name, unless that name is corroborated itself.
  const evidence = siteEvidence(segments);
  const walked = publishers.find((p) => p.source === 'site name')?.name;
  // (A note that the story "first appeared in" another outlet says the site only carries it: the note names the publisher.)
  const corroborated = (walked && evidence.corroborates(walked)) || republishedFrom(boilerplate) ? undefined : evidence.first;
  if (corroborated) publishers.push({ name: corroborated, source: 'corroborated site name', reason: "a header line the page's address or copyright names too" });
  const named = resolvePublisher(publishers);
  const owner = OWNER_SITE.exec(named ?? '')?.[1];
  if (owner && parseNameLine(owner)?.length === 1) authorCandidates.push({ names: [owner], source: 'site owner', reason: "a site named as its owner's" });
  // "Jane Doe / Harbour Ledger" read as a byline of two: a name the page corroborates as its own is the site, not a second writer.
  const authors = withoutSite(resolveAuthors(authorCandidates), evidence.first);
  const note = republishedFrom(boilerplate);
  if (note) publishers.push({ name: note, source: 'production note', reason: 'This story was originally published by …' });
  const publisher = resolvePublisher(publishers);
  const date = resolveDate(dates);

  // An inferred title starts after a wire dateline: "BEIJING (Xinhua) --" is not part of a headline.
  const first = paragraphs[0];
  const firstParagraph = first && first.kind === 'paragraph' && first.dateline ? first.text.slice(first.dateline.text.length).trim() : first?.text;
  const fallback = firstParagraph ?? body[0]?.text ?? credits[0]?.text ?? slug;
  return {
    slug,
    file: decoded.file,
    title: title ?? inferTitle(fallback),
    titleInferred: title === undefined,
    ...(date ? { date } : {}),
    authors,
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
    topics: [],
    body,
    credits,
    metadataLines,
    boilerplate,
    encoding: decoded.encoding,
    warnings: decoded.warnings,
    words: body.reduce((sum, b) => sum + countWords(b.text), 0),
  };
}

/**
 * The outlet a production note states: "This story was originally published by X and is
 * republished…", "This report has been prepared by X." (A copyright line names the company that
 * owns the outlet, "Nikkei Inc.", not the outlet, so it is not read.)
 */
function republishedFrom(boilerplate: readonly { reason: string; text: string }[]): string | undefined {
  for (const b of boilerplate) {
    if (b.reason !== 'production note') continue;
    const m = /\b(?:(?:originally|first) (?:published|appeared) (?:by|in)|(?:prepared|produced|issued) by) (\p{Lu}[\p{L}\d&.'’() -]{1,50}?)(?:\s+(?:and|on|in)\b|[.,;]|$)/u.exec(b.text);
    if (m) return m[1]!.trim();
  }
  return undefined;
}
