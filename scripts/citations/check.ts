import { extractNumbers, numberKey } from '../knowledge/numbers.ts';
import type { CitationUse } from './find.ts';

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
 * appear in at least one of the paragraphs cited for that sentence.
 */
export function checkCitations(uses: readonly CitationUse[], lookup: SourceLookup): CitationProblem[] {
  const problems: CitationProblem[] = [];
  // Adjacent citations close the same sentence: their paragraphs are pooled for the figure check.
  const pooled = new Map<number, Set<string>>();
  for (const u of uses) {
    const src = lookup(u.source);
    if (!src) continue;
    const keys = pooled.get(u.sentenceId) ?? new Set<string>();
    for (const n of u.paragraphs) for (const f of extractNumbers(src.paragraphs.get(n) ?? '')) keys.add(numberKey(f));
    pooled.set(u.sentenceId, keys);
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
    const have = pooled.get(u.sentenceId)!;
    const unsupported = extractNumbers(u.sentence).filter((f) => !have.has(numberKey(f)));
    if (unsupported.length && u === uses.findLast((v) => v.sentenceId === u.sentenceId)) {
      problems.push({
        ...at,
        message: `figure ${unsupported.map((f) => `"${f.text}"`).join(', ')} in “${u.sentence}” does not appear in the cited paragraph${u.paragraphs.length > 1 ? 's' : ''} (${u.source} ${u.paragraphs.map((n) => `p${n}`).join(', ')})`,
      });
    }
  }
  return problems;
}
