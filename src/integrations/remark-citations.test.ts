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
import { expectGolden } from '../../tests/helpers/golden.ts';
import { remarkCitations } from './remark-citations.ts';

const lookup = lookupFromArticles([
  {
    slug: 'costs',
    title: 'Costs & <Prices>',
    body: [
      { type: 'paragraph', id: 'p1', n: 1, line: 1, links: [], text: 'V3 was reportedly trained using a mere $5.6 million worth of computing power.' },
      { type: 'paragraph', id: 'p2', n: 2, line: 3, links: [], text: 'Companies cut prices by as much as 90% throughout 2024.' },
    ],
  },
]);
const processor = () => unified().use(remarkParse).use(remarkMdx).use(remarkCitations, { lookup, base: '/' }).use(remarkRehype).use(rehypeStringify);
const fixtures = join(import.meta.dirname, '__fixtures__/remark-citations');

describe('remarkCitations', () => {
  it('turns citations into numbered links with previews and a reference list (golden)', async () => {
    const input = readFileSync(join(fixtures, 'basic/input.mdx'), 'utf8');
    const html = String(await processor().process(new VFile({ path: 'basic.mdx', value: input })));
    expectGolden(join(fixtures, 'basic/output.html'), html);
    // Links land on the cited sentence (`#p1-s1`); the reference list names the paragraph (`#p1`).
    expect(html).toContain('href="/sources/costs/#p1-s1"');
    expect(html).toContain('href="/sources/costs/#p1"');
    // Previews sit outside the text, in one hidden block that each link names as its description.
    expect(html).toMatch(/<div class="previews" hidden data-pagefind-ignore=""><span class="preview" role="tooltip" id="cite-preview-1">/);
    expect(html).not.toMatch(/<p>[^]*class="preview"[^]*<\/p>/);
    // Each citation of a paragraph has its own id, for "Cited by" links.
    expect(html).toContain('id="cite-costs-p1"');
    expect(html).toContain('id="cite-costs-p1-2"');
    expect(html.match(/class="cite-link"/g)).toHaveLength(4);
    // Numbers are per cited paragraph: p1 is [1] every time, p2 is [2].
    expect([...html.matchAll(/>\[(\d)\]</g)].map((m) => m[1])).toEqual(['1', '2', '1', '1']);
    expect(html).toContain('id="sources-cited"');
    expect(html).toContain('Costs &#x26; &#x3C;Prices>');
  });

  it('fails with file:line:column on a bad citation', async () => {
    await expect(processor().process(new VFile({ path: 'page.mdx', value: 'Claim<Cite source="no-such-article" p="1" />.' }))).rejects.toThrow(
      /^page\.mdx:1:6: citation names source "no-such-article"/,
    );
    await expect(processor().process(new VFile({ path: 'page.mdx', value: 'Text.\n\nClaim<Cite source="costs" p="7" />.' }))).rejects.toThrow(
      /^page\.mdx:3:6: citation of "costs" names paragraph p7/,
    );
    await expect(processor().process(new VFile({ path: 'page.mdx', value: 'It cost $9 million<Cite source="costs" p="1" />.' }))).rejects.toThrow(
      /^page\.mdx:1:19: figure "\$9 million"/,
    );
  });

  it('is idempotent: a second run changes nothing', async () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse('A claim<Cite source="costs" p="1" />.');
    const transform = remarkCitations({ lookup });
    const file = new VFile({ path: 'x.mdx' });
    transform(tree, file);
    const once = JSON.stringify(tree);
    transform(tree, file);
    expect(JSON.stringify(tree)).toBe(once);
  });
});
