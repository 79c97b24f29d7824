/**
 * remark plugin for build-time Mermaid diagrams: every fenced ```mermaid code block is validated,
 * rendered to an inline SVG (src/lib/diagrams/render.ts), described in words
 * (src/lib/diagrams/describe.ts) and replaced by the shared figure markup (src/lib/diagrams/figure.ts).
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Properties } from 'hast';
import type { Code, Data, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { describeDiagram } from '../lib/diagrams/describe.ts';
import { diagramFigure } from '../lib/diagrams/figure.ts';
import { type DiagramTheme, MermaidDiagramError, renderDiagram } from '../lib/diagrams/render.ts';

export { MermaidDiagramError, renderDiagram, validateDiagram, type DiagramTheme, type DiagramValidation, type RenderDiagramOptions } from '../lib/diagrams/render.ts';

/** Replacement for a ```mermaid code node; remark-rehype turns it into `data.hName`. */
export interface MermaidDiagram {
  type: 'mermaidDiagram';
  data: Data & { hName: 'figure'; hProperties: Properties; hChildren: ElementContent[] };
}

declare module 'mdast' {
  interface RootContentMap {
    mermaidDiagram: MermaidDiagram;
  }
  interface BlockContentMap {
    mermaidDiagram: MermaidDiagram;
  }
}

export interface RemarkMermaidOptions {
  theme?: DiagramTheme;
}

/** `title="…"` (or `title='…'`) from a code fence's meta string. */
function metaTitle(meta: string | null | undefined): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const title = (match?.[1] ?? match?.[2])?.trim();
  return title === '' ? undefined : title;
}

/** The hast figure as an mdast node remark-rehype turns back into that figure. */
const asMdast = (figure: Element): MermaidDiagram => ({
  type: 'mermaidDiagram',
  data: { hName: 'figure', hProperties: figure.properties, hChildren: figure.children },
});

/**
 * remark plugin: replace every ```mermaid code block with a build-time SVG
 * figure. Invalid diagrams fail the build with `path:line: invalid Mermaid
 * diagram: …` pointing at the offending line of the Markdown file.
 * Idempotent: a second run finds no mermaid code blocks.
 */
export const remarkMermaid: Plugin<[RemarkMermaidOptions?], Root> = (options = {}) => async (tree, file) => {
  const blocks: Array<{ node: Code; parent: { children: unknown[] }; index: number }> = [];
  visit(tree, 'code', (node, index, parent) => {
    if (node.lang === 'mermaid' && parent !== undefined && index !== undefined) blocks.push({ node, parent, index });
  });

  const seen = new Map<string, number>();
  for (const { node, parent, index } of blocks) {
    const hash = createHash('sha256').update(node.value).digest('hex').slice(0, 10);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    const caption = metaTitle(node.meta);
    let svg: Element;
    try {
      svg = await renderDiagram(node.value, caption, {
        id: count === 1 ? `mermaid-${hash}` : `mermaid-${hash}-${count}`,
        ...(options.theme === undefined ? {} : { theme: options.theme }),
      });
    } catch (error) {
      if (!(error instanceof MermaidDiagramError)) throw error;
      const start = node.position?.start.line;
      // The fence is on `start`; diagram line 1 is the line after it.
      const line = start === undefined ? '?' : error.line === undefined ? start : start + 1 + (error.line - 1);
      throw new Error(`${file.path ?? '<unknown>'}:${line}: invalid Mermaid diagram: ${error.message}`, { cause: error });
    }
    const description = await describeDiagram(node.value);
    parent.children[index] = asMdast(diagramFigure({ svg, source: node.value, description, caption }));
  }
};

export default remarkMermaid;
