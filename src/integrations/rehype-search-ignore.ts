import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const hasClass = (e: Element, name: string) => {
  const c = e.properties.className;
  return Array.isArray(c) ? c.includes(name) : c === name;
};

/** A `<pre><code class="language-mermaid">`: diagram source, as Markdown gives it. */
const isMermaidSource = (e: Element) =>
  e.tagName === 'pre' && e.children.some((c) => c.type === 'element' && c.tagName === 'code' && hasClass(c, 'language-mermaid'));

const ignored = (e: Element) => e.properties.dataPagefindIgnore !== undefined;

/**
 * Keeps text that reads badly out of context out of search excerpts: diagram source in Mermaid
 * syntax (`<pre><code class="language-mermaid">`, wherever a diagram shows it) and table header rows
 * (whose cells Pagefind would glue into one word, "FigureMeasuresSource"). Both stay on the page; only
 * the search index skips them (`data-pagefind-ignore`). The `<pre>` is wrapped in a
 * `<div data-pagefind-ignore>` rather than marked itself, because Starlight's code-block renderer
 * (Expressive Code, which runs after this) replaces the `<pre>` and drops its attributes.
 * Idempotent: a second run finds everything marked or wrapped already.
 */
export function rehypeSearchIgnore() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'thead') node.properties.dataPagefindIgnore = '';
      if (!isMermaidSource(node) || !parent || index === undefined) return;
      if (parent.type === 'element' && parent.tagName === 'div' && ignored(parent)) return;
      // "Diagram source (text)": the heading of that source is noise in an excerpt too.
      if (parent.type === 'element' && parent.tagName === 'details') {
        for (const c of parent.children) if (c.type === 'element' && c.tagName === 'summary') c.properties.dataPagefindIgnore = '';
      }
      parent.children[index] = { type: 'element', tagName: 'div', properties: { dataPagefindIgnore: '' }, children: [node] };
    });
  };
}
