/**
 * Build-time Mermaid diagrams: validated with mermaid's own parser, drawn to SVG by beautiful-mermaid
 * (no browser, no client JS), sanitised (./sanitise.ts) and sized so no text renders too small.
 * Output is deterministic: ids come from a hash of the source.
 */
import { createHash } from 'node:crypto';
import { renderMermaidSVG, type RenderOptions } from 'beautiful-mermaid';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { sanitiseSvg, UnsafeSvgError } from './sanitise.ts';

/** Colours for beautiful-mermaid; anything given overrides {@link THEME}. */
export type DiagramTheme = Pick<RenderOptions, 'bg' | 'fg' | 'line' | 'accent' | 'muted' | 'surface' | 'border'>;

export interface RenderDiagramOptions {
  theme?: DiagramTheme;
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

/**
 * Text sizes (CSS px) the smallest text of a diagram renders at: its natural size, the floor on wide
 * screens and the floor on narrow ones. Below a floor the diagram stops shrinking with the column
 * and scrolls sideways instead (src/styles/diagrams.css).
 */
export const TEXT_PX = { natural: 13, wide: 12, narrow: 10 } as const;

/** Thrown for invalid or unrenderable diagrams; `line` is 1-based within the diagram source. */
export class MermaidDiagramError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number, cause?: unknown) {
    super(message, { cause });
    this.name = 'MermaidDiagramError';
    this.line = line;
  }
}

export type Mermaid = (typeof import('mermaid'))['default'];
let mermaidModule: Promise<Mermaid> | undefined;

/**
 * Load mermaid once. Its DOMPurify binds to `window` when the module is first
 * evaluated, so a window is provided for the import only. It is removed
 * afterwards, to keep the rest of the build from taking itself for a browser;
 * parsing keeps working because DOMPurify holds its own reference. The window is
 * linkedom's, which the ingest has loaded already (scripts/ingest/read-html.ts):
 * loading jsdom for it cost ≈ 0.5 s of CPU in every build that draws a diagram,
 * and mermaid's parser gives the same verdicts and messages under either.
 */
export function loadMermaid(): Promise<Mermaid> {
  mermaidModule ??= (async () => {
    const global = globalThis as { window?: unknown };
    if (global.window !== undefined) return (await import('mermaid')).default;
    const { parseHTML } = await import('linkedom');
    global.window = parseHTML('<!doctype html><html><head></head><body></body></html>').window;
    try {
      return (await import('mermaid')).default;
    } finally {
      delete global.window;
    }
  })();
  return mermaidModule;
}

let mermaidQueue: Promise<unknown> = Promise.resolve();
/**
 * Runs `use` on mermaid when every earlier use has finished. Mermaid keeps one database per diagram type
 * and parsing refills it; two parses interleaved at an `await` (pages are rendered concurrently) could
 * leave one diagram reading the other's, so a build's output would depend on timing.
 */
export function withMermaid<T>(use: (mermaid: Mermaid) => Promise<T>): Promise<T> {
  const run = mermaidQueue.then(async () => use(await loadMermaid()));
  mermaidQueue = run.catch(() => undefined);
  return run;
}

