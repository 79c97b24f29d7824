import type { PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { articleReader } from '../../scripts/citations/corpus.ts';
import { SOURCE_NAME } from '../../scripts/citations/find.ts';
import { sourcePath } from '../../scripts/core/routes.ts';

/** The element authors write to name a source in prose: `<SourceName source="<slug>" />`. */
export { SOURCE_NAME };

/** What is known about a source for naming it: its headline and, when the metadata gives one, its publisher. */
export interface NamedSource {
  /** Headline of the article. */
  title: string;
  /** Outlet, from frontmatter or a sidecar (`publisher:`); absent for scraped text without one. */
  publisher?: string;
}

/** Finds a source by slug; undefined when there is none. */
export type SourceNameLookup = (slug: string) => NamedSource | undefined;

/** Headlines longer than this many words (after the colon rule) are cut. */
export const MAX_TITLE_WORDS = 7;
/** How many words a cut headline keeps, followed by "…". */
export const CUT_TITLE_WORDS = 5;

/**
 * The short name of a source, as prose shows it: the publisher where known; otherwise the headline
 * up to its first colon, and a headline still longer than {@link MAX_TITLE_WORDS} words is cut to its
 * first {@link CUT_TITLE_WORDS} words and "…". A trailing ellipsis of a scraped, truncated headline is dropped
 * before counting.
 */
export function shortSourceName(source: NamedSource): string {
  if (source.publisher?.trim()) return source.publisher.trim();
  const headline = source.title.replace(/\s*(…|\.\.\.)\s*$/u, '').trim();
  const beforeColon = headline.split(/:\s/u)[0]!.trim() || headline;
  const words = beforeColon.split(/\s+/u);
  return words.length > MAX_TITLE_WORDS ? `${words.slice(0, CUT_TITLE_WORDS).join(' ')}…` : beforeColon;
}

/** The short name of each article under the project `root`, as `<SourceName>` renders it. */
export function shortNamesFromArticles(root: string): (slug: string) => string | undefined {
  const lookup = sourceNamesFromArticles(root);
  return (slug) => {
    const source = lookup(slug);
    return source && shortSourceName(source);
  };
}

/** Title and publisher of every article under the project `root` (read by scripts/citations/corpus.ts). */
export const sourceNamesFromArticles = (root: string): SourceNameLookup =>
  articleReader(root, ({ title, publisher }) => ({ title, ...(publisher ? { publisher } : {}) }));

type Jsx = MdxJsxTextElement | MdxJsxFlowElement;

function attr(node: Jsx, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

/**
 * Turns `<SourceName source="<slug>" />` into the source's short name ({@link shortSourceName}), in
 * italics (a `<cite>` element) and linked to its source page, with the full headline as a tooltip.
 * Runs before remark-citations, so the name is part of the sentence a citation checks. An unknown or
 * missing source fails the build with `file:line:column`. Idempotent: no `<SourceName>` is left.
 */
export function remarkSourceNames(options: { lookup: SourceNameLookup; base?: string }) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    visit(tree, ['mdxJsxTextElement', 'mdxJsxFlowElement'], (node) => {
      const el = node as Jsx;
      if (el.name !== SOURCE_NAME) return;
      const slug = attr(el, 'source') ?? '';
      const found = options.lookup(slug);
      if (!found) {
        const at = `${file.path ?? '<page>'}:${el.position?.start.line ?? 0}:${el.position?.start.column ?? 0}`;
        problems.push(
          slug
            ? `${at}: <SourceName> names source "${slug}", but there is no content/articles/${slug}.* — use the article's file name without its ending`
            : `${at}: <SourceName> needs source="<slug>" (the article's file name without its ending)`,
        );
        return;
      }
      const name = shortSourceName(found);
      const link: PhrasingContent = {
        type: 'link',
        url: `${base}${sourcePath(slug).slice(1)}`,
        title: name === found.title ? null : found.title,
        children: [{ type: 'text', value: name }],
      };
      const replacement = {
        type: 'emphasis',
        children: [link],
        data: { hName: 'cite', hProperties: { className: ['source-name'] } },
      };
      // A <SourceName /> alone on a line is a flow element: wrap it as a paragraph of its own.
      if (el.type === 'mdxJsxFlowElement') Object.assign(el, { type: 'paragraph', children: [replacement], data: {} });
      else Object.assign(el, replacement);
      delete (el as { name?: unknown }).name;
      delete (el as { attributes?: unknown }).attributes;
    });
    if (problems.length) throw new Error(problems.join('\n'));
  };
}
