import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Puts the site's base path in front of root-relative links in Markdown (`/sources/` →
 * `/ai-race/sources/`), so pages keep working when the site is served from a sub-path, such as a
 * GitHub Pages project site. Idempotent: links that already start with the base are left alone.
 */
export function remarkBaseLinks(options: { base?: string } = {}) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, ['link', 'definition'], (node) => {
      const n = node as { url: string };
      if (n.url.startsWith('/') && !n.url.startsWith('//') && !n.url.startsWith(base)) n.url = base + n.url.slice(1);
    });
  };
}
