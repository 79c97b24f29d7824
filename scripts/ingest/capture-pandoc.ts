import { parseByline } from './byline.ts';
import type { CaptureReader } from './capture-shape.ts';
import { parseDateLine } from './dates.ts';
import type { ArticleMeta } from './overrides.ts';

/**
 * pandoc converting a saved page (`pandoc -f html -t markdown -s`) writes the page's `<title>` as the
 * frontmatter's `title`, and the page's headline as a level-one heading in the body, between its
 * fenced divs (`::: {.article-header}`). The `<title>` is often the site's name, or "Headline | Site":
 * the heading is then the headline, and what the `<title>` adds is the site's name.
 */
const FENCED_DIV = /^:{3,}\s*(?:\{[^}]*\}|[\w-]+)?\s*$/m;
const HEADING = /^#\s+(\S.*?)\s*$/m;
/** A site's name is short. */
const MAX_SITE_WORDS = 6;

/** pandoc's attributes after a heading (`# Headline {#id .entry-title}`): the page's, not the headline's. */
const HEADING_ATTRIBUTES = /\s+\{[#.][^}]*\}\s*$/;
/** pandoc escapes Markdown's punctuation in the `<title>` it writes (`Headline \| Site`). */
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The frontmatter of a pandoc conversion, its title read as above; any other frontmatter is returned as it is. */
export function pandocTitle(meta: ArticleMeta, body: string): ArticleMeta {
  if (!meta.title || !FENCED_DIV.test(body)) return meta;
  const heading = HEADING.exec(body)?.[1]?.replace(HEADING_ATTRIBUTES, '');
  const title = unescape(meta.title);
  if (!heading || heading === title) return meta;
  let site: string | undefined;
  const escaped = RegExp.escape(heading);
  const glued = new RegExp(`^${escaped}\\s+[|–—-]\\s+(.+)$|^(.+?)\\s+[|–—-]\\s+${escaped}$`).exec(title);
  if (glued) site = glued[1] ?? glued[2];
  else {
    // A `<title>` sharing no word with the headline is the site's name.
    const h = words(heading);
    const t = words(title);
    if (t.size > MAX_SITE_WORDS || [...t].some((w) => h.has(w))) return meta;
    site = title;
  }
  return { ...meta, title: heading, ...(meta.publisher || !site ? {} : { publisher: site.trim() }) };
}

/** A line of spans alone (`[By A]{.byline} [March 18, 2025]{.dateline}`): each span was an element of its own. */
const SPAN = /\[([^[\]]+)\]\{[#.][^}]*\}/g;
const SPANS_ONLY = /^\s*(?:\[[^[\]]+\]\{[#.][^}]*\}\s*){2,}$/;

/**
 * pandoc writes a page's byline and date, two elements, as two spans on one line: read one by one, a
 * byline and a date are one byline line with its date (the text between them is only a space).
 */
export const readPandocSpans: CaptureReader = (lines, { markdown }) => {
  if (!markdown || !FENCED_DIV.test(lines.join('\n'))) return undefined;
  const edits = new Map<number, { facts: [{ kind: 'byline'; authors: string[]; date: { iso: string; hasTime: boolean } }] }>();
  lines.forEach((l, i) => {
    if (!SPANS_ONLY.test(l)) return;
    const spans = [...l.matchAll(SPAN)].map((m) => m[1]!.trim());
    const byline = spans.map((t) => parseByline(t)).find((b) => b && b.authors.length);
    const date = spans.map((t) => parseDateLine(t)).find((d) => d);
    if (byline && date) edits.set(i, { facts: [{ kind: 'byline', authors: byline.authors, date: { iso: date.iso, hasTime: date.hasTime } }] });
  });
  return edits.size ? { tool: 'pandoc', edits } : undefined;
};
