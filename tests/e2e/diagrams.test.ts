import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMermaid } from 'beautiful-mermaid';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, useScheme } from './axe.ts';
import { contrastRatio, pagePaths, parseColours } from './browser.ts';
import { useSharedBrowser, useTabs } from './shared-browser.ts';
import { previewSite } from '../helpers/seed-site.ts';

/**
 * Diagrams and entity graphs as a reader sees them, at a phone's and a laptop's width, in both themes:
 * text size after scaling, labels inside their shapes, enlarge, the text alternative, and the graph's
 * colours, key and neighbour highlighting.
 */
const { dist, origin, browserEndpoint } = await previewSite();

const WIDTHS = [
  { name: 'phone', width: 390, height: 844, minText: 10 },
  { name: 'desktop', width: 1366, height: 768, minText: 12 },
] as const;
const THEMES = ['light', 'dark'] as const;

const html = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
/** Every built page with a diagram or graph figure: topic pages, the timeline, the entity index, entity pages. */
const figurePaths = pagePaths(dist).filter((p) => p.endsWith('/') && /<figure class="diagram/.test(html(p)));
const mermaidPaths = figurePaths.filter((p) => html(p).includes('class="diagram-source"'));
const entityPaths = figurePaths.filter((p) => /^\/entities\/[^/]+\/$/.test(p));

const tab = useTabs(useSharedBrowser(browserEndpoint));

/** A tab reset for this test. Reduced motion: the graph's highlight fades are then instant, so opacities can be read at once. */
function newTab(width = 1366, height = 768, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  return tab({ viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
}

async function open(path: string, width = 1366, height = 768, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await newTab(width, height, colorScheme);
  await page.goto(origin + path, { waitUntil: 'load' });
  return page;
}

/** The smallest rendered text size (font size × the SVG's scale on screen) of each figure on the page. */
const smallestText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('figure.diagram .diagram-scroll > svg')].map((svg) => {
      let min = Infinity;
      let text = '';
      for (const t of svg.querySelectorAll('text')) {
        const m = (t as SVGTextElement).getScreenCTM();
        if (!m || !t.textContent?.trim()) continue;
        const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
        if (size < min) [min, text] = [size, t.textContent];
      }
      return { title: svg.querySelector('title')?.textContent ?? svg.id, min, text };
    }),
  );

/** Each label that leaves its drawing, or (in a node, edge label or subgraph) every one of its own shapes. */
const labelsOutside = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const inside = (a: DOMRect, b: DOMRect, slack = 0.5) =>
      a.x >= b.x - slack && a.y >= b.y - slack && a.x + a.width <= b.x + b.width + slack && a.y + a.height <= b.y + b.height + slack;
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.diagram .diagram-scroll > svg')) {
      const view = svg.viewBox.baseVal;
      const frame = new DOMRect(view.x, view.y, view.width, view.height);
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        const box = text.getBBox();
        if (!text.textContent?.trim()) continue;
        const label = `${svg.querySelector('title')?.textContent}: "${text.textContent}"`;
        if (!inside(box, frame)) out.push(`${label} leaves the drawing`);
        // A node, edge label or subgraph: the text must fit in one of its own shapes.
        const group = text.parentElement?.closest('g.node, g.edge-label, g.subgraph');
        if (!group) continue;
        const shapes = [...group.children].filter((c): c is SVGGraphicsElement => /^(rect|polygon|path|circle|ellipse)$/.test(c.tagName));
        if (shapes.length && !shapes.some((s) => inside(box, s.getBBox()))) out.push(`${label} is clipped by its shape`);
      }
    }
    return out;
  });

