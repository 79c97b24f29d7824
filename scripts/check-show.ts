/**
 * `npm run check -- --show [file …]`: what the ingest read from each article, for the contributor who
 * just dropped it in — the metadata (with the line each field came from), how much body it kept, every
 * line it removed and why, and its figures — so a misread field is seen before the pull request and
 * corrected with a sidecar file rather than by editing the scraped text. No file: every article.
 *
 * Plain text for a terminal: the article's own text is printed as it is, never interpreted.
 */
import { relative, resolve, sep } from 'node:path';
import { paths } from '../site.config.ts';
import { compileGazetteer } from './core/match.ts';
import { sourcePath } from './core/routes.ts';
import type { LinkedArticle } from './ingest/figure-fact.ts';
import { listArticleFiles, readArticleFile } from './ingest/load.ts';
import { ingestAll, sidecarFor } from './ingest/pipeline.ts';
import type { IngestProblem } from './core/problem.ts';
import { loadGazetteer } from './knowledge/load-gazetteer.ts';

/** Longest text shown for one removed line (the whole line is in the page's audit). */
const MAX_LINE = 100;

const clip = (text: string) => (text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1)}…` : text);

/** ` (line 3)` / ` (lines 3, 5)` for the metadata lines read in `roles`, or nothing. */
function fromLines(a: LinkedArticle, ...roles: string[]): string {
  const lines = a.metadataLines.filter((m) => roles.includes(m.role)).map((m) => m.line);
  return lines.length === 0 ? '' : ` (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`;
}

/** Counts of `items` by key, most frequent first (ties by key), as `key N`. */
function tally(items: string[]): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

/** The report on one ingested article, a line per entry. */
export function describeArticle(a: LinkedArticle, hasSidecar = false): string[] {
  const none = '— (none stated)';
  const paragraphs = a.body.filter((b) => b.type === 'paragraph').length;
  const headings = a.body.length - paragraphs;
  const out = [
    `${a.file} → ${sourcePath(a.slug)}`,
    `  title      ${a.title}${a.titleInferred ? ' (no headline found: taken from the first sentence)' : fromLines(a, 'title')}`,
    `  date       ${a.date ? `${a.date.iso}, read from "${a.date.text}"${fromLines(a, 'date', 'dateline')}` : `${none}: the page will show it as undated`}`,
    `  authors    ${a.authors.length ? `${a.authors.join('; ')}${fromLines(a, 'byline')}` : none}`,
    `  publisher  ${a.publisher ? `${a.publisher}${fromLines(a, 'publisher', 'dateline')}` : none}`,
    `  url        ${a.url ? `${a.url}${fromLines(a, 'url')}` : none}`,
    `  body       ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${headings} heading${headings === 1 ? '' : 's'}, ${a.words} words; ${a.credits.length} credit${a.credits.length === 1 ? '' : 's'}`,
    `  figures    ${a.figures.length}${a.figures.length ? `: ${a.figures.slice(0, 6).map((f) => f.text).join(' · ')}${a.figures.length > 6 ? ' …' : ''}` : ''}`,
  ];
  const other = a.metadataLines.filter((m) => !['title', 'date', 'byline', 'dateline', 'publisher', 'url'].includes(m.role));
  if (other.length) out.push(`  also read  ${other.map((m) => `line ${m.line} as ${m.role}: ${clip(m.text)}`).join('\n             ')}`);
  if (a.boilerplate.length) {
    out.push(`  removed    ${a.boilerplate.length} line${a.boilerplate.length === 1 ? '' : 's'} (${tally(a.boilerplate.map((b) => b.reason))}):`);
    for (const b of a.boilerplate) out.push(`    ${String(b.line).padStart(4)}  ${b.reason}: ${clip(b.text)}`);
  } else out.push('  removed    nothing');
  for (const w of a.warnings) out.push(`  warning    ${w.line === undefined ? '' : `line ${w.line}: `}${w.message} — ${w.hint}`);
  const sidecar = sidecarFor(a.file);
  out.push(
    a.file.endsWith('.md')
      ? '  A field read wrongly? Set it in the frontmatter (CONTRIBUTING.md, form 2).'
      : `  A field read wrongly? Set it in ${sidecar}${hasSidecar ? ' (it exists)' : ''} (CONTRIBUTING.md, form 4), e.g. date: 2025-01-27`,
  );
  return out;
}

/** What `--show` prints for `files` (paths as given on the command line; none: every article under `root`). */
export async function showArticles(root: string, files: readonly string[]): Promise<{ lines: string[]; problems: IngestProblem[] }> {
  const articlesDir = resolve(root, paths.articles);
  const all = listArticleFiles(articlesDir);
  const rel = (path: string) => relative(root, resolve(root, path)).split(sep).join('/');
  const wanted = files.map(rel);
  const unknown = wanted.filter((f) => !all.some((p) => rel(p) === f));
  const chosen = wanted.length ? all.filter((p) => wanted.includes(rel(p))) : all;
  const raws = await Promise.all(chosen.sort().map((p) => readArticleFile(p, root)));
  const result = ingestAll(raws, compileGazetteer(await loadGazetteer(root)));
  const sidecars = new Set(raws.filter((r) => r.meta).map((r) => r.file));
  const lines = result.articles.flatMap((a) => [...describeArticle(a, sidecars.has(a.file)), '']);
  const problems: IngestProblem[] = [
    ...unknown.map((file) => ({ file, message: `not an article file in ${paths.articles}/`, hint: 'give the path of a .txt, .md or .html file there' })),
    ...result.errors,
  ];
  return { lines, problems };
}
