import type { BoilerplateReason } from '../core/article.ts';
import { ruleList } from './rule-list.ts';

/**
 * Chrome of apps and platforms copied with the text: the action rows of read-later and feed-reader
 * apps ("Mark as read", "Save to Board"), the counters and stamps of social and video sites
 * ("Comments 1,204", "👁 48.2K edited Jan 21", "Jan 27"), app promotions and reader prompts. Each
 * rule is one anchored pattern over a short line (the caller passes only lines of up to 40 words).
 */

/** Verbs of a page or app control; the line opens with one. */
const UI_VERB = 'see|visit|mark|save|read|add|join|download|open|close|next|previous|prev|highlight|archive|move|share|follow|copy|embed|bookmark|report|print|listen|watch|leave|view|go|email|e-mail|tweet|gift|show|hide|expand|collapse|back|return';
/** What such a control acts on. Every further word of the line is one of these. */
const UI_OBJECT =
  'website|site|as|read|unread|to|board|later|article|story|post|channel|group|podcast|player|app|window|page|list|collection|feed|library|favou?rites|this|the|a|more|highlights?|comments?|link|pdf|video|in|new|tab|all|original|source|queue|folder|reading|gallery|photos|slideshow|transcript|captions?|replies|details|results|search|index|top|posts';
/** One pattern, so a line is read once: a verb and one to three objects. */
const UI_ACTION = new RegExp(`^(?:${UI_VERB})(?:\\s+(?:${UI_OBJECT})){1,3}$`, 'i');
/** Controls that stand alone as one word (a one-word heading is more likely than any of these in prose). */
const UI_ALONE = /^(?:download|clip|highlight|archive|bookmark|embed|remix|autoplay|dismiss|mail|unfollow|mute|block)$/i;

/** "Visit Website", "Mark as read", "Save to Board", "Read later", "Next article", "Join channel", "Add to Podcast Player". */
export function isUiAction(t: string, n: number): boolean {
  if (n === 1) return UI_ALONE.test(t);
  return n <= 4 && UI_ACTION.test(t);
}

