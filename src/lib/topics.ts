import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { getCollection } from 'astro:content';
import { parseMdx } from '../../scripts/citations/parse.ts';
import { compileGazetteer, findMentions, sentencesOf } from '../../scripts/core/match.ts';
import { pagePath } from '../../scripts/core/routes.ts';
import { isTopic } from '../../scripts/core/topics.ts';
import { buildOnce } from './build-once.ts';
import { getEntities } from './knowledge.ts';

/** A hand-written page (home or topic) with its parsed MDX. */
export interface ParsedPage {
  id: string;
  /** URL path without base, e.g. `/topics/capital/`. */
  path: `/${string}`;
  title: string;
  tree: Root;
}

/** Every page of the docs collection, parsed once per build, in id order. */
export const getParsedPages: () => Promise<ParsedPage[]> = buildOnce(async () =>
    (await getCollection('docs'))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((doc) => ({
        id: doc.id,
        path: pagePath(doc.id),
        title: doc.data.title,
        tree: parseMdx(doc.body ?? ''),
      })));

/** A topic page that names an entity: how often, and the first sentence that does. */
export interface TopicMention {
  path: `/${string}`;
  title: string;
  count: number;
  sentence: string;
}

/** entity slug → topic pages naming it, from the prose of each page (not code, not diagrams). */
export const getTopicMentions: () => Promise<Map<string, TopicMention[]>> = buildOnce(async () => {
    const matcher = compileGazetteer(await getEntities());
    const result = new Map<string, TopicMention[]>();
    for (const page of await getParsedPages()) {
      if (!isTopic(page.id)) continue;
      const found = new Map<string, TopicMention>();
      visit(page.tree, ['paragraph', 'heading', 'tableCell'], (node) => {
        const text = toString(node);
        for (const s of sentencesOf(text)) {
          for (const m of findMentions(s.text, matcher)) {
            const row = found.get(m.entity) ?? { path: page.path, title: page.title, count: 0, sentence: s.text };
            row.count++;
            found.set(m.entity, row);
          }
        }
      });
      for (const [entity, row] of found) result.set(entity, [...(result.get(entity) ?? []), row]);
    }
    return result;
});
