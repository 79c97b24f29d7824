// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { lookupFromArticleFiles } from './scripts/citations/corpus.ts';
import { paths, site } from './site.config.ts';
import { buildHeap } from './src/integrations/build-heap.ts';
import { buildNoPrebundle } from './src/integrations/build-no-prebundle.ts';
import { loaderOnce } from './src/integrations/loader-once.ts';
import { dataFiles } from './src/integrations/data-files.ts';
import { expressiveCode } from './src/integrations/expressive-code.ts';
import { outDirKept } from './src/integrations/out-dir-kept.ts';
import { bundleCount, searchIndex, searchSettings } from './src/integrations/search-index.ts';
import { listArticleFiles } from './scripts/ingest/load.ts';
import { inlineScriptHashes, starlightInlineScriptHashes } from './src/integrations/csp-inline-hashes.ts';
import { remarkBaseLinks } from './src/integrations/remark-base-links.ts';
import { remarkCitations } from './src/integrations/remark-citations.ts';
import { remarkClaims } from './src/integrations/remark-claims.ts';
import { gazetteerFromFile, remarkEntityLinks } from './src/integrations/remark-entity-links.ts';
import { remarkMermaid } from './src/integrations/remark-mermaid.ts';
import { projectDiagramCache } from './src/lib/diagram-cache.ts';
import { remarkSourceNames, shortNamesFromArticles, sourceNamesFromArticles } from './src/integrations/remark-source-names.ts';
import { rehypeSearchIgnore } from './src/integrations/rehype-search-ignore.ts';
import { topicPages } from './scripts/core/topics.ts';
import { RANKING } from './src/lib/search-ranking.ts';
import { claimsPath, entityPath, figuresPath, glossaryPath, sourcesIndexPath, timelinePath } from './scripts/core/routes.ts';

