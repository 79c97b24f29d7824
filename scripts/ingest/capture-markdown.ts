import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { CaptureEdits, CaptureReader } from './capture-shape.ts';
import { SOURCE_LINK } from './header-line-url.ts';
import { plain } from './headline.ts';

/**
 * Markdown as capture tools write it (Firecrawl, trafilatura, Jina Reader, MarkDownload, pandoc from
 * HTML): sentences carry escapes (`\>`, `\|`), links with titles (`[Commerce](https://… "U.S. Commerce")`)
 * and pandoc's attributes (`[text]{.pullquote}`, `# Headline {#id .headline}`). On a line of prose these
 * are read as Markdown, so the body holds the text a reader saw. A line that is only links (a menu, a
 * share row, a logo) or holds an image is left as written, for the chrome rules to read. MarkDownload's `> ## Excerpt`
 * block (the page's description, repeated above the article) is the tool's, and so is the list of
 * numbered link definitions html2text ends a page with (its links, `[text][3]`, are read as their text).
 */

/** Marks of inline Markdown worth reading a line for: a link or image, a backslash escape, a pandoc attribute. */
const INLINE_MARK = /\]\(|\\[!-/:-@[-`{-~]|\]\{[#.]|\)\{[#.]|\s\{[#.][^}]*\}\s*$|<https?:\/\//;
/** Links and images, an image inside a link included. */
const LINKS = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\([^)]*\)(?:\{[^}]*\})?/g;
/** A pandoc span whose text holds no bracket but a link's (`[by [A](url)]{.byline}`). */
const SPAN = /\[((?:[^[\]]|\[[^[\]]*\]\([^)]*\))*)\]\{[#.][^}]*\}/g;
/** The block marks before a line's text: heading, list item, quote. */
const BLOCK_PREFIX = /^\s*(?:(?:#{1,6}|[-*+]|\d+[.)]|>)\s+)*/;
const EXCERPT_START = /^>\s*#{1,6}\s*Excerpt\s*$/i;
const processor = unified().use(remarkParse);

/** A line's inline Markdown as text (`By [A](url "A")` → `By A`); its block marks (`# `, `- `) stay. */
export function inlineText(line: string): string {
  const prefix = BLOCK_PREFIX.exec(line)![0];
  let rest = line.slice(prefix.length).replace(/\)\{[#.][^}]*\}/g, ')');
  // pandoc: `[text]{.class}` is a span, `{#id .class}` after a heading or a link is its attributes.
  // Spans nest (`[[Posted on]{.posted-on} [May 2]{.published}]{.meta}`) and hold links: read from the inside out.
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(SPAN, '$1');
  }
  rest = rest.replace(/\s+\{[#.][^}]*\}\s*$/, '');
  const text = toString(processor.parse(rest)).replace(/\s*\n\s*/g, ' ');
  return `${prefix}${text}`;
}

/** Whether a line says anything besides its links (a menu row of links says nothing of its own). */
const hasProse = (line: string) => /[\p{L}\p{N}]/u.test(line.replace(BLOCK_PREFIX, '').replace(LINKS, ''));

/** A whole line linking a short name to an author's page: `/author/…`, `/authors/…`, `/by/…`, `/people/…`, `/profile/…`, `/writers/…`. */
const AUTHOR_LINK = /^\[(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\]\(https?:\/\/[^)\s]+\/(?:authors?|by|people|profiles?|writers?|staff)\/[^)\s]+(?:\s+"[^"]*")?\)$/u;
/** A reference-style link's definition, as html2text lists them at the end: `   [3]: https://…`. */
const DEFINITION = /^\s*\[(\d+)\]:\s+\S+$/;
/** A link that points into that list: `[text][3]`. */
const REFERENCE_LINK = /\[([^[\]]+)\]\[(\d+)\]/g;

/** The definitions closing the text (blank lines between them allowed): their lines and numbers. */
function definitions(lines: readonly string[]): { at: number[]; numbers: Set<string> } {
  const at: number[] = [];
  const numbers = new Set<string>();
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.trim() === '') continue;
    const m = DEFINITION.exec(lines[i]!);
    if (!m) break;
    at.push(i);
    numbers.add(m[1]!);
  }
  return { at, numbers };
}

/** Lines of prose holding a Markdown link to a web address (`the [operator](https://…) said`). */
const LINKED_PROSE = /\p{L}.*\]\(https?:\/\/[^)\s]+(?:\s+"[^"]*")?\)|\]\(https?:\/\/[^)\s]+(?:\s+"[^"]*")?\).*\p{L}/u;
/** A plain-text file with this many such lines is Markdown (html2text, a converter's output saved as .txt). */
const MIN_LINKED_LINES = 2;

export const readMarkdownCapture: CaptureReader = (lines, options) => {
  const markdown = options.markdown || lines.filter((l) => l.includes('](http') && !l.includes('![') && LINKED_PROSE.test(l) && hasProse(l)).length >= MIN_LINKED_LINES;
  // html2text's links by number, with their list at the end: its shape, in a .txt as much as in a .md.
  const defs = definitions(lines);
  if (!markdown && defs.at.length < 2) return undefined;
  const edits: CaptureEdits = new Map();
  if (defs.at.length >= 2) {
    for (const i of defs.at) edits.set(i, null);
    lines.forEach((l, i) => {
      if (edits.has(i) || !l.includes('][') || !hasProse(l.replace(REFERENCE_LINK, ''))) return;
      const text = l.replace(REFERENCE_LINK, (link, t: string, n: string) => (defs.numbers.has(n) ? t : link));
      if (text !== l) edits.set(i, text);
    });
  }
  if (!markdown) return edits.size ? { tool: 'html2text', edits } : undefined;
  // MarkDownload: `> ## Excerpt`, the quoted description, then a `---` rule before the article.
  const start = lines.findIndex((l) => EXCERPT_START.test(l.trim()));
  if (start >= 0) {
    let i = start;
    while (i < lines.length && /^>/.test(lines[i]!.trim())) edits.set(i++, null);
    while (i < lines.length && lines[i]!.trim() === '') i++;
    if (i < lines.length && /^-{3,}$/.test(lines[i]!.trim())) edits.set(i, null);
  }
  // A line that is only a link to an author's page ("[Jane Doe](https://x.example.com/author/jane-doe/)") is a byline as
  // the page showed it: written as one, for the header reader to weigh where it stands (the audit shows the line as written).
  lines.forEach((l, i) => {
    const m = edits.has(i) ? null : AUTHOR_LINK.exec(l.trim());
    if (m) edits.set(i, `By ${m[1]!.trim()}`);
  });
  lines.forEach((l, i) => {
    // "Source: [Site](https://…)": a clip's link to the page it came from is left as written, for the header to read both the
    // site's name and the address (header-line-url.ts).
    // (Also inside a callout, in bold: "> 📎 **Clipped from** [Site](https://…)", as the header reads it; a link whose text is
    // the address itself names no site, and reads as the address.)
    const site = SOURCE_LINK.exec(plain(l.trim()))?.[1];
    if (SOURCE_LINK.test(l.trim()) || (site && !/^https?:/i.test(site))) edits.set(i, l);
    // A line with an image is left as written: its alt text is not text of the page, and the chrome rules read the image's mark.
    if (edits.has(i) || !INLINE_MARK.test(l) || l.includes('![') || !hasProse(l)) return;
    const text = inlineText(l);
    if (text.trim() && text !== l) edits.set(i, text);
  });
  return edits.size ? { tool: start >= 0 ? 'markdownload' : 'markdown', edits } : undefined;
};
