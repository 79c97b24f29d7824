/**
 * Topic discovery: the one place that decides which files are hand-written pages (the home page and
 * the topic explainers), what their ids are and in which order topics are read. The content
 * collection (src/content.config.ts), the sidebar (astro.config.mjs), `npm run check` and the
 * tests all ask here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { globSync } from 'tinyglobby';
import { slugify } from './slug.ts';

/**
 * Topic explainers, relative to the content directory: Markdown or MDX anywhere under topics/.
 * A file whose name starts with `_` is a draft and is not built; one starting with `.` (editor
 * lock files, macOS `._` files) is not a page.
 */
export const TOPIC_PATTERN = 'topics/**/[^_.]*.{md,mdx}';

/** Every hand-written page, relative to the content directory: the docs collection's glob. */
export const PAGE_PATTERNS = ['index.mdx', TOPIC_PATTERN];

/** Lists files as Astro's glob loader does (same lister, same options), sorted, with `/`. */
const list = (patterns: string | string[], contentDir: string) => globSync(patterns, { cwd: contentDir, expandDirectories: false }).sort();

/** The hand-written page files under `contentDir`, relative to it (`index.mdx`, `topics/capital.mdx`). */
export function findPageFiles(contentDir: string): string[] {
  return list(PAGE_PATTERNS, contentDir);
}

/** The topic explainer files under `contentDir`, relative to it (`topics/capital.mdx`). */
export function findTopicFiles(contentDir: string): string[] {
  return list(TOPIC_PATTERN, contentDir);
}

/**
 * The collection id of a page file (relative to the content directory), as Astro's glob loader
 * makes it: each path segment slugged, the extension and a trailing `/index` dropped.
 */
export function pageId(file: string): string {
  return file
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((segment) => slugify(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** Whether a page id (or a page file relative to the content directory) is a topic explainer. */
export function isTopic(idOrFile: string): boolean {
  return idOrFile.startsWith('topics/');
}

/** A topic page as the sidebar and home page need it. */
export interface TopicPage {
  /** Docs collection id and URL path, e.g. `topics/capital`. */
  slug: string;
  /** The file, relative to the content directory. */
  file: string;
  title: string;
  description: string;
  order: number;
}

/**
 * The topic explainers under `contentDir` in their deliberate reading order (frontmatter
 * `sidebar.order`, then title).
 */
export function topicPages(contentDir: string): TopicPage[] {
  return findTopicFiles(contentDir)
    .map((file) => {
      const { frontmatter } = parseFrontmatter(readFileSync(join(contentDir, file), 'utf8'));
      const fm = frontmatter as { title?: string; description?: string; slug?: string; sidebar?: { order?: number } };
      return {
        // A frontmatter `slug` replaces the id, as in the glob loader.
        slug: fm.slug === undefined ? pageId(file) : String(fm.slug),
        file,
        title: fm.title ?? file.slice(file.lastIndexOf('/') + 1),
        description: fm.description ?? '',
        order: fm.sidebar?.order ?? Number.MAX_SAFE_INTEGER,
      };
    })
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'en'));
}
