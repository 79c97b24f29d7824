import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ElementContent } from 'hast';
import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { compileGazetteer, findMentions, type Matcher, sentencesOf } from '../../scripts/core/match.ts';
import { type Entity, validateGazetteer } from '../../scripts/core/entity.ts';
import { paths } from '../../site.config.ts';
import { SOURCE_NAME } from '../../scripts/citations/find.ts';
import { entityPath } from '../../scripts/core/routes.ts';

/** The gazetteer as the plugin needs it: entries by slug and the compiled matcher (link.ts). */
export interface Gazetteer {
  entities: ReadonlyMap<string, Entity>;
  matcher: Matcher;
}

export interface EntityLinkOptions {
  /** Returns the current gazetteer (called once per page, so the dev server sees edits). */
  gazetteer: () => Gazetteer;
  /** The short name a `<SourceName source="…" />` renders as (src/integrations/remark-source-names.ts). */
  sourceName?: SourceNameOf;
  /** Site base path, e.g. `/` or `/ai-race-explainer/`. */
  base?: string;
}

/** The name a `<SourceName>` element shows for a source slug, if the source exists. */
export type SourceNameOf = (slug: string) => string | undefined;

/**
 * A block's text as a reader sees it: `<SourceName>` elements (still JSX when this plugin runs) as the
 * name they render, so entity pages quote whole sentences; other JSX and expressions contribute their
 * text children only.
 */
function readerText(node: Nodes, sourceName: SourceNameOf | undefined): string {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === SOURCE_NAME) {
    const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'source');
    const slug = typeof attr?.value === 'string' ? attr.value : '';
    return sourceName?.(slug) ?? '';
  }
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((c) => readerText(c as Nodes, sourceName)).join('') : '';
}

/** A gazetteer compiled once from a list of entities. */
export function gazetteerOf(list: readonly Entity[]): Gazetteer {
  return { entities: new Map(list.map((e) => [e.slug, e])), matcher: compileGazetteer(list) };
}

/**
 * The gazetteer of the project at `root` (content/entities.yaml, validated as the `entities`
 * collection validates it), recompiled only when the file changes. An invalid edit keeps the last
 * valid gazetteer (the content loader reports the error); with none, the error is thrown.
 */
export function gazetteerFromFile(root: string): () => Gazetteer {
  const path = resolve(root, paths.entities);
  let cached: { stamp: string; value: Gazetteer } | undefined;
  return () => {
    const stat = statSync(path, { throwIfNoEntry: false });
    const stamp = stat ? `${stat.mtimeMs}:${stat.size}` : 'none';
    if (cached?.stamp === stamp) return cached.value;
    try {
      cached = { stamp, value: gazetteerOf(stat ? validateGazetteer(readFileSync(path, 'utf8'), paths.entities) : []) };
    } catch (e) {
      if (!cached) throw e;
    }
    return cached.value;
  };
}

/** Node types whose text is never linked: code, headings, links, raw HTML, JSX and expressions. */
const NO_LINKS = new Set([
  'heading',
  'code',
  'inlineCode',
  'link',
  'linkReference',
  'definition',
  'image',
  'imageReference',
  'html',
  'yaml',
  'toml',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);

/** Blocks that get an id when they name an entity, so entity pages can link to the sentence. */
const ANCHORED = new Set(['paragraph', 'tableCell']);

/** A prose block of a topic page that names gazetteer entities, with its anchor id. */
export interface MentionBlock {
  node: Parents;
  /**
   * The node that carries the id: the block itself, or for the first such paragraph of a list item
   * the item (a tight list renders no <p> for its paragraphs, so the id would be lost on them).
   */
  target: Parents;
  /** `m-` and 8 hex digits of the SHA-1 of the block's letters and digits; `-2`, `-3` for repeats on a page. */
  id: string;
  /** The sentences of the block that name entities, with the entities each names. */
  sentences: { text: string; entities: string[] }[];
}

/**
 * The sentences of a text that name entities, with the entities each names. A sentence break inside a
 * name ("founder of 01.AI" splits after "01.") is no break: the two parts are read as one sentence.
 */
function sentencesWithMentions(text: string, matcher: Matcher): MentionBlock['sentences'] {
  const mentions = findMentions(text, matcher);
  const result: MentionBlock['sentences'] = [];
  let mi = 0;
  let start = -1;
  for (const s of sentencesOf(text)) {
    if (start < 0) start = s.start;
    // Walk past mentions that end inside this segment; one that crosses its end joins the next segment.
    while (mi < mentions.length && mentions[mi]!.end <= s.end) mi++;
    if (mi < mentions.length && mentions[mi]!.start < s.end) continue;
    const sentence = text.slice(start, s.end).trim();
    start = -1;
    const named = [...new Set(findMentions(sentence, matcher).map((m) => m.entity))];
    if (named.length) result.push({ text: sentence, entities: named });
  }
  return result;
}

/**
 * Every paragraph and table cell of a page that names an entity, in document order, with a stable
 * id derived from its text (so the entity pages, which parse the MDX themselves, compute the same id
 * the page carries, and an edit elsewhere on the page does not move it). Run on the tree as parsed:
 * before remark-citations, whose citation markers would change the text.
 */
export function mentionBlocks(tree: Root, matcher: Matcher, sourceName?: SourceNameOf): MentionBlock[] {
  const blocks: MentionBlock[] = [];
  const seen = new Map<string, number>();
  const items = new Set<Parents>();
  const walk = (node: Nodes, parent?: Parents) => {
    if (ANCHORED.has(node.type)) {
      // The id comes from the text as written (stable when a source's name changes); the sentences
      // from the text as read, with source names in place.
      const text = toString(node);
      const sentences = sentencesWithMentions(readerText(node, sourceName), matcher);
      if (sentences.length) {
        // Letters and digits only: Astro's smart punctuation (curly quotes, dashes, ellipses) runs
        // before this plugin but not where entity pages parse the page, and must not change the id.
        const hash = `m-${createHash('sha1').update(text.replace(/[^\p{L}\p{N}]+/gu, '')).digest('hex').slice(0, 8)}`;
        const n = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, n);
        const onItem = parent?.type === 'listItem' && !items.has(parent);
        if (onItem) items.add(parent);
        blocks.push({ node: node as Parents, target: onItem ? parent : (node as Parents), id: n === 1 ? hash : `${hash}-${n}`, sentences });
      }
      return;
    }
    if ('children' in node) for (const c of node.children) walk(c as Nodes, node);
  };
  walk(tree);
  return blocks;
}

