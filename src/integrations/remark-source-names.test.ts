import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { type NamedSource, remarkSourceNames, shortSourceName, sourceNamesFromArticles } from './remark-source-names.ts';

const sources: Record<string, NamedSource & { text: string }> = {
  outlet: { title: 'V3 & <costs>', publisher: 'Example <News>', text: 'V3 was trained using $5.6 million worth of computing power.' },
  colon: { title: 'The Price War: How Chinese Developers Cut Prices', text: 'Companies cut prices by as much as 90% throughout 2024.' },
  long: { title: 'Chinese entrepreneur Kai-Fu Lee anticipates that only three AI models will endure the…', text: 'Lee anticipates three models.' },
};
const names = (slug: string) => sources[slug];
const lookup = lookupFromArticles(
  Object.entries(sources).map(([slug, s]) => ({
    slug,
    title: s.title,
    body: [{ type: 'paragraph' as const, id: 'p1', n: 1, line: 1, links: [], text: s.text }],
  })),
);
const processor = () =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkSourceNames, { lookup: names, base: '/site/' })
    .use(remarkCitations, { lookup, base: '/site/' })
    .use(remarkRehype)
    .use(rehypeStringify);
const fixtures = join(import.meta.dirname, '__fixtures__/remark-source-names');

describe('shortSourceName', () => {
  it.each([
    [{ title: 'Anything: at all', publisher: 'Example News' }, 'Example News'],
    [{ title: 'The David vs. Goliath AI Battle' }, 'The David vs. Goliath AI Battle'],
    [{ title: 'The Race for AI Supremacy: China’s Ascent in the Global Landscape' }, 'The Race for AI Supremacy'],
    [{ title: 'Chinese entrepreneur Kai-Fu Lee anticipates that only three AI models will endure the…' }, 'Chinese entrepreneur Kai-Fu Lee anticipates…'],
    [{ title: 'One two three four five six seven' }, 'One two three four five six seven'],
  ])('%o → %s', (source, expected) => expect(shortSourceName(source)).toBe(expected));
});

describe('remarkSourceNames', () => {
  it('renders each source as its italic, linked short name, escaped (golden)', async () => {
    const input = readFileSync(join(fixtures, 'basic/input.mdx'), 'utf8');
    const html = String(await processor().process(new VFile({ path: 'basic.mdx', value: input })));
    expectGolden(join(fixtures, 'basic/output.html'), html);
    expect(html).toContain('<cite class="source-name"><a href="/site/sources/outlet/" title="V3 &#x26; <costs>">Example &#x3C;News></a></cite> reports');
    expect(html).toContain('<a href="/site/sources/colon/" title="The Price War: How Chinese Developers Cut Prices">The Price War</a>');
    expect(html).not.toContain('SourceName');
  });

  it('fails with file:line:column on an unknown or missing source', async () => {
    await expect(processor().process(new VFile({ path: 'page.mdx', value: 'Text.\n\nSee <SourceName source="nope" />.' }))).rejects.toThrow(
      /page\.mdx:3:5: <SourceName> names source "nope"/,
    );
    await expect(processor().process(new VFile({ path: 'page.mdx', value: 'See <SourceName />.' }))).rejects.toThrow(/page\.mdx:1:5: <SourceName> needs source=/);
  });

  it('is idempotent', async () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse('<SourceName source="colon" /> says so.');
    const run = remarkSourceNames({ lookup: names });
    run(tree, new VFile());
    const once = JSON.stringify(tree);
    run(tree, new VFile());
    expect(JSON.stringify(tree)).toBe(once);
  });
});

describe('sourceNamesFromArticles', () => {
  it('reads title and publisher from the article files, follows edits, and knows no slug without exactly one readable file', () => {
    const root = mkdtempSync(join(tmpdir(), 'source-names-'));
    const dir = join(root, 'content/articles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'with-outlet.md'), '---\ntitle: "A: B"\npublisher: Example News\n---\n\nThe first paragraph.\n');
    writeFileSync(join(dir, 'bare.txt'), 'A headline: with a subtitle\n\nThe first paragraph of the text.\n');
    writeFileSync(join(dir, 'Twice.txt'), 'One of two files\n\nA paragraph.\n');
    writeFileSync(join(dir, 'twice.md'), 'The other one\n\nA paragraph.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    const lookup = sourceNamesFromArticles(root);
    expect(shortSourceName(lookup('with-outlet')!)).toBe('Example News');
    expect(shortSourceName(lookup('bare')!)).toBe('A headline');
    expect(lookup('twice')).toBeUndefined();
    expect(lookup('empty')).toBeUndefined();
    expect(lookup('missing')).toBeUndefined();
    expect(lookup('../articles/bare')).toBeUndefined();
    // A file added or edited after the first lookup is read as it is now (the dev server keeps running).
    writeFileSync(join(dir, 'late.txt'), 'Added later: yes\n\nA paragraph.\n');
    expect(shortSourceName(lookup('late')!)).toBe('Added later');
    writeFileSync(join(dir, 'bare.txt'), 'Another headline\n\nThe first paragraph of the text, longer now.\n');
    expect(lookup('bare')!.title).toBe('Another headline');
  });
});
