import { looksLikeOutlet } from './outlet-name.ts';

/**
 * A syndicated copy: a page whose canonical link points to another site than its own address (`og:url`)
 * was first published there. When the page links to that site with a name ("This article first appeared in
 * <a href="https://original.example/…">Harbour Insights</a>"), the name is the publisher's, not the host's
 * `og:site_name`. Undefined when the page is its own canonical, or names no link to the original's site.
 */
export function originalPublisher(document: Document, canonical: string | undefined, ownUrl: string | undefined): string | undefined {
  const host = (u: string | undefined) => (u ? URL.parse(u)?.hostname.replace(/^www\./, '').toLowerCase() : undefined);
  const original = host(canonical);
  const own = host(ownUrl);
  if (!original || !own || original === own) return undefined;
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    if (host(a.getAttribute('href') ?? undefined) !== original) continue;
    const name = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A name, not a link's sentence or its address: a few capitalised words.
    if (name && name.split(' ').length <= 6 && /^\p{Lu}/u.test(name) && !/^https?:/i.test(name) && (looksLikeOutlet(name) || /^(?:\p{Lu}[\p{L}&.'’-]*\s?)+$/u.test(name))) return name;
  }
  return undefined;
}
