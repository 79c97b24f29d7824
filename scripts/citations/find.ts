import type { Nodes, Parents, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';

/** The component name authors write: `<Cite source="<slug>" p="5" />` or `p="5,6"`. */
export const CITE = 'Cite';

/** `<SourceName source="<slug>" />` (src/integrations/remark-source-names.ts), and the text it counts as before rendering. */
export const SOURCE_NAME = 'SourceName';
export const SOURCE_NAME_STAND_IN = 'Source';

/** One `<Cite>` in a page, with the sentence it supports. */
export interface CitationUse {
  /** Slug of the cited source page (its file name without the ending). */
  source: string;
  /** Cited paragraph numbers (`#p5` → 5). Empty when the attribute is missing or malformed. */
  paragraphs: number[];
  /** The raw `p` attribute, for error messages. */
  p: string | undefined;
  /** Plain text of the sentence the citation ends (figures in it are checked). */
  sentence: string;
  /** Citations with the same number close the same sentence; their paragraphs are pooled. */
  sentenceId: number;
  /** Position of the `<Cite>` in the file (1-based). */
  line: number;
  column: number;
  node: MdxJsxTextElement | MdxJsxFlowElement;
}

type Jsx = MdxJsxTextElement | MdxJsxFlowElement;
const isSourceName = (n: Nodes): n is Jsx => (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === SOURCE_NAME;
const isCite = (n: Nodes): n is Jsx => (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === CITE;

function attr(node: Jsx, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a || a.value == null) return undefined;
  return typeof a.value === 'string' ? a.value : a.value.value;
}

/** "5", "5,6", "{5}", "p5" → [5] / [5, 6]; anything else → []. */
export function parseParagraphs(p: string | undefined): number[] {
  if (!p) return [];
  const parts = p.split(',').map((s) => s.trim().replace(/^p/i, ''));
  return parts.every((s) => /^[1-9]\d*$/.test(s)) ? parts.map(Number) : [];
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The last sentence of `text` (the one a citation at its end supports). */
function lastSentence(text: string): string {
  let last = '';
  for (const s of sentences.segment(text)) if (s.segment.trim()) last = s.segment;
  return last.trim();
}

/** Plain text of a block's inline content, with the offset in that text at which each Cite stands. */
function flatten(block: Parents): { text: string; cites: { node: Jsx; offset: number }[] } {
  let text = '';
  const cites: { node: Jsx; offset: number }[] = [];
  const walk = (n: Nodes) => {
    if (isCite(n)) cites.push({ node: n, offset: text.length });
    // <SourceName /> renders as the source's name (a capitalised word or more): stand in for it, so sentences split as on the page.
    else if (isSourceName(n as Nodes)) text += SOURCE_NAME_STAND_IN;
    else if ('value' in n && typeof n.value === 'string' && n.type !== 'mdxFlowExpression' && n.type !== 'mdxTextExpression') text += n.value;
    else if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  for (const c of block.children) walk(c as Nodes);
  return { text, cites };
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Finds every `<Cite>` in an MDX tree, with the sentence it closes: the text of its paragraph
 * (or heading, or table cell) from the previous sentence end up to the citation. Adjacent
 * citations share one sentence.
 */
export function findCitations(tree: Root): CitationUse[] {
  const uses: CitationUse[] = [];
  const seen = new Set<Parents>();
  let sentenceId = 0;
  visitParents(tree, (node, ancestors) => {
    if (!isCite(node as Nodes)) return;
    const block = [...ancestors].reverse().find((a) => BLOCKS.has(a.type)) as Parents | undefined;
    if (block && seen.has(block)) return;
    const group = block ? flatten(block) : { text: '', cites: [{ node: node as Jsx, offset: 0 }] };
    if (block) seen.add(block);
    let previous: string | undefined;
    for (const { node: cite, offset } of group.cites) {
      const p = attr(cite, 'p');
      const sentence = lastSentence(group.text.slice(0, offset));
      if (sentence !== previous) sentenceId++;
      previous = sentence;
      uses.push({
        source: attr(cite, 'source') ?? '',
        paragraphs: parseParagraphs(p),
        p,
        sentence,
        sentenceId,
        line: cite.position?.start.line ?? 0,
        column: cite.position?.start.column ?? 0,
        node: cite,
      });
    }
  });
  return uses.sort((a, b) => a.line - b.line || a.column - b.column);
}
