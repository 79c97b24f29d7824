/**
 * Build-time Mermaid diagrams.
 *
 * Fenced ```mermaid code blocks are validated with mermaid's own parser, drawn
 * to SVG by beautiful-mermaid (no browser, no client JS) and replaced by
 * `<figure class="diagram">` holding the inline SVG plus a `<details>` with the
 * Mermaid source as the text alternative. The SVG is rewritten so the page makes
 * no third-party requests, its ids are unique per diagram and its CSS is scoped
 * to it. Output is deterministic: ids come from a hash of the source.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { renderMermaidSVG, type RenderOptions } from 'beautiful-mermaid';
import type { Element, ElementContent, Nodes as HastNodes, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Code, Data, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';

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

/** Colours for beautiful-mermaid; anything given overrides {@link THEME}. */
export type DiagramTheme = Pick<RenderOptions, 'bg' | 'fg' | 'line' | 'accent' | 'muted' | 'surface' | 'border'>;

export interface RemarkMermaidOptions {
  theme?: DiagramTheme;
}

export interface RenderDiagramOptions extends RemarkMermaidOptions {
  /** Prefix for every id in the SVG; defaults to `mermaid-<hash of source>`. */
  id?: string;
}

export type DiagramValidation = { ok: true } | { ok: false; line?: number; message: string };

/**
 * Starlight custom properties, so one SVG follows the light/dark theme switch
 * (Starlight redefines them under `[data-theme='light']`):
 * - `bg` `--sl-color-bg`: the page background; also used for label plates and
 *   as the base every derived colour is mixed into.
 * - `fg` `--sl-color-white`: Starlight's highest-contrast text colour — white in
 *   the dark theme, near-black in the light one (17.7:1 against `bg` in both).
 * - `muted` `--sl-color-gray-3`: secondary text and edge/message labels. The
 *   default (fg mixed 40% into bg) is only 3.8:1 (dark) / 2.5:1 (light), below
 *   WCAG AA; gray-3 gives 5.2:1 / 7.0:1. Lines, boxes and fills keep the
 *   derived color-mix() defaults (lines 5.2:1 / 3.4:1).
 */
const THEME: DiagramTheme = {
  bg: 'var(--sl-color-bg)',
  fg: 'var(--sl-color-white)',
  muted: 'var(--sl-color-gray-3)',
};
const FONT = 'var(--sl-font, system-ui, sans-serif)';
const MONO_FONT = 'var(--sl-font-mono, ui-monospace, monospace)';

/** Thrown for invalid or unrenderable diagrams; `line` is 1-based within the diagram source. */
export class MermaidDiagramError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number, cause?: unknown) {
    super(message, { cause });
    this.name = 'MermaidDiagramError';
    this.line = line;
  }
}

type Mermaid = (typeof import('mermaid'))['default'];
let mermaidModule: Promise<Mermaid> | undefined;

/**
 * Load mermaid once. Its DOMPurify binds to `window` when the module is first
 * evaluated, so a jsdom window is provided for the import only. It is removed
 * afterwards, to keep the rest of the build from taking itself for a browser;
 * parsing keeps working because DOMPurify holds its own reference.
 */
function loadMermaid(): Promise<Mermaid> {
  mermaidModule ??= (async () => {
    const global = globalThis as { window?: unknown };
    if (global.window !== undefined) return (await import('mermaid')).default;
    // jsdom ships no type declarations (and @types/jsdom is not installed): type the one constructor used.
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: unknown } };
    global.window = new JSDOM('').window;
    try {
      return (await import('mermaid')).default;
    } finally {
      delete global.window;
    }
  })();
  return mermaidModule;
}

