import { basename, extname } from 'node:path';
import { extract } from './extract.ts';
import { link } from './link.ts';
import type { LinkedArticle } from './figure-fact.ts';
import { compileGazetteer, type Matcher } from '../core/match.ts';
import { normalise } from './normalise.ts';
import { type Capture, readCapture, withCapture } from './capture.ts';
import { applyMeta, type ArticleMeta, checkHttpUrl, parseArticleMeta, splitFrontmatter } from './overrides.ts';
import { singleFileUrl } from './capture-singlefile.ts';
import { pandocTitle } from './capture-pandoc.ts';
import { clipperTitle } from './capture-clipper.ts';
import { readArticle } from './read.ts';
import { readHtml, type SavedPage } from './read-html.ts';
import type { ContainerRole } from './read-html-containers.ts';
import { type DateCandidate, resolveDate } from './header-resolve.ts';
import { segment } from './segment.ts';
import { withHostPublisher } from './header-host.ts';
import type { Article, DecodedArticle, RawArticle } from '../core/article.ts';
import { IngestError, type IngestProblem } from '../core/problem.ts';
import { slugify } from '../core/slug.ts';
import { sourcePath } from '../core/routes.ts';

/** File endings read as articles (`.html`: a page saved from a browser). Other files in content/articles/ are ignored. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

/** Whether a file name is an article: a known ending, and not hidden or `_`-prefixed (drafts, notes). */
export function isArticleFile(name: string): boolean {
  const base = basename(name);
  return !/^[._]/.test(base) && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(base).toLowerCase());
}

/** The URL slug of an article: its file name without the ending, slugified. Stable across edits. */
export function slugForFile(file: string): string {
  return slugify(basename(file, extname(file)));
}

/** The outcome of ingesting a set of files: the articles that became pages, and the problems. */
export interface IngestResult {
  articles: LinkedArticle[];
  /** Files that could not become a page. */
  errors: IngestProblem[];
  /** Pages that were built but deserve a look (e.g. a file that was not UTF-8). */
  warnings: IngestProblem[];
}

/** The sidecar metadata file for an article: `deepseek.txt` → `deepseek.meta.yaml`. */
export const sidecarFor = (file: string) => `${file.slice(0, file.length - extname(file).length)}.meta.yaml`;

/**
 * What stage `segment` reads of a file: its normalised text and the authors its metadata names. A saved
 * page is read by Readability first (`page`, with the lines its markup put in containers with a role, `containers`); a `.md` file's frontmatter is split off and parsed
 * (`meta`, with the fields it ignored in `ignored`).
 */
export type SegmentInput =
  | { text: string; authors: readonly string[]; page: SavedPage; containers?: ReadonlyMap<string, ContainerRole> }
  | { text: string; authors: readonly string[]; page?: undefined; containers?: undefined; meta?: ArticleMeta; ignored: IngestProblem[]; capture?: Capture; authorIds?: string[] };

/** A saved page's container roles keyed by the line as the segmenter sees it (normalised like the text). */
const containerRolesOf = (roles: ReadonlyMap<string, ContainerRole>) => new Map([...roles].map(([t, r]) => [normalise(t), r]));

export function segmentInput(raw: RawArticle, decoded: DecodedArticle): SegmentInput {
  if (/^\.html?$/.test(extname(raw.file).toLowerCase())) {
    const html = normalise(decoded.text);
    const page = readHtml(html);
    // A page SingleFile saved names its address in SingleFile's comment, when its own metadata does not.
    const saved = page.meta.url ? undefined : singleFileUrl(html);
    if (saved && checkHttpUrl(saved).ok) page.meta.url = saved;
    return { text: normalise(page.text), authors: page.meta.author ?? [], page, ...(page.containers ? { containers: containerRolesOf(page.containers) } : {}) };
  }
  if (extname(raw.file).toLowerCase() !== '.md') {
    // A capture tool's furniture (capture.ts) is read before the text is segmented.
    const capture = readCapture(normalise(decoded.text), { markdown: false });
    return { text: capture.text, authors: [], ignored: [], capture };
  }
  const split = splitFrontmatter(normalise(decoded.text));
  const { yaml, format, yamlLine } = split;
  const capture = readCapture(split.body, { markdown: true });
  const body = capture.text;
  // Frontmatter from a blog export may carry fields of its own (tags, slug): ignored, with a warning.
  const ignored: IngestProblem[] = [];
  const authorIds: string[] = [];
  const parsed = yaml === undefined ? undefined : parseArticleMeta(yaml, raw.file, yamlLine, { warnings: ignored, format, authorIds });
  const meta = parsed && clipperTitle(pandocTitle(parsed, body), yaml);
  return { text: body, authors: meta?.author ?? [], ...(meta ? { meta } : {}), ignored, capture, authorIds };
}

