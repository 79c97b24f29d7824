import { parseDateLine, type ParsedDate } from './dates.ts';

/**
 * "Ferry tolls rise on the northern route 2031/03/12": a docs site's or a release list's entry sets the page's date after its
 * title on one line (a sidebar, a breadcrumb, a list of releases). A headline never ends in a year-first numeric date, so the
 * date is cut off the title; the line that writes the title alone, when the header has one, is the headline itself.
 */
// Year first only ("2031/03/12", "2031-03-12", "2031.03.12"): "03/12/2031" could be a figure's range or a version.
const GLUED = /^(\S.{6,}?)\s+[(\[]?((?:19|20)\d{2}([/.-])\d{1,2}\3\d{1,2})[)\]]?$/u;

export function splitGluedDate(line: string): { title: string; date: ParsedDate } | undefined {
  const m = GLUED.exec(line.trim());
  if (!m || !/\s/.test(m[1]!.trim()) || /(?:^|\s)[\d.,/-]+$/.test(m[1]!) || /[-–—:|·,]$/.test(m[1]!.trim())) return undefined;
  const date = parseDateLine(m[2]!);
  return date ? { title: m[1]!.trim(), date } : undefined;
}
