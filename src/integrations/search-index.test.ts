import { describe, expect, it } from 'vitest';
import { assignBundles, bundleCount, searchSettings, SOURCES_PER_BUNDLE } from './search-index.ts';

const sourcePages = (n: number) => Array.from({ length: n }, (_, i) => `sources/s${String(i).padStart(5, '0')}/index.html`);
const otherPages = ['index.html', '404.html', 'sources/index.html', 'sources/page/2/index.html', 'topics/capital/index.html', 'entities/nvidia/index.html', 'entities/nvidia/2/index.html'];

describe('search index bundles', () => {
  it('are one up to 3,500 article files; above, one per 3,500 at most, in an even number (two are built at once)', () => {
    expect([0, 1, SOURCES_PER_BUNDLE, SOURCES_PER_BUNDLE + 1, 2 * SOURCES_PER_BUNDLE, 2 * SOURCES_PER_BUNDLE + 1, 10_005].map((n) => bundleCount(n))).toEqual([1, 1, 1, 2, 2, 4, 4]);
    expect([1, 2, 3, 5].map((n) => bundleCount(n, 2))).toEqual([1, 1, 2, 4]);
  });

  it('hold every page once: the pages that are not source pages in the main bundle, source pages in even shares', () => {
    const sources = sourcePages(10_005);
    const bundles = assignBundles([...otherPages, ...sources].reverse(), 5);
    expect(bundles.flat().toSorted()).toEqual([...otherPages, ...sources].toSorted());
    expect(bundles[0]).toEqual(expect.arrayContaining(otherPages));
    const isSource = new Set(sources);
    const shares = bundles.map((b) => b.filter((f) => isSource.has(f)).length);
    expect(shares.reduce((a, b) => a + b)).toBe(10_005);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    expect(Math.max(...shares)).toBeLessThanOrEqual(SOURCES_PER_BUNDLE);
    // Shares are runs of consecutive pages, so a rebuild of the same site gives the same bundles.
    expect(bundles[1]![0]! < bundles[2]![0]!).toBe(true);
    expect(assignBundles([...otherPages, ...sources], 5)).toEqual(bundles);
  });

  it('with one bundle, put every page in the main one', () => {
    expect(assignBundles([...sourcePages(3), ...otherPages], 1)).toEqual([[...sourcePages(3), ...otherPages].toSorted()]);
  });

  it('say clearly when too few source pages were built for the bundles the config counted', () => {
    expect(() => assignBundles([...otherPages, ...sourcePages(2)], 3)).toThrow(/2 source pages for 3 search bundles.*ingest/);
  });

  it('are merged by Starlight’s search under the base path, ranked like the main one; one bundle merges none', () => {
    const ranking = { pageLength: 0.1 };
    expect(searchSettings(1, '/', ranking)).toEqual({ ranking });
    expect(searchSettings(3, '/explainer', ranking)).toEqual({
      ranking,
      mergeIndex: [
        { bundlePath: '/explainer/pagefind/sources-1/', baseUrl: '/explainer/', ranking },
        { bundlePath: '/explainer/pagefind/sources-2/', baseUrl: '/explainer/', ranking },
      ],
    });
  });
});