/**
 * Runs one article through read → normalise → segment → extract, then applies its metadata
 * (frontmatter of a `.md` article, its own metadata for a saved page, or a sidecar file). Throws {@link IngestError}.
 */
export function ingestArticle(raw: RawArticle): Article {
  const slug = slugForFile(raw.file);
  if (slug === '') {
    throw new IngestError({
      file: raw.file,
      message: 'the file name has no letters or digits to make a page address from',
      hint: 'rename the file, e.g. to deepseek-r1-launch.txt',
    });
  }
  const decoded = readArticle(raw);
  const input = segmentInput(raw, decoded);
  const segments = segment(input.text, { authors: input.authors, ...(input.containers ? { containers: input.containers } : {}) });
  let article = extract({ ...decoded, text: input.text }, input.page || !input.capture ? segments : withCapture(segments, input.capture), slug);
  // A saved page's own metadata, or a Markdown file's frontmatter, overrides the header read; the date is weighed against the
  // text's by header-resolve.ts (a UTC time the page shows on its own clock, a day the text states to the minute).
  const meta = input.page ? input.page.meta : input.meta;
  if (meta) {
    const text = article.date;
    article = applyMeta(article, meta);
    if (meta.date) {
      const written = input.page?.dateText ?? meta.date;
      const candidates: DateCandidate[] = [{ iso: meta.date, text: written, source: 'metadata', reason: input.page ? "the saved page's metadata" : 'frontmatter or clipper properties' }];
      if (text) candidates.push({ ...text, source: 'header', reason: 'the date the text states' });
      article = { ...article, date: resolveDate(candidates) };
    }
  }
  if (!input.page && input.ignored.length) article = { ...article, warnings: [...article.warnings, ...input.ignored] };
  // Author ids in the frontmatter (`authors: [jdoe]`) are the post's credit only when the text names no one (header-resolve.ts).
  if (!input.page && input.authorIds?.length && article.authors.length === 0) article = { ...article, authors: input.authorIds };
  // With no site named anywhere else, the address's name as the text writes it (header-host.ts); a sidecar still overrides it.
  return withSidecar(withHostPublisher(article), raw);
}

/** Applies a sidecar metadata file (`<name>.meta.yaml`), which overrides everything else. */
function withSidecar(article: Article, raw: RawArticle): Article {
  if (raw.meta) {
    const sidecar = readArticle({ file: raw.meta.file, bytes: raw.meta.bytes });
    article = applyMeta(article, parseArticleMeta(normalise(sidecar.text), raw.meta.file));
  }
  return article;
}

/**
 * Ingests every file, in file-name order, so output never depends on directory listing order, and
 * links entity mentions with the compiled gazetteer (stage `link`).
 * A bad file is reported and skipped; the others still become pages (see {@link slugClashes}).
 */
export function ingestAll(raws: readonly RawArticle[], matcher: Matcher = compileGazetteer([])): IngestResult {
  const sorted = [...raws].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const articles: LinkedArticle[] = [];
  const errors: IngestProblem[] = [];
  const clashes = slugClashes(sorted);
  for (const raw of sorted) {
    const outcome = clashes.get(raw.file) ?? ingestOne(raw, matcher);
    if ('article' in outcome) articles.push(outcome.article);
    else errors.push(outcome);
  }
  return { articles, errors, warnings: articles.flatMap((a) => a.warnings) };
}

/** What became of one file: its linked article, or the problem that kept it from being a page. */
export type IngestOutcome = { article: LinkedArticle } | IngestProblem;

/**
 * One file through every stage, `link` included: its article, or its problem when it cannot become
 * a page. Throws what is not an {@link IngestError} (a bug, not bad input).
 */
export function ingestOne(raw: RawArticle, matcher: Matcher): IngestOutcome {
  try {
    return { article: link(ingestArticle(raw), matcher) };
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    return e.problem;
  }
}

/**
 * Files whose names give the same slug, each with its problem: both are reported (neither becomes
 * a page), because either could be the one a citation means.
 */
export function slugClashes(raws: readonly Pick<RawArticle, 'file'>[]): Map<string, IngestProblem> {
  const bySlug = new Map<string, string[]>();
  for (const { file } of raws) bySlug.set(slugForFile(file), [...(bySlug.get(slugForFile(file)) ?? []), file]);
  const problems = new Map<string, IngestProblem>();
  for (const [slug, files] of bySlug) {
    if (files.length < 2) continue;
    for (const file of files) {
      problems.set(file, {
        file,
        message: `its page address ${sourcePath(slug)} is also claimed by ${files.filter((f) => f !== file).join(', ')}`,
        hint: 'rename one of the files so their names differ in more than case or punctuation',
      });
    }
  }
  return problems;
}
