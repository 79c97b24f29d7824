import { parseNameLine } from './byline-names.ts';
import { parseDateLine } from './dates.ts';
import { headFields } from './frontmatter-head.ts';
import { TEAM_NAME } from './outlet-name.ts';

/**
 * Frontmatter written by other tools (blog generators, web clippers, note apps, CMS exports): the keys
 * and shapes they use for the facts the article schema names, read into the schema's own keys.
 */

/** The article schema's fields (overrides.ts passes its zod shape): each validates a value. */
type Shape = Readonly<Record<'title' | 'date' | 'author' | 'publisher' | 'url', { safeParse: (value: unknown) => { success: boolean } }>>;

/**
 * Keys other tools (blog generators, web clippers, CMS exports) write for the same facts, in order of
 * preference; read only when the schema's own key is absent, and a `source` only when it is a URL.
 */
const ALIASES: Record<'title' | 'date' | 'url' | 'author' | 'publisher', string[]> = {
  // `subject`: a newsletter platform's export (Buttondown) names an issue by its e-mail subject.
  title: ['subject'],
  date: ['published', 'published_date', 'pubDate', 'publishDate', 'date_published', 'datePublished', 'published_at', 'publishedAt', 'publish_date', 'publication_date'],
  url: ['canonical', 'canonical_url', 'canonicalURL', 'source', 'source_url', 'original_url', 'link'],
  author: ['authors', 'byline', 'creator'],
  publisher: ['site', 'site_name', 'siteName', 'publication', 'outlet'],
};
/** "#87: ", "Issue 87 — ", "No. 87: ": an issue number opening a newsletter's subject. */
const ISSUE_PREFIX = /^(?:#|(?:issue|no\.)\s*#?)\d+\s*[:.–—-]\s+/i;
/** "[[Priya Raman]]": a wiki link around a name, as note apps write it. */
const unwiki = (v: unknown) => (typeof v === 'string' ? v.replace(/^\[\[([^\]|]+)(?:\|([^\]]+))?\]\]$/, (_, a: string, b?: string) => (b ?? a).trim()) : v);
/** "Hana Sato <hana@example.org> (https://…)": a mailbox as package manifests and feeds write an author is named by its name. */
const mailbox = (v: unknown) => (typeof v === 'string' ? v.replace(/^([^<>()]*\p{L}[^<>()]*?)\s*<[^<>\s]+@[^<>\s]+>(?:\s*\([^()]*\))?$/u, '$1').trim() : v);
/**
 * `{ name: "A", title: "Engineer", url: … }`: an author written as an object is named by its `name`
 * (Docusaurus, Hugo, JSON Feed), `display_name` (WordPress exports, jekyll-import) or its given and
 * family names (`first_name`/`last_name`, schema.org's `givenName`/`familyName`).
 */
function named(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  const text = (k: string) => (typeof o[k] === 'string' && o[k].trim() ? o[k].trim() : undefined);
  const given = text('first_name') ?? text('givenName');
  const family = text('last_name') ?? text('familyName');
  return text('name') ?? text('display_name') ?? text('displayName') ?? (given && family ? `${given} ${family}` : v);
}

/** `date: { created: 2025-04-30, updated: … }` (MkDocs Material's blog): the publication date is one key of an object. */
const DATE_OBJECT_KEYS = ['published', 'created', 'date'];

/**
 * Tables where a generator keeps the fields it has no key of its own for: Zola's `[extra]`, Hugo's
 * `params`. A field stated only there (`[extra] author = …`, `canonical = …`) is the page's all the same.
 */
const EXTRA_TABLES = ['extra', 'params'];

/**
 * Reads the keys other tools write for the schema's fields into those fields, in place: the fields of
 * `[extra]`/`params`, a VitePress `head:` list, a date object, wiki-linked or mailbox authors, and the aliases.
 */
