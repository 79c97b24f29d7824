/**
 * `npm run check`: validates all content without building the site, printing every problem as
 * `file:line: message` (or `file:line:column: message`) and failing on any error:
 *
 * - every article in content/articles/ must become a page (as `npm run build -- --strict`);
 * - content/entities.yaml, when present, must be a valid gazetteer;
 * - every hand-written page (scripts/core/topics.ts: content/index.mdx and content/topics/**, `.md` or
 *   `.mdx`) must be valid Markdown or MDX with valid frontmatter, every `<Cite>` in it
 *   must name an existing source and paragraph whose text holds the sentence's figures, and every
 *   ```mermaid diagram must parse and render; a topic page with fewer than two diagrams is a warning.
 *
 * It also lists candidate entities: people, organisations and products named in two or more
 * articles but not in content/entities.yaml, with where they appear (not problems: suggestions).
 *
 * Nothing is written: the articles are ingested in memory.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Code, Root, Yaml } from 'mdast';
import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { visit } from 'unist-util-visit';
import { paths } from '../site.config.ts';
import { checkCitations, type SourceLookup } from './citations/check.ts';
import { lookupFromArticles } from './citations/corpus.ts';
import { findCitations } from './citations/find.ts';
import { parsePage as parsePageText } from './citations/parse.ts';
import { compileGazetteer } from './core/match.ts';
import { findPageFiles, isTopic } from './core/topics.ts';
import { loadArticles } from './ingest/load.ts';
import { ingestAll, type IngestResult } from './ingest/pipeline.ts';
import { IngestError, type IngestProblem } from './core/problem.ts';
import { type Candidate, findCandidates, formatCandidate } from './knowledge/candidates.ts';
import { type Entity, validateGazetteer } from './core/entity.ts';
import { lineInFile } from './diagrams/diagram.ts';
import { showArticles } from './check-show.ts';
import { validateDiagram } from './diagrams/render.ts';

/** One problem found by the check, tied to a file and, when known, a position in it. */
export interface CheckProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column. */
  column?: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Formats a problem the way compilers do, so editors can jump to it: `file:line:column: message`. */
