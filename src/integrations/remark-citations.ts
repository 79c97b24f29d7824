import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkCitations, type SourceLookup } from '../../scripts/citations/check.ts';
import { findCitations } from '../../scripts/citations/find.ts';
import { citedSentences } from '../lib/best-sentence.ts';
import { paragraphId, paragraphPath, sourcePath } from '../../scripts/core/routes.ts';

export interface CitationOptions {
  /** Finds a cited source's title and paragraphs. */
  lookup: SourceLookup;
  /** Site base path, e.g. `/` or `/ai-race-explainer/`. */
  base?: string;
  /** Heading of the reference list appended to pages that cite sources. */
  heading?: string;
}

/** Id of the `k`-th (1-based) citation of paragraph `p` of `source` on a page: "Cited by" links to it. */
export const citationId = (source: string, p: number, k = 1) => `cite-${source}-p${p}${k > 1 ? `-${k}` : ''}`;

/** Id of the reference list heading; also used by tests and the link checker. */
export const REFERENCES_ID = 'sources-cited';

/**
 * Turns `<Cite source="<slug>" p="5" />` into numbered links to `/sources/<slug>/#p5` and appends a
 * "Sources cited" list, Wikipedia-style. Before that, every citation is checked (source exists,
 * paragraph exists, figures in the citing sentence appear in the cited paragraphs); any problem fails
 * the build with `file:line:column: message`. Idempotent: a second run finds no `<Cite>` left.
 */
export function remarkCitations(options: CitationOptions) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return (tree: Root, file: VFile) => {
    const uses = findCitations(tree);
    if (uses.length === 0) return;
    const problems = checkCitations(uses, options.lookup);
    if (problems.length) {
      throw new Error(problems.map((p) => `${file.path ?? '<page>'}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    }
    const numbers = new Map<string, number>();
    const seen = new Map<string, number>();
    let previewCount = 0;
    // Previews live outside the text (hidden; named by aria-describedby, shown by src/scripts/previews.ts).
    const previews: PhrasingContent[] = [];
    const refs: { n: number; source: string; p: number }[] = [];
    for (const use of uses) {
      const links: PhrasingContent[] = use.paragraphs.map((p) => {
        const key = `${use.source}#p${p}`;
        let n = numbers.get(key);
        if (n === undefined) {
          n = numbers.size + 1;
          numbers.set(key, n);
          refs.push({ n, source: use.source, p });
        }
        const cited = options.lookup(use.source)!;
        const previewId = `cite-preview-${++previewCount}`;
        // The sentence(s) of the paragraph that best match the citing sentence: shown in the preview,
        // and the link lands on (and highlights) the first of them.
        const best = citedSentences(use.sentence, paragraphId(p), cited.paragraphs.get(p) ?? '');
        // An id per citation of a paragraph, so "Cited by" on the source page can link to it.
        const k = (seen.get(key) ?? 0) + 1;
        seen.set(key, k);
        const link: PhrasingContent = {
          type: 'link',
          url: `${base}${sourcePath(use.source).slice(1)}#${best.anchor}`,
          data: {
            hProperties: { className: ['cite-link'], id: citationId(use.source, p, k), 'data-cite': key, ariaDescribedBy: [previewId] },
          },
          children: [{ type: 'text', value: `[${n}]` }],
        };
        previews.push({
          type: 'emphasis',
          data: { hName: 'span', hProperties: { className: ['preview'], role: 'tooltip', id: previewId } },
          children: [
            { type: 'strong', children: [{ type: 'text', value: `${cited.title}, ¶${p}` }] },
            { type: 'text', value: ` “${best.text}”` },
          ],
        });
        return link;
      });
      // Replace the JSX node in place with a <sup> holding the links.
      Object.assign(use.node, {
        type: use.node.type === 'mdxJsxFlowElement' ? 'paragraph' : 'emphasis',
        children: links,
        data: { hName: 'sup', hProperties: { className: ['cite'] } },
      });
      delete (use.node as { name?: unknown }).name;
      delete (use.node as { attributes?: unknown }).attributes;
    }
    const heading: Heading = {
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: options.heading ?? 'Sources cited' }],
      data: { hProperties: { id: REFERENCES_ID } },
    };
    const list: List = {
      type: 'list',
      ordered: true,
      spread: false,
      data: { hProperties: { className: ['references'] } },
      children: refs.map(
        (r): ListItem => ({
          type: 'listItem',
          spread: false,
          children: [
            {
              type: 'paragraph',
              children: [
                {
                  type: 'link',
                  url: `${base}${paragraphPath(r.source, r.p).slice(1)}`,
                  children: [{ type: 'text', value: options.lookup(r.source)!.title }],
                },
                { type: 'text', value: `, paragraph ${r.p}` },
              ],
            },
          ],
        }),
      ),
    };
    const hidden: Paragraph = {
      type: 'paragraph',
      data: { hName: 'div', hProperties: { className: ['previews'], hidden: true, dataPagefindIgnore: '' } },
      children: previews,
    };
    tree.children.push(hidden, heading, list);
  };
}
