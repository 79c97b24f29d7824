/**
 * Rendered Mermaid diagrams kept between builds. A topic page (MDX) is compiled again on every build,
 * and each of its diagrams was drawn again (Mermaid's parser under a DOM window, then beautiful-mermaid's
 * layout): ≈ 2 s of a rebuild after one edited article at N = 1,000, for diagrams whose source had not
 * changed. A drawn diagram is a function of its source, its options and the drawing code, so it is
 * stored under a digest of those (the code of scripts/diagrams/ and the locked library versions, as the
 * loader's digest covers the ingest's code: src/loaders/code-digest.ts) and read back instead of drawn.
 * The stored figure is the same hast tree serialised as JSON, so the page's bytes are the same.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { writeWhole } from '../../scripts/core/write-whole.ts';
import type { DiagramElementOptions } from '../../scripts/diagrams/diagram.ts';

/** Files whose text decides what a diagram looks like: the diagram code and the locked library versions. */
function drawingCode(root: string): string {
  const dir = join(root, 'scripts/diagrams');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => join(dir, f));
  const lock = join(root, 'package-lock.json');
  return [...files, ...(existsSync(lock) ? [lock] : [])].map((f) => `${relative(root, f)}\n${readFileSync(f, 'latin1')}`).join('\0');
}

const codeDigests = new Map<string, string>();

/** The diagram's cache key: its source and options, under the drawing code's digest. */
export function diagramKey(root: string, source: string, options: DiagramElementOptions): string {
  let code = codeDigests.get(root);
  if (code === undefined) codeDigests.set(root, (code = createHash('sha256').update(drawingCode(root)).digest('hex')));
  const opts = [options.title ?? null, options.caption ?? null, options.id ?? null, options.theme ?? null];
  return createHash('sha256').update(JSON.stringify([code, source, opts])).digest('base64url');
}

/** Where the cache is and who draws on a miss. */
export interface DiagramCacheOptions {
  /** The project root (for the drawing code's digest). */
  root: string;
  /** The folder the drawn diagrams are kept in (under Astro's cacheDir, which outlives a build). */
  dir: string;
  /** Draws a diagram (scripts/diagrams/diagram.ts's diagramElement); imported only on a miss, with Mermaid (and a DOM window for it) behind it. */
  draw?: (source: string, options: DiagramElementOptions) => Promise<Element>;
}

/** A project's diagram cache: its root (for the code's digest) and the `diagrams` folder in Astro's cacheDir; both are paths. */
export const projectDiagramCache = (root: string, cacheDir: string): Pick<DiagramCacheOptions, 'root' | 'dir'> => ({ root, dir: join(cacheDir, 'diagrams') });

const drawDiagram = async (source: string, options: DiagramElementOptions) => (await import('../../scripts/diagrams/diagram.ts')).diagramElement(source, options);

/**
 * diagramElement with a cache: the figure stored under the diagram's key, or drawn and stored. An
 * invalid diagram throws as before and stores nothing. A file that cannot be read back (a build
 * stopped mid-write cannot leave one: files are written whole, then renamed) is drawn again.
 */
export async function cachedDiagramElement(source: string, options: DiagramElementOptions, cache: DiagramCacheOptions): Promise<Element> {
  const file = join(cache.dir, `${diagramKey(cache.root, source, options)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Element;
  } catch {
    // Not drawn yet (or unreadable): draw it.
  }
  const json = JSON.stringify(await (cache.draw ?? drawDiagram)(source, options));
  writeWhole(file, json);
  // The tree as it will be read back, so a drawn and a stored diagram give the page the same bytes.
  return JSON.parse(json) as Element;
}
