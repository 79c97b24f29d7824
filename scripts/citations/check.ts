import { extractNumbers, numberKey } from '../ingest/numbers.ts';
import type { CitationUse } from './find.ts';
import { normaliseQuoted, quotationSupported } from './quotations.ts';

/** What the checker needs to know about a source: its paragraphs' text by number, and its title. */
export interface CitedSource {
  title: string;
  paragraphs: ReadonlyMap<number, string>;
}

/** Looks a source up by slug; undefined when there is no such source page. */
export type SourceLookup = (slug: string) => CitedSource | undefined;

/** A citation problem at a position in a page. */
export interface CitationProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Checks citations against the sources: the source must exist, the paragraphs must exist, and
 * every figure (money, percentage, year, other standalone number) in the citing sentence must
 * appear in at least one of the paragraphs cited for that sentence, and every quotation in it must
 * appear verbatim in one of them (see quotations.ts for the little that is normalised). Linear in the
 * number of citations: paragraphs are pooled per sentence once, and each sentence is checked once,
 * at its last citation.
 */
export function checkCitations(uses: readonly CitationUse[], lookup: SourceLookup): CitationProblem[] {
  const problems: CitationProblem[] = [];
  // Adjacent citations close the same sentence: their paragraphs are pooled for the figure check.
  const pooled = new Map<number, Set<string>>();
  const texts = new Map<number, string[]>();
  const last = new Map<number, CitationUse>();
  // Each cited paragraph's figures and normalised text are computed once, however often it is cited.
  const figuresOf = new Map<string, string[]>();
  const normalisedOf = new Map<string, string>();
  for (const u of uses) {
    last.set(u.sentenceId, u);
    const src = lookup(u.source);
    if (!src) continue;
    const keys = pooled.get(u.sentenceId) ?? new Set<string>();
    const paragraphs = texts.get(u.sentenceId) ?? [];
    for (const n of u.paragraphs) {
      const id = `${u.source}#${n}`;
      const text = src.paragraphs.get(n) ?? '';
      let figures = figuresOf.get(id);
      if (!figures) figuresOf.set(id, (figures = extractNumbers(text).map(numberKey)));
      for (const f of figures) keys.add(f);
      if (u.quotations.length) {
        let normalised = normalisedOf.get(id);
        if (normalised === undefined) normalisedOf.set(id, (normalised = normaliseQuoted(text)));
        paragraphs.push(normalised);
      }
    }
    pooled.set(u.sentenceId, keys);
    texts.set(u.sentenceId, paragraphs);
  }
  for (const u of uses) {
    const at = { line: u.line, column: u.column };
    if (!u.source) {
      problems.push({ ...at, message: 'citation has no source: write <Cite source="<file name without .txt>" p="<paragraph>" />' });
      continue;
    }
    const src = lookup(u.source);
    if (!src) {
      problems.push({ ...at, message: `citation names source "${u.source}", which is not in content/articles/ (check the file name)` });
      continue;
    }
    if (u.paragraphs.length === 0) {
      problems.push({ ...at, message: `citation of "${u.source}" needs p="<paragraph number>" (got ${u.p === undefined ? 'nothing' : `"${u.p}"`})` });
      continue;
    }
    const missing = u.paragraphs.filter((n) => !src.paragraphs.has(n));
    if (missing.length) {
      problems.push({
        ...at,
        message: `citation of "${u.source}" names paragraph ${missing.map((n) => `p${n}`).join(', ')}, but that source has ${src.paragraphs.size} paragraphs`,
      });
      continue;
    }
    // A sentence's figures and quotations are checked once, at its last citation.
    if (u !== last.get(u.sentenceId)) continue;
    const cited = `(${u.source} ${u.paragraphs.map((n) => `p${n}`).join(', ')})`;
    const plural = u.paragraphs.length > 1 ? 's' : '';
    const have = pooled.get(u.sentenceId)!;
    const unsupported = extractNumbers(u.sentence).filter((f) => !have.has(numberKey(f)));
    if (unsupported.length) {
      problems.push({
        ...at,
        message: `figure ${unsupported.map((f) => `"${f.text}"`).join(', ')} in “${u.sentence}” does not appear in the cited paragraph${plural} ${cited}`,
      });
    }
    const paragraphs = texts.get(u.sentenceId) ?? [];
    for (const q of u.quotations) {
      if (quotationSupported(q, paragraphs)) continue;
      problems.push({
        ...at,
        message: `quotation “${q}” does not appear verbatim in the cited paragraph${plural} ${cited} — quote the source word for word, or drop the quotation marks and paraphrase`,
      });
    }
  }
  return problems;
}
