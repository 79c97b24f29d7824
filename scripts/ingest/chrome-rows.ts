import { words } from './units.ts';

/**
 * Rows of page controls told by all their words, for lineChrome (chrome.ts): a row of share buttons,
 * a row of legal links, a forum post's meta row, a control's label, a cookie banner.
 */

/** A footer line made only of legal-page words: "Terms and Privacy Policy", "Privacy Dashboard". */
const LEGAL_WORD = /^(?:terms|conditions|privacy|policy|cookies?|dashboard|notice|settings|of|use|service|and|&|[|·•])$/i;
export const isLegalLine = (t: string) => {
  const ws = t.split(/\s+/);
  return ws.length >= 2 && ws.length <= 6 && ws.every((w) => LEGAL_WORD.test(w)) && /\b(?:terms|privacy)\b/i.test(t);
};

/** A row of share buttons: "Facebook Twitter LinkedIn Email". */
const SOCIAL = /^(?:share|facebook|twitter|x|linkedin|email|e-mail|mail|whatsapp|reddit|telegram|pinterest|flipboard|threads|bluesky|mastodon|wechat|weibo|copy|link|print|sms|messenger)$/i;
/** The first word of a line, as {@link isSocialRow} splits it. */
const FIRST_WORD = /^[\s|·•,/]*([^\s|·•,/]+)/;
export const isSocialRow = (t: string) => {
  // Most lines fail on their first word, before any split ("post" becomes "share" in "Post on X").
  const first = FIRST_WORD.exec(t)?.[1];
  if (first === undefined || (!SOCIAL.test(first) && !/^post$/i.test(first))) return false;
  // "Share on LinkedIn Share on X Copy link": the verb's preposition is not a word of its own.
  const ws = (/ (?:on|to|via) /i.test(t) ? t.replace(/\b(?:share|post) (?:on|to|via)\b/gi, 'share') : t).split(/[\s|·•,/]+/).filter(Boolean);
  return ws.length >= 2 && ws.length <= 12 && ws.every((w) => SOCIAL.test(w));
};
export const COOKIE = /\bcookies?\b/i;
/** A cookie banner addresses the reader: "We use cookies…", "Accept all", "Cookie settings". */
// And the consent framework's own wording: "We and our 842 partners store and/or access information on a device … personalised advertising".
export const COOKIE_WORD = /\b(?:we use|this (?:web)?site uses|you (?:accept|agree|consent)|by (?:continuing|using)|cookie (?:settings|preferences|policy|notice)|accept (?:all|cookies)|reject all|manage (?:settings|preferences|cookies)|store and\/or access information on a device|we and our (?:\d[\d,]* )?(?:partners|vendors)|personali[sz]ed (?:ads|advertising)|legitimate interests?)\b/i;

const COOKIE_WORDS = new RegExp(COOKIE_WORD.source, 'gi');
/** A consent banner may run long; it is one when it names cookies and uses two of the banner's phrases. */
export const MAX_BANNER_WORDS = 80;
export const isCookieBanner = (t: string) => COOKIE.test(t) && new Set(t.match(COOKIE_WORDS)?.map((m) => m.toLowerCase())).size >= 2;

/** "9 hours ago", "3 mo. ago" inside a line. */
const RELATIVE_TIME = /\b\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\.?\s+ago\b/i;
/** A forum post's or comment's meta row: "412 points by quietloop 9 hours ago | hide | 233 comments", "mrkvoss 8 hours ago | next [–]". */
export const isPostMetaRow = (t: string, n = words(t)) => n <= 16 && t.includes('ago') && !/[.!?]$/.test(t) && RELATIVE_TIME.test(t) && (/\s[|·•]\s|[[\]]/.test(t) || n <= 4);
/**
 * Words of page controls: a short line made only of these, with at least one control noun, is a control
 * ("Link Copied!", "Ad Feedback", "Title icon", "Reuse this content", "Open side navigation menu", "More galleries").
 */
const UI_WORD = /^(?:site|link|copied|ad|ads|feedback|title|icon|reuse|content|open|close|side|navigation|nav|menu|more|galleries|gallery|promoted|comments?|reader|this|the|to|a|our|your|all|view|show|hide|expand|collapse|toggle|report|embed|copy|permalink|print|font|size|text|larger|smaller)$/i;
const UI_NOUN = /\b(?:copied|feedback|icon|reuse|navigation|menu|galleries|comments|embed|permalink)\b/i;
export const isControlLine = (t: string, n: number) => n >= 2 && n <= 5 && !/[.?,;:]$/.test(t) && UI_NOUN.test(t) && t.replace(/!$/, '').split(/\s+/).every((w) => UI_WORD.test(w));
