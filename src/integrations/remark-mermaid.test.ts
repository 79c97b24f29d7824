import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Element, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { renderDiagram, validateDiagram } from '../../scripts/diagrams/render.ts';
import { remarkMermaid } from './remark-mermaid.ts';

const processor = unified().use(remarkParse).use(remarkMermaid).use(remarkRehype).use(rehypeStringify);
const render = async (markdown: string, path = 'test.md'): Promise<string> =>
  String(await processor.process(new VFile({ path, value: markdown })));
const fence = (source: string, meta = ''): string => `\`\`\`mermaid${meta ? ` ${meta}` : ''}\n${source}\n\`\`\`\n`;

/** Elements with `tagName` in the parsed HTML. */
function elements(html: string, tagName: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (el: Element) => {
    if (el.tagName === tagName) found.push(el);
  });
  return found;
}
const textOf = (node: HastNodes): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

const fixtures = new URL('./__fixtures__/remark-mermaid/', import.meta.url);
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('remark-mermaid golden files', () => {
  it('has the expected fixture cases', () => {
    expect(cases).toEqual(['flowchart', 'sequence', 'titled']);
  });

  for (const name of cases) {
    it(`${name}: input.md → output.html`, async () => {
      const input = readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8');
      const expected = new URL(`${name}/output.html`, fixtures);
      const actual = await render(input, 'input.md');
      if (process.env.UPDATE === '1') writeFileSync(expected, actual);
      expect(existsSync(expected), `missing ${name}/output.html; run with UPDATE=1`).toBe(true);
      expect(actual).toBe(readFileSync(expected, 'utf8'));

      expect(actual).toContain('<svg');
      expect(actual).not.toContain('googleapis');
      expect(actual).not.toContain('@import');
      expect(actual).not.toMatch(/<script/i);
      expect(actual).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    });
  }
});

