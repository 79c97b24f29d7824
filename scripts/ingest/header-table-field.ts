/**
 * A row of a note app's metadata table in a clip's header (an Evernote note converted to Markdown sets the clip's
 * metadata in a table: "| **Source** | [https://…](https://…) |"), told apart by its label. header-line turns the
 * verdict into the header fact.
 */

/** "| **Source** | [https://…](https://…) |": a row of a two-column metadata table, a field's label and its value. */
const FIELD_ROW = /^\|\s*(?:\*\*|__)?([\p{L}][\p{L} ]{1,24}?)(?:\*\*|__)?\s*\|\s*(.+?)\s*\|$/u;
/** A note's own times (when it was made, changed, clipped): never the article's date. */
const NOTE_TIME = /^(?:created|updated|modified|saved|clipped|added)(?:\s+(?:at|on|date))?$/i;

/** What a table row states: the note's own time or tag, the page's address, or a field to read as "Label: value". */
export type TableField = { note: 'time' | 'tag' } | { url: string } | { field: string };

export function tableField(line: string): TableField | undefined {
  const row = FIELD_ROW.exec(line.trim());
  if (!row) return undefined;
  const label = row[1]!.trim();
  // "[https://…](https://…)": a link whose text is its address is the address.
  const value = row[2]!.replace(/^\[([^\]]+)\]\((\S+)\)$/, (m, text: string, href: string) => (text === href ? href : m));
  if (NOTE_TIME.test(label)) return { note: 'time' };
  if (/^(?:tagged|tags?|labels?|notebook)$/i.test(label)) return { note: 'tag' };
  if (/^(?:source|url|link|source url)$/i.test(label) && /^https?:\/\/\S+$/.test(value)) return { url: value };
  return { field: `${label}: ${value}` };
}