/** The text alternative of each flowchart on the page matches its parsed Mermaid source. */
async function checkTextAlternative(page: Page): Promise<void> {
  const figures = await page.locator('figure.diagram').evaluateAll((figs) =>
    figs.map((f) => ({
      // Expressive Code (on Markdown pages) puts each source line in its own .ec-line.
      source: f.querySelector('details.diagram-source .ec-line')
        ? [...f.querySelectorAll('details.diagram-source .ec-line')].map((l) => l.textContent ?? '').join('\n')
        : (f.querySelector('details.diagram-source code')?.textContent ?? ''),
      describedBy: f.querySelector('svg')?.getAttribute('aria-describedby') ?? '',
      wordsId: f.querySelector('details.diagram-words > ul')?.id ?? '',
      statements: [...f.querySelectorAll('details.diagram-words > ul > li')].map((li) => li.textContent ?? ''),
      leaves: [...f.querySelectorAll('details.diagram-words li')].filter((li) => !li.querySelector('ul')).map((li) => li.textContent ?? ''),
    })),
  );
  expect(figures.length).toBeGreaterThan(0);
  for (const f of figures) {
    expect(f.source).not.toBe('');
    if (!/^\s*(flowchart|graph)\b/.test(f.source)) continue;
    expect(f.describedBy).toBe(f.wordsId);
    // The statements are sentences, not Mermaid: no arrows, brackets or node ids.
    for (const s of f.leaves) expect(s).not.toMatch(/-->|-\.->|\[|\]|\|/);
    const graph = parseMermaid(f.source);
    const label = (id: string) => (graph.subgraphs.find((sg) => sg.id === id)?.label ?? graph.nodes.get(id)?.label ?? id).replace(/\s+/g, ' ').trim();
    if (f.leaves[0]?.startsWith('First: ')) {
      // A chain is given as its steps: each node once, every link from an earlier step to a later one.
      const step = (id: string) => f.leaves.findIndex((s) => s.endsWith(`: ${label(id)}`));
      expect(f.leaves.length).toBe(graph.nodes.size);
      for (const e of graph.edges) expect(step(e.source)).toBeLessThan(step(e.target));
      expect(Math.min(...[...graph.nodes.keys()].map(step))).toBe(0);
      continue;
    }
    expect(f.leaves.length).toBeGreaterThanOrEqual(graph.edges.length);
    for (const e of graph.edges) {
      const [a, b] = [label(e.source), label(e.target)];
      expect(f.leaves.some((s) => s.includes(a) && s.includes(b)), `no statement names "${a}" and "${b}"`).toBe(true);
    }
  }
}

describe('diagram and graph pages', () => {
  it('include every topic page with a diagram, the timeline, the entity index and entity pages', () => {
    expect(mermaidPaths.filter((p) => p.startsWith('/topics/')).length).toBeGreaterThan(0);
    expect(figurePaths).toEqual(expect.arrayContaining(['/timeline/', '/entities/']));
    expect(entityPaths.length).toBeGreaterThan(5);
  });
});

/**
 * One tab at each width, for all of its pages: each page is loaded once for the checks that only read it (text sizes,
 * label boxes, the text alternative), which run one after another on it.
 */
describe.each(WIDTHS)('at $width px ($name)', ({ width, height, minText }) => {
  // Every page with a figure, but only a few entity pages (they all come from one component).
  const paths = [...figurePaths.filter((p) => !entityPaths.includes(p)), ...entityPaths.slice(0, 4)];
  let page: Page;
  beforeAll(async () => {
    page = await newTab(width, height);
  });
  /** Loads `path` in this width's tab, unless it is the page already shown. */
  const visit = async (path: string) => {
    if (page.url() !== origin + path) await page.goto(origin + path, { waitUntil: 'load' });
    return page;
  };

  describe.each(paths)('%s', (path) => {
    it(`no diagram or graph text renders below ${minText} px, and no figure widens the page`, async () => {
      const page = await visit(path);
      const figures = await smallestText(page);
      expect(figures.length).toBeGreaterThan(0);
      const small = figures.filter((f) => !(f.min >= minText - 0.05));
      expect(small.map((f) => `${f.title}: "${f.text}" at ${f.min.toFixed(1)} px`)).toEqual([]);
      // A wide diagram scrolls inside its own box; the figure itself stays within the viewport.
      const overflow = await page.evaluate(
        (w) => [...document.querySelectorAll('figure.diagram')].filter((f) => f.getBoundingClientRect().right > w + 0.5).length,
        width,
      );
      expect(overflow).toBe(0);
    });

    if (!mermaidPaths.includes(path)) return;
    it('every label lies inside its shape and inside the drawing', async () => {
      const page = await visit(path);
      expect(await labelsOutside(page)).toEqual([]);
    });

    // The text alternative does not depend on the width: checked once, at the laptop's.
    if (width !== 1366) return;
    it("each flowchart is described from its parsed form (a statement per link, or a chain's steps in order), and its source is kept", async () => {
      await checkTextAlternative(await visit(path));
    });
  });
});

