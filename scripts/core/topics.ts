import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** A topic page as the sidebar and home page need it. */
export interface TopicPage {
  /** Docs collection id and URL path, e.g. `topics/capital`. */
  slug: string;
  title: string;
  description: string;
  order: number;
}

/**
 * Lists the topic explainers in content/topics/ in their deliberate reading order (frontmatter
 * `sidebar.order`, then title). Files starting with `_` are drafts and are skipped.
 */
export function topicPages(dir: string): TopicPage[] {
  return readdirSync(dir)
    .filter((f) => /^[^_.].*\.mdx?$/.test(f))
    .map((f) => {
      const { frontmatter } = parseFrontmatter(readFileSync(join(dir, f), 'utf8'));
      const fm = frontmatter as { title?: string; description?: string; sidebar?: { order?: number } };
      return {
        slug: `topics/${f.replace(/\.mdx?$/, '')}`,
        title: fm.title ?? f,
        description: fm.description ?? '',
        order: fm.sidebar?.order ?? Number.MAX_SAFE_INTEGER,
      };
    })
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'en'));
}