export function readAliases(data: Record<string, unknown>, shape: Shape): void {
  for (const table of EXTRA_TABLES) {
    const t = data[table];
    if (typeof t !== 'object' || t === null || Array.isArray(t) || t instanceof Date) continue;
    const rest = { ...(t as Record<string, unknown>) };
    for (const [k, v] of Object.entries(rest)) {
      if (data[k] !== undefined || !(k in shape || Object.values(ALIASES).some((ks) => ks.includes(k)))) continue;
      data[k] = v;
      delete rest[k];
    }
    // What the table holds besides (`toc`, `comments`) stays an ignored field, with its warning.
    if (Object.keys(rest).length) data[table] = rest;
    else delete data[table];
  }
  // VitePress: the metadata as the page's `<head>` tags (frontmatter-head.ts), read where the frontmatter's own keys are absent.
  const head = headFields(data.head);
  if (head) {
    // A tag the schema would reject ("content: May 14") is left unread, never an error of a field the file does not name.
    for (const [field, value] of Object.entries(head) as [keyof typeof head, string][]) if (data[field] === undefined && shape[field].safeParse(value).success) data[field] = value;
    delete data.head;
  }
  const d = data.date;
  if (typeof d === 'object' && d !== null && !Array.isArray(d) && !(d instanceof Date)) {
    const key = DATE_OBJECT_KEYS.find((k) => (d as Record<string, unknown>)[k] !== undefined);
    if (key) data.date = (d as Record<string, unknown>)[key];
  }
  readSourceLink(data);
  const unwikiAll = (v: unknown) => (Array.isArray(v) ? v.map((x) => mailbox(unwiki(named(x)))) : mailbox(unwiki(named(v))));
  if (data.author !== undefined) data.author = unwikiAll(data.author);
  for (const [field, keys] of Object.entries(ALIASES) as [keyof typeof ALIASES, string[]][]) {
    if (data[field] !== undefined) continue;
    // A value the schema would reject stays an ignored field (with its warning), never an error of a field the file does not name.
    // `authors: [jdoe]` (Docusaurus, Hugo) names keys into the site's own author list, not names: left as an ignored field.
    const handles = (v: unknown) => field === 'author' && [v].flat().every((x) => typeof x === 'string' && /^[a-z\d_.-]+$/.test(x));
    // `pubDate: 'Jul 14 2025'` (Astro's blog template): a date other tools write in words is read as a date line, with its year.
    const value = (k: string) => {
      const v = unwikiAll(data[k]);
      // "#87: Headline", "Issue 87: Headline": the issue's number before a subject is the series', not the title's.
      if (field === 'title' && typeof v === 'string') return v.replace(ISSUE_PREFIX, '').trim() || v;
      return field === 'date' && typeof v === 'string' && !shape.date.safeParse(v).success ? (parseDateLine(v)?.iso ?? v) : v;
    };
    const key = keys.find((k) => data[k] !== undefined && !handles(data[k]) && shape[field].safeParse(value(k)).success);
    if (key) {
      data[field] = value(key);
      delete data[key];
    }
  }
  // `author: "A, B"`, `author: "A and B"` (Readwise Reader, Pocket exports): one string naming several people is their list.
  if (typeof data.author === 'string' && /,|\sand\s|&/.test(data.author)) {
    const people = parseNameLine(data.author.trim());
    if (people && people.length >= 2) data.author = people;
  }
  // `author: "Qwen Team"`: a team is no person; the post names no author (and the field is not an error).
  if (Array.isArray(data.author)) data.author = data.author.filter((a) => typeof a !== 'string' || !TEAM_NAME.test(a.trim()));
  if ((typeof data.author === 'string' && TEAM_NAME.test(data.author.trim())) || (Array.isArray(data.author) && data.author.length === 0)) delete data.author;
}

/** "[The Northern Courier](https://…)": a Markdown link as a field's value (Logseq, Obsidian and Notion properties). */
const MD_LINK = /^\[([^\][]{1,120})\]\((https?:\/\/[^\s()]+)\)$/;
/**
 * `source:: [Site Name](https://…/story)`: a note app writes the page it clipped as a link; its address is the article's, and
 * its text, when it is a short name and not the headline or an address, is the site's name, as a link's text on a page names it.
 */
function readSourceLink(data: Record<string, unknown>): void {
  for (const key of ['url', ...ALIASES.url]) {
    const m = typeof data[key] === 'string' ? MD_LINK.exec(data[key].trim()) : null;
    if (!m) continue;
    data[key] = m[2];
    const text = m[1]!.trim();
    const title = typeof data.title === 'string' ? data.title.trim().toLowerCase() : '';
    const isName = text.split(/\s+/).length <= 6 && !/[.!?:]$|^https?:|^[\w-]+(?:\.[\w-]+)+$/.test(text) && text.toLowerCase() !== title;
    if (isName && ALIASES.publisher.every((k) => data[k] === undefined) && data.publisher === undefined) data.publisher = text;
  }
}

/** An author field of ids only (`authors: [jdoe, kwu]`, Docusaurus and MkDocs keys into the site's author file), left unread as names. */
export function authorIds(data: Record<string, unknown>): string[] {
  if (data.author !== undefined) return [];
  const v = ALIASES.author.map((k) => data[k]).find((x) => x !== undefined);
  const ids = [v].flat();
  return v !== undefined && ids.length > 0 && ids.length <= 8 && ids.every((x) => typeof x === 'string' && /^[a-z\d_.-]{2,40}$/.test(x)) ? (ids as string[]) : [];
}
