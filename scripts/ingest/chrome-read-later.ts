import type { Segment } from '../core/article.ts';
import { words, type Unit } from './units.ts';

/**
 * A read-later service's export (highlights and notes of a saved article): a "Metadata" section of
 * "- Field: value" items, then a "Highlights" section whose items are the article's sentences, each
 * maybe followed by the reader's own "- Note: …" or "- Tags: …" under it. The fields and the reader's
 * notes are the export's, not the article's; the highlighted sentences stay. Read after the header,
 * which takes the fields it wants (author, URL) first. Only a file with a metadata section of fields
 * is read so: a story's own "Highlights" heading over its points is left alone.
 */

/** A section heading, with or without Markdown's marks: "## Metadata". */
const METADATA = /^(?:#{1,4}\s*)?(?:metadata|document metadata|properties)\s*:?$/i;
const HIGHLIGHTS = /^(?:#{1,4}\s*)?(?:highlights|highlights (?:&|and) notes|annotations|notes)\s*:?$/i;
/** A field item: "- Full Title: …", "- Category: #articles". */
const FIELD = /^[-*•]\s+[\p{L}][\p{L} ]{0,24}:\s*\S/u;
/** A reader's note or tag under a highlight. */
const READER_NOTE = /^[-*•]\s+(?:note|notes|tags?|comment)\s*:\s*\S/i;
/** A field whose value runs longer than this (a summary) is left as text. */
const MAX_FIELD_WORDS = 16;

/** Marks a read-later export's fields, its highlights heading and the reader's notes as chrome. */
export function markReadLater(us: readonly Unit[], taken: Map<number, Segment>): void {
  const m = us.findIndex((u) => METADATA.test(u.text));
  if (m < 0 || !FIELD.test(us[m + 1]?.text ?? '')) return;
  const drop = (i: number) => { if (!taken.has(i)) taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'page chrome' }); };
  let i = m + 1;
  for (; i < us.length && FIELD.test(us[i]!.text); i++) if (words(us[i]!.text) <= MAX_FIELD_WORDS + 3) drop(i);
  drop(m);
  markExportSections(us, m, drop);
  if (i >= us.length || !HIGHLIGHTS.test(us[i]!.text)) return;
  drop(i);
  for (let j = i + 1; j < us.length && !/^#{1,4}\s/.test(us[j]!.text); j++) if (READER_NOTE.test(us[j]!.text)) drop(j);
}

/**
 * The export's own sections further down (a reference manager's or a notes app's): their headings ("## Zotero links",
 * "## Full text (snapshot)", "## Notes"), the app's links under a links heading (items that are only a link), and the
 * reader's short notes under a notes heading at the end. The article's text under "Full text" stays.
 */
const EXPORT_SECTION = /^#{1,4}\s*(?:[\p{L}-]+ )?(?:links|full text(?: \([^)]{1,30}\))?|snapshot|attachments?|notes|my notes|comments|annotations|highlights)\s*:?$/iu;
const NOTES = /^#{1,4}\s*(?:my )?(?:notes|comments|annotations)\s*:?$/i;
const LINKS = /^#{1,4}\s*(?:[\p{L}-]+ )?links\s*:?$/iu;
const LINK_ITEM = /^[-*•]\s+\[[^\]]{1,60}\]\([^)\s]+\)$/;
/** Most words of a reader's note item. */
const MAX_NOTE_WORDS = 40;

function markExportSections(us: readonly Unit[], after: number, drop: (i: number) => void): void {
  for (let i = after + 1; i < us.length; i++) {
    const t = us[i]!.text;
    if (!EXPORT_SECTION.test(t)) continue;
    drop(i);
    const item = NOTES.test(t) ? (u: string) => /^[-*•]\s/.test(u) && words(u) <= MAX_NOTE_WORDS : LINKS.test(t) ? (u: string) => LINK_ITEM.test(u) : undefined;
    if (!item) continue;
    // The whole section must be such items: a section of prose is the article's.
    let j = i + 1;
    while (j < us.length && !/^#{1,4}\s/.test(us[j]!.text) && item(us[j]!.text)) j++;
    if (j === us.length || /^#{1,4}\s/.test(us[j]!.text)) for (let k = i + 1; k < j; k++) drop(k);
  }
}
