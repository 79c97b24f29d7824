/**
 * SingleFile (the browser extension) opens every saved page with a comment of its own:
 *
 *     <!--
 *      Page saved with SingleFile
 *      url: https://…
 *      saved date: Sat Mar 01 2025 10:12:44 GMT+0000 (…)
 *     -->
 *
 * Its `url` is the page's address, read when the page's own metadata names none; its `saved date` is
 * when the page was saved, never when it was published, so it is not read.
 */
const SINGLEFILE_COMMENT = /<!--\s*Page saved with SingleFile\s*\n([\s\S]*?)-->/;
const URL_FIELD = /^\s*url:\s*(https?:\/\/\S+)\s*$/m;
/** Save Page WE writes the same in `<meta name="savepage-url">` (and its save time in `savepage-date`: not read either). */
const SAVEPAGE_URL = /<meta\s+name="savepage-url"\s+content="(https?:\/\/[^"\s]+)"/i;

/** The address SingleFile (or Save Page WE) recorded (only an http(s) URL), or nothing. */
export function singleFileUrl(html: string): string | undefined {
  const head = html.slice(0, 8192);
  const comment = SINGLEFILE_COMMENT.exec(head)?.[1];
  return (comment ? URL_FIELD.exec(comment)?.[1] : undefined) ?? SAVEPAGE_URL.exec(head)?.[1]?.replace(/&amp;/g, '&');
}
