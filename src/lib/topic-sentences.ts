import { compileGazetteer } from '../../scripts/core/match.ts';
import { mentionBlocks } from '../integrations/remark-entity-links.ts';
import { shortSourceName } from '../integrations/remark-source-names.ts';
import { buildOnce } from './build-once.ts';
import { getEntities } from './knowledge.ts';
import { getSources } from './sources.ts';
import { getParsedPages } from './topics.ts';
import { isTopic } from '../../scripts/core/topics.ts';

/** A sentence of a topic page that names an entity, with the anchor of its paragraph. */
export interface TopicSentence {
  /** URL path of the topic page, without base: `/topics/capital/`. */
  path: `/${string}`;
  title: string;
  text: string;
  /** Id of the paragraph (or table cell) that holds the sentence; remark-entity-links puts it on the page. */
  anchor: string;
}

/**
 * entity slug → every sentence of the topic pages that names it, in page and reading order. The
 * anchors are computed by the same function (mentionBlocks) the remark plugin uses to set them.
 */
export const getTopicSentences: () => Promise<Map<string, TopicSentence[]>> = buildOnce(async () => {
  const matcher = compileGazetteer(await getEntities());
  const sources = new Map((await getSources()).map((a) => [a.slug, shortSourceName(a)]));
  const result = new Map<string, TopicSentence[]>();
  for (const page of await getParsedPages()) {
    if (!isTopic(page.id)) continue;
    for (const block of mentionBlocks(page.tree, matcher, (slug) => sources.get(slug))) {
      for (const s of block.sentences) {
        for (const entity of s.entities) {
          const row = { path: page.path, title: page.title, text: s.text, anchor: block.id };
          const list = result.get(entity);
          if (list) list.push(row);
          else result.set(entity, [row]);
        }
      }
    }
  }
  return result;
});
