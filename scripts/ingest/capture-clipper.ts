import { siteOfPageTitle } from './capture-shape.ts';
import type { ArticleMeta } from './overrides.ts';

/**
 * Obsidian's Web Clipper writes the page's `<title>` as the note's `title`, beside `source` (the page's
 * address) and `created` (when it was clipped: never the publication date, so never read). A `<title>` is
 * often "Headline | Site": the site's name is not part of the headline. It is split off when a `|` sets
 * it apart, or another separator sets apart the name the address's host spells ("Pacific Ledger" on
 * pacificledger.example.com).
 */
const CLIPPER_KEYS = [/^source:/m, /^created:/m];
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function clipperTitle(meta: ArticleMeta, yaml: string | undefined): ArticleMeta {
  if (!meta.title || !yaml || !CLIPPER_KEYS.every((k) => k.test(yaml))) return meta;
  const parts = /^(.+?)\s+\|\s+([^|]{2,60})$/.exec(meta.title);
  const host = meta.url ? new URL(meta.url).hostname : '';
  const named = (site: string) => squash(site).length >= 4 && squash(host).includes(squash(site));
  let title = parts?.[1];
  let site = parts?.[2];
  if (!parts) {
    const m = /^(.+)\s+[–—·-]\s+(.{2,60})$/.exec(meta.title);
    if (m && named(m[2]!)) [title, site] = [m[1], m[2]];
  }
  if (!title || !site || siteOfPageTitle(meta.title, [title]) !== site.trim()) return meta;
  // "Post title | Jane Doe": a personal site titles its pages with its author's name, which names no outlet.
  const byAuthor = (meta.author ?? []).some((a) => squash(a) === squash(site));
  return { ...meta, title: title.trim(), ...(meta.publisher || byAuthor ? {} : { publisher: site.trim() }) };
}
