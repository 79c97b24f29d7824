import type { IngestProblem } from './types.ts';

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
