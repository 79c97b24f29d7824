import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateGazetteer } from '../../scripts/core/entity.ts';
import { isArticleFile } from '../../scripts/ingest/pipeline.ts';
import { disagreementsFile, figuresFile } from '../../src/lib/data.ts';
import { type BuiltSite, buildSite, ROOT, readPage, squash, visibleText } from '../helpers/site.ts';
import { withPagefind } from '../helpers/search.ts';
import { seedSite } from '../helpers/seed-site.ts';

/**
 * One extra build serves the two groups below: the seed content, one new article (its path through
 * the knowledge layer) and 260 small articles (pagination). The small articles' figures and dates
 * differ from the new article's, so each group's checks find what it added, and the new article's
 * timeline entries are looked for on every page of the timeline.
 */
const newArticle = {
  name: 'huawei-ascend-shipments.txt',
  text: [
    'Huawei Ships Ascend Chips as Nvidia Sales Slow',
    '',
    'March 4, 2025',
    '',
    'Huawei said it shipped its Ascend chips to three new customers, while Nvidia reported that sales of the H800 in China fell 40% after the export controls.',
    '',
    'DeepSeek said it spent $8 million to train V3, a figure higher than earlier reports. The company was founded in 2023.',
    '',
    'Huawei first showed the chips to customers in January.',
  ].join('\n'),
};
/** Two articles giving different values for the valuation of a company the gazetteer lacks: a disagreement about a name, shown as text. */
const NAME = 'Vantor&Co Labs';
const nameArticles = {
  'name-subject-a.txt': `A tools start-up draws new investors\n\nJanuary 10, 2025\n\n${NAME} is valued at $9 billion after a new funding round, its investors said on Friday.\n`,
  'name-subject-b.txt': `A rival lab gains ground\n\nJanuary 14, 2025\n\n${NAME} is valued at $12 billion, according to two people who know the figures.\n`,
};
const BULK = 260;
const bulkArticles = Object.fromEntries(
  Array.from({ length: BULK }, (_, i) => [
    `bulk-${String(i).padStart(3, '0')}.txt`,
    `Bulk Article ${i}\n\nDeepSeek said on day ${i} that training cost $${i + 10}.5 million in 2024, according to its filing.\n`,
  ]),
);
const seedArticles = readdirSync(join(ROOT, 'content/articles')).filter(isArticleFile).length;

// Started before the seed build has ended (it needs none of it), so the two run side by side.
const extra = buildSite({ articles: { [newArticle.name]: newArticle.text, ...nameArticles, ...bulkArticles } });
// Its failure is reported by the tests that read it (beforeAll), not as an unhandled rejection.
extra.catch(() => undefined);
let site: BuiltSite;
beforeAll(async () => {
  site = await extra;
}, 600_000);
const removeExtra = () => extra.then((s) => rm(s.dir, { recursive: true, force: true }), () => undefined);
afterAll(removeExtra);

const { dist } = await seedSite().catch(async (e: unknown) => {
  await removeExtra();
  throw e;
});
const entities = validateGazetteer(readFileSync(join(ROOT, 'content/entities.yaml'), 'utf8'), 'content/entities.yaml');

describe('entity pages', () => {
  it('exist for every gazetteer entry, and the index groups them by type', async () => {
    for (const e of entities) expect(existsSync(join(dist, 'entities', e.slug, 'index.html')), e.slug).toBe(true);
    const index = await readPage(dist, '/entities/');
    const headings = selectAll('main h2', index).map((h) => toText(h));
    expect(headings).toEqual(expect.arrayContaining(['Organisations', 'Models', 'Chips and hardware', 'People', 'Concepts']));
    expect(selectAll('main .entity-index a', index)).toHaveLength(entities.length);
  });

  it('list every source paragraph naming the entity, with its sentence, linked to the anchor', async () => {
    const page = await readPage(dist, '/entities/liang-wenfeng/');
    const rows = selectAll('main .mention-list li', page);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const link = select('a.mention-p', row);
      if (!link) continue;
      const [path, anchor] = String(link.properties.href).split('#') as [string, string];
      const source = await readPage(dist, path);
      const para = squash(visibleText(select(`#${anchor}`, source)!));
      expect(para).toContain('Liang Wenfeng');
      expect(para).toContain(squash(toText(row)).replace(/^¶\d+ /, '').slice(0, 40));
    }
  });

  it('show related (co-mentioned) entities with counts, and topic pages that mention them', async () => {
    const page = await readPage(dist, '/entities/deepseek/');
    expect(selectAll('main .related-list li', page).length).toBeGreaterThan(3);
    expect(selectAll('main #mentioned-in-topics ~ section h3 a', page).map((a) => a.properties.href)).toContain('/topics/moe-and-rl-training/');
  });
});