describe('enlarging a diagram', () => {
  it.each(WIDTHS)('at $width px: the button and a click open a modal dialog with the diagram larger; Escape puts it back', async ({ width, height }) => {
    const path = mermaidPaths.find((p) => p.startsWith('/topics/'))!;
    const page = await open(path, width, height);
    const figure = page.locator('figure.diagram').first();
    const button = figure.locator('button.diagram-enlarge');
    await expect.poll(() => button.isVisible()).toBe(true);
    const before = await figure.locator('svg').first().evaluate((s) => s.getBoundingClientRect().width);
    await button.click();
    const dialog = page.locator('dialog.diagram-dialog[open]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    const inDialog = await dialog.locator('svg').evaluate((s) => s.getBoundingClientRect().width);
    expect(inDialog).toBeGreaterThan(before);
    expect(await figure.locator('svg').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.diagram-dialog').count()).toBe(0);
    expect(await figure.locator('.diagram-scroll > svg').count()).toBe(1);
    // Clicking (tapping) the diagram itself enlarges it too.
    await figure.locator('.diagram-scroll').click();
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('button').click();
    await expect.poll(() => page.locator('dialog.diagram-dialog').count()).toBe(0);
  });
});

describe('the entity graph', () => {
  it('shows only entities with at least one link, each a link to its page', async () => {
    const page = await open('/entities/');
    const nodes = await page.locator('svg.entity-graph a.graph-node').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', neighbours: [...a.classList].filter((c) => /^nb\d+$/.test(c)).length })),
    );
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.filter((n) => n.neighbours === 0)).toEqual([]);
    expect(new Set(nodes.map((n) => n.href)).size).toBe(nodes.length);
    expect(await page.locator('svg.entity-graph line.graph-edge').count()).toBeGreaterThan(0);
  });

  it.each(THEMES)('in the %s theme: one colour per type, each ≥ 3:1 against the page, and a key naming every type shown', async (theme) => {
    const page = await open('/entities/', 1366, 768, theme);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const { bg, marks, key } = await page.evaluate(() => ({
      bg: getComputedStyle(document.documentElement).getPropertyValue('--sl-color-bg').trim(),
      marks: [...document.querySelectorAll('svg.entity-graph .graph-node')].map((n) => ({
        type: [...n.classList].find((c) => c.startsWith('type-'))!,
        fill: getComputedStyle(n.querySelector('.graph-mark')!).fill,
      })),
      key: [...document.querySelectorAll('.graph-legend li')].map((li) => ({
        type: [...li.classList].find((c) => c.startsWith('type-'))!,
        fill: getComputedStyle(li.querySelector('.graph-mark')!).fill,
        text: li.textContent?.trim() ?? '',
      })),
    }));
    const fillOf = new Map<string, Set<string>>();
    for (const m of marks) fillOf.set(m.type, (fillOf.get(m.type) ?? new Set()).add(m.fill));
    // One colour per type, and no two types share one.
    for (const [type, fills] of fillOf) expect(fills.size, type).toBe(1);
    const colours = [...fillOf.values()].map((f) => [...f][0]!);
    expect(new Set(colours).size).toBe(fillOf.size);
    expect(fillOf.size).toBeGreaterThan(2);
    const [bgRgba = [], ...rgba] = await parseColours(page, [bg, ...colours]);
    for (const [i, c] of colours.entries()) expect(contrastRatio(rgba[i]!, bgRgba), `${c} on ${bg}`).toBeGreaterThanOrEqual(3);
    // The key lists exactly the types drawn, in the same colours, with a name each.
    expect(key.map((k) => k.type).sort()).toEqual([...fillOf.keys()].sort());
    for (const k of key) {
      expect(k.fill).toBe([...fillOf.get(k.type)!][0]);
      expect(k.text).not.toBe('');
    }
  });

  it('hovering or focusing a node brings out it and its neighbours and dims the rest (CSS only)', async () => {
    const page = await open('/entities/');
    const graph = page.locator('svg.entity-graph').first();
    // The node with the fewest neighbours, so some nodes are not its neighbours.
    const index = await graph.evaluate((svg) => {
      const nodes = [...svg.querySelectorAll('.graph-node')];
      const degree = (n: Element) => [...n.classList].filter((c) => /^nb\d+$/.test(c)).length;
      const pick = nodes.reduce((a, b) => (degree(b) < degree(a) ? b : a));
      return Number([...pick.classList].find((c) => /^n\d+$/.test(c))!.slice(1));
    });
    const opacities = () =>
      graph.evaluate((svg, i) => {
        const of = (sel: string) => [...svg.querySelectorAll(sel)].map((e) => Number(getComputedStyle(e).opacity));
        return { self: of(`.n${i}`), near: of(`.nb${i}`), edges: of(`.e${i}`), rest: of(`.graph-node:not(.n${i}):not(.nb${i})`) };
      }, index);
    const node = graph.locator(`.n${index}`);
    for (const act of ['hover', 'focus'] as const) {
      if (act === 'hover') await node.hover();
      else {
        await page.mouse.move(0, 0);
        await node.focus();
        // Focus from the keyboard, so :focus-visible applies.
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
      }
      const o = await opacities();
      expect(o.self, act).toEqual([1]);
      expect(o.near.length).toBeGreaterThan(0);
      expect(o.near.every((v) => v === 1), act).toBe(true);
      expect(o.edges.every((v) => v === 1), act).toBe(true);
      expect(o.rest.length).toBeGreaterThan(0);
      expect(o.rest.every((v) => v < 0.5), act).toBe(true);
    }
  });

  it.each(entityPaths.slice(0, 3))('%s shows its own neighbourhood, centred on the entity', async (path) => {
    const page = await open(path);
    const local = page.locator('figure.local-graph svg.entity-graph');
    expect(await local.count()).toBe(1);
    const centre = await local.locator('.graph-centre').getAttribute('href');
    expect(centre?.endsWith(path)).toBe(true);
    // Each other node is a neighbour of the centre.
    const centreIndex = await local.locator('.graph-centre').evaluate((a) => [...a.classList].find((c) => /^n\d+$/.test(c))!);
    const others = await local.locator('.graph-node:not(.graph-centre)').evaluateAll((as, ci) => as.map((a) => a.classList.contains(`nb${ci.slice(1)}`)), centreIndex);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every(Boolean)).toBe(true);
  });
});

describe('accessibility of figures (axe-core)', () => {
  const pages = ['/entities/', ...mermaidPaths.filter((p) => p.startsWith('/topics/')).slice(0, 1), ...entityPaths.slice(0, 1)];
  // One tab at each width, for all of its cases: each case loads its page afresh in its theme.
  describe.each(WIDTHS)('at $width px', ({ width }) => {
    let page: Page;
    beforeAll(async () => {
      page = await newTab(width, 800);
    });
    const cases = pages.flatMap((path) => THEMES.map((theme) => [path, width, theme] as const));
    it.each(cases)('%s at %i px, %s theme: no serious or critical violation in the figures, nor in the enlarged view', async (path, _width, theme) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(origin + path, { waitUntil: 'load' });
      await useScheme(page, theme);
      const scope = { include: ['figure.diagram', 'dialog.diagram-dialog'] };
      expect(await seriousViolations(page, `${width} ${theme}`, scope)).toEqual([]);
      await page.locator('figure.diagram button.diagram-enlarge').first().click();
      await page.locator('dialog.diagram-dialog[open]').waitFor({ state: 'visible' });
      expect(await seriousViolations(page, `${width} ${theme}, enlarged`, scope)).toEqual([]);
    });
  });
});
