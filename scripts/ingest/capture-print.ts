import { type CaptureEdits, type CaptureFact, type CaptureReader, siteOfPageTitle } from './capture-shape.ts';

/**
 * A page printed to PDF by a browser, then copied or converted to text: every page opens with a running
 * header and ends with a footer, in columns set apart by runs of spaces. Chrome writes the print date
 * and time beside the page's `<title>` above, and its URL beside the page count (`1/4`) below; Firefox
 * writes the `<title>` beside the URL above, and `Page 1 of 4` beside the print date below. The print
 * date is when the page was printed, never when it was published; the URL is the page's address; the
 * `<title>` beside the headline names the site.
 */
const COLUMNS = /\s{3,}/;
const PAGE_COUNT = /^(?:Page\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i;
const URL = /^https?:\/\/\S+$/;
/** A print date and time as browsers write them: `3/21/25, 9:47 AM`, `21/03/2025 09:47`. */
const PRINT_TIME = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?$/i;

const columns = (l: string) => l.trim().split(COLUMNS);
const isFooter = (l: string) => {
  const c = columns(l);
  return c.length === 2 && c.some((p) => PAGE_COUNT.test(p)) && c.some((p) => URL.test(p) || PRINT_TIME.test(p));
};
const isHeader = (l: string) => {
  const c = columns(l);
  return c.length === 2 && c.some((p) => URL.test(p) || PRINT_TIME.test(p)) && c.some((p) => !URL.test(p) && !PRINT_TIME.test(p) && /\p{L}/u.test(p));
};

export const readPrint: CaptureReader = (lines) => {
  const footers = lines.flatMap((l, i) => (isFooter(l) ? [i] : []));
  if (footers.length === 0) return undefined;
  const first = lines.findIndex((l) => l.trim() !== '');
  const headerText = isHeader(lines[first]!) ? lines[first]!.trim() : undefined;
  const headers = headerText ? lines.flatMap((l, i) => (l.trim() === headerText ? [i] : [])) : [];
  const edits: CaptureEdits = new Map();
  const facts: CaptureFact[] = [];
  for (const i of [...headers, ...footers]) {
    for (const part of columns(lines[i]!)) {
      if (URL.test(part) && !facts.some((f) => f.kind === 'meta' && f.role === 'url')) facts.push({ kind: 'meta', role: 'url', value: part });
      const site = !URL.test(part) && !PRINT_TIME.test(part) && !PAGE_COUNT.test(part) ? siteOfPageTitle(part, lines.filter((_, k) => !headers.includes(k))) : undefined;
      if (site && !facts.some((f) => f.kind === 'meta' && f.role === 'publisher')) facts.push({ kind: 'meta', role: 'publisher', value: site });
    }
  }
  const at = [...headers, ...footers].sort((a, b) => a - b);
  at.forEach((i, k) => edits.set(i, k === 0 && facts.length ? { facts } : null));
  return { tool: 'print to PDF', edits };
};
