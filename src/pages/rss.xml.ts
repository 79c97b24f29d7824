/**
 * `/rss.xml`: an RSS 2.0 feed of the site — every source article, newest first (undated ones
 * last), followed by the topic explainers in reading order. Links are absolute (`site.url` plus
 * the base path), so the feed works when copied out of the site.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../../site.config.ts';
import { getSources, type SourceEntry as Article } from '../lib/sources.ts';
import { href } from '../lib/url.ts';
import { sourcePath } from '../../scripts/core/routes.ts';
import { isTopic } from '../../scripts/core/topics.ts';

/** An absolute URL for a site path (`/sources/x/`), with the configured base path in front. */
function absolute(path: `/${string}`, origin: URL | string): string {
  return new URL(href(path), origin).href;
}

/**
 * The publication day of an article as a Date at 00:00 UTC, or undefined when it states none.
 * Only the day is used: a time in an article has no zone, and the feed must not invent one.
 */
function publicationDay(article: Pick<Article, 'date'>): Date | undefined {
  const day = article.date?.iso.slice(0, 10);
  return day ? new Date(`${day}T00:00:00Z`) : undefined;
}

/** The feed item for a source page. */
function articleItem(article: Article, origin: URL | string): RSSFeedItem {
  const pubDate = publicationDay(article);
  return {
    title: article.title,
    link: absolute(sourcePath(article.slug), origin),
    description: article.description,
    categories: ['Source', ...article.topics],
    ...(pubDate ? { pubDate } : {}),
  };
}

/** Topic pages in reading order: by `sidebar.order` (unordered last), then by title. */
function byReadingOrder(a: CollectionEntry<'docs'>, b: CollectionEntry<'docs'>): number {
  const oa = a.data.sidebar.order ?? Number.POSITIVE_INFINITY;
  const ob = b.data.sidebar.order ?? Number.POSITIVE_INFINITY;
  return oa !== ob ? oa - ob : a.data.title.localeCompare(b.data.title, 'en');
}

/** The feed item for a topic explainer. */
function topicItem(doc: CollectionEntry<'docs'>, origin: URL | string): RSSFeedItem {
  return {
    title: doc.data.title,
    link: absolute(`/${doc.id}/`, origin),
    description: doc.data.description ?? doc.data.title,
    categories: ['Topic'],
  };
}

export async function GET(context: APIContext): Promise<Response> {
  const origin = context.site ?? site.url;
  const topics = (await getCollection('docs', (doc) => isTopic(doc.id))).sort(byReadingOrder);
  return rss({
    title: site.title,
    description: site.description,
    site: absolute('/', origin),
    trailingSlash: true,
    items: [...(await getSources()).map((a) => articleItem(a, origin)), ...topics.map((t) => topicItem(t, origin))],
    customData: '<language>en</language>',
  });
}
