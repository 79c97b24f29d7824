import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** Blocks whose text counts as prose; code (diagrams), frontmatter and imports do not. */
const PROSE = new Set(['paragraph', 'heading', 'tableCell']);
const NOT_PROSE = new Set(['code', 'yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression']);

/**
 * Words of prose on an MDX page: the text of its paragraphs, headings, list items and table cells,
 * not counting diagrams, frontmatter or imports. A "word" is a run without white space that holds a
 * letter or digit, so "—" and "¶" do not count.
 */
export function proseWords(tree: Root): number {
  let words = 0;
  visit(tree, (node: Nodes) => {
    if (NOT_PROSE.has(node.type)) return SKIP;
    if (!PROSE.has(node.type)) return undefined;
    words += toString(node).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    return SKIP;
  });
  return words;
}