describe('remarkMermaid', () => {
  const flowchart = 'flowchart LR\n  A[Start] --> B{Ok?}\n  B -->|yes| C["a & b < c"]';

  it('replaces the block with an accessible figure: scroll box, enlarge button, the diagram in words, the source', async () => {
    const html = await render(`Intro\n\n${fence(flowchart)}`);
    const [figure] = elements(html, 'figure');
    expect(figure?.properties.className).toEqual(['diagram']);
    const kids = figure!.children.filter((c): c is Element => c.type === 'element');
    expect(kids.map((c) => `${c.tagName}.${String(c.properties.className)}`)).toEqual([
      'div.diagram-scroll',
      'button.diagram-enlarge',
      'details.diagram-words',
      'details.diagram-source',
    ]);
    expect(kids[0]?.properties.tabIndex).toBe(0);

    const [svg] = elements(html, 'svg');
    expect(svg?.properties.role).toBe('img');
    expect(svg?.properties.width).toBeUndefined();
    expect(svg?.properties.height).toBeUndefined();
    expect(svg?.properties.viewBox).toMatch(/^0 0 [\d.]+ [\d.]+$/);
    // Natural width: the smallest text (11 px edge labels) at 13 px; floors at 12 px and 10 px.
    const viewWidth = Number(String(svg?.properties.viewBox).split(' ')[2]);
    const style = String(svg?.properties.style);
    const prop = (name: string) => Number(new RegExp(`--${name}:([\\d.]+)px`).exec(style)?.[1]);
    expect(prop('diagram-width')).toBeCloseTo((viewWidth * 13) / 11, 0);
    expect(prop('diagram-min-wide')).toBeCloseTo((viewWidth * 12) / 11, 0);
    expect(prop('diagram-min-narrow')).toBeCloseTo((viewWidth * 10) / 11, 0);
    const [title] = elements(html, 'title');
    expect(svg?.properties.ariaLabelledBy).toEqual([title?.properties.id]);
    expect(textOf(title!)).toBe('Diagram');

    // The text alternative is read from the parsed diagram, one statement per edge.
    const words = elements(html, 'ul')[0]!;
    expect(svg?.properties.ariaDescribedBy).toEqual([words.properties.id]);
    expect(elements(html, 'li').map(textOf)).toEqual(['Start leads to Ok?', 'Ok? to a & b < c: yes']);

    expect(textOf(elements(html, 'summary')[1]!)).toBe('Diagram source (Mermaid)');
    const [code] = elements(html, 'code');
    expect(textOf(code!)).toBe(flowchart);
    expect(elements(html, 'code')).toHaveLength(1);
  });

  it('describes subgraphs, dashed and undirected edges, unlinked nodes, sequence messages and chart values', async () => {
    const sub = 'flowchart TD\n  subgraph G["Group one"]\n    A[One] -.->|maybe| B[Two]\n  end\n  C[Three] --- A\n  D[Alone]\n  W[Washington] -->|imposes| G';
    const items = (html: string) => elements(html, 'li').map((li) => textOf(li));
    expect(items(await render(fence(sub)))).toEqual([
      'Three is linked with One',
      // A label that reads as a verb makes a sentence; an edge may end at a subgraph.
      'Washington imposes Group one',
      'Alone',
      'Group one:One to Two: maybe (dashed line)',
      'One to Two: maybe (dashed line)',
    ]);
    expect(items(await render(fence('sequenceDiagram\n  participant L as Lab\n  L->>P: Announce\n  P-->>L: Ask')))).toEqual([
      'Lab to P: Announce',
      'P to Lab: Ask',
    ]);
    const chart = 'xychart-beta\n  x-axis ["First bar", "Second"]\n  y-axis "US$ billion" 0 --> 10\n  bar [5, 1.5]';
    expect(items(await render(fence(chart)))).toEqual(['First bar: 5 (US$ billion)', 'Second: 1.5 (US$ billion)']);
  });

  it('uses title="…" from the fence meta as figcaption and svg <title>', async () => {
    const html = await render(fence(flowchart, 'title="Who decides"'));
    expect(textOf(elements(html, 'figcaption')[0]!)).toBe('Who decides');
    expect(textOf(elements(html, 'title')[0]!)).toBe('Who decides');
    const [figure] = elements(html, 'figure');
    expect(figure?.children[0]).toMatchObject({ tagName: 'figcaption' });
    expect(figure?.children.at(-1)).toMatchObject({ tagName: 'details' });
  });

  it('makes no third-party requests and scopes the diagram CSS', async () => {
    const html = await render(fence(flowchart));
    const css = elements(html, 'style').map(textOf).join('\n');
    expect(css).not.toMatch(/@import|googleapis|url\(|@font-face/);
    expect(css).toContain("font-family: Inter, 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', Arimo, sans-serif");
    const id = String(elements(html, 'svg')[0]?.properties.id);
    for (const rule of css.matchAll(/([^{}]+)\{/g)) {
      for (const selector of rule[1]!.split(',')) expect(selector.trim().startsWith(`#${id}`)).toBe(true);
    }
  });

  it('throws path:line for an invalid diagram, pointing at the bad line', async () => {
    // Fence on line 5; the broken edge is line 3 of the diagram, i.e. line 8 of the file.
    const markdown = `# Title\n\nSome text.\n\n${fence('flowchart LR\n  A --> B\n  B --> --> C')}`;
    expect(markdown.split('\n')[4]).toBe('```mermaid');
    const error = await render(markdown).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^test\.md:\d+: invalid Mermaid diagram/);
    expect((error as Error).message).toBe('test.md:8: invalid Mermaid diagram: Parse error on line 3:');
  });

  it('maps mermaid line numbers past front matter and comments', async () => {
    const source = '---\ntitle: T\n---\nflowchart LR\n  %% note\n  A --> B\n\n  %% another\n  B --> --> C';
    const error = await render(`Intro\n\n${fence(source)}`).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^test\.md:12: invalid Mermaid diagram: /);
  });

  it('reports the fence line when beautiful-mermaid cannot draw the type', async () => {
    const error = await render(`Intro\n\n${fence('timeline\n  2024 : One\n  2025 : Two')}`).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^test\.md:3: invalid Mermaid diagram: Invalid mermaid header: "timeline"/);
  });

  it('uses <unknown> when the file has no path', async () => {
    const error = await processor.process(fence('flowchart LR\n  A --> --> B')).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^<unknown>:\d+: invalid Mermaid diagram/);
  });

  it('is idempotent', async () => {
    const transform = unified().use(remarkParse).use(remarkMermaid);
    const file = new VFile({ path: 'test.md', value: `# A\n\n${fence(flowchart)}\n${fence('sequenceDiagram\n  A->>B: hi')}` });
    const once = await transform.run(transform.parse(file), file);
    const snapshot = structuredClone(once);
    const twice = await transform.run(once, file);
    expect(twice).toEqual(snapshot);
    expect(JSON.stringify(twice)).not.toContain('"lang":"mermaid"');
  });

  it('leaves other code blocks untouched', async () => {
    const markdown = '```js\nconst graph = "flowchart LR";\n```\n\n```\nmermaid\n```\n\n    flowchart LR\n';
    const plain = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
    expect(await render(markdown)).toBe(String(await plain.process(markdown)));
  });

  it('never emits a <script> element from diagram text', async () => {
    const html = await render(fence('flowchart LR\n  A["<script>alert(1)</script>"] --> B[ok]'));
    expect(html).not.toMatch(/<script/i);
    expect(elements(html, 'script')).toHaveLength(0);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('is deterministic and gives repeated diagrams distinct ids', async () => {
    const markdown = `${fence(flowchart)}\n${fence(flowchart)}`;
    const first = await render(markdown);
    expect(await render(markdown)).toBe(first);
    const ids = [...first.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Every url(#…) reference resolves to an id in the page.
    for (const [, ref] of first.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
  });
});

describe('renderDiagram / validateDiagram', () => {
  it('renders a hast <svg> outside MDX', async () => {
    const svg = await renderDiagram('sequenceDiagram\n  Alice->>Bob: Hi', 'Greeting');
    expect(svg).toMatchObject({ type: 'element', tagName: 'svg', properties: { role: 'img' } });
    expect(svg.children[0]).toMatchObject({ tagName: 'title', children: [{ type: 'text', value: 'Greeting' }] });
    expect(svg.position).toBeUndefined();
  });

  it('validates', async () => {
    expect(await validateDiagram('flowchart LR\n  A --> B')).toEqual({ ok: true });
    expect(await validateDiagram('flowchart LR\n  A --> B\n  B --> --> C')).toEqual({
      ok: false,
      line: 3,
      message: 'Parse error on line 3:',
    });
    expect(await validateDiagram('not a diagram')).toMatchObject({ ok: false, message: expect.stringMatching(/No diagram type detected/) });
    expect(await validateDiagram('timeline\n  2024 : One')).toMatchObject({ ok: false });
  });
});

describe('the text alternative of a chain', () => {
  it('lists the steps in order', async () => {
    const html = await render(fence('flowchart TD\n  b[Second] --> c[Third]\n  a[First step] --> b'));
    expect(elements(html, 'li').map(textOf)).toEqual(['First: First step', 'Then: Second', 'Then: Third']);
  });
});