export const FRONT_MATTER = /^\s*---[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*---[ \t]*(?:\r?\n\s*|$)/;
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

/** Validate with mermaid's parser; throws MermaidDiagramError with the source line. */
export async function parseWithMermaid(source: string): Promise<void> {
  try {
    await withMermaid((mermaid) => mermaid.parse(source));
  } catch (error) {
    const reported = (error as { hash?: { loc?: { first_line?: number } } }).hash?.loc?.first_line;
    const line = reported === undefined ? undefined : sourceLine(source, reported);
    throw new MermaidDiagramError(firstLine(String((error as Error).message ?? error)), line, error);
  }
}

/** Validate with mermaid's parser, then draw with beautiful-mermaid; throws MermaidDiagramError. */
async function drawSvg(source: string, theme: DiagramTheme): Promise<string> {
  await parseWithMermaid(source);
  try {
    // beautiful-mermaid has no front-matter support, so hand it the diagram body only.
    const body = source.replace(FRONT_MATTER, '');
    // The default 40 px canvas padding and 40 px between layers cost width a narrow column cannot spare.
    return renderMermaidSVG(body, { ...THEME, ...theme, transparent: true, padding: 16, layerSpacing: 32 });
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
export function frontMatterTitle(source: string): string | undefined {
  const yaml = FRONT_MATTER.exec(source)?.[1];
  if (yaml === undefined) return undefined;
  try {
    const title = (parseYaml(yaml) as { title?: unknown } | null)?.title;
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

const classes = (el: Element): string[] => {
  const c: unknown = el.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined);

/**
 * The renderer sizes label plates for Inter; the site's fonts can run wider. Widen each edge-label
 * plate a little, so its text never touches the border.
 */
const PLATE_PAD = 4;
function padLabelPlates(svg: Element): void {
  visit(svg, 'element', (g: Element) => {
    if (g.tagName !== 'g' || !classes(g).includes('edge-label')) return;
    for (const rect of g.children) {
      if (rect.type !== 'element' || rect.tagName !== 'rect') continue;
      const [x, w] = [num(rect.properties.x), num(rect.properties.width)];
      if (x === undefined || w === undefined) continue;
      Object.assign(rect.properties, { x: x - PLATE_PAD, width: w + 2 * PLATE_PAD });
    }
  });
}

/** The smallest font size (px) set on any text of the SVG, or undefined when none is set. */
function smallestFont(svg: Element): number | undefined {
  let min: number | undefined;
  visit(svg, 'element', (el: Element) => {
    const size = num(el.properties.fontSize);
    if (size !== undefined && Number.isFinite(size) && size > 0) min = Math.min(min ?? size, size);
  });
  return min;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/**
 * Validate, render and clean one Mermaid diagram. Returns the `<svg>` hast
 * element (with `role="img"` and a `<title>` of `title`, else the diagram's
 * front-matter title, else "Diagram"), ready to embed anywhere.
 *
 * Its style sets `--diagram-width` (natural display width: the smallest text at
 * {@link TEXT_PX}.natural px) and `--diagram-min-wide` / `--diagram-min-narrow`
 * (the narrowest it may shrink before text falls below the floors);
 * src/styles/diagrams.css uses them.
 * Throws {@link MermaidDiagramError} for invalid or unsupported diagrams.
 */
export async function renderDiagram(source: string, title?: string, options: RenderDiagramOptions = {}): Promise<Element> {
  const prefix = options.id ?? `mermaid-${createHash('sha256').update(source).digest('hex').slice(0, 10)}`;
  const root = fromHtml(await drawSvg(source, options.theme ?? {}), { fragment: true, space: 'svg' });
  const svg = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
  if (svg === undefined) throw new MermaidDiagramError('renderer produced no <svg>');
  padLabelPlates(svg);
  try {
    sanitiseSvg(svg, prefix);
  } catch (error) {
    if (error instanceof UnsafeSvgError) throw new MermaidDiagramError(error.message, undefined, error);
    throw error;
  }

  const { width: _width, height: _height, style, viewBox, ...rest } = svg.properties;
  const viewWidth = Number(String(viewBox ?? '').split(/[\s,]+/)[2]);
  if (!Number.isFinite(viewWidth) || viewWidth <= 0) throw new MermaidDiagramError('renderer produced an <svg> without a viewBox');
  const font = smallestFont(svg) ?? TEXT_PX.natural;
  const scale = Math.max(1, TEXT_PX.natural / font);
  const sizes = `--diagram-width:${px(viewWidth * scale)};--diagram-min-wide:${px((viewWidth * TEXT_PX.wide) / font)};--diagram-min-narrow:${px((viewWidth * TEXT_PX.narrow) / font)}`;
  const titleId = `${prefix}-title`;
  svg.properties = {
    ...rest,
    viewBox,
    id: prefix,
    role: 'img',
    ariaLabelledBy: [titleId],
    style: `${typeof style === 'string' ? `${style};` : ''}${sizes}`,
  };
  const titleText = title ?? frontMatterTitle(source) ?? 'Diagram';
  svg.children.unshift({ type: 'element', tagName: 'title', properties: { id: titleId }, children: [{ type: 'text', value: titleText }] });
  return svg;
}