describe('automatic cross-links on source pages', () => {
  it('link entity mentions to entity pages, never inside headings', async () => {
    const page = await readPage(dist, '/sources/001_33b46b2abbfb9f43/');
    const links = selectAll('main .source-body a.entity-link', page).map((a) => String(a.properties.href));
    expect(links).toContain('/entities/deepseek/');
    expect(links).toContain('/entities/stargate-project/');
    expect(selectAll('main .source-body h2 a', page)).toEqual([]);
  });

  it('give each entity link a preview that is keyboard reachable and not indexed', async () => {
    const page = await readPage(dist, '/sources/003_817e915dcfae69da/');
    const link = select('main a.entity-link', page)!;
    const preview = select(`#${String(link.properties.ariaDescribedBy)}`, page)!;
    expect(preview.properties.role).toBe('tooltip');
    // Kept out of the paragraph and of the index: in a hidden, not-indexed block after it.
    expect(select(`.previews[hidden][data-pagefind-ignore] #${String(preview.properties.id)}`, page)).toBeDefined();
    expect(select(`p.para #${String(preview.properties.id)}`, page)).toBeUndefined();
  });
});

describe('figures ledger', () => {
  it('lists figures with a unit by entity, with what they measure, and links to the data', async () => {
    const page = await readPage(dist, '/figures/');
    const text = squash(toText(select('main', page)!));
    expect(text).toContain('$157 billion');
    const rows = selectAll('main table.figure-table tbody tr', page).map((r) => selectAll('td', r).map((td) => squash(toText(td))));
    expect(rows).toContainEqual(expect.arrayContaining(['$157 billion', 'valuation']));
    expect(rows).toContainEqual(expect.arrayContaining(['$5.6 million', 'training cost']));
    // Bare numbers (years, counts without a unit) are not figures.
    for (const [figure] of rows) expect(figure).toMatch(/[$%€¥£]|[a-z]{2}/i);
    expect(selectAll('main a', page).map((a) => a.properties.href)).toContain('/data/');
  });

  it('does not flag figures of different measures or scopes as disagreeing', async () => {
    // The seeds state one training cost of DeepSeek-V3 ($5.6 million), a model's cost stated
    // without its scope ($6 million) and operating costs: none is the same measure as another.
    const callouts = selectAll('main aside', await readPage(dist, '/figures/')).map((a) => squash(toText(a)));
    expect(callouts.filter((c) => /Sources disagree|different rounding/.test(c))).toEqual([]);
  });
});

describe('timeline', () => {
  it('orders dated events and draws them as a static diagram', async () => {
    const page = await readPage(dist, '/timeline/');
    const dates = (section: string) => selectAll(`main h2#${section} ~ section:has(h3 time) h3 time`, page).map((t) => String(t.properties.dateTime));
    const story = selectAll('main section:has(h3 time)', page)
      .filter((s) => !select('.kind-historical', s))
      .map((s) => String(select('h3 time', s)!.properties.dateTime));
    expect(story).toEqual([...story].sort());
    expect(story).toEqual(expect.arrayContaining(['2022', '2024-12-26', '2025-01-03']));
    // The 1957 analogy is listed apart from the story, after it, in its own section.
    expect(dates('historical')).toEqual(['1957']);
    expect(story).not.toContain('1957');
    expect(select('main figure.diagram svg', page)).toBeDefined();
  });

  it('names each kind of date in words and says why a phrase is not placed', async () => {
    const page = await readPage(dist, '/timeline/');
    const kinds = new Set(selectAll('main .timeline-event .timeline-kind', page).map((k) => squash(toText(k))));
    expect([...kinds]).toEqual(expect.arrayContaining(['Published', 'Date stated', 'Historical reference']));
    const unplaced = selectAll('main .unplaced-list li', page).map((li) => squash(toText(li)));
    expect(unplaced.some((t) => t.startsWith('“recently”: it gives no date, only that it was before the article’s date (26 December 2024).'))).toBe(true);
  });

  it('gives no date a page of its own: every date is a section of the timeline', async () => {
    const page = await readPage(dist, '/timeline/');
    for (const time of selectAll('main h3 time', page)) {
      const date = String(time.properties.dateTime);
      expect(existsSync(join(dist, 'timeline', date, 'index.html')), date).toBe(false);
      expect(select(`main h3#d-${date}`, page), date).toBeDefined();
    }
    expect(selectAll('main a', page).filter((a) => /^\/timeline\/\d{4}/.test(String(a.properties.href)))).toEqual([]);
  });
});

