// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { site } from './site.config.ts';


export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // No telemetry, no prefetch of other hosts, nothing fetched at build or view time.
  prefetch: false,
  markdown: {
    processor: unified({ remarkPlugins: [] }),
  },
  integrations: [
    starlight({
      title: site.title,
      description: site.description,
      customCss: ['./src/styles/custom.css'],
      sidebar: [
        { label: 'Topics', items: [{ autogenerate: { directory: 'topics' } }] },
        {
          label: 'Sources',
          items: [{ label: 'All source articles', link: '/sources/' }],
        },
      ],
      lastUpdated: false,
      pagination: false,
    }),
    mdx(),
  ],
});
