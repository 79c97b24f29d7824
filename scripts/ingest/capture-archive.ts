import type { CaptureEdits, CaptureReader } from './capture.ts';

/**
 * Archives and proxies that show a page at an address of their own. What they add is theirs: a banner,
 * the capture's date and time (when the page was saved, never when it was published). The address of
 * the page they show is the article's original URL.
 */

/** archive.today's banner ends with this row of its buttons (the mirrors archive.ph/.is/.li… write the same). */
const ARCHIVE_TODAY_END = /^share\s+download\s+\.zip\s+report\s+bug\s+or\s+abuse$/i;
const ARCHIVE_TODAY_SAVED = /^Saved from\s+(https?:\/\/\S+)/i;
/** "The Wayback Machine - https://web.archive.org/web/20250406093015/https://…": the snapshot's own address holds the original. */
const WAYBACK = /^The Wayback Machine\s+-\s+https?:\/\/web\.archive\.org\/web\/\d{4,14}[a-z_]*\/(https?:\/\/\S+)$/i;
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
      if (saved) edits.set(i, saved[1]!);
      else if (lines[i]!.trim()) edits.set(i, null);
    }
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
  if (tools.includes('google-translate')) lines.forEach((l, i) => TRANSLATE_TOOLBAR.test(l.trim()) && edits.set(i, null));
  return tools.length ? { tool: [...new Set(tools)].join('+'), edits } : undefined;
};
