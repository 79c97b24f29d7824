/**
 * Slugs and heading ids: the one place that calls github-slugger, the algorithm GitHub and Astro use
 * for heading anchors, so ids made here match the ones Astro gives Markdown headings.
 */
import GithubSlugger, { slug } from 'github-slugger';

/** The slug of a name or file name: lower case, spaces to hyphens, punctuation dropped. */
export function slugify(text: string): string {
  return slug(text);
}

/**
 * Heading ids for one page: each call slugs a heading's text and makes it unique on the page
 * (`costs`, `costs-1`, …). `reserved` ids (paragraph anchors) are taken first, so no heading
 * gets one of them.
 */
export function headingIds(reserved: Iterable<string> = []): (text: string) => string {
  const slugger = new GithubSlugger();
  for (const id of reserved) slugger.slug(id);
  return (text) => slugger.slug(text);
}
