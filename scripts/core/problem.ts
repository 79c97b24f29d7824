/** Problems with an input file, reported the way compilers do (`file:line: message — hint`). */

/** A problem with one article file, reported as `file:line: message (hint)`. */
export interface IngestProblem {
  /** Path of the article, relative to the project root (e.g. `content/articles/a.txt`). */
  file: string;
  /** 1-based line in the article, when the problem is tied to one. */
  line?: number;
  /** What is wrong. */
  message: string;
  /** What the contributor should do about it. */
  hint: string;
}

/** Formats a problem the way compilers do, so editors can jump to it: `file:line: message (hint)`. */
export function formatProblem(p: IngestProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.message} — ${p.hint}`;
}

/** Thrown by a stage when an article cannot become a page. */
export class IngestError extends Error {
  readonly problem: IngestProblem;
  constructor(problem: IngestProblem) {
    super(formatProblem(problem));
    this.name = 'IngestError';
    this.problem = problem;
  }
}
