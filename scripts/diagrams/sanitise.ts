/**
 * Make beautiful-mermaid's SVG safe and self-contained to inline in a page: no scripts, event
 * handlers or foreign objects, no third-party requests (web-font `@import`s become the site's fonts),
 * ids unique per diagram and CSS scoped to the diagram. Works on the hast tree, never on strings.
 */
import type { Element, Nodes as HastNodes } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The renderer sizes boxes for Inter's widths; fonts no wider than Inter (Helvetica/Arial and their
 * metric clones) keep every label inside its box, where wider system fonts (DejaVu Sans) overflow.
 * Names only locally installed fonts: nothing is fetched.
 */
const FONT = "Inter, 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', Arimo, sans-serif";
const MONO_FONT = 'var(--sl-font-mono, ui-monospace, monospace)';

/** The diagram's CSS still names another host or `@import`s something. */
export class UnsafeSvgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeSvgError';
  }
}

/** Scope every rule to `#id` (CSS in an inline `<svg>` applies to the whole page). */
export function scopeCss(css: string, id: string): string {
  return css.replace(/(^|\})([^{}]+)\{/g, (_m, close: string, prelude: string) => {
    if (prelude.trim().startsWith('@')) return `${close}${prelude}{`;
    const scoped = prelude.split(',').map((selector) =>
      selector.replace(/^(\s*)(?:svg\b)?\s*/, (_s, ws: string) => `${ws}#${id} `),
    );
    return `${close}${scoped.join(',')}{`;
  });
}

/** Remove `@import` rules and swap the web fonts for the site's own fonts; then scope to `#id`. */
export function cleanCss(css: string, id: string): string {
  const cleaned = css
    .replace(/[ \t]*@import\s+(?:url\([^)]*\)|"[^"]*"|'[^']*')[^;]*;[ \t]*\n?/g, '')
    .replace(/font-family:\s*'Inter'[^;}]*/g, `font-family: ${FONT}`)
    .replace(/font-family:\s*'JetBrains Mono'[^;}]*/g, `font-family: ${MONO_FONT}`);
  if (/@import|https?:/i.test(cleaned)) throw new UnsafeSvgError('diagram CSS still references an external resource');
  return scopeCss(cleaned, id);
}

const KEEP_WHITESPACE = new Set(['text', 'tspan', 'style', 'title', 'desc']);

function clean(node: HastNodes, prefix: string, ids: ReadonlySet<string>): void {
  delete node.position;
  if (!('children' in node)) return;
  const keepWhitespace = node.type === 'element' && KEEP_WHITESPACE.has(node.tagName);
  node.children = node.children.filter(
    (child) =>
      !(child.type === 'comment') &&
      !(child.type === 'element' && /^(script|foreignObject)$/i.test(child.tagName)) &&
      !(child.type === 'text' && !keepWhitespace && child.value.trim() === ''),
  ) as typeof node.children;
  if (node.type === 'element') {
    const props = node.properties;
    for (const [key, value] of Object.entries(props)) {
      // data-* only repeat labels for beautiful-mermaid's own tooling (and would put raw `<` in attributes).
      if (/^on/i.test(key) || /^data[A-Z]/.test(key)) delete props[key];
      else if (key === 'id' && typeof value === 'string') props[key] = `${prefix}-${value}`;
      else if (typeof value === 'string') {
        props[key] = value
          .replace(/url\(#([^)]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${prefix}-${id})` : m))
          .replace(/^#(.+)$/, (m, id: string) => (/href$/i.test(key) && ids.has(id) ? `#${prefix}-${id}` : m));
      }
    }
    if (node.tagName === 'style') {
      const css = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      node.children = [{ type: 'text', value: cleanCss(css, prefix) }];
    }
  }
  for (const child of node.children) clean(child, prefix, ids);
}

/**
 * Rewrite the parsed `<svg>` in place: drop source positions, insignificant whitespace, scripts,
 * foreign objects, event handlers and data-* attributes; prefix ids (and `url(#…)`/`#…` references)
 * with `prefix`; clean and scope `<style>`. Text stays text nodes, so hast-util-to-html escapes it.
 */
export function sanitiseSvg(svg: Element, prefix: string): Element {
  const ids = new Set<string>();
  visit(svg, 'element', (el: Element) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
  });
  clean(svg, prefix, ids);
  return svg;
}