const FRONT_MATTER = /^\s*---[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*---[ \t]*(?:\r?\n\s*|$)/;
const DIRECTIVE = /%%\{[\s\S]*?\}%%/g;

/**
 * mermaid reports lines of its *cleaned* text: front matter, `%%` comment lines
 * (with blank lines just before them) and leading blank lines are dropped.
 * Map such a line back to the 1-based line of `source`.
 */
function sourceLine(source: string, reported: number): number {
  const lines = source.split(/\r\n?|\n/);
  const frontMatter = FRONT_MATTER.exec(source)?.[0] ?? '';
  const isComment = (l: string): boolean => /^\s*%%(?!\{)/.test(l);
  const isBlank = (l: string): boolean => l.replace(DIRECTIVE, '').trim() === '';
  let seen = 0;
  for (let i = frontMatter.split('\n').length - 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isComment(line)) continue;
    if (isBlank(line)) {
      const next = lines.slice(i + 1).find((l) => !isBlank(l));
      if (seen === 0 || (next !== undefined && isComment(next))) continue;
    }
    if (++seen === reported) return i + 1;
  }
  return reported;
}

const firstLine = (message: string): string => message.split('\n')[0]?.trim() ?? '';

/** Validate with mermaid's parser, then draw with beautiful-mermaid; throws MermaidDiagramError. */
async function drawSvg(source: string, theme: DiagramTheme): Promise<string> {
  const mermaid = await loadMermaid();
  try {
    await mermaid.parse(source);
  } catch (error) {
    const reported = (error as { hash?: { loc?: { first_line?: number } } }).hash?.loc?.first_line;
    const line = reported === undefined ? undefined : sourceLine(source, reported);
    throw new MermaidDiagramError(firstLine(String((error as Error).message ?? error)), line, error);
  }
  try {
    // beautiful-mermaid has no front-matter support, so hand it the diagram body only.
    const body = source.replace(FRONT_MATTER, '');
    return renderMermaidSVG(body, { ...THEME, ...theme, transparent: true });
  } catch (error) {
    throw new MermaidDiagramError(firstLine(String((error as Error).message ?? error)), undefined, error);
  }
}

/**
 * Check a Mermaid diagram without producing output: mermaid's parser must accept
 * it and beautiful-mermaid must be able to draw it (so e.g. `timeline` fails).
 * `line` is 1-based within `source` when mermaid reports one.
 */
export async function validateDiagram(source: string): Promise<DiagramValidation> {
  try {
    await drawSvg(source, {});
    return { ok: true };
  } catch (error) {
    if (!(error instanceof MermaidDiagramError)) throw error;
    return error.line === undefined ? { ok: false, message: error.message } : { ok: false, line: error.line, message: error.message };
  }
}

/** Title from the diagram's own front matter (`title: ...`), if any. */
function frontMatterTitle(source: string): string | undefined {
  const yaml = FRONT_MATTER.exec(source)?.[1];
  if (yaml === undefined) return undefined;
  try {
    const title = (parseYaml(yaml) as { title?: unknown } | null)?.title;
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Scope every rule to `#id` (CSS in an inline `<svg>` applies to the whole page). */
function scopeCss(css: string, id: string): string {
  return css.replace(/(^|\})([^{}]+)\{/g, (_m, close: string, prelude: string) => {
    if (prelude.trim().startsWith('@')) return `${close}${prelude}{`;
    const scoped = prelude.split(',').map((selector) =>
      selector.replace(/^(\s*)(?:svg\b)?\s*/, (_s, ws: string) => `${ws}#${id} `),
    );
    return `${close}${scoped.join(',')}{`;
  });
}

/** Remove `@import` rules and swap the web fonts for the site's own fonts. */
function cleanCss(css: string, id: string): string {
  const cleaned = css
    .replace(/[ \t]*@import\s+(?:url\([^)]*\)|"[^"]*"|'[^']*')[^;]*;[ \t]*\n?/g, '')
    .replace(/font-family:\s*'Inter'[^;}]*/g, `font-family: ${FONT}`)
    .replace(/font-family:\s*'JetBrains Mono'[^;}]*/g, `font-family: ${MONO_FONT}`);
  if (/@import|https?:/i.test(cleaned)) throw new MermaidDiagramError('diagram CSS still references an external resource');
  return scopeCss(cleaned, id);
}

const text = (value: string) => ({ type: 'text' as const, value });
const KEEP_WHITESPACE = new Set(['text', 'tspan', 'style', 'title', 'desc']);

/**
 * Rewrite the parsed SVG in place: drop source positions, insignificant
 * whitespace, scripts, event handlers and data-* attributes; prefix ids (and `url(#…)`/`#…`
 * references) with `prefix`; clean and scope `<style>`.
 */
function cleanSvg(node: HastNodes, prefix: string, ids: Set<string>): void {
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
      node.children = [text(cleanCss(css, prefix))];
    }
  }
  for (const child of node.children) cleanSvg(child, prefix, ids);
}

/**
 * Validate, render and clean one Mermaid diagram. Returns the `<svg>` hast
 * element (with `role="img"` and a `<title>` of `title`, else the diagram's
 * front-matter title, else "Diagram"), ready to embed anywhere.
 * Throws {@link MermaidDiagramError} for invalid or unsupported diagrams.
 */
export async function renderDiagram(source: string, title?: string, options: RenderDiagramOptions = {}): Promise<Element> {
  const prefix = options.id ?? `mermaid-${createHash('sha256').update(source).digest('hex').slice(0, 10)}`;
  const root = fromHtml(await drawSvg(source, options.theme ?? {}), { fragment: true, space: 'svg' });
  const svg = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
  if (svg === undefined) throw new MermaidDiagramError('renderer produced no <svg>');

  const ids = new Set<string>();
  visit(root, 'element', (el: Element) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
  });
  cleanSvg(svg, prefix, ids);

  // Scale down with the column but never up past the natural size; keep the viewBox.
  const { width, height: _height, style, ...rest } = svg.properties;
  const size = typeof width === 'number' || typeof width === 'string' ? `width:${width}px;` : '';
  const titleId = `${prefix}-title`;
  svg.properties = {
    ...rest,
    id: prefix,
    role: 'img',
    ariaLabelledBy: [titleId],
    style: `${typeof style === 'string' ? `${style};` : ''}${size}max-width:100%;height:auto`,
  };
  const titleText = title ?? frontMatterTitle(source) ?? 'Diagram';
  svg.children.unshift({ type: 'element', tagName: 'title', properties: { id: titleId }, children: [text(titleText)] });
  return svg;
}

/** `title="…"` (or `title='…'`) from a code fence's meta string. */
function metaTitle(meta: string | null | undefined): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const title = (match?.[1] ?? match?.[2])?.trim();
  return title === '' ? undefined : title;
}

/** Build the `<figure class="diagram">` node that replaces a mermaid code block. */
function figure(svg: Element, source: string, caption: string | undefined): MermaidDiagram {
  const details: Element = {
    type: 'element',
    tagName: 'details',
    properties: {},
    children: [
      { type: 'element', tagName: 'summary', properties: {}, children: [text('Diagram source (text)')] },
      {
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [{ type: 'element', tagName: 'code', properties: { className: ['language-mermaid'] }, children: [text(source)] }],
      },
    ],
  };
  // A figcaption must be the first or last child of its figure.
  const figcaption: Element[] =
    caption === undefined ? [] : [{ type: 'element', tagName: 'figcaption', properties: {}, children: [text(caption)] }];
  return {
    type: 'mermaidDiagram',
    data: { hName: 'figure', hProperties: { className: ['diagram'] }, hChildren: [...figcaption, svg, details] },
  };
}

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
    parent.children[index] = figure(svg, node.value, caption);
  }
};

export default remarkMermaid;
