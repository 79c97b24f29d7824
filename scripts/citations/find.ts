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
  /**
   * Quotations (text between double quotation marks, straight or curly) in that sentence, without
   * the marks. A quotation that began in an earlier sentence of the block is included whole.
   */
  quotations: string[];
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

/** Offsets of the first non-blank character of each sentence of `text` (segmented once: linear). */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const s of sentences.segment(text)) {
    const lead = s.segment.search(/\S/);
    if (lead >= 0) starts.push(s.index + lead);
  }
  return starts;
}

/** A quotation in a block's text: offsets of its opening and closing marks. */
interface QuoteSpan {
  open: number;
  close: number;
}

/**
 * Every double-quoted span in `text`, left to right: “…” pairs, and straight `"` marks paired in
 * order. A mark without a partner (an inch sign, a quotation left open) starts no quotation.
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let curly = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u201C') curly = i;
    else if (c === '\u201D' && curly >= 0) {
      spans.push({ open: curly, close: i });
      curly = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push({ open: straight, close: i });
        straight = -1;
      }
    }
  }
  return spans.sort((a, b) => a.open - b.open);
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
    let previous = -1;
    // One pass over the block: sentence starts and quotations are found once, and the citations
    // (in text order) walk them with pointers, so a block with n citations costs O(length + n).
    const starts = sentenceStarts(group.text);
    const spans = quoteSpans(group.text);
    let si = 0;
    let qi = 0;
    for (const { node: cite, offset } of group.cites) {
      const p = attr(cite, 'p');
      // The sentence a citation closes: the last non-blank sentence starting before it.
      while (si + 1 < starts.length && starts[si + 1]! < offset) si++;
      const start = Math.min(starts[si] ?? 0, offset);
      const sentence = group.text.slice(start, offset).trim();
      // Quotations closed before the citation and after the sentence began (even if opened earlier).
      while (qi < spans.length && spans[qi]!.close < start) qi++;
      const quotations: string[] = [];
      for (let j = qi; j < spans.length && spans[j]!.open < offset; j++) {
        if (spans[j]!.close < offset) quotations.push(group.text.slice(spans[j]!.open + 1, spans[j]!.close));
      }
      // Citations with only white space between them close the same sentence (identical sentences
      // elsewhere do not). The gaps between citations add up to the block: still linear.
      if (previous < 0 || group.text.slice(previous, offset).trim() !== '') sentenceId++;
      previous = offset;
      uses.push({
        source: attr(cite, 'source') ?? '',
        paragraphs: parseParagraphs(p),
        p,
        sentence,
        quotations,
        sentenceId,
        line: cite.position?.start.line ?? 0,
        column: cite.position?.start.column ?? 0,
        node: cite,
      });
    }
  });
  return uses.sort((a, b) => a.line - b.line || a.column - b.column);
}
