import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { ROOT, readPage, textWithout } from '../helpers/site.ts';
import { findTopicFiles, pageId } from '../../scripts/core/topics.ts';
import { seedSite } from '../helpers/seed-site.ts';

const { dist } = await seedSite();
const topics = findTopicFiles(join(ROOT, 'content')).map((f) => pageId(f).replace(/^topics\//, ''));
const content = (page: Root) => select('main .sl-markdown-content', page)!;
const entityOf = (a: Element) => String(a.properties.href).replace(/^\/entities\/|\/$/g, '');
/** Letters and digits only: compares page text with sentence text across smart quotes and markup. */
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

/** Entity links of a topic page grouped by h2 section, in document order. */
function sections(page: Root): Element[][] {
  const groups: Element[][] = [[]];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'h2') groups.push([]);
      if (child.tagName === 'a' && String(child.properties.className ?? '').includes('entity-link')) groups.at(-1)!.push(child);
      walk(child);
    }
  };
  walk(content(page));
  return groups;
}

describe.each(topics)('entity links on topic page %s', (topic) => {
  it('link entities to their pages with the hover card of source pages', async () => {
    const page = await readPage(dist, `/topics/${topic}/`);
    const links = selectAll('a.entity-link', content(page));
    expect(links.length).toBeGreaterThan(10);
    for (const a of links) {
      const entity = await readPage(dist, String(a.properties.href));
      const name = toText(select('main h1', entity)!).trim();
      const card = select(`#${String(a.properties.ariaDescribedBy)}`, page)!;
      expect(card.properties).toMatchObject({ role: 'tooltip', className: ['preview'] });
      expect(toText(select('strong', card)!)).toBe(name);
      expect(select('.preview-type', card)).toBeDefined();
    }
  });

  it('link only the first mention of each entity per section', async () => {
    for (const group of sections(await readPage(dist, `/topics/${topic}/`))) {
      const slugs = group.map(entityOf);
      expect(slugs).toEqual([...new Set(slugs)]);
    }
  });

  it('never link inside headings, code, diagrams, asides, citations or other links', async () => {
    const page = await readPage(dist, `/topics/${topic}/`);
    expect(selectAll(':is(h1, h2, h3, h4, h5, h6, pre, code, figure, aside, sup, a) a.entity-link', content(page))).toEqual([]);
  });
});

describe('entity pages list the topic sentences that name them', () => {
  it('link each sentence to the paragraph that holds it, on the topic page', async () => {
    let checked = 0;
    for (const slug of ['deepseek', 'nvidia', 'kai-fu-lee', 'stargate-project']) {
      const page = await readPage(dist, `/entities/${slug}/`);
      const links = selectAll('main #mentioned-in-topics ~ section a.topic-sentence', page);
      expect(links.length, slug).toBeGreaterThan(0);
      for (const a of links) {
        const [path, anchor] = String(a.properties.href).split('#') as [string, string];
        expect(anchor).toMatch(/^m-[0-9a-f]{8}(-\d+)?$/);
        const target = select(`[id="${anchor}"]`, await readPage(dist, path));
        expect(target, String(a.properties.href)).toBeDefined();
        // The block holds the sentence (citation markers and previews aside).
        expect(letters(textWithout(target!, '.preview, sup.cite'))).toContain(letters(toText(a)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
