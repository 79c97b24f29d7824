/**
 * VitePress (and VuePress) write a page's metadata, when they write it at all, as the `<head>` tags the
 * page should get: frontmatter `head:` is a list of `[tag, attributes]` pairs such as
 * `[meta, { property: og:url, content: … }]` or `[link, { rel: canonical, href: … }]`. The tags are the
 * same as a saved page's `<meta>`, so they state the same facts; read here as the frontmatter's fields.
 */

/** Tag names (`name` or `property`, lower case) stating each field, in order of preference. */
const META_FIELDS = {
  title: ['og:title', 'twitter:title'],
  date: ['article:published_time', 'datepublished', 'date', 'pubdate'],
  author: ['author', 'article:author'],
  publisher: ['og:site_name', 'application-name'],
  url: ['og:url'],
} as const;

export type HeadField = keyof typeof META_FIELDS;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : v instanceof Date ? v.toISOString() : undefined);

/**
 * The fields a frontmatter `head:` list states, or nothing when `head` is not that list. A `<meta
 * name="author">` holding a URL (a profile link) names no one; a canonical `<link>` is the page's URL.
 */
export function headFields(head: unknown): Partial<Record<HeadField, string>> | undefined {
  if (!Array.isArray(head)) return undefined;
  const metas = new Map<string, string>();
  let canonical: string | undefined;
  for (const tag of head) {
    if (!Array.isArray(tag) || typeof tag[0] !== 'string' || !isObj(tag[1])) continue;
    const attrs = tag[1];
    if (tag[0] === 'link' && String(attrs.rel).toLowerCase() === 'canonical') canonical ??= text(attrs.href);
    if (tag[0] !== 'meta') continue;
    const key = text(attrs.property) ?? text(attrs.name) ?? text(attrs.itemprop);
    const value = text(attrs.content);
    if (key && value && !metas.has(key.toLowerCase())) metas.set(key.toLowerCase(), value);
  }
  const out: Partial<Record<HeadField, string>> = {};
  for (const [field, keys] of Object.entries(META_FIELDS) as [HeadField, readonly string[]][]) {
    const value = keys.map((k) => metas.get(k)).find((v) => v !== undefined && !(field === 'author' && /^https?:/.test(v)));
    if (value) out[field] = value;
  }
  if (canonical) out.url = canonical;
  return Object.keys(out).length ? out : undefined;
}
