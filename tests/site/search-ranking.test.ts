import { describe, expect, it } from 'vitest';
import { TYPE_LABELS } from '../../scripts/core/entity.ts';
import { pageKind } from '../../src/lib/search-ranking.ts';
import { searchSite, withPagefind } from '../helpers/search.ts';
import { seedSite } from '../helpers/seed-site.ts';

const { dist } = await seedSite();

/** Lower-cased words, hyphens as spaces: "Mixture-of-experts" contains "mixture of experts". */
const norm = (s: string) => s.toLowerCase().replace(/[-‐‑–]/g, ' ').replace(/\s+/g, ' ');

/** The queries of issue 12, each named in the seed articles and discussed on a topic page. */
const QUERIES = ['Stargate', 'export controls', 'Liang Wenfeng', 'mixture of experts', 'price war', 'EU AI Act'];

describe('search ranking over the built index', () => {
  it.each(QUERIES)('"%s": the top result is a topic page that discusses it; sources come before entity pages', async (q) => {
    const hits = await searchSite(dist, q);
    const kinds = hits.map((h) => pageKind(h.url));
    expect(hits.length, `no results for ${q}`).toBeGreaterThan(0);
    expect(kinds[0], `results: ${hits.map((h) => h.url).join(' ')}`).toBe('topic');
    expect(norm(hits[0]!.content)).toContain(norm(q));
    const firstEntity = kinds.indexOf('entity');
    // The first source page (if any) ranks above the first entity page.
    const firstSource = kinds.indexOf('source');
    if (firstSource >= 0 && firstEntity >= 0) expect(firstSource, hits.map((h) => h.url).join(' ')).toBeLessThan(firstEntity);
  });

  it('a topic whose title names the query is the top result', async () => {
    const hits = await searchSite(dist, 'mixture of experts');
    expect(hits[0]!.url).toBe('/topics/moe-and-rl-training/');
  });

  it('per-entity figures pages are not indexed (the ledger /figures/ is)', async () => {
    for (const q of QUERIES) {
      const urls = (await searchSite(dist, q)).map((h) => h.url);
      expect(urls.filter((u) => pageKind(u) === 'figures'), q).toEqual([]);
    }
    expect((await searchSite(dist, '$157 billion')).map((h) => h.url)).toContain('/figures/');
  });

  it('indexed text has no diagram source and no glued table headers', async () => {
    for (const q of [...QUERIES, 'DeepSeek', 'OpenAI', 'Nvidia']) {
      for (const h of await searchSite(dist, q)) {
        expect(h.content, h.url).not.toMatch(/-->|-\.->|\bflowchart (LR|TD|TB|RL)\b|xychart-beta|sequenceDiagram|Diagram source \(text\)/);
        expect(h.content, h.url).not.toMatch(/FigureMeasures|ArticlePublished|MeasuresAs stated/);
      }
    }
  });
});

describe('search filters', () => {
  it('group entities by type, only on topic pages, each value leading to pages that discuss it', async () => {
    const filters = await withPagefind(dist, (pf) => pf.filters());
    expect(filters.entity, 'one flat "entity" filter').toBeUndefined();
    const groups = Object.values(TYPE_LABELS).filter((label) => filters[label]);
    expect(groups.length).toBeGreaterThanOrEqual(4);
    for (const label of groups) {
      for (const [value, count] of Object.entries(filters[label]!)) {
        expect(count, `${label}: ${value}`).toBeGreaterThan(0);
      }
    }
    // A reader filtering by a person sees the topic pages about them, not the entity index; source
    // pages carry no entity filter (their page lists made most of a first search's filter bytes).
    const urls = (await searchSite(dist, 'DeepSeek', { People: 'Liang Wenfeng' })).map((h) => pageKind(h.url));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((k) => k === 'topic')).toBe(true);
    const sources = await searchSite(dist, 'DeepSeek', { type: 'Source' });
    expect(sources.length).toBeGreaterThan(0);
    const data = await withPagefind(dist, async (pf) => Promise.all((await pf.search('DeepSeek', { filters: { type: 'Source' } })).results.map((r) => r.data())));
    for (const d of data) expect(Object.keys(d.filters).filter((name) => Object.values(TYPE_LABELS).includes(name)), d.url).toEqual([]);
  });
});