// Remark plugins read articles and the gazetteer from the project's content (scripts/citations/corpus.ts).
const root = fileURLToPath(new URL('.', import.meta.url));
// Astro's cache folder (its default, `cacheDir`), where the diagram cache (src/lib/diagram-cache.ts) sits beside the loader's article bodies.
const cacheDir = new URL('./node_modules/.astro/', import.meta.url);
// The search index is built in bundles of at most 3,500 source pages (src/integrations/search-index.ts);
// SEARCH_BUNDLE_SOURCES sets another size (to try merged search on a small site).
const searchBundles = bundleCount(listArticleFiles(fileURLToPath(new URL(paths.articles, import.meta.url))).length, Number(process.env.SEARCH_BUNDLE_SOURCES) || undefined);

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // No telemetry, no prefetch of other hosts, nothing fetched at build or view time.
  prefetch: false,
  // Content-Security-Policy (a <meta> per page): scripts only from the site itself or inline ones
  // whose hash is known at build (Astro's bundles, Starlight's inline scripts), so markup that slipped
  // into a page could not run. Pagefind needs WebAssembly. Styles stay open to inline CSS: Starlight
  // and Pagefind's UI set `style` attributes, and build-time diagrams carry their own <style>.
  security: {
    csp: {
      directives: ["base-uri 'self'", "object-src 'none'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [...starlightInlineScriptHashes(), ...inlineScriptHashes(fileURLToPath(new URL('./src', import.meta.url)))] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // A rebuild copies the source pages whose cache key is unchanged from the last build (src/lib/source-page-key.ts).
  experimental: { incrementalBuild: true },
  // Build-time only, and large: loaded from node_modules when a page needs them, never bundled.
  // Scripts are files of their own, never inlined: every page of a 10,000-article site carried ≈ 5 KB
  // of the same inline modules (previews, theme, sidebar state); as files a browser fetches them once.
  vite: { ssr: { external: ['mermaid', 'linkedom', 'beautiful-mermaid'] }, build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  markdown: {
    processor: unified({
      remarkPlugins: [
        // Drawn diagrams are kept by a digest of their source and the drawing code: a rebuild draws only new ones.
        [remarkMermaid, { cache: projectDiagramCache(root, fileURLToPath(cacheDir)) }],
        // Entity links first: the ids it gives paragraphs come from their text as written in the MDX,
        // which is what entity pages compute them from (src/lib/topic-sentences.ts).
        [remarkEntityLinks, { gazetteer: gazetteerFromFile(root), sourceName: shortNamesFromArticles(root), base: site.base }],
        // Before citations: names and claim sides become part of the sentences citations check.
        [remarkSourceNames, { lookup: sourceNamesFromArticles(root), base: site.base }],
        [remarkClaims, { base: site.base }],
        [remarkCitations, { lookup: lookupFromArticleFiles(root), base: site.base }],
        [remarkBaseLinks, { base: site.base }],
      ],
      rehypePlugins: [rehypeSearchIgnore],
    }),
  },
  integrations: [
    starlight({
      title: site.title,
      description: site.description,
      customCss: ['./src/styles/custom.css', './src/styles/diagrams.css', './src/styles/claims.css'],
      head: [
        {
          tag: 'link',
          attrs: { rel: 'alternate', type: 'application/rss+xml', title: site.title, href: `${site.base.replace(/\/?$/, '/')}rss.xml` },
        },
      ],
      sidebar: [
        { label: 'Topics', items: topicPages(paths.content).map((t) => t.slug) },
        {
          label: 'Reference',
          items: [
            { label: 'Contested claims', link: claimsPath() },
            { label: 'Glossary', link: glossaryPath() },
            { label: 'Sources', link: sourcesIndexPath() },
            { label: 'Entities', link: entityPath() },
            { label: 'Figures ledger', link: figuresPath() },
            { label: 'Timeline', link: timelinePath() },
          ],
        },
      ],
      // Code blocks (a diagram's Mermaid source) highlighted whole whatever the clock: Shiki's time limit made output depend on load.
      expressiveCode,
      // "Edit page" links on hand-written pages point at their file in the repository.
      editLink: { baseUrl: `${site.repo}/edit/${site.branch}/` },
      components: {
        // Topic pages get search filters and the figures ledger's disagreement notes.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // "Last updated" from git on hand-written pages; Previous/Next only between topic pages.
        LastUpdated: './src/components/overrides/LastUpdated.astro',
        Pagination: './src/components/overrides/Pagination.astro',
        // Page titles (article headlines) as escaped text, not raw HTML; loads the preview script.
        Head: './src/components/overrides/Head.astro',
        // Search weight of the title by page kind (src/lib/search-ranking.ts).
        PageTitle: './src/components/overrides/PageTitle.astro',
      },
      // The overrides above decide where these show; the 404 page is src/pages/404.astro.
      lastUpdated: false,
      // Search ranking: see src/lib/search-ranking.ts (weights by page kind; figures stubs not indexed).
      // The index is written by searchIndex() below, in bundles merged at query time.
      pagefind: searchSettings(searchBundles, site.base, RANKING),
      routeMiddleware: './src/route-data.ts',
      pagination: true,
      disable404Route: true,
    }),
    mdx(),
    // dist/ is kept between builds (unchanged pages stay where they are); what this build did not make is removed before the search index reads it.
    outDirKept(),
    // Replaces Starlight's Pagefind run: the index in bundles of at most 3,500 source pages.
    searchIndex(searchBundles),
    // The public data files are streamed to dist/data/ by their endpoints, never held whole (data-files.ts).
    dataFiles(),
    // The build's heap grows by at most half of what survives a collection (resident memory at 10,000 articles).
    buildHeap(),
    // No pre-bundling of client dependencies for the dev server Astro starts inside a build.
    buildNoPrebundle(),
    // The content config's articles loader is the config's instance, not a second copy of the ingest.
    loaderOnce(),
  ],
});
