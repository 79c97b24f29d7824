import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { lookupFromArticles } from '../../scripts/citations/corpus.ts';
import { parseMdx } from '../../scripts/citations/parse.ts';
import { expectGolden } from '../../tests/helpers/golden.ts';
import { remarkCitations } from './remark-citations.ts';
import { readClaims, remarkClaims } from './remark-claims.ts';

const lookup = lookupFromArticles([
  {
    slug: 'costs',
    title: 'Costs',
    body: [
      'V3 was trained using $5.6 million worth of computing power.',
      'DeepSeek matched GPT-4 with a cost of merely $6 million.',
      'Companies cut prices by as much as 90% throughout 2024, among other difficulties.',
    ].map((text, i) => ({ type: 'paragraph' as const, id: `p${i + 1}`, n: i + 1, line: i + 1, links: [], text })),
  },
]);
const processor = () => unified().use(remarkParse).use(remarkMdx).use(remarkClaims, { base: '/' }).use(remarkCitations, { lookup, base: '/' }).use(remarkRehype).use(rehypeStringify);
const input = readFileSync(join(import.meta.dirname, '__fixtures__/remark-claims/basic/input.mdx'), 'utf8');
const render = (value: string) => processor().process(new VFile({ path: 'page.mdx', value }));

describe('remarkClaims', () => {
  it('renders each claim as a box: the question once, each side with its label and citations (golden)', async () => {
    const html = String(await render(input));
    expectGolden(join(import.meta.dirname, '__fixtures__/remark-claims/basic/output.html'), html);
    expect(html.match(/<aside class="claim claim-(rounding|conflict)"/g)).toEqual(['<aside class="claim claim-rounding"', '<aside class="claim claim-conflict"']);
    expect(html).toContain('Same figure, rounded differently: </span><strong>How much did training cost?</strong>');
    expect(html.match(/<section class="claim-side">/g)).toHaveLength(4);
    // Citations inside sides are numbered links like any other.
    expect(html).toContain('href="/sources/costs/#p2"');
    expect(html).toContain('href="/claims/#price-war"');
    expect(html).not.toMatch(/<(Claim|Side)\b/);
  });

  it('reads the claims of a page for the Claims page', () => {
    const { claims, problems } = readClaims(parseMdx(input));
    expect(problems).toEqual([]);
    expect(claims.map((c) => [c.id, c.kind, c.sides.map((s) => [s.label, s.citations])])).toEqual([
      ['training-cost', 'rounding', [['$5.6 million', [{ source: 'costs', paragraphs: [1] }]], ['$6 million', [{ source: 'costs', paragraphs: [2] }]]]],
      ['price-war', 'conflict', [['Adaptability', [{ source: 'costs', paragraphs: [3] }]], ['Difficulty', [{ source: 'costs', paragraphs: [3] }]]]],
    ]);
  });

  it.each([
    ['a claim as the first block', input.replace(/^# Costs\n\nThe story comes first<Cite source="costs" p="1" \/>\.\n\n/, ''), /page\.mdx:1:1: a <Claim> cannot be the first block/],
    ['a side without a citation', input.replace('It cost merely $6 million<Cite source="costs" p="2" />.', 'It cost merely $6 million.'), /page\.mdx:9:1: <Side label="\$6 million"> has no <Cite>/],
    ['a single side', '# T\n\nText.\n\n<Claim id="x" question="Q?">\n<Side label="A">\nA<Cite source="costs" p="1" />.\n</Side>\n</Claim>', /page\.mdx:5:1: <Claim id="x"> needs at least two cited <Side>s/],
    ['a bad id', input.replace('id="price-war"', 'id="Price War"'), /page\.mdx:14:1: <Claim> id: id must be lower-case/],
    ['an unknown kind', input.replace('kind="rounding"', 'kind="maybe"'), /page\.mdx:5:1: <Claim> kind:/],
    ['a duplicate id', input.replace('id="price-war"', 'id="training-cost"'), /used twice/],
    ['loose text in a claim', input.replace('<Side label="Difficulty">', 'Loose.\n\n<Side label="Difficulty">'), /a <Claim> holds only <Side/],
  ])('fails the build on %s, naming file, line and column', async (_, value, message) => {
    await expect(render(value)).rejects.toThrow(message);
  });

  it('is idempotent', () => {
    const tree = parseMdx(input);
    const run = remarkClaims();
    run(tree, new VFile());
    const once = JSON.stringify(tree);
    run(tree, new VFile());
    expect(JSON.stringify(tree)).toBe(once);
  });
});
