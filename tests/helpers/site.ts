import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { buildEnv } from '../../scripts/lib/build-env.ts';
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
}


/** The Astro command line, run as `npm run build` and `npm run dev` run it. */
export const ASTRO_CLI = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Copies the project (see {@link copyProject}) and runs the real build (`astro build`) there. */
export async function buildSite(opts: SiteOptions = {}): Promise<BuiltSite> {
  const dir = await copyProject(opts);
  const args = [ASTRO_CLI, 'build', ...(opts.strict ? ['--strict'] : [])];
  const result = await promisify(execFile)(process.execPath, args, {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
    env: buildEnv(),
  }).then(
    (r) => ({ output: r.stdout + r.stderr, code: 0 }),
    (e: { stdout?: string; stderr?: string; code?: number }) => ({ output: (e.stdout ?? '') + (e.stderr ?? ''), code: e.code ?? 1 }),
  );
  return { dir, dist: join(dir, 'dist'), ...result };
}

/** Reads a built page as a hast tree. `path` is a URL path such as `/sources/x/`. */
export async function readPage(dist: string, path: string): Promise<Root> {
  const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
  return fromHtml(await readFile(file, 'utf8'));
}

/** Collapses runs of white space, so text can be compared across HTML line breaks. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of an article file (after normalisation) that are missing from a page's text. */
export function missingSentences(normalisedFile: string, pageText: string): string[] {
  const page = squash(pageText);
  return normalisedFile
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .flatMap((l) => [...sentenceSegmenter.segment(l)].map((s) => squash(s.segment)))
    .filter((s) => s && !page.includes(s));
}

/**
 * The text a reader sees in an element: hover previews (shown only on hover or focus) and
 * screen-reader-only labels are left out, as a browser's innerText would leave them out.
 */
export function visibleText(el: Element): string {
  const hidden = new Set(selectAll('.preview, .sr-only, [hidden]', el));
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children.filter((c) => !(c.type === 'element' && hidden.has(c))).map((c) => (c.type === 'element' ? strip(c) : c)),
  });
  return toText(strip(el));
}
