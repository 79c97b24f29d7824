import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../tests/helpers/golden.ts';
import { rehypeSearchIgnore } from './rehype-search-ignore.ts';

const fixtures = join(import.meta.dirname, '__fixtures__/rehype-search-ignore');
const input = () => fromHtml(readFileSync(join(fixtures, 'basic/input.html'), 'utf8'), { fragment: true });

describe('rehypeSearchIgnore', () => {
  it('marks a diagram’s source text and table header rows as not indexed, and nothing else (golden)', () => {
    const tree = input();
    rehypeSearchIgnore()(tree);
    const html = toHtml(tree);
    expectGolden(join(fixtures, 'basic/output.html'), html);
    expect(html).toContain('<div data-pagefind-ignore=""><pre><code class="language-mermaid">');
    expect(html).toContain('<thead data-pagefind-ignore="">');
    expect(html).toContain('<pre data-language="ts"><code>');
    expect(html).toContain('<details><summary>Notes');
    expect(html).toContain('<summary data-pagefind-ignore="">Diagram source (text)</summary>');
    expect(html.match(/data-pagefind-ignore/g)).toHaveLength(3);
  });

  it('is idempotent', () => {
    const tree = input();
    rehypeSearchIgnore()(tree);
    const once = JSON.stringify(tree);
    rehypeSearchIgnore()(tree);
    expect(JSON.stringify(tree)).toBe(once);
  });
});
