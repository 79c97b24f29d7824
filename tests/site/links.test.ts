import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { seedSite } from '../helpers/seed-site.ts';
import { parseHtml } from '../helpers/site.ts';

const { dist } = await seedSite();

/** Every HTML file in `dir`, as paths relative to it with forward slashes. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The file in dist/ a URL path is served from (`/a/` → `a/index.html`), or undefined if there is none. */
function fileForPath(distDir: string, path: string): string | undefined {
  const rel = decodeURIComponent(path).replace(/^\/+/, '');
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
  return candidates.find((c) => existsSync(join(distDir, c)) && statSync(join(distDir, c)).isFile());
}

const trees = new Map<string, Root>();
/** The parsed page for a dist-relative HTML file (cached). */
function tree(file: string): Root {
  let t = trees.get(file);
  if (!t) trees.set(file, (t = parseHtml(readFileSync(join(dist, file), 'utf8'))));
  return t;
}
const idCache = new Map<string, Set<string>>();
/** The ids (and `<a name>`s) a page defines: what a fragment may point at. */
function ids(file: string): Set<string> {
  let s = idCache.get(file);
  if (!s) {
    s = new Set(selectAll('[id], a[name]', tree(file)).map((e) => String(e.properties.id ?? e.properties.name)));
    idCache.set(file, s);
  }
  return s;
}

/** Why an internal href on page `from` is broken, or undefined if it resolves. */
function brokenReason(from: string, href: string): string | undefined {
  const hashAt = href.indexOf('#');
  const pathPart = (hashAt < 0 ? href : href.slice(0, hashAt)).replace(/\?.*$/, '');
  const fragment = hashAt < 0 ? undefined : decodeURIComponent(href.slice(hashAt + 1));
  let target = from;
  if (pathPart !== '') {
    const base = site.base.replace(/\/$/, '');
    if (base && !pathPart.startsWith(`${base}/`)) return `outside the site base ${site.base}`;
    const found = fileForPath(dist, pathPart.slice(base.length));
    if (!found) return 'no such file in dist/';
    target = found;
  }
  // An empty fragment ("#") means the top of the page, as browsers treat it.
  if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) return `no element with id="${fragment}" in ${target}`;
  return undefined;
}

describe('internal links in the built site', () => {
  const files = htmlFiles(dist);

  it('finds the pages and the paragraph links to check', () => {
    expect(files.length).toBeGreaterThan(5);
    const hrefs = files.flatMap((f) => selectAll('a[href]', tree(f)).map((a: Element) => String(a.properties.href)));
    // Citations and paragraph permalinks: `/sources/<slug>/#pN` and `#pN`.
    expect(hrefs.some((h) => /^\/sources\/[^/]+\/#p\d+$/.test(h))).toBe(true);
    expect(hrefs.some((h) => /^#p\d+$/.test(h))).toBe(true);
  });

  it('every internal href (starting with / or #) resolves to a file and, for #fragments, an element with that id', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const a of selectAll('a[href], area[href]', tree(file))) {
        const href = String(a.properties.href);
        const internal = href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'));
        if (!internal) continue;
        checked++;
        const why = brokenReason(file, href);
        if (why) broken.push(`${file}: ${href} — ${why}`);
      }
    }
    expect(checked).toBeGreaterThan(files.length);
    expect([...new Set(broken)], `broken internal links:\n${[...new Set(broken)].join('\n')}`).toEqual([]);
  });

  it('the checker itself reports a missing page and a missing anchor', () => {
    const someSource = files.find((f) => /^sources\/[^/]+\/index\.html$/.test(f))!;
    expect(someSource).toBeDefined();
    expect(brokenReason(someSource, '/no-such-page-here/')).toMatch(/no such file/);
    expect(brokenReason(someSource, '#no-such-anchor-here')).toMatch(/no element with id/);
    expect(brokenReason(someSource, `/${someSource.replace(/index\.html$/, '')}#no-such-anchor-here`)).toMatch(/no element with id/);
    expect(brokenReason(someSource, `/${someSource.replace(/index\.html$/, '')}`)).toBeUndefined();
  });
});
