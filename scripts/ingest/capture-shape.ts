/**
 * What every capture-*.ts reader shares: the edits a reader makes to a text, and how a page's `<title>`
 * names its site. See capture.ts.
 */
import type { BoilerplateReason } from '../core/article.ts';

/**
 * What a line the tool wrote states (a print header's URL, the site a page's `<title>` names; a byline
 * and a date pandoc set on one line as two spans): metadata of that line.
 */
export type CaptureFact =
  | { kind: 'meta'; role: 'url' | 'publisher'; value: string }
  | { kind: 'byline'; authors: string[]; date?: { iso: string; hasTime: boolean } };

/**
 * One tool's edits of a text: line index (0-based) → the new line, `null` for a line the tool wrote, the
 * reason a line the tool's shape shows to be page chrome is (a text browser's row of menu links), or
 * what a line the tool wrote states (taken out of the text, and read as metadata).
 */
export type CaptureEdits = Map<number, string | null | { reason: BoilerplateReason } | { facts: CaptureFact[] }>;

/** The separators between a page's headline and its site's name in a `<title>`. */
const TITLE_SEPARATOR = String.raw`\s+[|–—·-]\s+`;

/**
 * The site's name in a page's `<title>` ("Headline | Site", "Site - Headline") when the rest is the
 * headline a line of the text gives; nothing otherwise.
 */
export function siteOfPageTitle(pageTitle: string, headlines: readonly string[]): string | undefined {
  for (const h of headlines) {
    const at = h.trim().replace(/^#{1,6}\s+/, '');
    if (at.length < 8) continue;
    const e = RegExp.escape(at);
    const m = new RegExp(`^${e}${TITLE_SEPARATOR}(.{2,60})$|^(.{2,60}?)${TITLE_SEPARATOR}${e}$`).exec(pageTitle.trim());
    // A site's name is shorter than the headline (a line naming the site is not the headline).
    const site = m && (m[1] ?? m[2])!.trim();
    if (site && site.length < at.length) return site;
  }
  return undefined;
}

/** A reader of one tool's shape: its name and its edits, or nothing when the text is not its shape. */
export type CaptureReader = (lines: readonly string[], options: { markdown: boolean }) => { tool: string; edits: CaptureEdits } | undefined;