/** A date without a year alone on a line ("Jan 27", "27 Jan", "Sept. 3"): below the header, a post's stamp (chrome-tail.ts). */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
export const YEARLESS_DATE = new RegExp(`^(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})$`, 'i');
/** A video offset alone on a line ("0:06", "1:02:15"): the stamp of a transcript line. */
export const OFFSET = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/** Each rule with an optional cheap test that must pass first (most lines fail it, and skip the pattern). */
const RULES: [RegExp, BoilerplateReason, ((t: string) => boolean)?][] = [
  // A count of readers who acted on the post: "2,318 people agreed with this answer", "1.2K users found this helpful".
  [/^[\d,.]+[KkMm]?\+?\s+(?:people|users|persons|readers|members|others|visitors)\s+(?:have\s+)?(?:reacted|agreed|liked|found|upvoted|voted|recommended|bookmarked|saved|shared|followed|favou?rited|(?:are|were) (?:reading|viewing|following|watching))\b[^.!?]{0,40}$/i, 'widget'],
  // A labelled counter: "Comments 1,204", "💬 Comments 312", "Views: 12K".
  [/^(?:\p{So}\uFE0F?\s*)?(?:comments?|views?|likes?|replies|reposts?|shares?|subscribers?|followers?|members?|reactions?|bookmarks?|votes?|assets)\s*[:(]?\s*[\d,.]+\s*[KkMm]?\)?$/iu, 'widget'],
  // A social app's page title over a post and its replies: "Post", "Conversation" ("See new posts" is a control).
  [/^(?:post|conversation)$/i, 'page chrome'],
  // "...more", "Show less": a fold control.
  // (Both its labels may be copied glued: "...moreless".)
  [/^(?:\.{2,}|…)\s*(?:more|less|more\s?less)$|^(?:show|read|see) less$/i, 'navigation'],
  // "< prev", "next >", "« Prev Page": paging arrows.
  [/^[<‹«←]\s*(?:prev|previous|older|back)(?: page| posts?)?$|^(?:next|newer)(?: page| posts?)?\s*[>›»→]$/i, 'navigation'],
  [/^(?:add|write|post|leave|join) (?:a|your) (?:public )?(?:comment|reply|response)\b\s*(?:\.{2,}|…)?$/i, 'comment form'],
  // Font-size buttons: "Large Medium Small", "Font size: [A+] [A-]".
  [/^(?:font(?:\s*size)?\s*:?\s*)?(?:\[?(?:large|medium|small|larger|smaller|a\+|a-)\]?\s*){2,4}$/i, 'widget'],
  // A read-later app's stamp: "Saved Mon, Mar 3 · 6 min read", "Saved 2 days ago".
  [/^saved (?:on |at )?(?=[^.!?]*\d)(?=[^.!?]*\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago|today|yesterday))[^.!?]{1,50}$/i, 'production note'],
  // A reader's own note in an export: "Note: compare with MSFT guidance" (lower case, no full stop: not the writer's).
  [/^(?:[Mm]y )?[Nn]ote\s*:\s*\p{Ll}[^.!?]{0,80}$/u, 'production note'],
  // Prompts to get an app: "Download the Sina Finance app to read more", "…, all in the Sina Finance APP".
  [/^(?:download|get|install|open|try) (?:the |our )?(?:free )?(?:[\p{L}]+ ){0,3}app\b/iu, 'share or subscribe prompt'],
  // Or to get it on the reader's own devices: "Get Example News on your iPhone, iPad, and Mac.", "Download X for your Android phone".
  [/^(?:download|get|install|try) [^.!?]{1,40}\b(?:on|for) your (?:iphone|ipad|android|mac|phone|mobile|device|tablet|smartphone)\b[^.!?]{0,40}[.!]?$/i, 'share or subscribe prompt'],
  // The stamp an app's share sheet or a phone's mail adds under what it sends: "Shared from Example News", "Sent from my iPhone".
  [/^(?:[Ss]hared|[Ss]ent) (?:from|via|with|using) (?:my )?(?:\p{Lu}|i\p{Lu})[\p{L}\d ]{1,30}$/u, 'share or subscribe prompt'],
  [/\b(?:in|on|with) (?:the |our )?(?:\p{Lu}[\p{L}]* ){1,3}(?:[Aa]pp|APP)$/u, 'share or subscribe prompt', (t) => /[Aa][Pp][Pp]$/.test(t.slice(-3))],
  // Podcast-feed prompts: "Listen to this Update in your podcast player", "To receive it in your podcast player, visit …".
  [/\b(?:in|to) your podcast (?:player|app)\b|^add to podcast (?:player|app)$/i, 'share or subscribe prompt', (t) => t.includes('odcast')],
  [/^continue reading (?:this|the) [\p{L}]+ (?:with|on|in|by)\b|^unlock\b[^.!?]{0,60}\bfor free$/iu, 'share or subscribe prompt'],
  [/^(?:thanks|thank you) for being (?:a |an )?(?:paid |loyal )?(?:subscriber|member|reader|supporter)\b/i, 'share or subscribe prompt'],
  // A forwarding policy: "… is intended for a single recipient, but occasional forwarding is fine".
  [/\bintended for a single recipient\b|\boccasional forwarding\b/i, 'share or subscribe prompt', (t) => t.includes('recipient') || t.includes('forwarding')],
  // A donation appeal glued to its button: "We gratefully acknowledge support from … Donate".
  [/\bsupport\b.{0,120}\bDonate\b/, 'share or subscribe prompt', (t) => t.includes('Donate')],
  // A live blog's closing note: "Our live coverage has ended. Scroll through the posts below …".
  [/^(?:our|this) live (?:coverage|blog) (?:has )?(?:ended|concluded)\b/i, 'page chrome'],
  // A newsletter described by itself: "A weekly letter on China's AI companies", "The daily briefing for chip investors".
  [/^(?:an?|the|your) (?:daily|weekly|monthly|fortnightly|twice-weekly)(?: [\p{L}-]+)? (?:letter|newsletter|digest|briefing|roundup|e-?mail) (?:on|about|from|for|covering)\b[^.!?]{0,60}$/iu, 'share or subscribe prompt'],
  // Headed links to a video or a podcast: "WATCH: Inside the new fab", "Listen: The week in chips".
  [/^(?:watch|listen|video|podcast|related video|must watch)\s*[:|]\s*\S[^.!?]{0,100}$/i, 'related links'],
  // A player's fallback text and an ad's own controls.
  [/^your browser does(?: not|n['’]t) support\b|^(?:skip ad|ad ?choices|report (?:this )?ad|why this ad\??)$/i, 'advertisement'],
  // A call to action alone on its line: "REGISTER NOW", "Get started →".
  [/^(?:register|sign up|learn more|get started|buy tickets|get tickets|book now|shop now|download now|apply now|join now|rsvp)(?: now| today| here)?\s*[!→»]?$/i, 'advertisement'],
  // A sign-up form's consent line, addressed to the reader: "By submitting your email, you agree to our Terms and Privacy Notice."
  // Any act of the form, and "I" as well as "you", when the line names the documents agreed to ("By continuing, I accept the Terms and
  // Conditions"); a report of users agreeing to terms names no "I" or "you".
  [/^by (?:submitting|entering|providing|signing up|subscribing|clicking|registering)\b.{0,80}\byou(?:'re| are)? (?:agree|accept|consent)|^by \p{L}+ing\b[^.!?]{0,60}?\b(?:I|you)(?:'re| are)? (?:agree|accept|consent|acknowledge)\b[^!?]{0,200}\b(?:terms|privacy|policy|notice|conditions)\b/iu, 'share or subscribe prompt'],
  // A gallery counter: "Image 3 of 12", "Slide 2/8".
  [/^(?:image|photo|slide|picture|video)\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i, 'widget'],
  // A webmail's recipient line under the sender: "to me", "to me, Jane", "to undisclosed-recipients".
  [/^to (?:me|undisclosed[- ]recipients:?)(?:,\s*[^.!?]{1,60})?$/i, 'production note'],
  // A newsletter's notes to readers: "PROGRAMMING NOTE: …", "A programming note: there will be no Update on Thursday."
  [/^(?:a )?programming note\s*[:—–-]/i, 'production note'],
  // A recurring newsletter slot: "TWEET OF THE DAY: …".
  [/^(?:tweet|post|skeet|quote|chart|meme|photo|video|map)s? of the (?:day|week)\b/i, 'page chrome'],
];
const RULE_LIST = ruleList(RULES.map(([re]) => re));

/** A symbol and a count, then a few words of status: "👁 48.2K   edited  Jan 21". */
const SYMBOL_COUNTER = /^\p{So}\uFE0F?\s*[\d,.]+\s*[KkMm]?(?:\s+[\p{L}\d.]+){1,4}$/u;

/** The reason an app or platform line is chrome, or undefined; `raw` is the line before symbols at its ends were dropped. */
export function appChrome(t: string, n: number, raw = t): BoilerplateReason | undefined {
  if (isUiAction(t, n)) return 'navigation';
  if (raw !== t && SYMBOL_COUNTER.test(raw)) return 'widget';
  // The first rule whose gate passes and whose pattern matches (rule-list.ts finds it in a few passes).
  const k = RULE_LIST.next(t, 0, (j) => {
    const gate = RULES[j]![2];
    return !gate || gate(t);
  });
  if (k >= 0) return RULES[k]![1];
  return undefined;
}
