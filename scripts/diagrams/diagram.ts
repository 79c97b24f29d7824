/**
 * A diagram as pages embed it: rendered (render.ts), described in words (describe.ts) and wrapped
 * in the shared figure markup (figure.ts). Used by the remark plugin for ```mermaid blocks and by
 * pages that draw their own diagrams (the timeline), so both give the same markup.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { describeDiagram } from './describe.ts';
import { diagramFigure } from './figure.ts';
import { type DiagramTheme, renderDiagram } from './render.ts';

export interface DiagramElementOptions {
  /** The SVG's `<title>`; defaults to the caption, then the diagram's front-matter title. */
  title?: string | undefined;
  /** Visible caption, if any. */
  caption?: string | undefined;
  /** Prefix for every id in the SVG (see {@link diagramIds}). */
  id?: string | undefined;
  theme?: DiagramTheme | undefined;
}

/**
 * Renders one Mermaid diagram into a `<figure class="diagram">` hast element.
 * Throws MermaidDiagramError (render.ts) for invalid or unsupported diagrams.
 */
export async function diagramElement(source: string, options: DiagramElementOptions = {}): Promise<Element> {
  const svg = await renderDiagram(source, options.title ?? options.caption, {
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(options.theme === undefined ? {} : { theme: options.theme }),
  });
  return diagramFigure({ svg, source, description: await describeDiagram(source), caption: options.caption });
}

/**
 * Ids for the diagrams of one page: `mermaid-<hash of the source>`, with `-2`, `-3`… for repeats
 * of the same source, so ids are stable across builds and unique on the page.
 */
export function diagramIds(): (source: string) => string {
  const seen = new Map<string, number>();
  return (source) => {
    const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? `mermaid-${hash}` : `mermaid-${hash}-${count}`;
  };
}

/**
 * The line of a Markdown file that a diagram problem is on: `line` is 1-based within the diagram,
 * whose line 1 is the line after the opening fence; without one, the fence itself.
 */
export function lineInFile(fence: number | undefined, line: number | undefined): number | undefined {
  if (fence === undefined) return undefined;
  return line === undefined ? fence : fence + line;
}
