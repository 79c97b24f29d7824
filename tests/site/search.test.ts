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

  it('has a page-type filter, and filtering by it keeps only source pages', async () => {
    const filters = await withPagefind(dist, (pf) => pf.filters());
    expect(filters.type?.Source).toBe(seeds.length);
    const urls = (await searchSite(dist, 'DeepSeek', { type: 'Source' })).map((h) => h.url);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith('/sources/'))).toBe(true);
  });
});
