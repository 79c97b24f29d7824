import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parse } from 'parse5';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import { buildEnv } from '../../scripts/lib/build-env.ts';
import { ASTRO_CLI } from '../../scripts/lib/preview.ts';
import { copyProject, type ProjectOptions, ROOT } from './project.ts';

export { ROOT } from './project.ts';

export interface BuiltSite {
  /** The temporary project copy. */
  dir: string;
  dist: string;
  /** Everything the build printed (stdout and stderr). */
  output: string;
  /** Exit code of `astro build` (`npm run build`). */
  code: number;
}

export interface SiteOptions extends ProjectOptions {
  /** Pass --strict to the build. */
  strict?: boolean;
  /** Build in a new, empty network namespace (`unshare --net`): any request to another host fails. */
  offline?: boolean;
}

/** The command that builds the project in the current directory: the one place tests name it. */
export const BUILD_COMMAND = [process.execPath, ASTRO_CLI, 'build'] as const;

/**
 * Copies the project (see {@link copyProject}) and runs the real build ({@link BUILD_COMMAND}) there.
 * The caller removes `dir` when done with it.
 */
export async function buildSite(opts: SiteOptions = {}): Promise<BuiltSite> {
  return buildProject(await copyProject(opts), opts);
}

/** Runs the real build ({@link BUILD_COMMAND}) in the project copy `dir` (made by {@link copyProject}). */
export async function buildProject(dir: string, opts: Pick<SiteOptions, 'strict' | 'offline'> = {}): Promise<BuiltSite> {
  const command = [...BUILD_COMMAND, ...(opts.strict ? ['--strict'] : [])];
  const [file, ...args] = opts.offline ? ['unshare', '--net', ...command] : command;
  const result = await promisify(execFile)(file!, args, {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
    env: buildEnv(),
  }).then(
    (r) => ({ output: r.stdout + r.stderr, code: 0 }),
    (e: { stdout?: string; stderr?: string; code?: number | string }) => {
      if (e.code === 'ENOENT') throw new Error(`\`${file}\` is not installed${opts.offline ? ': an offline build needs it to cut the network (apt-get install util-linux)' : ''}.`);
      return { output: (e.stdout ?? '') + (e.stderr ?? ''), code: typeof e.code === 'number' ? e.code : 1 };
    },
  );
  return { dir, dist: join(dir, 'dist'), ...result };
}

/**
 * Parses a built page (a whole document) into hast, as hast-util-from-html does but without source
 * positions: no test reads where in the file a node was, and parse5's location tracking with the
 * positions made of it took half the time (a 16 MB page: ~10 s → ~5 s).
 */
export const parseHtml = (html: string): Root => fromParse5(parse(html, { scriptingEnabled: false })) as Root;

/** Parsed pages of this worker, by file: many tests read the same pages (an entity page once per link to it). */
const parsed = new Map<string, Root>();
/** Pages larger than this are parsed on every read instead (a 5 MB article's page would hold hundreds of MB). */
const CACHE_LIMIT = 2 * 1024 * 1024;

/** Freezes a tree and everything in it, so that a test changing a shared page fails loudly. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

/**
 * Reads a built page as a hast tree. `path` is a URL path such as `/sources/x/`. The tree is parsed
 * once per worker and shared by every caller, frozen: read it, never change it (an attempt throws);
 * to leave parts out of its text, see {@link textWithout}. Pages over 2 MB are parsed afresh on each
 * call. Built pages do not change while the tests read them. Sharing, not copying: a test that reads
 * a topic page once per link on it copied the page dozens of times (a copy took ~50 ms).
 */
export async function readPage(dist: string, path: string): Promise<Root> {
  const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
  const cached = parsed.get(file);
  if (cached) return cached;
  const html = await readFile(file, 'utf8');
  // A page too large to keep is the caller's own: not shared, so not frozen (a walk of a 5 MB page's tree).
  if (html.length > CACHE_LIMIT) return parseHtml(html);
  const tree = deepFreeze(parseHtml(html));
  parsed.set(file, tree);
  return tree;
}

/** Collapses runs of white space, so text can be compared across HTML line breaks. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of an article file (after normalisation) that are missing from a page's text.
 *
 * Linear in the page's length when the page shows the text in file order (as source pages do): each
 * line, then each sentence, is looked for from where the previous one was found, so the page is read
 * once (the leftmost match is always the right one to continue from). Only text not found after that
 * point is looked for in the whole page (shown out of order, or missing) — one more read each. A line
 * found whole holds all its sentences, so only lines not found are split into sentences (splitting a
 * 5 MB article into sentences took a second). Looking each sentence up in the whole page made a 5 MB
 * article quadratic (seconds per page).
 */
export function missingSentences(normalisedFile: string, pageText: string): string[] {
  const page = squash(pageText);
  let from = 0;
  /** Whether `text` is in the page: from `from` on (moving `from` past it), or anywhere. */
  const found = (text: string) => {
    const at = page.indexOf(text, from);
    if (at < 0) return page.includes(text);
    from = at + text.length;
    return true;
  };
  return normalisedFile
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !found(squash(line)))
    .flatMap((line) => [...sentenceSegmenter.segment(line)].map((s) => squash(s.segment)))
    .filter((sentence) => sentence && !found(sentence));
}

/**
 * The text of an element without the elements `selector` matches inside it, leaving the tree as it
 * is: only the elements that hold a left-out one are copied, not the whole tree (a 5 MB article's page).
 */
export function textWithout(el: Element, selector: string): string {
  const left = new Set(selectAll(selector, el));
  if (left.size === 0) return toText(el);
  const holders = new Set<Element>();
  visitParents(el, 'element', (node, ancestors) => {
    if (!left.has(node)) return CONTINUE;
    for (const a of ancestors) holders.add(a as Element);
    return SKIP;
  });
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children.filter((c) => !(c.type === 'element' && left.has(c))).map((c) => (c.type === 'element' && holders.has(c) ? strip(c) : c)),
  });
  return toText(strip(el));
}

/**
 * The text a reader sees in an element: hover previews (shown only on hover or focus) and
 * screen-reader-only labels are left out, as a browser's innerText would leave them out.
 */
export const visibleText = (el: Element): string => textWithout(el, '.preview, .sr-only, [hidden]');
