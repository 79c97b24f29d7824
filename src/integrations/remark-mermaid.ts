/**
 * remark plugin for build-time Mermaid diagrams: every fenced ```mermaid code block is replaced by
 * the figure the diagram library makes of it (scripts/diagrams/diagram.ts: rendered SVG, the
 * diagram in words, the source). This file is only the plugin: fence parsing and error positions.
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { Code, Data, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { diagramElement, diagramIds, lineInFile } from '../../scripts/diagrams/diagram.ts';
import { type DiagramTheme, MermaidDiagramError } from '../../scripts/diagrams/render.ts';
import { cachedDiagramElement, type DiagramCacheOptions } from '../lib/diagram-cache.ts';

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
  /** Keep drawn diagrams between builds (src/lib/diagram-cache.ts); without it every diagram is drawn. */
  cache?: Pick<DiagramCacheOptions, 'root' | 'dir'>;
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

  const idFor = diagramIds();
  for (const { node, parent, index } of blocks) {
    const caption = metaTitle(node.meta);
    let figure: Element;
    try {
      const diagram = { caption, id: idFor(node.value), theme: options.theme };
      figure = options.cache ? await cachedDiagramElement(node.value, diagram, options.cache) : await diagramElement(node.value, diagram);
    } catch (error) {
      if (!(error instanceof MermaidDiagramError)) throw error;
      const line = lineInFile(node.position?.start.line, error.line) ?? '?';
      throw new Error(`${file.path ?? '<unknown>'}:${line}: invalid Mermaid diagram: ${error.message}`, { cause: error });
    }
    parent.children[index] = asMdast(figure);
  }
};

export default remarkMermaid;
