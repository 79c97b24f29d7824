import type { CaptureEdits, CaptureReader } from './capture-shape.ts';

/**
 * Archives and proxies that show a page at an address of their own. What they add is theirs: a banner,
 * the capture's date and time (when the page was saved, never when it was published). The address of
 * the page they show is the article's original URL.
 */

/**
 * archive.today's banner ends with this row of its buttons (the mirrors archive.ph/.is/.li… write the
 * same; copied from the page, the buttons' words may run together: "sharedownload .zipreport bug or abuse",
 * or stand one to a line, the row then ending with "report bug or abuse").
 */
const ARCHIVE_TODAY_END = /^(?:share\s*download\s*\.zip\s*)?report\s+bug\s+or\s+abuse$/i;
/** "Saved from <url>", or "Saved from" with the address on the next line. */
const ARCHIVE_TODAY_SAVED = /^Saved from(?:\s+(https?:\/\/\S+))?$/i;
/** The line under the button row that asks for support, when the copy includes it. */
const ARCHIVE_TODAY_AFTER = /^Buy me a coffee$/i;
/** "The Wayback Machine - https://web.archive.org/web/20250406093015/https://…": the snapshot's own address holds the original. */
const WAYBACK = /^The Wayback Machine\s+-\s+https?:\/\/web\.archive\.org\/web\/\d{4,14}[a-z_]*\/(https?:\/\/\S+)$/i;
/**
 * The Wayback Machine's toolbar as copied with the page: from its count of captures ("12 captures"), the
 * span of their dates and its calendar, to its "About this capture" panel ending in "TIMESTAMPS".
 */
const WAYBACK_COUNT = /^[\d,]+ captures?$/i;
const WAYBACK_PANEL_END = /^(?:TIMESTAMPS|About this capture)$/i;
/** The toolbar is this long at most. */
const MAX_TOOLBAR_LINES = 40;
/** A page read through Google Translate's website proxy: `www-example-com.translate.goog/…?_x_tr_sl=…`. */
const TRANSLATE_PROXY = /^(https?):\/\/([a-z\d-]+)\.translate\.goog(\/\S*)?$/i;
/** The proxy's toolbar, as copied with the page. */
const TRANSLATE_TOOLBAR = /^(?:Original text|Rate this translation|Your feedback will be used to help improve Google Translate|Contribute a better translation|Translated by Google|Show original)$/i;
/** The archive.today banner is at most this long. */
const MAX_BANNER_LINES = 16;

/**
 * The address a translate.goog host stands for: its labels are joined by `-`, and a `-` of the original
 * is written `--` (`www-shenbao-example-cn` → `www.shenbao.example.cn`); the proxy's `_x_tr_*` parameters go.
 */
export function untranslatedUrl(url: string): string | undefined {
  const m = TRANSLATE_PROXY.exec(url);
  if (!m) return undefined;
  const host = m[2]!.replace(/--/g, '\u0000').replace(/-/g, '.').replace(/\u0000/g, '-');
  const u = new URL(`${m[1]}://${host}${m[3] ?? '/'}`);
  for (const k of [...u.searchParams.keys()]) if (k.startsWith('_x_tr_')) u.searchParams.delete(k);
  return u.href.replace(/\?$/, '');
}

export const readArchive: CaptureReader = (lines) => {
  const edits: CaptureEdits = new Map();
  const tools: string[] = [];
  // archive.today: the banner is the block that ends with its button row; "Saved from" names the page.
  const end = lines.slice(0, MAX_BANNER_LINES).findIndex((l) => ARCHIVE_TODAY_END.test(l.trim()));
  if (end >= 0 && lines.slice(0, end).some((l) => ARCHIVE_TODAY_SAVED.test(l.trim()))) {
    tools.push('archive.today');
    for (let i = 0; i <= end; i++) {
      const saved = ARCHIVE_TODAY_SAVED.exec(lines[i]!.trim());
      // The page's address stays, as a bare URL line for the header reader.
      if (saved?.[1]) edits.set(i, saved[1]);
      else if (lines[i]!.trim() && !(i > 0 && /^Saved from$/i.test(lines[i - 1]!.trim()) && /^https?:\/\/\S+$/.test(lines[i]!.trim()))) edits.set(i, null);
    }
    const after = lines.findIndex((l, i) => i > end && i <= end + 2 && ARCHIVE_TODAY_AFTER.test(l.trim()));
    if (after > 0) edits.set(after, null);
  }
  lines.forEach((l, i) => {
    const t = l.trim();
    const wayback = WAYBACK.exec(t);
    if (wayback) {
      tools.push('wayback-machine');
      edits.set(i, wayback[1]!);
    }
    const original = TRANSLATE_PROXY.test(t) ? untranslatedUrl(t) : undefined;
    if (original) {
      tools.push('google-translate');
      edits.set(i, original);
    }
  });
  // The Wayback toolbar: its "Go" button under the address box, its capture count, calendar and panel.
  const count = lines.slice(0, MAX_TOOLBAR_LINES).findIndex((l) => WAYBACK_COUNT.test(l.trim()));
  const ends = count < 0 ? [] : lines.slice(count, count + MAX_TOOLBAR_LINES).flatMap((l, k) => (WAYBACK_PANEL_END.test(l.trim()) ? [count + k] : []));
  if (ends.length) {
    tools.push('wayback-machine');
    // The address box above "Go" repeats the page's address: the header keeps the one the tool's first line names.
    const go = count > 0 && lines[count - 1]!.trim() === 'Go';
    const from = go && count > 1 && /^https?:\/\/\S+$/.test(lines[count - 2]!.trim()) && lines.slice(0, count - 2).some((l) => WAYBACK.test(l.trim())) ? count - 2 : go ? count - 1 : count;
    for (let i = from; i <= ends.at(-1)!; i++) if (lines[i]!.trim()) edits.set(i, null);
  }
  // The translation bar copied without the proxy's address: "Google Translate", "Original text", "Rate this translation", the
  // language names, "Show original", in one block opening the text. Three of its fixed lines make it the bar, all of it the tool's.
  const bar = lines.slice(0, MAX_TOOLBAR_LINES).flatMap((l, i) => (TRANSLATE_TOOLBAR.test(l.trim()) ? [i] : []));
  const opening = lines.findIndex((l) => l.trim() !== '');
  if (bar.length >= 3 && bar[0]! - opening <= 2) {
    tools.push('google-translate');
    // The proxy's address, when copied with the bar, was read above: it stays the page's URL.
    for (let i = opening; i <= bar.at(-1)!; i++) if (lines[i]!.trim() && !edits.has(i)) edits.set(i, null);
  }
  if (tools.includes('google-translate')) lines.forEach((l, i) => TRANSLATE_TOOLBAR.test(l.trim()) && edits.set(i, null));
  return tools.length ? { tool: [...new Set(tools)].join('+'), edits } : undefined;
};