export function formatCheckProblem(p: CheckProblem): string {
  const where = [p.file, p.line, p.line === undefined ? undefined : p.column].filter((x) => x !== undefined).join(':');
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** An ingest problem (`message` plus what to do about it) as a check problem. */
export function fromIngestProblem(p: IngestProblem, severity: CheckProblem['severity']): CheckProblem {
  return { file: p.file, ...(p.line === undefined ? {} : { line: p.line }), message: `${p.message} — ${p.hint}`, severity };
}

/** The ingest's errors and warnings. Every article error is an error here, as with `--strict`. */
export function articleProblems(result: IngestResult): CheckProblem[] {
  return [...result.errors.map((e) => fromIngestProblem(e, 'error')), ...result.warnings.map((w) => fromIngestProblem(w, 'warning'))];
}

/**
 * Validates the gazetteer text. Returns its entities (none when it is invalid) and the problem, if
 * any, at the line the validator names.
 */
export function gazetteerProblems(text: string, file: string): { entities: Entity[]; problems: CheckProblem[] } {
  try {
    return { entities: validateGazetteer(text, file), problems: [] };
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    return { entities: [], problems: [fromIngestProblem(e.problem, 'error')] };
  }
}

/** A position-carrying error from the MDX parser (a vfile message). */
interface ParseError {
  reason?: string;
  message: string;
  line?: number | null;
  column?: number | null;
}

/**
 * Parses a page: MDX, or plain Markdown for a `.md` file (as Astro builds it). Returns the tree, or
 * the syntax error at its line and column.
 */
export function parsePage(text: string, file: string): { tree: Root } | { problem: CheckProblem } {
  try {
    return { tree: parsePageText(text, file) };
  } catch (e) {
    const err = e as ParseError;
    return {
      problem: {
        file,
        ...(err.line ? { line: err.line } : {}),
        ...(err.column ? { column: err.column } : {}),
        message: `MDX syntax error: ${err.reason ?? err.message}`,
        severity: 'error',
      },
    };
  }
}

/** What Starlight requires of a hand-written page's frontmatter (the rest is left to Starlight). */
const pageFrontmatterSchema = z.looseObject({
  title: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty'),
  description: z.string({ error: 'must be text' }).optional(),
  sidebar: z.looseObject({ order: z.number({ error: 'must be a number' }).optional() }).optional(),
});

/**
 * Checks a page's YAML frontmatter: valid YAML, and a title. Lines are lines of the page file.
 */
export function frontmatterProblems(tree: Root, file: string): CheckProblem[] {
  const node = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (!node) return [{ file, line: 1, message: 'the page has no frontmatter: start it with ---, title: …, ---', severity: 'error' }];
  // The YAML starts on the line after the opening `---`.
  const first = (node.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = first + lineCounter.linePos(error.pos[0]).line - 1;
    return [{ file, line, message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`, severity: 'error' }];
  }
  const result = pageFrontmatterSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    line: first,
    message: `frontmatter field "${issue.path.join('.')}" ${issue.message}`,
    severity: 'error' as const,
  }));
}

/** Checks every `<Cite>` in a parsed page against the sources. */
export function pageCitationProblems(tree: Root, file: string, lookup: SourceLookup): CheckProblem[] {
  return checkCitations(findCitations(tree), lookup).map((p) => ({ file, line: p.line, column: p.column, message: p.message, severity: 'error' }));
}

/** The ```mermaid code blocks of a parsed page. */
export function mermaidBlocks(tree: Root): Code[] {
  const blocks: Code[] = [];
  visit(tree, 'code', (node) => {
    if (node.lang === 'mermaid') blocks.push(node);
  });
  return blocks;
}

/**
 * Validates one diagram; a problem points at the offending line of the page file when mermaid
 * names one (diagram line 1 is the line after the opening fence), else at the fence.
 */
export async function diagramProblem(block: Code, file: string): Promise<CheckProblem | undefined> {
  const result = await validateDiagram(block.value);
  if (result.ok) return undefined;
  const line = lineInFile(block.position?.start.line, result.line);
  return { file, ...(line === undefined ? {} : { line }), message: `invalid Mermaid diagram: ${result.message}`, severity: 'error' };
}

/** How many diagrams a topic explainer should have (the site tests require it). */
export const MIN_TOPIC_DIAGRAMS = 2;

/** A warning when a topic page (content/topics/) has fewer than {@link MIN_TOPIC_DIAGRAMS} diagrams. */
export function topicDiagramProblem(file: string, diagrams: number): CheckProblem | undefined {
  if (!file.startsWith(`${paths.content}/`) || !isTopic(file.slice(paths.content.length + 1)) || diagrams >= MIN_TOPIC_DIAGRAMS) return undefined;
  return {
    file,
    line: 1,
    message: `a topic page should have at least ${MIN_TOPIC_DIAGRAMS} Mermaid diagrams (found ${diagrams}); npm test checks this`,
    severity: 'warning',
  };
}

/** What a check run found. */
export interface CheckReport {
  problems: CheckProblem[];
  /** Names the gazetteer lacks, most widely named first. */
  candidates: Candidate[];
  counts: { articles: number; files: number; pages: number; citations: number; diagrams: number; entities: number };
  ms: number;
}

/** Reads a file, or undefined when it does not exist. */
async function readOptional(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
}

/** Checks all content under `root`. Reads files; writes nothing. */
export async function runCheck(root: string): Promise<CheckReport> {
  const t0 = performance.now();
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const problems: CheckProblem[] = [];

  const gazetteerText = await readOptional(resolve(root, paths.entities));
  const gazetteer = gazetteerText === undefined ? { entities: [], problems: [] } : gazetteerProblems(gazetteerText, paths.entities);
  problems.push(...gazetteer.problems);

  const raws = await loadArticles(resolve(root, paths.articles), root);
  const result = ingestAll(raws, compileGazetteer(gazetteer.entities));
  problems.push(...articleProblems(result));
  const lookup = lookupFromArticles(result.articles);

  const contentDir = resolve(root, paths.content);
  const pages = findPageFiles(contentDir).map((f) => join(contentDir, f));
  let citations = 0;
  let diagrams = 0;
  for (const path of pages) {
    const file = rel(path);
    const parsed = parsePage(await readFile(path, 'utf8'), file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    problems.push(...frontmatterProblems(parsed.tree, file));
    citations += findCitations(parsed.tree).length;
    problems.push(...pageCitationProblems(parsed.tree, file, lookup));
    const blocks = mermaidBlocks(parsed.tree);
    diagrams += blocks.length;
    for (const block of blocks) {
      const problem = await diagramProblem(block, file);
      if (problem) problems.push(problem);
    }
    const few = topicDiagramProblem(file, blocks.length);
    if (few) problems.push(few);
  }
  return {
    problems,
    candidates: findCandidates(result.articles, gazetteer.entities),
    counts: {
      articles: result.articles.length,
      files: raws.length,
      pages: pages.length,
      citations,
      diagrams,
      entities: gazetteer.entities.length,
    },
    ms: performance.now() - t0,
  };
}

/** The one-line summary printed after the problems. */
export function summary(report: CheckReport): string {
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  const { articles, files, pages, citations, diagrams, entities } = report.counts;
  return (
    `check: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} — ` +
    `${articles} of ${files} articles, ${pages} pages, ${citations} citations, ${diagrams} diagrams, ${entities} entities ` +
    `checked in ${(report.ms / 1000).toFixed(1)} s`
  );
}

/** `npm run check -- --show [file …]`: what the ingest read from each article (scripts/check-show.ts). */
async function mainShow(files: string[]): Promise<void> {
  const { lines, problems } = await showArticles(process.cwd(), files);
  for (const line of lines) console.log(line);
  for (const p of problems) console.log(formatCheckProblem(fromIngestProblem(p, 'error')));
  if (problems.length) process.exitCode = 1;
}

if (import.meta.main && process.argv.includes('--show')) {
  await mainShow(process.argv.slice(2).filter((a) => a !== '--show'));
} else if (import.meta.main) {
  const report = await runCheck(process.cwd());
  const order = (p: CheckProblem) => [p.file, String(p.line ?? 0).padStart(8, '0'), String(p.column ?? 0).padStart(8, '0')].join('\0');
  for (const p of [...report.problems].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))) {
    console.log(formatCheckProblem(p));
  }
  if (report.candidates.length) {
    console.log(`\nCandidate entities — named in two or more articles, not in ${paths.entities} (add the ones worth a page):`);
    for (const c of report.candidates) console.log(`  ${formatCandidate(c)}`);
    console.log('');
  }
  console.log(summary(report));
  if (report.problems.some((p) => p.severity === 'error')) process.exitCode = 1;
}
