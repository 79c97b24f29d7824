import { BARE_JOB_TITLE, JOB_WORD, parseNameLine } from './byline-names.ts';
import { readMeta } from './header-line.ts';
import { blockLines, squash, type El } from './read-html-blocks.ts';

/**
 * The header lines under the page's <h1> that Readability leaves out with the page's chrome: each a byline, date or
 * reading time on its own ("Words by A", "6 March 2025", "4 min" in their own elements). Only lines stating such a
 * fact, up to the first that does not, within the few lines under the headline.
 */
export function factsUnderHeadline(document: Document): string[] {
  const h1 = document.querySelector('h1');
  const box = h1?.parentElement;
  if (!h1 || !box) return [];
  const lines: string[] = [];
  blockLines(box as unknown as El, lines);
  // Each line is read once (a line is asked about as itself and as the next one's neighbour; readMeta runs chrono and compromise).
  const read = new Map<string, ReturnType<typeof readMeta>>();
  const metaOf = (t: string) => (read.has(t) ? read.get(t) : read.set(t, readMeta(t, true)).get(t));
  const at = lines.indexOf(squash(h1.textContent));
  const out: string[] = [];
  // A row of facts in one element under the headline, each in its own span ("Original" / "Chen Yu" / "Harbour Weekly" /
  // "2031-07-15 16:00" / "Oslo", as a WeChat article prints it): read as one row, as a copy of the page joins it.
  const row = h1.nextElementSibling;
  const parts = Array.from(row?.children ?? []).map((c) => squash(c.textContent)).filter((t) => !!t && !/^[·•|/–—-]$/.test(t));
  // (A row with words of its own between its spans, "By <A> and <B> · <time>", is a sentence-like line: read whole below.)
  const ownWords = Array.from(row?.childNodes ?? []).some((n) => n.nodeType === 3 && !!squash(n.textContent));
  const joined = !ownWords && parts.length >= 3 && parts.length <= 8 && parts.every((p) => p.split(/\s+/).length <= 6) ? metaOf(parts.join('  ')) : undefined;
  if (joined && (joined.kind === 'date' || (joined.kind === 'byline' && joined.date))) return [parts.join('  ')];
  // A separator element between the facts ("·" in its own span) is no line of its own.
  // A date's label in its own element ("Published on" / "September 10, 2025") is read with the date it labels.
  const next = (at < 0 ? [] : lines.slice(at + 1, at + 10).filter((l) => !/^[·•|/–—-]$/.test(l))).reduce<string[]>(
    (out, l) => (out.length && DATE_LABEL_ALONE.test(out.at(-1)!) ? [...out.slice(0, -1), `${out.at(-1)!} ${l}`] : [...out, l]),
    [],
  );
  const isDate = (l: string | undefined) => !!l && metaOf(l)?.kind === 'date';
  // An author card: the name, then the writer's job in its own element ("Head of Capacity, Tensorrent"), then the date.
  const carded = !metaOf(next[0] ?? '') && isJobLine(next[1]) && isDate(next[2]);
  for (const [k, line] of next.slice(0, 6).entries()) {
    if (carded && k === 1) continue;
    // "Illustration by B", "Photos by C" beside the byline credit others' work: passed over, not read.
    if (/^(?:illustrations?|photos?|photography|images?|graphics?|design|art|video)\s+by\s/i.test(line)) continue;
    // An author card's name in its own element, right above the date ("Kai Wen" / "April 30, 2031"): the byline.
    const name = k === 0 && !metaOf(line) && (isDate(next[1]) || carded) ? parseNameLine(line) : undefined;
    if (name?.length === 1) {
      out.push(`By ${name[0]}`);
      continue;
    }
    const m = metaOf(line);
    if (!m || !(m.kind === 'date' || m.kind === 'byline' || (m.kind === 'meta' && m.role === 'reading time'))) break;
    out.push(line);
  }
  return out;
}

/** A date's label standing alone: "Published on", "Posted", "Last updated:". */
const DATE_LABEL_ALONE = /^(?:(?:first|last|originally)\s+)?(?:published|posted|updated|written)(?:\s+(?:on|at))?\s*:?$/i;
/** A job title line, possibly with the employer after a comma: "Head of Capacity, Tensorrent", "Senior Analyst". */
function isJobLine(l: string | undefined): boolean {
  const job = l?.split(',')[0]!.trim();
  if (!job || job.split(/\s+/).length > 6 || /[.!?]$/.test(l!)) return false;
  return BARE_JOB_TITLE.test(job) || JOB_WORD.test(job) || /^(?:head|director|(?:vice\s+)?president|manager|chief\s+\p{L}+\s+officer)\s+of\s+\p{Lu}/iu.test(job);
}
