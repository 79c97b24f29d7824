import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { readPage, squash } from '../helpers/site.ts';
import { seedSite } from '../helpers/seed-site.ts';

const { dist } = await seedSite();
const slugs = readdirSync(join(dist, 'sources'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'page')
  .map((e) => e.name);

interface NewsArticleLd {
  '@context': string;
  '@type': string;
  headline: string;
  datePublished?: string;
  author?: { '@type': string; name: string }[];
  publisher?: { '@type': string; name: string };
  url?: string;
}

describe.each(slugs)('JSON-LD of /sources/%s/', (slug) => {
  it('is one schema.org NewsArticle that states what the page shows, and nothing it does not', async () => {
    const page = await readPage(dist, `/sources/${slug}/`);
    const blocks = selectAll('script[type="application/ld+json"]', page);
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(toText(blocks[0]!)) as NewsArticleLd;
    const meta = select('main .source-meta', page)!;
    const items = selectAll('li', meta).map((li) => squash(toText(li)));
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(squash(toText(select('h1', page)!)));
    // The date the page shows (ISO 8601), or none.
    expect(ld.datePublished).toBe(select('time', meta)?.properties.dateTime as string | undefined);
    if (ld.datePublished) expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/);
    if (ld.author) {
      expect(ld.author.every((a) => a['@type'] === 'Person')).toBe(true);
      expect(items).toContain(`By ${new Intl.ListFormat('en').format(ld.author.map((a) => a.name))}`);
    } else {
      expect(items.filter((i) => i.startsWith('By '))).toEqual([]);
    }
    if (ld.publisher) {
      expect(ld.publisher['@type']).toBe('Organization');
      expect(items).toContain(ld.publisher.name);
    }
    const original = selectAll('a', meta).find((a) => toText(a) === 'Original');
    expect(ld.url).toBe(original?.properties.href as string | undefined);
  });
});
