/**
 * Stage `normalise`: makes text comparable without changing what it says.
 *
 * - CRLF and lone CR line endings become LF; a leading BOM is dropped;
 * - Unicode is put in NFC form, so "é" typed two ways is one string;
 * - trailing spaces and tabs are removed from every line, and non-breaking spaces become spaces;
 * - remaining C0 control characters (other than tab and LF) are removed.
 *
 * Line count is preserved, so line numbers in error messages match the file on disk.
 */
export function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/\u00A0/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[ \t]+$/gm, '');
}
