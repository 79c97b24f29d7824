import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type CitationUse, findCitations } from './find.ts';

// GFM as in Astro's pipeline, so tables are tables (each cell its own block) here too.
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);

/** Parses a plain Markdown page (`.md`, with or without frontmatter) into an mdast tree. */
export function parseMarkdown(text: string): Root {
  return markdownParser.parse(text);
}

/** Parses an MDX page (with or without frontmatter) into an mdast tree; positions match the file. */
export function parseMdx(text: string): Root {
  return parser.parse(text);
}

/** Parses a hand-written page by its file name: plain Markdown for `.md` (as Astro builds it), else MDX. */
export function parsePage(text: string, file: string): Root {
  return file.endsWith('.md') ? parseMarkdown(text) : parseMdx(text);
}

/** The citations in an MDX page's source text. Throws on MDX syntax errors (with line and column). */
export function citationsInMdx(text: string): CitationUse[] {
  return findCitations(parseMdx(text));
}
