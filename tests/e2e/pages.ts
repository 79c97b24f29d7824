import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { topicPages } from '../../scripts/core/topics.ts';
import { ROOT } from '../helpers/site.ts';

/** The first sub-folder of `dist/<dir>/` that holds a page, if any. */
function firstPageUnder(dist: string, dir: string): string | undefined {
  if (!existsSync(join(dist, dir))) return undefined;
  const name = readdirSync(join(dist, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'page' && existsSync(join(dist, dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort()[0];
  return name === undefined ? undefined : `/${dir}/${name}/`;
}

/** One page of every page type the build made, as [type, path]. */
export function pageTypes(dist: string): [string, string][] {
  const topic = topicPages(join(ROOT, 'content'))[0];
  const candidates: [string, string | undefined][] = [
    ['home', '/'],
    ['topic', topic && `/${topic.slug}/`],
    ['source', firstPageUnder(dist, 'sources')],
    ['sources index', '/sources/'],
    ['entities index', '/entities/'],
    ['entity', firstPageUnder(dist, 'entities')],
    ['figures ledger', '/figures/'],
    ['figures about no entity', '/figures/unattributed/'],
    ['timeline', '/timeline/'],
    ['timeline, a later page', '/timeline/2/'],
    ['contested claims', '/claims/'],
    ['glossary', '/glossary/'],
    ['side-by-side table', '/topics/us-and-china/'],
    ['data index', '/data/'],
    ['not found', '/404.html'],
  ];
  return candidates.filter((c): c is [string, string] => !!c[1] && existsSync(join(dist, c[1].endsWith('/') ? `${c[1]}index.html` : c[1])));
}

/** The two widths every page type must work at: a phone (as a phone, with touch) and a laptop. */
export const VIEWPORTS = [
  { name: 'phone 390', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop 1366', viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false },
] as const;

export const SCHEMES = ['light', 'dark'] as const;
