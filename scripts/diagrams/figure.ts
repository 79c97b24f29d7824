/**
 * The markup of a diagram figure, shared by Markdown diagrams (remark-mermaid) and pages that draw
 * their own (the timeline). Built with hastscript, so every label, caption and source line stays a
 * text node that the serialiser escapes.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { DescriptionItem } from './describe.ts';

export interface DiagramFigureInput {
  /** The rendered `<svg>` (renderDiagram); it gets `aria-describedby` pointing at the description. */
  svg: Element;
  /** The Mermaid source, shown to contributors in a collapsed `<details>`. */
  source: string;
  /** Statements of the text alternative (describeDiagram); none: only the source is offered. */
  description: readonly DescriptionItem[];
  /** Visible caption (the fence's `title="…"`), if any. */
  caption?: string | undefined;
}

const list = (items: readonly DescriptionItem[], id?: string): Element =>
  h('ul', id === undefined ? {} : { id }, items.map((item) => h('li', [item.text, ...(item.items?.length ? [list(item.items)] : [])])));

/**
 * `<figure class="diagram">`: caption, the SVG in a sideways-scrolling box (focusable, so a keyboard
 * can scroll it; click or tap enlarges it, see src/scripts/diagram-enlarge.ts), an "Enlarge"
 * button (hidden until that script runs), the diagram in words and the Mermaid source.
 */
export function diagramFigure({ svg, source, description, caption }: DiagramFigureInput): Element {
  const id = String(svg.properties.id ?? 'diagram');
  const wordsId = `${id}-words`;
  if (description.length) svg.properties.ariaDescribedBy = [wordsId];
  const label = caption ?? 'diagram';
  return h('figure', { className: ['diagram'] }, [
    // A figcaption must be the first or last child of its figure.
    ...(caption === undefined ? [] : [h('figcaption', caption)]),
    h('div', { className: ['diagram-scroll'], tabIndex: 0, role: 'group', ariaLabel: `${label} (scrolls sideways when wider than the page)` }, [svg]),
    h('button', { type: 'button', className: ['diagram-enlarge'], hidden: true }, 'Enlarge diagram'),
    ...(description.length
      ? [h('details', { className: ['diagram-words'] }, [h('summary', 'The diagram in words'), list(description, wordsId)])]
      : []),
    h('details', { className: ['diagram-source'], dataPagefindIgnore: true }, [
      h('summary', 'Diagram source (Mermaid)'),
      h('pre', [h('code', { className: ['language-mermaid'] }, source)]),
    ]),
  ]);
}
