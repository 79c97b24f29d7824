import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/citations/parse.ts';
import { loadGazetteer } from '../../scripts/knowledge/load-gazetteer.ts';
import { readClaims } from '../../src/integrations/remark-claims.ts';
import { ROOT, readPage, squash, visibleText } from '../helpers/site.ts';
import { findTopicFiles, pageId } from '../../scripts/core/topics.ts';
import { seedSite } from '../helpers/seed-site.ts';

const { dist } = await seedSite();
const contentDir = join(ROOT, 'content');
const claimsByTopic = findTopicFiles(contentDir).map((f) => ({
  topic: pageId(f).replace(/^topics\//, ''),
  claims: readClaims(parsePage(readFileSync(join(contentDir, f), 'utf8'), f)).claims,
}));
const topics = claimsByTopic.map((t) => t.topic);
const allClaims = claimsByTopic.flatMap((t) => t.claims.map((c) => ({ ...c, topic: t.topic })));

/** Every link in `root` that points at a source paragraph resolves to an element with that id on the source page. */
async function expectParagraphLinksResolve(links: Element[]) {
  for (const a of links) {
    const [path, anchor] = String(a.properties.href).split('#') as [string, string];
    expect(path, String(a.properties.href)).toMatch(/^\/sources\/[^/]+\/$/);
    // A citation lands on the sentence it rests on (`p5-s2`), a claim-page link on the paragraph (`p5`).
    expect(anchor).toMatch(/^p\d+(-s\d+)?$/);
    expect(select(`#${anchor}`, await readPage(dist, path)), String(a.properties.href)).toBeDefined();
  }
}

describe('contested claims', () => {
  it('are written on the topic pages', () => expect(allClaims.length).toBeGreaterThanOrEqual(5));

  it.each(allClaims.map((c) => [c.id, c] as const))('%s is a box on its topic page, with each side and its citations, not first on the page', async (_, claim) => {
    const page = await readPage(dist, `/topics/${claim.topic}/`);
    const box = select(`main aside#claim-${claim.id}`, page)!;
    expect(box).toBeDefined();
    expect(squash(visibleText(select('.claim-question', box)!))).toContain(claim.question);
    const sides = selectAll('.claim-side', box);
    expect(sides.map((s) => squash(visibleText(select('.claim-side-label', s)!)))).toEqual(claim.sides.map((s) => s.label));
    for (const s of sides) expect(selectAll('a.cite-link', s).length).toBeGreaterThan(0);
    await expectParagraphLinksResolve(selectAll('a.cite-link', box));
    const blocks = selectAll('main .sl-markdown-content > :not(span)', page);
    expect(blocks[0]?.tagName).not.toBe('aside');
  });

  it('are all listed on the Claims page, rounding variants apart from conflicts, each side with resolving source links', async () => {
    const page = await readPage(dist, '/claims/');
    for (const claim of allClaims) {
      const entry = select(`main section.claim-entry[data-claim="${claim.id}"]`, page)!;
      expect(entry, claim.id).toBeDefined();
      expect(squash(toText(select('h3', entry)!))).toBe(claim.question);
      const section = selectAll('main section', page).find((s) => select(`#${claim.kind === 'rounding' ? 'rounding' : 'contested'}`, s))!;
      expect(select(`section.claim-entry[data-claim="${claim.id}"]`, section), claim.id).toBeDefined();
      const sides = selectAll('li.claim-entry-side', entry);
      expect(sides).toHaveLength(claim.sides.length);
      claim.sides.forEach((side, i) => {
        const hrefs = selectAll('a.claim-source', sides[i]!).map((a) => String(a.properties.href));
        const expected = side.citations.flatMap((c) => c.paragraphs.map((p) => `/sources/${c.source}/#p${p}`));
        expect(new Set(hrefs)).toEqual(new Set(expected));
      });
      await expectParagraphLinksResolve(selectAll('a.claim-source', entry));
      expect(select(`a[href="/topics/${claim.topic}/#claim-${claim.id}"]`, entry), claim.id).toBeDefined();
    }
    expect(selectAll('main section.claim-entry', page)).toHaveLength(allClaims.length);
  });

  it('include the disagreements a reader of the seed articles must see, and show the $6 million figure as rounding', () => {
    const byId = new Map(allClaims.map((c) => [c.id, c]));
    // Speed against OpenAI; short of resources or well funded; controls versus workarounds; thriving versus lagging start-ups.
    for (const id of ['speed-against-openai', 'short-of-resources', 'chip-access', 'chinese-startups']) expect(byId.get(id)?.kind, id).toBe('conflict');
    expect(byId.get('training-cost')?.kind).toBe('rounding');
  });
});

describe('sources named in the prose', () => {
  it.each(topics)('%s names sources by their short name, each linked to its source page, never as "the overview article"', async (topic) => {
    const page = await readPage(dist, `/topics/${topic}/`);
    const names = selectAll('main cite.source-name > a', page);
    expect(names.length).toBeGreaterThan(0);
    for (const a of names) {
      const href = String(a.properties.href);
      expect(href).toMatch(/^\/sources\/[^/#]+\/$/);
      expect(select('main h1', await readPage(dist, href))).toBeDefined();
    }
    expect(visibleText(select('main', page)!)).not.toMatch(/the overview article/i);
  });
});

describe('US and China side by side', () => {
  it('has a table in which every cell cites a resolving paragraph or says the articles are silent', async () => {
    const page = await readPage(dist, '/topics/us-and-china/');
    // The first cell of each row names the row; the others are the two countries' columns.
    const cells = selectAll('main table tbody tr', page).flatMap((tr) => selectAll('td', tr).slice(1));
    expect(cells.length).toBeGreaterThanOrEqual(10);
    for (const td of cells) {
      const text = squash(visibleText(td));
      if (!select('a.cite-link', td)) expect(text).toMatch(/articles (do not|say nothing|describe no)/);
    }
    await expectParagraphLinksResolve(selectAll('main table a.cite-link', page));
  });
});

describe('glossary', () => {
  it('defines every concept of the gazetteer, with the topic page that first uses it', async () => {
    const concepts = (await loadGazetteer(ROOT)).filter((e) => e.type === 'concept');
    const page = await readPage(dist, '/glossary/');
    for (const c of concepts) {
      const heading = select(`main h2#${c.slug}`, page)!;
      expect(heading, c.name).toBeDefined();
      expect(squash(toText(heading))).toBe(c.name);
    }
    const entries = selectAll('main dl.glossary > dd', page);
    expect(entries).toHaveLength(concepts.length);
    expect(entries.some((dd) => selectAll('a[href^="/topics/"]', dd).length > 0)).toBe(true);
  });

  it('is linked from the first use of terms on topic pages, and names a topic page that explains each term', async () => {
    const glossary: Root = await readPage(dist, '/glossary/');
    let count = 0;
    for (const topic of topics) {
      const page = await readPage(dist, `/topics/${topic}/`);
      for (const a of selectAll('main a[href^="/glossary/#"]', page)) {
        const id = String(a.properties.href).split('#')[1]!;
        expect(select(`h2#${id}`, glossary), `${topic}: ${id}`).toBeDefined();
        count++;
      }
    }
    expect(count).toBeGreaterThan(5);
    // Reinforcement learning is linked from several pages but explained, unlinked, on one of them.
    const rl = selectAll('main dl.glossary > dd', glossary).find((dd) => visibleText(dd).includes('rewarding good outputs'))!;
    const explainedOn = String(select('a', selectAll('p', rl)[1]!)!.properties.href);
    expect(explainedOn).toMatch(/^\/topics\//);
    const explaining = await readPage(dist, explainedOn);
    expect(selectAll('main a[href="/glossary/#reinforcement-learning"]', explaining)).toEqual([]);
  });
});
