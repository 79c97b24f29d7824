import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkBaseLinks } from './remark-base-links.ts';

const run = (md: string, base: string) => String(unified().use(remarkParse).use(remarkBaseLinks, { base }).use(remarkStringify).processSync(md)).trim();

describe('remarkBaseLinks', () => {
  it('prefixes root-relative links and definitions with the base', () => {
    expect(run('[a](/sources/) and [b][r]\n\n[r]: /topics/capital/', '/ai-race')).toBe('[a](/ai-race/sources/) and [b][r]\n\n[r]: /ai-race/topics/capital/');
  });
  it('leaves external, protocol-relative, anchor and relative links alone, and is idempotent', () => {
    const md = '[x](https://example.org/) [y](//cdn.example/) [z](#p1) [w](../capital/) [v](/ai-race/sources/)';
    expect(run(md, '/ai-race/')).toBe(md);
  });
  it('does nothing at the root base', () => {
    expect(run('[a](/sources/)', '/')).toBe('[a](/sources/)');
  });
});
