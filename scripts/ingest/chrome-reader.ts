import type { BoilerplateReason } from '../core/article.ts';
import { ruleList } from './rule-list.ts';

/**
 * Chrome by what it is rather than by the site it came from: text a page addresses to its reader
 * (notices about "your subscription", sign-up blurbs, affiliate disclosures, consent check-boxes,
 * language switches, error messages), notes about the page itself (print edition, translation,
 * licence), and captions that end in their photo credit. Each rule is cheap: most are anchored, and
 * the unanchored ones sit behind a plain-string gate.
 */

/** Endonyms and English names of languages, as a language switch writes them. */
const LANGUAGE = 'english|français|francais|french|español|espanol|spanish|deutsch|german|português|portuguese|italiano|italian|中文|简体中文|繁體中文|日本語|한국어|русский|العربية|türkçe|polski|nederlands';

/** Single-line rules; a gate (a cheap test) guards each unanchored pattern. */
/** Gate of the rules for controls and labels: a short line (most body lines are longer, and skip them). */
const short = (_t: string, n: number) => n <= 8;
const RULES: [RegExp, BoilerplateReason, ((t: string, n: number) => boolean)?][] = [
  // A language switch: "Lire en français", "Read in English", "中文".
  [new RegExp(`^(?:(?:read|lire|leer|lesen|ler|leggi)(?: this(?: article| story| page)?| cet article)?(?: (?:in|en|auf|em))? )?(?:${LANGUAGE})(?: (?:version|edition|édition))?$`, 'i'), 'navigation', short],
  // "Jump to:", "Jump to section", "Jump to Comments": an in-page menu.
  [/^jump to(?:\s*:|\s+(?:section|content|comments|navigation|top|the \w+))?$/i, 'navigation', short],
  // "Add to your selections", "Add to reading list", "Add to favourites", a quote page's "Add NVDA to watchlist" (a ticker in capitals).
  [/^(?:\+\s*)?add (?:this (?:article |story )?|[A-Z][A-Z.]{0,5} )?to (?:your |my )?(?:selections?|favou?rites|reading list|list|bookmarks|library|watchlist|queue|saved (?:articles|stories))$/i, 'share or subscribe prompt', short],
  // A reading time in words the header does not read as one: "Time to read 4 min.", a hedged one "Reading time: approx. 4 min.".
  [/^(?:time to read|reading time|read time|temps de lecture)\s*:?\s*(?:approx\.?|approximately|about|ca\.|~)?\s*\d{1,3}\s*(?:min|mins|minutes?)\.?$|^\d{1,3}\s*(?:min|mins|minutes?)\.? to read$/i, 'relative time', short],
  // A player's length field ("Duration: 12 minutes", "Length: 41:07"), an in-page menu's heading ("On this page"), a translated
  // comments link ("Comments read", its count taken off by lineChrome).
  [/^(?:duration|length|running time|run time)\s*:\s*\d{1,3}(?::\d{2}){0,2}\s*(?:min(?:ute)?s?|sec(?:ond)?s?|hours?|hrs?)?\.?$|^on this page$|^comments (?:read|show|view)$/i, 'navigation', short],
  // A page's error message: "An error occured.", "Something went wrong. Please try again.", "The content you requested does not exist…".
  [/^(?:an (?:unexpected )?error (?:has )?occurr?ed|something went wrong(?:[.!]?\s*(?:please )?try again(?: later)?)?[.!]?$|oops[.!,])|^the (?:content|page|article) you (?:requested|are looking for|were looking for)\b[^.]{0,30}\b(?:does not|doesn't|could not|cannot|can't|no longer)\b/i, 'widget'],
  // A comment section's heading with its count: "Top comments (5)".
  [/^(?:top|all|latest|newest|featured|reader) comments?\s*\(\d[\d,]*\)$/i, 'comment form', short],
  // "Discuss on Hacker News", "Discuss this post on Reddit".
  [/^discuss(?: this(?: post| article| story)?)? (?:on|at) \p{Lu}[\p{L} ]{1,30}$/iu, 'share or subscribe prompt', short],
  // A share link that names the post and the network: "Share <title> on linkedin".
  [/^share\s.{1,160}\son (?:x|twitter|facebook|linkedin|reddit|whatsapp|telegram|bluesky|threads|mastodon|hacker news|email|y combinator)$/i, 'share or subscribe prompt', (t) => t.startsWith('Share ') || t.startsWith('share ')],
  // A sponsored link with its label: "Sponsored: How to cut …".
  [/^(?:sponsored|promoted|partner content|advertisement|ad)\s*[:|]\s*\S/i, 'advertisement'],
  // A site's offer of a trial: "Try the X terminal free for 14 days."
  [/\btry\b[^.!?]{0,60}\bfree for \d{1,3} days\b|\bstart (?:your|a) (?:\d{1,3}-day )?free trial\b/i, 'advertisement', (t) => t.includes('free')],
  // A promotion of the site's own pages: "Get our Tech Resources".
  [/^get our [\p{L}&' ]{2,40}$/iu, 'share or subscribe prompt', short],
  // An affiliate disclosure: "When you purchase through links on our site, we may earn an affiliate commission.", "X may earn a commission when you buy …".
  [/\b(?:may|might|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?(?:commission|share of sales|compensation)\b|\bsupported by (?:its|our) (?:audience|readers)\b|\b(?:contains|includes|uses) affiliate links\b/i, 'production note', (t) => t.includes(' may ') || t.includes(' might ') || t.includes('could') || t.includes('supported') || t.includes('affiliate')],
  // A newsletter form's consent check-box, in the reader's voice: "Contact me with news and offers from other brands".
  [/^(?:contact me|send me|e-?mail me|keep me (?:informed|updated|posted)|receive (?:e-?mails?|news|offers|updates|marketing)|i (?:agree|consent|would like) to)\b[^.]{0,80}\b(?:news|offers|partners|sponsors|updates|brands|e-?mail|newsletters?|marketing|promotions)\b/i, 'share or subscribe prompt'],
  // A promotion of the site's news feed, often in brackets: "(Catch all the Business News … on The Economic Ledger.)", "Get Latest Updates on Technology … from India".
  [/^(?:catch|get|follow|read|find) (?:all the (?:latest )?|the latest |latest )[^.]{0,100}\b(?:news|updates|coverage|stories|headlines)\b[^.]{0,80}\b(?:on|at|from|with) \p{Lu}[^.]{1,50}\.?$/iu, 'share or subscribe prompt'],
  // A note about the print edition: "Appeared in the February 27, 2025, print edition as '…'."
  [/^(?:a version of this (?:article|story) )?appeared (?:in|on) (?:the )?.{0,40}\bprint edition\b|^this (?:article|story|piece) (?:appeared|appears|was published) in (?:the )?(?:print\b|.{0,60}\b(?:print edition|issue of)\b)/i, 'production note'],
  // A translation note: "Translation of an original article published in French…".
  [/^(?:this is an? )?(?:translation|english version) of an? (?:original )?(?:article|story|text)\b|^translated from (?:the )?(?:original )?(?:\p{Lu}\p{L}+|original)\b/iu, 'production note'],
  // A translation note about the text itself: "This text was translated from German with the help of AI."
  [/^this (?:text|content|page|report|interview|article|story) (?:was|has been|is) (?:automatically |machine[- ]|partly )?translated\b/i, 'production note'],
  // A disclaimer about the page: "This article is for information only and is not investment advice."
  // Or of any document that says so of itself: "This alert is provided for informational purposes only and does not constitute legal advice."
  [/^this (?:article|content|story|post|page|material|alert|letter|update|newsletter|document|report|memo|note|brief|briefing|bulletin|paper|study|summary|factsheet|communication|publication|presentation|website|site|analysis|commentary) (?:(?:is|has been|was) )?(?:(?:provided|intended|prepared|published|offered|distributed) )?(?:(?:is|does not constitute|should not be (?:taken|construed) as) )?(?:for (?:general )?information(?:al)?(?: purposes)? only|not (?:intended as )?(?:investment|financial|legal|tax) advice|(?:investment|financial|legal|tax) advice)\b/i, 'production note'],
  // The fund manager's warning, as every investment document prints it: "Past performance is not indicative of future results."
  [/^past performance (?:is not|is no|does not|doesn['’]t)\b[^.!?]{0,40}\bfuture (?:results|returns|performance)\.?$/i, 'production note'],
  // A newsletter's pitch under its label: "Our newsletter: the most important tech news, every Friday. Register now".
  [/^(?:our |the |free )?(?:e-?mail )?newsletters?\s*:\s*\S/i, 'share or subscribe prompt'],
  // A question to the reader about the piece, then a request: "Did you enjoy this article? Support independent journalism …", "Like what you hear? Rate us …".
  [/^(?:did you |do you )?(?:like|liked|enjoy|enjoyed|enjoying|love|loved|found)\b[^?]{0,40}\?\s+(?:please\s+)?(?:support|donate|subscribe|share|rate|review|follow|sign up|become|consider|join|give|tell|help)\b/i, 'share or subscribe prompt', (t) => t.includes('?')],
  [/^(?:please )?(?:support|donate to|fund) (?:independent|our|quality|local) (?:journalism|reporting|newsroom)\b/i, 'share or subscribe prompt'],
  // "For more news on tech, follow us on LinkedIn.": a pointer to the site's channels.
  [/^for (?:more|the latest|all the latest)\b[^.!?]{0,60}\b(?:follow|subscribe to|sign up|download|join) (?:us|our)\b/i, 'share or subscribe prompt'],
  // A licence line: "This post is licensed under CC BY-NC-SA 4.0 unless otherwise noted."
  [/^(?:this|the) (?:post|article|story|work|content|page|blog|site|text) (?:is )?(?:licen[cs]ed|published|available|released) under (?:a |the )?(?:cc[ -]|creative commons|mit|cc0|gfdl)/i, 'site footer'],
  // A sign-in, subscription or account notice addressed to the reader: "With your current subscription plan you can comment …".
  [/\byour (?:current )?(?:subscription|subscriber account|account|profile)\b[^]*\b(?:comment|display name|profile|log ?in|sign ?in|account page|settings|upgrade)\b/i, 'comment form', (t) => t.includes('your ')],
  // A gate for members: "You need to be a registered member to see more of this thread.", "You must be logged in to comment."
  [/^you (?:need|have|must) (?:to )?(?:be )?(?:a )?(?:registered|logged in|signed in|subscribed|member|subscriber)\b/i, 'comment form'],
  // A comment section's heading in words, and a forum post's controls: "Have your say", "Reply With Quote".
  [/^(?:have your say|join the debate|reply with quote|multi-?quote|quick reply|report (?:this )?post|send (?:us )?a letter to the editor|write a letter to the editor)$/i, 'comment form', short],
  // A reporter's name with an e-mail address, closing the story: "Lee Min-ho mhlee@example.kr".
  [/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u, 'author bio', (t, n) => n <= 8 && t.includes('@')],
  // "Write to Jane Doe at jane.doe@example.com": the reporters' contact line.
  [/^(?:[Ww]rite to|[Cc]ontact|[Ee]-?mail|[Rr]each) (?:the (?:author|writer|reporter)s? )?\p{Lu}[^@]{1,60}\b(?:at|via)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u, 'author bio', (t) => t.includes('@')],
];
const RULE_LIST = ruleList(RULES.map(([re]) => re));

/** A sentence in the line asking the reader to sign up for a newsletter ("… Sign up for our weekly newsletter."). */
const SIGN_UP = /(?:^|[.!?]\s+)(?:sign up|subscribe|join|register)\b[^.!?]{0,50}\b(?:newsletters?|briefing|digest|updates|inbox)\b|(?:^|[.!?]\s+)join (?:our|\d+[\d,]*)\b[^.!?]{0,60}\b(?:newsletters?|subscribers|readers)\b/i;
/** Most words of a newsletter blurb. */
const MAX_BLURB_WORDS = 40;

/** What a line addressed to the reader, or a note about the page, is; undefined for anything else. */
export function readerChrome(t: string, n: number): BoilerplateReason | undefined {
  // The first rule whose gate passes and whose pattern matches (rule-list.ts finds it in a few passes).
  const k = RULE_LIST.next(t, 0, (j) => {
    const gate = RULES[j]![2];
    return !gate || gate(t, n);
  });
  if (k >= 0) return RULES[k]![1];
  if (n <= MAX_BLURB_WORDS && !/["“”]/.test(t) && /sign up|subscribe|join|register/i.test(t) && SIGN_UP.test(t)) return 'share or subscribe prompt';
  return undefined;
}

/**
 * A credit in capitals or in brackets closing a caption: "[Photo by X/China Herald]", or after the caption's full stop "… Feb. 5. [PARK SEUNG-WOO]",
 * "… on Monday. | TOKYO COURIER", "… in Hangzhou. (Huaxia/Wu Hong)", "… in Shanghai. (Harbour Review / Mei Zhou)" (a headline with its site after a bar has no full stop before it).
 */
const CAPS_CREDIT = /(?:\s\[(?:[Pp]hoto|[Ii]mage|[Pp]icture)s? (?:by|from|courtesy of)\s[^\]]{2,60}\]|[.!?]\s+(?:\[\p{Lu}[\p{Lu} .'’-]{2,40}\]|\|\s*\p{Lu}[\p{Lu} .&'’-]{2,40}|\(\p{Lu}[\p{L}]{1,20}\/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}\)|\(\p{Lu}[\p{L}]{1,20}(?: \p{Lu}[\p{L}]{1,20}){1,2} \/ \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}\)))$/u;
/** A caption's credit after the description with no full stop: "… in Guizhou Province Photo: VCG", "… © Jade Gao / AMP". */
const LATE_CREDIT = /\s(?:(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture)s?\s*:\s*\p{Lu}[\p{L} .&'’/-]{1,40}|©\s*\p{Lu}[\p{L} .&'’-]{1,40}(?:\s*\/\s*\p{Lu}[\p{L} .&'’-]{1,30})*)$/u;
/** An agency credit after the caption: "… in Lugano. Keystone / Ti-Press" (agency and photographer or partner, set apart by a spaced slash), "… on February 10, 2025. HUGO VERNIER / POOL VIA LUMEN", "… China. GPW/Wen Zhao/File Photo", "… Province / Courtesy of SK hynix", "… in Abu Dhabi. — File photo". */
const SLASH_CAPS_CREDIT = /\.\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}\s\/\s\p{Lu}[\p{L}'’.-]+(?:[\s-]\p{Lu}[\p{L}'’.-]+){0,2}$|[.!?]\s+\p{Lu}[\p{Lu} .'’-]{2,40}(?:\s*\/\s*\p{Lu}[\p{Lu} .'’-]{1,40})+$|[.!?]\s+\p{Lu}{2,10}\/\p{Lu}[\p{L} .'’-]{1,40}(?:\/[\p{L} ]{1,20})*$|\s\/\s*(?:[Cc]ourtesy of|[Pp]hoto by|[Pp]hoto|[Cc]redit)\s*:?\s+\p{Lu}[^/|]{1,40}$|[.!?]\s+[—–-]\s*(?:(?:[Ff]ile|FILE|[Ss]upplied|[Rr]eference|[Rr]epresentational) )?(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage)s?(?:\s*:\s*[^.]{1,40})?$|[.!?]\s+[—–-]\s*(?:[Ss]upplied|\p{Lu}{2,8}(?:\/\p{Lu}[\p{L} ]{1,30})?)$/u;
/** A caption's marker: "[PHOTO] …", "[Image] …". */
const PHOTO_MARK = /^\[?(?:photo|image|picture|video|graphic)\]\s+\S/i;
/** Most words of a caption with its credit. */
const MAX_CAPTION_WORDS = 45;

/**
 * A caption's credit as an agency and a photographer in brackets ("… chatbot. (Reuters: Jane Roe)"), or as
 * an agency's photo with its date ("… in Taipei. CNA photo Jan. 16, 2025").
 */
const AGENCY_NAME_CREDIT = /[.!?]\s+\(\p{Lu}[\p{L}&]*(?:\s\p{Lu}[\p{L}&]*){0,2}:\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}\)$/u;
/** A credit ending in a photo's kind after slashes: "… in Bergen. Harbour Wire/Jane Roe/File Photo", "… Agency/Illustration/File Photo". */
const SLASH_KIND_CREDIT = /[.!?]\s+\p{Lu}[^/.!?]{1,40}(?:\/[^/.!?]{1,40}){0,2}\/(?:[Ff]ile [Pp]hoto|FILE PHOTO|[Ff]ile|[Ii]llustration|[Pp]ool(?: [Pp]hoto)?|[Hh]andout(?: [Pp]hoto)?)$/u;
const AGENCY_DATED_PHOTO = /[.!?]\s+\p{Lu}{2,8} (?:file )?(?:photo|picture)(?:\s+\p{Lu}[a-z]{2,4}\.? \d{1,2}, \d{4})?$/u;

/**
 * A photo caption closing with its credit, or marked as one: a line a picture has, not prose. The
 * credit is in capitals or brackets, or comes after a "Photo:" label or a © sign, and the line is short.
 */
export function isCaptionWithCredit(t: string, n: number): boolean {
  if (n > MAX_CAPTION_WORDS || n < 3) return false;
  if (PHOTO_MARK.test(t)) return true;
  const end = t.charCodeAt(t.length - 1);
  // Gate: a credit ends in a bracket, a capital letter or a name's letter; most prose ends in a full stop.
  if (end === 46 /* . */ || end === 33 || end === 63 || end === 34 || end === 0x201d) return false;
  if (/[\])]$/.test(t) || t.includes('|')) return CAPS_CREDIT.test(t) || AGENCY_NAME_CREDIT.test(t);
  if (AGENCY_DATED_PHOTO.test(t) || (t.includes('/') && SLASH_KIND_CREDIT.test(t))) return true;
  return LATE_CREDIT.test(t) || ((t.includes('/') || t.includes('—') || t.includes('–') || t.includes(' - ')) && SLASH_CAPS_CREDIT.test(t));
}
