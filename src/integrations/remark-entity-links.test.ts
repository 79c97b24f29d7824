import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../scripts/core/entity.ts';
import { expectGolden } from '../../tests/helpers/golden.ts';
import { gazetteerOf, mentionBlocks, remarkEntityLinks } from './remark-entity-links.ts';
import { remarkMermaid } from './remark-mermaid.ts';

// Invented entities; the description carries markup-like text, which must stay text.
const entities: Entity[] = [
  { name: 'Quarry Labs', slug: 'quarry-labs', type: 'organisation', description: 'An invented lab <b>&</b> "test" entry.', aliases: [] },
  { name: 'Q-9', slug: 'q-9', type: 'model', description: 'An invented model for tests.', aliases: [] },
  { name: 'Nimbus', slug: 'nimbus', type: 'chip', description: 'An invented chip for tests.', aliases: [] },
  { name: '07.ZX', slug: '07zx', type: 'organisation', description: 'An invented company whose name has a full stop.', aliases: [] },
];
const gazetteer = gazetteerOf(entities);
const options = { gazetteer: () => gazetteer, base: '/' };
// As Astro's MDX pipeline parses topic pages: GFM (tables) and MDX.
const parse = (mdx: string) => unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(mdx);
const toHtml = (tree: Root) => {
  const processor = unified().use(remarkRehype).use(rehypeStringify);
  return String(processor.stringify(processor.runSync(tree)));
};
const run = async (tree: Root) => {
  await unified().use(remarkMermaid).use(remarkEntityLinks, options).run(tree);
  return tree;
};

const fixtures = join(import.meta.dirname, '__fixtures__/remark-entity-links');
const cases = readdirSync(fixtures).sort();

describe('remarkEntityLinks', () => {
  it('has the expected fixture cases', () => {
    expect(cases).toEqual(['sections', 'skipped']);
  });

  for (const name of cases) {
    it(`links first mentions per section (golden: ${name})`, async () => {
      const tree = await run(parse(readFileSync(join(fixtures, name, 'input.mdx'), 'utf8')));
      expectGolden(join(fixtures, name, 'output.html'), toHtml(tree));
    });
  }

  it('links the first mention of each entity once per h2 section, with a hover card', async () => {
    const html = toHtml(await run(parse(readFileSync(join(fixtures, 'sections/input.mdx'), 'utf8'))));
    const links = [...html.matchAll(/<a href="\/entities\/([^/]+)\/"/g)].map((m) => m[1]);
    // Section 0: Quarry Labs, Q-9, Nimbus; section 1 (an h3 does not start a section; table cells are
    // prose): Quarry Labs, Q-9, then Nimbus; section 2: Nimbus, Q-9, then Quarry Labs in the list.
    expect(links).toEqual(['quarry-labs', 'q-9', 'nimbus', 'quarry-labs', 'q-9', 'nimbus', 'nimbus', 'q-9', 'quarry-labs']);
    // A tight list renders no <p>: the id goes on the list item.
    expect(html).toMatch(/<li id="m-[0-9a-f]{8}"><strong><a href="\/entities\//);
    expect(html).toMatch(/<td id="m-[0-9a-f]{8}">Quarry Labs<\/td>/);
    // Cards live outside the text, in one hidden block the links name (as on source pages).
    expect(html).toMatch(/<div class="previews" hidden data-pagefind-ignore=""><span class="preview" role="tooltip" id="entity-0-quarry-labs"><strong>Quarry Labs<\/strong>/);
    expect(html).toContain('An invented lab &#x3C;b>&#x26;&#x3C;/b> "test" entry.');
    expect(html).toContain('aria-describedby="entity-0-quarry-labs"');
  });

  it('never links inside headings, code, links, JSX, expressions, raw HTML or diagrams', async () => {
    const html = toHtml(await run(parse(readFileSync(join(fixtures, 'skipped/input.mdx'), 'utf8'))));
    expect(html.match(/class="entity-link"/g)).toHaveLength(1);
    expect(html).toContain('<em><a href="/entities/quarry-labs/"');
  });

  it('is idempotent', async () => {
    for (const name of cases) {
      const once = await run(parse(readFileSync(join(fixtures, name, 'input.mdx'), 'utf8')));
      const first = toHtml(structuredClone(once));
      expect(toHtml(await run(once))).toBe(first);
    }
  });

  it('gives each paragraph or table cell that names an entity a stable id from its text', async () => {
    const input = readFileSync(join(fixtures, 'sections/input.mdx'), 'utf8');
    const html = toHtml(await run(parse(input)));
    const blocks = mentionBlocks(parse(input), gazetteer.matcher);
    // The ids entity pages compute from the parsed page are the ids the page carries.
    for (const b of blocks) expect(html).toContain(`id="${b.id}"`);
    // The repeated paragraph gets its own id; an edit before a paragraph does not change its id.
    const repeated = blocks.filter((b) => b.sentences[0]?.text === 'Nimbus chips power Q-9.').map((b) => b.id);
    expect(repeated).toEqual([repeated[0], `${repeated[0]}-2`]);
    // Smart punctuation (applied by Astro before the plugin runs) does not change an id.
    expect(mentionBlocks(parse('Nimbus -- "fast"... it\'s said.'), gazetteer.matcher)[0]!.id).toBe(mentionBlocks(parse('Nimbus – “fast”… it’s said.'), gazetteer.matcher)[0]!.id);
    // A sentence break inside a name is no break.
    expect(mentionBlocks(parse('She founded 07.ZX in a garage. It grew.'), gazetteer.matcher)[0]!.sentences).toEqual([
      { text: 'She founded 07.ZX in a garage.', entities: ['07zx'] },
    ]);
    const edited = mentionBlocks(parse(`New opening paragraph about Nimbus.\n\n${input}`), gazetteer.matcher);
    expect(edited.slice(1).map((b) => b.id)).toEqual(blocks.map((b) => b.id));
    expect(blocks[0]!.sentences).toEqual([
      { text: 'Quarry Labs built Q-9.', entities: ['quarry-labs', 'q-9'] },
      { text: 'Quarry Labs says Q-9 is cheap.', entities: ['quarry-labs', 'q-9'] },
    ]);
  });
});
