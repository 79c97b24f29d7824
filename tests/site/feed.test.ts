import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadArticles } from '../../scripts/ingest/load.ts';
import { ingestAll } from '../../scripts/ingest/pipeline.ts';
import { site } from '../../site.config.ts';
import { readPage } from '../helpers/site.ts';
import { findTopicFiles, pageId } from '../../scripts/core/topics.ts';
import { seedSite } from '../helpers/seed-site.ts';

const { dir, dist } = await seedSite();

/** An RSS item as fast-xml-parser reads it. */
interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  description: string;
  pubDate?: string;
  category: string | string[];
}

const xml = readFileSync(join(dist, 'rss.xml'), 'utf8');
const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml) as {
  rss: { '@_version': string; channel: { title: string; link: string; description: string; item: Item[] } };
};
const channel = feed.rss.channel;
const items = channel.item;
const categories = (i: Item) => [i.category].flat();

/** The site's root URL as built: `site.url` with the base path. */
const home = new URL(site.base.replace(/\/?$/, '/'), site.url).href;

/** The dist/ file a feed link points at (`…/x/` → `dist/x/index.html`). */
function fileFor(link: string): string {
  expect(link.startsWith(home), `${link} is not under ${home}`).toBe(true);
  const path = link.slice(home.length);
  return join(dist, path, path === '' || path.endsWith('/') ? 'index.html' : '');
}

/** The seed articles, ingested in memory from the built copy of the project. */
const { articles } = ingestAll(await loadArticles(join(dir, 'content/articles'), dir));

/** Topic pages from content/topics/: link path and frontmatter title. */
const topics = findTopicFiles(join(dir, 'content'))
  .map((f) => {
    const text = readFileSync(join(dir, 'content', f), 'utf8');
    const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; description?: string };
    return { path: `${pageId(f)}/`, ...front };
  });

describe('the RSS feed (dist/rss.xml)', () => {
  it('is well-formed RSS 2.0 naming the site', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed.rss['@_version']).toBe('2.0');
    expect(channel.title).toBe(site.title);
    expect(channel.description).toBe(site.description);
    expect(channel.link).toBe(home);
  });

  it('has one item per article, linking to its source page, then one per topic page', () => {
    const sources = items.filter((i) => categories(i).includes('Source'));
    const topicItems = items.filter((i) => categories(i).includes('Topic'));
    expect(sources.length + topicItems.length).toBe(items.length);
    expect(articles.length).toBeGreaterThan(0);
    expect(sources.map((i) => i.link).sort()).toEqual(articles.map((a) => `${home}sources/${a.slug}/`).sort());
    expect(topicItems.map((i) => i.link).sort()).toEqual(topics.map((t) => `${home}${t.path}`).sort());
    // Sources first, topics after them.
    expect(items.slice(0, sources.length)).toEqual(sources);
  });

  it('gives each article its own title and publication day, newest first, undated last', () => {
    const sources = items.filter((i) => categories(i).includes('Source'));
    const bySlug = new Map(articles.map((a) => [`${home}sources/${a.slug}/`, a]));
    for (const item of sources) {
      const article = bySlug.get(item.link)!;
      expect(item.title).toBe(article.title);
      expect(item.description.length).toBeGreaterThan(0);
      if (article.date) expect(new Date(item.pubDate!).toISOString().slice(0, 10)).toBe(article.date.iso.slice(0, 10));
      else expect(item.pubDate).toBeUndefined();
    }
    const times = sources.map((i) => (i.pubDate ? Date.parse(i.pubDate) : Number.NEGATIVE_INFINITY));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(articles.some((a) => a.date)).toBe(true);
  });

  it('gives each topic page its title and description', () => {
    for (const t of topics) {
      const item = items.find((i) => i.link === `${home}${t.path}`)!;
      expect(item.title).toBe(t.title);
      expect(item.description).toBe(t.description ?? t.title);
    }
  });

  it('links only to pages that exist in dist/, as permanent guids', () => {
    for (const item of items) {
      expect(existsSync(fileFor(item.link)), item.link).toBe(true);
      expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
    }
  });
});

describe('what Starlight adds for discovery', () => {
  it('writes a sitemap listing every source and topic page', () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    expect(XMLValidator.validate(index)).toBe(true);
    const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
    const maps = (parser.parse(index) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap;
    const urls = maps.flatMap((m) => {
      const file = join(dist, m.loc.slice(home.length));
      return (parser.parse(readFileSync(file, 'utf8')) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => u.loc);
    });
    for (const item of items) expect(urls).toContain(item.link);
  });

  it('gives every topic page OpenGraph meta from its frontmatter', async () => {
    for (const t of topics) {
      const page = await readPage(dist, `/${t.path}`);
      const og = (p: string) => select(`meta[property="og:${p}"]`, page)?.properties.content;
      expect(og('title')).toBe(t.title);
      expect(og('url')).toBe(`${home}${t.path}`);
      if (t.description) expect(og('description')).toBe(t.description);
      expect(selectAll('link[rel="sitemap"]', page)).toHaveLength(1);
    }
  });
});