describe('entity graph and search filters', () => {
  it('is a static SVG whose nodes link to entity pages', async () => {
    const page = await readPage(dist, '/entities/');
    const nodes = selectAll('main svg.entity-graph a', page);
    expect(nodes.length).toBeGreaterThan(20);
    for (const a of nodes) expect(existsSync(join(dist, String(a.properties.href), 'index.html'))).toBe(true);
  });

  it('offers page type, topic, entity and publisher filters in the index', async () => {
    const filters = await withPagefind(dist, (pf) => pf.filters());
    expect(Object.keys(filters.type ?? {})).toEqual(expect.arrayContaining(['Source', 'Topic', 'Entity']));
    expect(Object.keys(filters.topic ?? {})).toContain('Capital');
    // Entities are grouped by type (TYPE_LABELS): "Organisations: DeepSeek", on the topic pages that name it.
    expect(filters.Organisations?.DeepSeek).toBeGreaterThan(1);
    expect(filters.Organisations?.DeepSeek).toBeLessThanOrEqual(filters.type?.Topic ?? 0);
  });
});

/** Every page of the timeline, following its pager from /timeline/. */
async function timelinePages(dist: string): Promise<Root[]> {
  const pages: Root[] = [];
  for (let path: string | undefined = '/timeline/'; path; ) {
    const page = await readPage(dist, path);
    pages.push(page);
    const next = select('main .pager a[rel="next"]', page)?.properties.href;
    path = next === undefined ? undefined : String(next);
  }
  return pages;
}

describe('a new article flows through the whole knowledge layer', () => {
  it('links its entities, puts its figures in the ledger and its dates on the timeline', async () => {
    expect(site.code, site.output).toBe(0);
    const page = await readPage(site.dist, '/sources/huawei-ascend-shipments/');
    const links = selectAll('main a.entity-link', page).map((a) => String(a.properties.href));
    expect(links).toEqual(expect.arrayContaining(['/entities/huawei/', '/entities/ascend/', '/entities/nvidia/', '/entities/h800/']));
    const ledger = squash(toText(select('main', await readPage(site.dist, '/figures/'))!));
    expect(ledger).toContain('$8 million');
    expect(ledger).toContain('40%');
    const timeline = await timelinePages(site.dist);
    const dates = timeline.flatMap((p) => selectAll('main h3 time', p).map((t) => String(t.properties.dateTime)));
    expect(dates).toContain('2025-03-04');
    // "in January", resolved against the article's date (4 March 2025), with its evidence sentence.
    const january = timeline.flatMap((p) => selectAll('main section:has(h3 time[datetime="2025-01"]) li.kind-inferred', p).map((li) => squash(toText(li))));
    expect(january).toEqual([expect.stringContaining('Inferred from the article’s date (“in January”, counted from 4 March 2025): Huawei first showed the chips to customers in January.')]);
    const entity = squash(toText(select('main', await readPage(site.dist, '/entities/h800/'))!));
    expect(entity).toContain('Huawei Ships Ascend Chips as Nvidia Sales Slow');
  });

  it('finds the new conflict on DeepSeek-V3’s training cost, and shows it on the entity page and at the end of topic pages citing it', async () => {
    const callouts = selectAll('main aside', await readPage(site.dist, '/figures/')).map((a) => squash(toText(a)));
    const cost = callouts.find((c) => c.includes('$8 million') && c.includes('$5.6 million'));
    expect(cost).toMatch(/Sources disagree: DeepSeek-V3, training cost/);
    const entity = selectAll('main aside', await readPage(site.dist, '/entities/deepseek-v3/')).map((a) => squash(toText(a)));
    expect(entity.some((c) => c.includes('$8 million') && c.includes('$5.6 million'))).toBe(true);
    // On a topic page the note comes after the text, not before it.
    const topic = await readPage(site.dist, '/topics/moe-and-rl-training/');
    const content = select('main .sl-markdown-content', topic)!;
    const blocks = content.children.filter((n) => n.type === 'element');
    const note = blocks.findIndex((n) => n.type === 'element' && n.tagName === 'aside' && toText(n).includes('$8 million'));
    expect(note).toBeGreaterThan(blocks.findIndex((n) => n.type === 'element' && n.tagName === 'p'));
  });
});

