import { articleMetaSchema } from './overrides.ts';
import { IMAGE_FILE } from './units.ts';

/** A header line naming where the page is: its URL, bare or labelled, an archive's copy of it, a bare domain. */

/** A URL line in the header: bare, or labelled ("Source: https://…"). */
// The label may name what the address is of ("Source URL:", "Article link:", "Original address:") or be in another language
// ("Quelle:", "Fuente:", "Fonte:", "Lien :", "原文链接：", "来源："); a whole address follows it, so a label is all it can be.
export const URL_LINE = /^(?:(?:(?:(?:source|original|article|story|page|post|canonical)\s+)?(?:url|link|address)|source|original|canonical|permalink|quelle|fuente|fonte|lien|enlace|原文(?:链接|地址)?|来源|出典|원문)\s*[:：]\s*|saved from:?\s+)?(https?:\/\/\S+)$/iu;
/** "[Read Original](https://…)", "[Source](https://…)": a read-later export's link to the page it saved. */
export const ORIGINAL_LINK = /^\[(?:read |view |open )?(?:the )?(?:original|source|canonical)(?: article| post| page)?\]\((https?:\/\/[^\s)]+)\)$/i;
/** "Source: [Continental Tech](https://…)": a note's labelled link to the page it clipped, the site's name as the link's text. */
// (The colon may be left out: "Clipped from [Outlet](…)", "Via [Outlet](…)".)
export const SOURCE_LINK = /^(?:source|original|url|link|canonical|via|clipped from)\s*:?\s*\[([^\][]{1,80})\]\((https?:\/\/[^\s()]+)\)$/i;
/** A line stating that the text is an archived copy of a page: its original address. */
export const isArchiveLine = (t: string) => /^saved from\b/i.test(t) || WRAPPED_URL.test(URL_LINE.exec(t)?.[1] ?? ARCHIVE_LINE.exec(t)?.[1] ?? '');
/**
 * An archived or cached copy's address wraps the original one ("https://archive.example/web/20250128/https://site/a"):
 * the original is the article's URL. A line naming the archive before it ("Archive name - <URL>") states it too.
 */
export const WRAPPED_URL = /^https?:\/\/[^/\s]+\/\S*?(https?:\/\/\S+)$/i;
export const ARCHIVE_LINE = /^[^:/]{2,40}?\s+[-–—|:]\s+(https?:\/\/\S+)$/;
/** The original address inside an archive's URL, or the URL itself. */
export const originalUrl = (u: string) => WRAPPED_URL.exec(u)?.[1] ?? u;
/** "westcoastwire.example.com" alone on a line. */
// A domain may be set in capitals ("INDUSDAILY.COM"), all of it.
export const DOMAIN_LINE = /^(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,}$|^(?:WWW\.)?[\p{Lu}\d-]+(?:\.[\p{Lu}\d-]+)*\.\p{Lu}{2,}$/u;
/** An address a page's URL may be: http(s), not an image file, and not a short link. */
export const validUrl = (u: string) => articleMetaSchema.shape.url.safeParse(u).success && !IMAGE_FILE.test(u.split(/[?#]/)[0]!.split('/').at(-1) ?? '') && !isShortLink(u);

/**
 * "https://apple.news/AxB3kQ9pLTuWm1s7Ez-dRfA", "https://bit.ly/3xYz9Qa": a share sheet's or a shortener's link redirects to the
 * article; it is not its address. Told by its shape: a short host of two labels, and a path of one opaque token (letters in both
 * cases or with digits, no slug of words), where an article's address has a section, a slug or a date.
 */
export function isShortLink(u: string): boolean {
  const url = URL.parse(u);
  if (!url || url.search || url.hash) return false;
  const labels = url.hostname.replace(/^www\./, '').split('.');
  const token = /^\/([A-Za-z0-9_-]{5,40})\/?$/.exec(url.pathname)?.[1];
  if (labels.length !== 2 || labels[0]!.length > 6 || !token) return false;
  return /[A-Za-z]/.test(token) && /\d|[a-z][A-Z]|[A-Z]{2}[a-z]/.test(token) && !/[a-z]{3,}-[a-z]{3,}/i.test(token);
}
