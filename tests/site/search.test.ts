import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugForFile } from '../../scripts/ingest/pipeline.ts';
import { ROOT } from '../helpers/site.ts';
import { searchSite, sourcePagesWith, withPagefind } from '../helpers/search.ts';
import { seedSite } from '../helpers/seed-site.ts';

const { dist } = await seedSite();
const dir = join(ROOT, 'content/articles');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt'));
/** The source pages whose article text contains the term: what a search must find. */
const containing = (term: string) =>
  seeds.filter((f) => readFileSync(join(dir, f), 'utf8').includes(term)).map((f) => `/sources/${slugForFile(f)}/`).sort();

describe('search over the built Pagefind index', () => {
  it.each(['Stargate', 'Liang Wenfeng', 'Fire-Flyer'])('"%s" finds exactly the source pages that mention it', async (term) => {
    const expected = containing(term);
    expect(expected.length).toBeGreaterThan(0);
    expect(await sourcePagesWith(dist, term)).toEqual(expected);
  });

  it('indexes page text, not navigation chrome or the removed-lines audit', async () => {
    // "Employees: 10001+" is only in a removed company tag block (listed in the audit section).
    for (const term of ['10001', 'Employees']) {
      expect((await searchSite(dist, term)).filter((h) => h.content.includes(term))).toEqual([]);
    }
    // The sidebar and table of contents are on every source page, but are not indexed as its text.
    const sources = await searchSite(dist, 'DeepSeek', { type: 'Source' });
    expect(sources.length).toBe(seeds.length);
    for (const h of sources) {
      expect(h.content).not.toContain('All source articles');
      expect(h.content).not.toContain('On this page');
    }
  });

  it('indexes a source page as its words and headings: no Cited-by list, no per-paragraph or per-sentence anchors', async () => {
    const data = await withPagefind(dist, async (pf) => Promise.all((await pf.search('DeepSeek', { filters: { type: 'Source' } })).results.map((r) => r.data())));
    expect(data.length).toBe(seeds.length);
    for (const d of data) {
      // The page lists the topic pages citing it ("Capital cites ¶1, ¶2"): titles and numbers, not the article.
      expect(d.content, d.url).not.toMatch(/cites ¶\d/);
      expect(d.content, d.url).not.toContain('Raw article file');
      // Paragraphs (#p3) and sentences (#p3-s1) keep their ids on the page, but the index holds only heading anchors
      // (what the search UI's sub-results use): each other anchor repeated its element's text in the fragment.
      expect(d.anchors.length, d.url).toBeGreaterThan(0);
      expect(d.anchors.filter((a) => !/^h[1-6]$/.test(a.element)), d.url).toEqual([]);
    }
    const page = readFileSync(join(dist, data[0]!.url, 'index.html'), 'utf8');
    expect(page).toMatch(/<p id="p1"/);
    expect(page).toMatch(/<span class="sentence" id="p1-s1"/);
  });

  it('has a page-type filter, and filtering by it keeps only source pages', async () => {
    const filters = await withPagefind(dist, (pf) => pf.filters());
    expect(filters.type?.Source).toBe(seeds.length);
    const urls = (await searchSite(dist, 'DeepSeek', { type: 'Source' })).map((h) => h.url);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith('/sources/'))).toBe(true);
  });
});
