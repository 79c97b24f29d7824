import { type CaptureEdits, type CaptureReader, siteOfPageTitle } from './capture-shape.ts';

/**
 * Jina Reader (`r.jina.ai/<url>`) opens every capture with the same block: `Title: …`, `URL Source: …`,
 * sometimes `Published Time: …`, `Warning: …` or `Number of Pages: …`, then `Markdown Content:` on a
 * line of its own, and the page as Markdown below it.
 */
const FIELD = /^(Title|URL Source|Published Time|Warning|Number of Pages|Description):[ \t]*(.*)$/;
const CONTENT_MARK = /^Markdown Content:$/;
/** The fixed block is short: a capture whose content marker is further down is not this shape. */
const MAX_HEADER_LINES = 20;

/** RFC 1123 (`Mon, 03 Mar 2025 14:05:00 GMT`), which Jina copies from a page's Last-Modified header: in ISO form. */
function isoFromHttpDate(v: string): string | undefined {
  if (!/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? GMT$/.test(v)) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 16);
}

/** Reads Jina Reader's header block: its fields become bare header lines, its own lines are taken out. */
export const readReaderService: CaptureReader = (lines) => {
  const mark = lines.slice(0, MAX_HEADER_LINES).findIndex((l) => CONTENT_MARK.test(l.trim()));
  if (mark < 0) return undefined;
  const fields = lines.slice(0, mark).map((l) => FIELD.exec(l.trim()));
  if (!fields.some((f) => f?.[1] === 'URL Source' && /^https?:\/\//.test(f[2]!))) return undefined;
  // Every non-empty line of the block is one of the fields.
  if (lines.slice(0, mark).some((l, i) => l.trim() !== '' && !fields[i])) return undefined;
  const edits: CaptureEdits = new Map([[mark, null]]);
  fields.forEach((f, i) => {
    if (!f) return;
    const [, key, value] = f;
    // The Title is the page's <title>: beside the headline the page itself gives below, it names the site.
    const site = key === 'Title' && value ? siteOfPageTitle(value, lines.slice(mark + 1, mark + 1 + MAX_HEADER_LINES)) : undefined;
    if (site) edits.set(i, { facts: [{ kind: 'meta', role: 'publisher', value: site }] });
    else if (key === 'Title' && value) edits.set(i, value);
    else if (key === 'URL Source' && value) edits.set(i, value);
    else if (key === 'Published Time' && value) edits.set(i, isoFromHttpDate(value) ?? value);
    else edits.set(i, null);
  });
  return { tool: 'jina-reader', edits };
};
