import type { BoilerplateReason } from '../core/article.ts';
import { ruleList } from './rule-list.ts';

/**
 * Page widgets and prompts told by a line's own shape, for lineChrome (chrome.ts): view counters, a
 * listen-to-this-article player, a language switch, reader-mode and skip links, an embed prompt, a
 * TL;DR box's label, the markup a JSX/MDX export leaves on a line of its own, a printed document's
 * contents leaders. Each pattern is the widget's own phrasing or shape (a whole short line), so a
 * sentence of the story that merely mentions one ("the video was viewed 2 million times") is left alone.
 */
const RULES: [RegExp, BoilerplateReason][] = [
  // A reader poll's answers on one line, each opened by an emoji: "🔥 Loved it | 😐 It was OK | 👎 Not great" (the first emoji
  // may be gone: lineChrome strips marks at a line's edges). A pin is an event's venue, not an answer.
  [/^[^|·•\n]{1,30}(?:\s*[|·•]\s*(?!📍)\p{Extended_Pictographic}\uFE0F?\s*[^|·•\n]{1,30}){1,5}$/u, 'widget'],
  // The poll's question to the reader about the page itself: "How did you like today's newsletter?", "How would you rate this post?"
  [/^how (?:did you like|would you rate|do you rate|was|did you find) (?:today['’]s|this(?: week['’]s)?|the) (?:newsletter|issue|edition|post|article|story|e-?mail|episode)\?$/i, 'widget'],
  // The poll's gate: "Login or Subscribe to participate in polls.", "Sign in to vote".
  [/^(?:log ?in|sign ?in)(?: or (?:subscribe|sign up|register))? to (?:participate|vote|take part|answer)\b[^.!?]{0,30}[.!]?$/i, 'share or subscribe prompt'],
  // A blog engine's post stamp under the text, with a clock time only: "Posted by Jane Roe at 9:14 AM" (with a date, "Posted by X on
  // <date>", the line is left to the header, which may read it as the story's date).
  [/^posted by \S+(?: \S+){0,3}? at \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i, 'page chrome'],
  // A view counter as a sentence: "This story has been viewed 2,841 times.", "Viewed 1,203 times".
  [/^(?:this (?:story|article|post|page|video) has been )?(?:viewed|read|shared|watched) [\d,.]+[KkMm]? times\.?$/i, 'widget'],
  // A text-to-speech player: "Press play to listen to this article", "Voiced by artificial intelligence."
  [/^(?:press|tap|click|hit) (?:play|here|the play button) to (?:listen|hear)\b[^.!?]{0,40}[.!]?$|^(?:voiced|narrated|read aloud|audio generated) by (?:artificial intelligence|ai|an? (?:ai|automated|synthetic|computer)[\w -]{0,20}|text-to-speech)\.?$/i, 'widget'],
  // A language switch: "This article is also available in: Français", "Also available in Deutsch".
  // ("Available in Europe" alone may be a product's: the switch says "also", takes a colon or lists languages.)
  [/^(?:this (?:article|story|post|page|report) is )?(?:also available in\s*:?|available in\s*:)\s*\p{Lu}[\p{L}]+(?:\s*[,|·•]\s*\p{Lu}[\p{L}]+)*$|^available in \p{Lu}[\p{L}]+(?:\s*[,|·•]\s*\p{Lu}[\p{L}]+)+$/iu, 'navigation'],
  // A reader-mode or no-script link: "Read on Terminal Reader", "Read this story w/o Javascript", "Read in reader mode".
  [/^read (?:this (?:story|article|post) )?(?:on|in|w\/o|without) (?:\p{Lu}[\p{L}]*\s?){1,3}$|^read (?:this (?:story|article|post) )?(?:w\/o|without) javascript$|^print this (?:story|article|post)$/iu, 'navigation'],
  // Skip links to a part of the page: "Go to accessibility shortcuts", "Skip next section Navigation".
  [/^(?:skip|go|jump) (?:to|past|over|next)(?: the)?(?: next)?(?: section)? (?:[\p{L}]+ ){0,2}(?:shortcuts|navigation|content|menu|footer|search|section|sidebar|main)$|^skip (?:next|previous|this) section\b[^.!?]{0,30}$/iu, 'navigation'],
  // An embed prompt: "Copy/paste the article video embed link below:", "Embed this video".
  [/^(?:copy(?:\s*\/\s*paste)?|paste|use) (?:the |this )?(?:[\w-]+ ){0,3}embed (?:link|code|url)\b[^.!?]{0,30}[:.]?$|^embed (?:this )?(?:video|post|article|story)$/i, 'share or subscribe prompt'],
  // A summary box's label: "Too Long; Didn't Read", "TL;DR".
  [/^(?:too long;? ?didn['’]?t read|tl;? ?dr)$/i, 'page chrome'],
  // A lead image's alt text as a platform writes it: "featured image - <headline>".
  [/^(?:featured|header|cover|hero|lead) image\s*[-–—:]\s*\S/i, 'image'],
  // A follow prompt by the author's handle: "Receive Stories from @handle", "Get updates from @handle".
  [/^(?:receive|get) (?:stories|updates|posts|e-?mails|notifications) from @[\w.]+$/i, 'share or subscribe prompt'],
  // A platform's syndication box: "THIS ARTICLE WAS FEATURED IN...".
  [/^this (?:article|story|post) (?:was|is) featured (?:in|on)\b[^.!?]{0,40}(?:\.{3}|…)?$/i, 'related links'],
  // A sponsorship prompt: "Sponsor me for $10/month and get …", "Become a sponsor".
  [/^sponsor (?:me|us|this (?:blog|site|newsletter))\b.{0,160}$|^become a (?:sponsor|patron)\b[^.!?]{0,60}[.!]?$/i, 'share or subscribe prompt'],
  // A sign-up link's label: "Sign up here.", "Register now!".
  [/^(?:sign up|subscribe|register|join) (?:here|now|today|for free)[.!]?$/i, 'share or subscribe prompt'],
  // A market widget's footnote: "All quotes delayed a minimum of 15 minutes."
  [/^(?:all )?(?:quotes|prices|market data) (?:are )?delayed\b[^.!?]{0,60}\.?$/i, 'widget'],
  // A video player's label with its running time glued on, as a copy takes it: "VIDEO2:0402:04".
  [/^(?:video|audio|watch|listen)\s*(?:\d{1,2}:\d{2}){1,3}$/i, 'image'],
  // A printed document's contents: the title letter-spaced ("C O N T E N T S"), and entries with dot leaders and a page number.
  [/^(?:\p{Lu} ){3,}\p{Lu}$/u, 'navigation'],
  [/^\S.{2,120}?(?:\s?\.{5,}\s*|\.{3,}\s{2,})\d{1,4}$/, 'navigation'],
  // A line of bare counts ("0 1 0"): a row of reaction counters.
  [/^\d{1,4}(?: \d{1,4}){2,5}$/, 'widget'],
  // Hashtags written between two marks (a microblog's topics): "#Topic one# #Topic two#".
  [/^(?:#[^#\s][^#]{0,40}#\s*)+$/u, 'tag list'],
  // A document's reference code alone on a line: "IP/25/467", "MEMO/25/12".
  [/^[A-Z]{2,6}\/\d{2}\/\d{1,5}$/, 'page chrome'],
  // A text-size control: "Font Size: S M L", "Text size A- A A+".
  [/^(?:font|text) ?size\s*:?(?:\s*(?:[SML]|XL|A[+-]?|small|medium|large|[+-]))+$/i, 'widget'],
  // A blog platform's embed macro alone on a line: "%[https://…]" (Hashnode), "@[youtube](…)", "!embed[https://…]".
  [/^(?:%|@|!?embed)\[(?:https?:\/\/[^\]\s]+|[\w-]{1,20})\](?:\(https?:\/\/[^)\s]+\))?$/i, 'page chrome'],
  // An outliner's property line, "key:: value" (Logseq block properties: "id:: 6874b2c1-…", "collapsed:: true"). The page's
  // metadata properties (title::, author::, published::, source::, site:: …) are left to the header's readers.
  [/^(?!(?:title|author|authors|published|date|created|updated|source|url|link|site|publisher)::)[\p{Ll}][\p{L}\d_-]{0,30}::\s*\S.{0,200}$/u, 'page chrome'],
  // An attached document by its file name, and the label over it: "entity-list-2025.pdf", "Attachments".
  [/^[\w.%()-]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|zip|rtf)$|^(?:attachments?|attached files?|download attachments?)\s*:?$/i, 'page chrome'],
  // A message's time with its age in brackets, as a mail client shows it: "Tue, Feb 4, 9:02 AM (2 days ago)".
  [/^[\p{L}\d,.: ]{3,40}\s\((?:\d{1,3}|an?|one) (?:minutes?|hours?|days?|weeks?|months?|years?) ago\)$/u, 'relative time'],
];
const RULE_LIST = ruleList(RULES.map(([re]) => re));

/**
 * Markup a JSX/MDX export leaves on a line of its own: an `export` statement ("export default (props) => …",
 * "export const metadata = …"), and a line made only of JSX elements ("<Image src={x} alt="…" />",
 * "<Badge text="5 min read" /> <Badge … />"). A component's name is capitalised; HTML's lower-case tags are left to the reader.
 */
/** A contents entry's dot leader and page number, and the same closing a line. */
const TOC_ENTRY = /\.{3,}\s*\d{1,4}(?=\s|$)/g;
const TOC_END = /\.{3,}\s*\d{1,4}$/;
const EXPORT_LINE = /^export\s+(?:default\b|const\s+[\w$]+\s*=|function\s+[\w$]+\s*\(|\{[^}]*\}\s*(?:from\b|;?$))/;
const JSX_LINE = /^(?:<\/?\p{Lu}[\w.]*(?:\s[^<>]*)?\/?>\s*)+$/u;

/**
 * An editor's or a printer's note in square brackets on a line of its own: "[House Hearing, 119 Congress]",
 * "[GRAPHIC(S) NOT AVAILABLE IN TIFF FORMAT]", "[[toc]]". Not a Markdown link ("[Report](…)") nor a footnote number ("[3]").
 */
// A dated note is left to the header ("[Submitted on 12 Mar 2031 (v1)]" dates a preprint).
export const BRACKET_NOTE = /^\[{1,2}(?!\d+\]|\^)(?![^\]]*(?:\b(?:19|20)\d{2}\b|\b(?:[Ss]ubmitted|[Pp]osted|[Pp]ublished|[Uu]pdated|[Rr]evised|[Rr]eceived|[Aa]ccepted)\b))[^[\]]{3,80}\]{1,2}$/;
/** Most words of such a note. */
export const MAX_BRACKET_WORDS = 12;

/** The reason a line is a widget, a prompt or markup of the page (`t`: the line without its marks), or undefined. */
export function widgetChrome(t: string): BoilerplateReason | undefined {
  // A contents list whose entries a copy ran together: two or more dot leaders with page numbers, the last closing the line.
  if (t.includes('...') && TOC_END.test(t) && (t.match(TOC_ENTRY)?.length ?? 0) >= 2) return 'navigation';
  if (t.startsWith('export') && EXPORT_LINE.test(t)) return 'page chrome';
  if (t.startsWith('<') && JSX_LINE.test(t)) return /^<(?:Image|Img|Figure|Picture|Video)\b/.test(t) ? 'image' : 'page chrome';
  const k = RULE_LIST.next(t);
  return k < 0 ? undefined : RULES[k]![1];
}
