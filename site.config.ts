/**
 * The one place for site-wide settings. Everything else (Astro config, ingest, feeds, edit links)
 * reads these values.
 */
export const site = {
  /** Public URL the site is deployed to (used for canonical links, the sitemap and feeds). */
  url: process.env.SITE_URL ?? 'https://ai-race-explainer.example.org',
  /** Path under the URL, for project pages on GitHub Pages (e.g. `/ai-race-explainer`). */
  base: process.env.SITE_BASE ?? '/',
  title: 'The AI Model Race',
  description:
    'An open explainer on the 2024–25 AI model race between the US and China — chips, training methods, capital and regulation — traced paragraph by paragraph to news sources.',
  /** Repository that holds the content, for "Edit this page" and raw-article links. */
  repo: process.env.SITE_REPO ?? 'https://github.com/ai-race-explainer/ai-race-explainer',
  /** Branch that edit links point at. */
  branch: 'main',
} as const;

/** Where content lives, relative to the project root. */
export const paths = {
  /** Hand-written pages (content/index.mdx, content/topics/): which files count is decided in scripts/core/topics.ts. */
  content: 'content',
  articles: 'content/articles',
  entities: 'content/entities.yaml',
} as const;