/** The content of an entity's hover/focus card: the same markup as on source pages (Paragraph.astro). */
function card(e: Entity): ElementContent[] {
  return [
    { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: e.name }] },
    { type: 'text', value: ' ' },
    { type: 'element', tagName: 'span', properties: { className: ['preview-type'] }, children: [{ type: 'text', value: `(${e.type})` }] },
    { type: 'text', value: `: ${e.description}` },
  ];
}

/** True for a node another plugin (or an earlier run of this one) rendered: it carries its own element. */
const generated = (node: Nodes) => Boolean((node.data as { hName?: string } | undefined)?.hName);

/** Entity slugs already linked inside a subtree (by an earlier run): they count as first mentions. */
function linkedIn(node: Nodes, out: Set<string>) {
  const entity = (node.data as { hProperties?: { dataEntity?: unknown } } | undefined)?.hProperties?.dataEntity;
  if (typeof entity === 'string') out.add(entity);
  if ('children' in node) for (const c of node.children) linkedIn(c as Nodes, out);
}

/**
 * Links the first mention of each gazetteer entity per section (h2) of a page to its entity page,
 * with the same hover card as on source pages, and gives each paragraph or table cell that names an
 * entity an id (see {@link mentionBlocks}) that entity pages link to. Never links inside headings,
 * code, links, raw HTML, MDX expressions or JSX elements (`<Cite>`, `<Aside>`, …), nor inside nodes
 * other plugins rendered (diagrams). Idempotent: links from an earlier run count as mentions and are
 * left as they are. Matching is the ingest's (scripts/ingest/link.ts), so pages and sources agree.
 */
export function remarkEntityLinks(options: EntityLinkOptions) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return (tree: Root) => {
    const { entities, matcher } = options.gazetteer();
    if (entities.size === 0) return;
    for (const b of mentionBlocks(tree, matcher, options.sourceName)) {
      const data = (b.target.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id: b.id };
    }
    let section = 0;
    let linked = new Set<string>();
    const cards: PhrasingContent[] = [];
    const link = (text: Text, parent: Parents, index: number): number => {
      const found = findMentions(text.value, matcher).filter((m) => {
        if (linked.has(m.entity) || !entities.has(m.entity)) return false;
        linked.add(m.entity);
        return true;
      });
      if (found.length === 0) return 1;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const m of found) {
        if (m.start > at) parts.push({ type: 'text', value: text.value.slice(at, m.start) });
        const e = entities.get(m.entity)!;
        const id = `entity-${section}-${e.slug}`;
        parts.push({
          type: 'link',
          url: `${base}${entityPath(e.slug).slice(1)}`,
          data: { hProperties: { className: ['entity-link'], ariaDescribedBy: [id], dataEntity: e.slug } },
          children: [{ type: 'text', value: text.value.slice(m.start, m.end) }],
        });
        // The card lives outside the text, in a hidden block the link names (as on source pages:
        // shown by src/scripts/previews.ts); it exists only in the HTML (hChildren), so citation
        // sentences and search text are unchanged.
        cards.push({
          type: 'emphasis',
          data: { hName: 'span', hProperties: { className: ['preview'], role: 'tooltip', id }, hChildren: card(e) },
          children: [],
        });
        at = m.end;
      }
      if (at < text.value.length) parts.push({ type: 'text', value: text.value.slice(at) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
      return parts.length;
    };
    const walk = (node: Nodes, parent?: Parents) => {
      if (parent === tree && node.type === 'heading' && node.depth === 2) {
        section++;
        linked = new Set();
      }
      if (generated(node) || node.type === 'link') {
        linkedIn(node, linked);
        return;
      }
      if (NO_LINKS.has(node.type)) return;
      if (!('children' in node)) return;
      for (let i = 0; i < node.children.length; ) {
        const child = node.children[i] as Nodes;
        if (child.type === 'text') i += link(child, node, i);
        else {
          walk(child, node);
          i++;
        }
      }
    };
    walk(tree);
    if (cards.length) {
      tree.children.push({
        type: 'paragraph',
        data: { hName: 'div', hProperties: { className: ['previews'], hidden: true, dataPagefindIgnore: '' } },
        children: cards,
      });
    }
  };
}
