import type { BlockContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { findCitations } from '../../scripts/citations/find.ts';
import { claimsPath } from '../../scripts/core/routes.ts';

/** Element names authors write. */
export const CLAIM = 'Claim';
export const SIDE = 'Side';

/** Attributes of `<Claim>`. */
export const claimAttributes = z.object({
  /** Anchor, unique on the site: `#claim-<id>` on the page, `#<id>` on the Claims page. Lower-case words and hyphens. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case words joined by hyphens, e.g. "training-cost"'),
  /** The contested question, stated once, neutrally, e.g. "Was DeepSeek short of money?". */
  question: z.string().trim().min(1, 'question must not be empty'),
  /**
   * `conflict` (default): the sources give incompatible answers. `rounding`: they give the same
   * figure at different precision ($6 million vs $5.6 million), shown as such, not as a conflict.
   */
  kind: z.enum(['conflict', 'rounding']).default('conflict'),
});

/** Attributes of `<Side>`. */
export const sideAttributes = z.object({
  /** One short line summing up this side's answer; the side's own text, with citations, says the rest. */
  label: z.string().trim().min(1, 'label must not be empty'),
});

/** A cited paragraph set on one side of a claim. */
export interface ClaimCitation {
  source: string;
  paragraphs: number[];
}

/** A contested question as written on a page, for the Claims page. */
export interface ClaimRecord extends z.infer<typeof claimAttributes> {
  /** Line of the `<Claim>` in its file. */
  line: number;
  sides: { label: string; citations: ClaimCitation[] }[];
}

const isJsx = (n: RootContent, name: string): n is MdxJsxFlowElement => n.type === 'mdxJsxFlowElement' && n.name === name;
const isBlank = (n: RootContent) => n.type === 'text' && !n.value.trim();

function attributes(node: MdxJsxFlowElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') out[(a as MdxJsxAttribute).name] = a.value;
  return out;
}

const at = (node: { position?: Position | undefined }) => `${node.position?.start.line ?? 0}:${node.position?.start.column ?? 0}`;

/**
 * Reads and checks every `<Claim>` of a page: attributes valid, ids unique, at least two `<Side>`s,
 * each with a label and at least one `<Cite>`, and no claim as the page's first block (a page opens
 * with its story, not a warning). Problems come back as `line:column: message`.
 */
export function readClaims(tree: Root): { claims: ClaimRecord[]; nodes: MdxJsxFlowElement[]; problems: string[] } {
  const claims: ClaimRecord[] = [];
  const nodes: MdxJsxFlowElement[] = [];
  const problems: string[] = [];
  const firstBlock = tree.children.find((n) => !['yaml', 'toml', 'mdxjsEsm'].includes(n.type));
  visit(tree, 'mdxJsxFlowElement', (node) => {
    if (node.name !== CLAIM) return;
    if (node === firstBlock) problems.push(`${at(node)}: a <Claim> cannot be the first block of a page — start with the story, then the disagreement`);
    const parsed = claimAttributes.safeParse(attributes(node));
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${at(node)}: <Claim> ${String(i.path[0] ?? '')}: ${i.message}`));
      return;
    }
    if (claims.some((c) => c.id === parsed.data.id)) problems.push(`${at(node)}: <Claim> id "${parsed.data.id}" is used twice on this page`);
    const sides: ClaimRecord['sides'] = [];
    for (const child of node.children as RootContent[]) {
      if (isBlank(child)) continue;
      if (!isJsx(child, SIDE)) {
        problems.push(`${at(child as { position?: Position })}: a <Claim> holds only <Side label="…"> elements; put this text inside one`);
        continue;
      }
      const side = sideAttributes.safeParse(attributes(child));
      const citations = findCitations({ type: 'root', children: child.children as RootContent[] }).map((u) => ({ source: u.source, paragraphs: u.paragraphs }));
      if (!side.success) problems.push(`${at(child)}: <Side> needs label="…", one short line summing up this side`);
      else if (citations.length === 0) problems.push(`${at(child)}: <Side label="${side.data.label}"> has no <Cite>: each side of a claim must cite its source`);
      else sides.push({ label: side.data.label, citations });
    }
    if (sides.length < 2) problems.push(`${at(node)}: <Claim id="${parsed.data.id}"> needs at least two cited <Side>s`);
    claims.push({ ...parsed.data, line: node.position?.start.line ?? 0, sides });
    nodes.push(node);
  });
  return { claims, nodes, problems };
}

/** Wording of each kind's box title. */
export const KIND_TITLE: Record<ClaimRecord['kind'], string> = {
  conflict: 'Sources disagree',
  rounding: 'Same figure, rounded differently',
};

/**
 * Turns each `<Claim>` into a box (`<aside class="claim">`) that states the question once, then
 * each side under its label with its own citations, and links to the site's Claims page. Runs
 * before remark-citations, which then numbers the citations inside. Invalid claims fail the build
 * with `file:line:column`. Idempotent: no `<Claim>` is left after a run.
 */
export function remarkClaims(options: { base?: string } = {}) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return (tree: Root, file: VFile) => {
    const { claims, nodes, problems } = readClaims(tree);
    if (problems.length) throw new Error(problems.map((p) => `${file.path ?? '<page>'}:${p}`).join('\n'));
    claims.forEach((claim, i) => {
      const node = nodes[i]!;
      const questionId = `claim-${claim.id}-question`;
      const sides = (node.children as RootContent[]).filter((c): c is MdxJsxFlowElement => isJsx(c, SIDE));
      const children: BlockContent[] = [
        {
          type: 'paragraph',
          data: { hProperties: { className: ['claim-question'], id: questionId } },
          children: [
            { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['claim-kind'] } }, children: [{ type: 'text', value: `${KIND_TITLE[claim.kind]}: ` }] },
            { type: 'strong', children: [{ type: 'text', value: claim.question }] },
          ],
        },
        ...sides.map(
          (side, j): BlockContent => ({
            type: 'blockquote',
            data: { hName: 'section', hProperties: { className: ['claim-side'] } },
            children: [
              { type: 'paragraph', data: { hProperties: { className: ['claim-side-label'] } }, children: [{ type: 'strong', children: [{ type: 'text', value: claim.sides[j]!.label }] }] },
              ...(side.children as BlockContent[]),
            ],
          }),
        ),
        {
          type: 'paragraph',
          data: { hProperties: { className: ['claim-more'] } },
          children: [{ type: 'link', url: `${base}${claimsPath(claim.id).slice(1)}`, children: [{ type: 'text', value: 'All contested questions' }] }],
        },
      ];
      Object.assign(node, {
        type: 'blockquote',
        children,
        data: { hName: 'aside', hProperties: { className: ['claim', `claim-${claim.kind}`], id: `claim-${claim.id}`, ariaLabelledBy: [questionId] } },
      });
      delete (node as { name?: unknown }).name;
      delete (node as { attributes?: unknown }).attributes;
    });
  };
}
