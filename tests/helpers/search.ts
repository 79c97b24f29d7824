import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RANKING } from '../../src/lib/search-ranking.ts';

interface PagefindResult {
  score: number;
  data(): Promise<{ url: string; content: string; excerpt: string; filters: Record<string, string[]>; meta: Record<string, string>; anchors: { element: string; id: string; text: string; location: number }[] }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy?(): Promise<void>;
}

/** Pagefind clients of this worker, by dist/: each loads its WebAssembly and index once, not per search. */
const clients = new Map<string, Promise<Pagefind>>();

/** Serves `dist` on 127.0.0.1 (for as long as this worker runs: the server does not hold it open) and loads its Pagefind client. */
async function loadPagefind(dist: string): Promise<Pagefind> {
  const server = createServer(async (req, res) => {
    try {
      const body = await readFile(join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
      res.writeHead(200).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  server.unref();
  const { port } = server.address() as AddressInfo;
  // A fresh module instance per site: the query string makes Node load it again.
  const pf = (await import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?${port}`)) as Pagefind;
  // The site's own ranking parameters, as its search box passes them.
  await pf.options({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/', ranking: RANKING });
  return pf;
}

/**
 * Runs Pagefind's own search client (dist/pagefind/pagefind.js, as browsers load it) in Node against
 * a built site served on 127.0.0.1. One client per site and worker serves every call: searches and
 * filter lists leave no state in it (loading it for each search took several times the search).
 */
export async function withPagefind<T>(dist: string, use: (pf: Pagefind) => Promise<T>): Promise<T> {
  let client = clients.get(dist);
  if (!client) {
    client = loadPagefind(dist);
    clients.set(dist, client);
    // A failed load is not kept: the next call tries again (and reports its own error).
    client.catch(() => clients.delete(dist));
  }
  return use(await client);
}

/** A search hit: the page URL and the text Pagefind indexed for it. */
export interface Hit {
  url: string;
  content: string;
}

/** The pages a query finds, best first. Pagefind also matches words that start alike. */
export function searchSite(dist: string, query: string, filters?: Record<string, string>): Promise<Hit[]> {
  return withPagefind(dist, async (pf) => {
    const r = await pf.search(query, filters ? { filters } : {});
    return Promise.all(r.results.map(async (x) => x.data()));
  });
}

/** The source pages (not the sources index) whose indexed text contains `term` exactly. */
export async function sourcePagesWith(dist: string, term: string): Promise<string[]> {
  const hits = await searchSite(dist, term);
  return hits
    .filter((h) => h.url.startsWith('/sources/') && h.url !== '/sources/' && h.content.includes(term))
    .map((h) => h.url)
    .sort();
}
