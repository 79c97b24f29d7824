import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { pageDocsSchema } from './docs-schema.ts';

// The two kinds of image helper Starlight's schema is built with: <StarlightPage>'s fixed check, and
// the content layer's path resolved from one entry's file (a string piped to a transform).
const pageContext = () => ({ image: () => z.custom((v) => typeof v === 'object' && v !== null && 'src' in v) });
const entryContext = (file: string) => ({ image: () => z.string().transform((path) => `${file}:${path}`) });

describe('the docs schema', () => {
  it('is built once for all <StarlightPage> calls, and validates their frontmatter as Starlight’s does', () => {
    const schema = pageDocsSchema();
    const first = schema(pageContext() as never);
    expect(schema(pageContext() as never)).toBe(first);
    expect(first.safeParse({ title: 'A headline', pagefind: false }).success).toBe(true);
    expect(first.safeParse({ description: 'no title' }).success).toBe(false);
  });

  it('is built again for each entry file of the content layer, whose images resolve from that file', () => {
    const schema = pageDocsSchema();
    const a = schema(entryContext('a.mdx') as never);
    expect(schema(entryContext('b.mdx') as never)).not.toBe(a);
    expect(schema(pageContext() as never)).not.toBe(a);
  });
});
