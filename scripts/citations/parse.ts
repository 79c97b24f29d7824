import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type CitationUse, findCitations } from './find.ts';

// GFM as in Astro's pipeline, so tables are tables (each cell its own block) here too.
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);

/** Parses an MDX page (with or without frontmatter) into an mdast tree; positions match the file. */
export function parseMdx(text: string): Root {
  return parser.parse(text);
}

/** The citations in an MDX page's source text. Throws on MDX syntax errors (with line and column). */
export function citationsInMdx(text: string): CitationUse[] {
  return findCitations(parseMdx(text));
}
