import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { ROOT, readPage } from '../helpers/site.ts';
import { findTopicFiles, pageId } from '../../scripts/core/topics.ts';
import { seedSite } from '../helpers/seed-site.ts';

const { dist } = await seedSite();
const topics = findTopicFiles(join(ROOT, 'content')).map((f) => pageId(f).replace(/^topics\//, ''));
const allHtml = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

describe.each(topics)('topic page %s', (topic) => {
  it('has at least two diagrams rendered as inline SVG, with their Mermaid source as text', async () => {
    const page = await readPage(dist, `/topics/${topic}/`);
    const figures = selectAll('main figure.diagram', page);
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const f of figures) {
      expect(select('svg[role="img"]', f)).toBeDefined();
      expect(toText(select('details pre', f)!)).toMatch(/^(flowchart|graph|sequenceDiagram|stateDiagram|classDiagram|erDiagram|xychart)/m);
    }
  });

  it('cites sources with links that resolve to an existing paragraph', async () => {
    const page = await readPage(dist, `/topics/${topic}/`);
    const links = selectAll('main a.cite-link', page);
    expect(links.length).toBeGreaterThan(5);
    for (const a of links) {
      const [path, anchor] = String(a.properties.href).split('#') as [string, string];
      // The cited sentence of the paragraph (`p5-s2`), or the paragraph itself.
      expect(anchor).toMatch(/^p\d+(-s\d+)?$/);
      expect(select(`#${anchor}`, await readPage(dist, path)), String(a.properties.href)).toBeDefined();
    }
  });
});

describe('diagrams reach readers as SVG only', () => {
  it('ships no Mermaid code and loads nothing from another host', () => {
    for (const file of allHtml(dist)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/mermaid(\.min)?\.js|beautiful-mermaid|fonts\.googleapis|@import/);
    }
    for (const e of readdirSync(join(dist, '_astro'))) {
      if (e.endsWith('.js')) expect(readFileSync(join(dist, '_astro', e), 'utf8'), e).not.toMatch(/mermaid|flowchart-v2|dagre|elkjs/i);
    }
  });

  it('every source page lists the topic pages that cite it', async () => {
    const page = await readPage(dist, '/sources/001_33b46b2abbfb9f43/');
    const citing = selectAll('main #cited-by ~ ul > li > a:first-child', page).map((a) => a.properties.href);
    expect(citing).toEqual(expect.arrayContaining(['/topics/compute-and-chips/', '/topics/capital/']));
  });
});