describe('a subject the gazetteer lacks', () => {
  it('is shown by its name, as text and never as a link, in the ledger, its disagreements and the data files', async () => {
    expect(site.code, site.output).toBe(0);
    const notes = (await Promise.all(['/figures/', '/figures/disagreements/'].map((path) => readPage(site.dist, path)))).map((page) =>
      selectAll('main aside', page).find((a) => toText(a).includes('$12 billion')),
    );
    for (const note of notes) {
      expect(squash(toText(note!))).toContain(`Sources disagree: ${NAME}, valuation`);
      // The name is text: no link carries it (the sources' titles do not hold it), and the "&" was escaped, not read as markup.
      expect(selectAll('a', note!).some((a) => toText(a).includes('Vantor'))).toBe(false);
    }
    const unattributed = squash(toText(select('main', await readPage(site.dist, '/figures/unattributed/'))!));
    expect(unattributed).toContain(`valuation, of ${NAME}`);
    const html = readFileSync(join(site.dist, 'figures/disagreements/index.html'), 'utf8');
    expect(html).toContain('Vantor&amp;Co Labs');
    const figures = figuresFile.parse(JSON.parse(readFileSync(join(site.dist, 'data/figures.json'), 'utf8'))).filter((f) => f.source.startsWith('name-subject-'));
    expect(figures.map((f) => [f.subject, f.entity])).toEqual([[NAME, null], [NAME, null]]);
    const csv = (parse(readFileSync(join(site.dist, 'data/figures.csv'), 'utf8'), { columns: true }) as Record<string, string>[]).filter((r) => r.source!.startsWith('name-subject-'));
    expect(csv.map((r) => r.subject)).toEqual([NAME, NAME]);
    const disagreements = disagreementsFile.parse(JSON.parse(readFileSync(join(site.dist, 'data/disagreements.json'), 'utf8')));
    expect(disagreements.filter((d) => d.subject === NAME).map((d) => [d.entity, d.measure, d.kind, d.figures.length])).toEqual([[null, 'valuation', 'conflict', 2]]);
  });
});

describe('pages stay bounded as articles are added', () => {
  it('paginates the sources index, entity mentions and figures, and the timeline', async () => {
    expect(site.code, site.output).toBe(0);
    const count = (page: Awaited<ReturnType<typeof readPage>>, selector: string) => selectAll(selector, page).length;
    const sources1 = await readPage(site.dist, '/sources/');
    expect(count(sources1, 'main .sources-table tbody tr')).toBe(250);
    expect(select('main .pager a[rel="next"]', sources1)?.properties.href).toBe('/sources/page/2/');
    expect(count(await readPage(site.dist, '/sources/page/2/'), 'main .sources-table tbody tr')).toBe(BULK + 1 + Object.keys(nameArticles).length + seedArticles - 250);

    const deepseek = await readPage(site.dist, '/entities/deepseek/');
    expect(count(deepseek, 'main .mention-list a.mention-p')).toBe(250);
    expect(select('main .pager a[rel="next"]', deepseek)?.properties.href).toBe('/entities/deepseek/2/');
    expect(count(await readPage(site.dist, '/entities/deepseek/2/'), 'main .mention-list a.mention-p')).toBeGreaterThan(0);
    expect(existsSync(join(site.dist, 'entities/deepseek/3/index.html'))).toBe(false);

    // Figures about an entity run over its pages beside the mentions, 250 a page; none has a page of its own.
    const ledger = await readPage(site.dist, '/figures/');
    expect(count(ledger, 'main section:has(#deepseek) tbody tr')).toBeLessThanOrEqual(10);
    expect(select('main section:has(#deepseek) a[href="/entities/deepseek/#figures"]', ledger)).toBeDefined();
    const figureRows = async (path: string) => count(await readPage(site.dist, path), 'main table.figure-table tbody tr');
    expect(await figureRows('/entities/deepseek/')).toBe(250);
    expect(await figureRows('/entities/deepseek/2/')).toBeGreaterThan(0);
    expect(existsSync(join(site.dist, 'figures/deepseek/index.html'))).toBe(false);

    // The timeline runs over pages of at most 250 events; a date with more continues on the next page.
    const timeline1 = await readPage(site.dist, '/timeline/');
    expect(count(timeline1, 'main .timeline-list:not(.unplaced-list) li')).toBe(250);
    expect(select('main .pager a[rel="next"]', timeline1)?.properties.href).toBe('/timeline/2/');
    const timeline2 = await readPage(site.dist, '/timeline/2/');
    expect(count(timeline2, 'main .timeline-list:not(.unplaced-list) li')).toBeGreaterThan(0);
    expect(existsSync(join(site.dist, 'timeline/2024/index.html'))).toBe(false);
  });
});
