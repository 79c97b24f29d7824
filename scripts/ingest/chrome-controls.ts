import type { BoilerplateReason } from '../core/article.ts';
import { ruleList } from './rule-list.ts';

/**
 * The controls and notices a news page sets between the story's paragraphs and around them, for
 * lineChrome (chrome.ts): an audio player's buttons, an image viewer's, a story's update and AI notices,
 * a paywall's offer lines, a form's messages, affiliate and recommendation-widget labels, a footer's
 * links. Mid-story a short line is otherwise taken for a heading, so these are read by their own whole-line
 * wording; each pattern is anchored at both ends, or closes on a sentence the story would not write.
 */
const RULES: [RegExp, BoilerplateReason][] = [
  // An audio player: "Listen now", "Now playing", "Read aloud", "00:00 / 04:12", "1.5x", "12 min listen".
  // (Not single words such as "Play": a menu's items, which marked one by one would break the menu's run in two.)
  [/^(?:listen now|now playing|read (?:aloud|out loud)|\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}|[0-2](?:\.\d{1,2})?x|\d{1,3} min(?:ute)?s? listen)$/i, 'widget'],
  // An image viewer: "Open image in gallery", "View image in fullscreen", "Image 2 of 5".
  [/^(?:open image in (?:gallery|full ?screen)|expand (?:this )?image|view (?:image )?in full ?screen|(?:view|open) (?:gallery|slideshow)|image \d{1,3} of \d{1,3})$/i, 'image'],
  // A story's update notices: "This article has been updated.", "This is a developing story and will be updated.", "Breaking News".
  [/^this (?:article|story|post|page) (?:has been|was) updated\b[^.!?]{0,80}[.!]?$|^this is a developing (?:news )?story\b[^.!?]{0,60}[.!]?$|^an earlier version of this (?:article|story|post)\b.{0,200}$|^(?:breaking(?: news)?|developing(?: story)?|latest updates|pinned(?: post)?)$/i, 'production note'],
  // The same notices under their label, maybe dated: "Update, February 4, 10:15 am ET: This story has been updated to include …",
  // "Correction (March 3): An earlier version of this article misstated …" (what follows the colon is about the story, not in it).
  [/^(?:update[sd]?|correction|clarification|editor['’]?s note)\b[^.!?]{0,40}?:\s*(?:this (?:article|story|post|page|piece|report) (?:has been|was) (?:updated|corrected|revised|amended|changed)\b|an? (?:earlier|previous) version of this (?:article|story|post|piece|report)\b).{0,200}$/i, 'production note'],
  // A syndicated or translated story's provenance: "This article was written by Jane Roe for Example Daily.", "Example features translated and
  // adapted content that was originally published by Example Daily." (the page speaks of its own text and where it first ran).
  [/^this (?:article|story|post|piece|report) (?:was|has been) (?:written|reported|produced|translated|adapted) by [^.!?]{1,60} for [^.!?]{1,50}\.?$|^[^.!?]{0,60}\b(?:translated|adapted|syndicated|republished|licensed)(?:,? (?:and|or) (?:translated|adapted|edited|syndicated|republished))? (?:content|articles|stories|news)\b[^.!?]{0,30}\b(?:originally|first) published (?:by|in|on|at)\b[^.!?]{1,60}\.?$/i, 'production note'],
  // Another form of the same story: "This article is available as a video essay on our channel.", "This story is also available as a podcast."
  [/^this (?:article|story|post|piece|essay|newsletter|issue) is (?:also )?available (?:as|in) (?:an? )?(?:video|audio|podcast|audiobook|pdf)\b[^.!?]{0,60}[.!]?$/i, 'production note'],
  // An AI notice: "AI-generated summary", "This article was produced with the help of AI tools.", "This article was translated by AI."
  [/^(?:ai[- ]generated summary|ai summary|summary by ai)$|^this (?:article|story|summary|content|translation) (?:was|has been|is) (?:produced|written|generated|created|translated|drafted|prepared) (?:with the (?:help|assistance) of|with|using|by) (?:an? )?(?:ai|artificial intelligence|generative ai|machine translation)\b[^.!?]{0,60}[.!]?$/i, 'production note'],
  // A paywall's offer: "Limited time offer", "Unlock this article", "Remaining free articles: 2", "Become a member".
  [/^(?:limited[- ]time offer|cancel anytime|unlock this (?:article|story)|continue reading (?:your|this) (?:article|story) with an? (?:subscription|account)|sign in or (?:create|register) (?:an|a free) account|remaining free (?:articles|stories)\s*:?\s*\d{1,3}|what['’]s included|save \d{1,2}%|become an? (?:member|subscriber|supporter)|donate (?:now|today))$/i, 'share or subscribe prompt'],
  // A sign-up form's messages: "Your subscription has been confirmed.", "Manage your newsletter subscriptions".
  [/^your subscription (?:could not|has been|was|is)\b[^.!?]{0,40}[.!]?(?:\s*please try again\.?)?$|^manage (?:your )?(?:newsletter |e-?mail )?(?:subscriptions?|preferences)$/i, 'share or subscribe prompt'],
  // A tip line: "Send us a tip", "Have a story idea? Email us.", "Give this article".
  [/^send us (?:a |your )?(?:news )?tips?$|^have a (?:story idea|news tip|tip)\?.{0,40}$|^(?:give|gift|send) this (?:article|story)$/i, 'share or subscribe prompt'],
  // Following: "Follow this author", "Follow the topics in this article".
  [/^follow (?:this (?:author|topic|story|writer|reporter|journalist)|the (?:topics|authors) (?:in|of) this (?:article|story))$/i, 'share or subscribe prompt'],
  // A footer's links of more than a word (a single word may be a menu item above the story): "Reprints & Permissions", "Report a correction", "Do Not Sell or Share My Personal Information".
  [/^(?:reprints? (?:&|and) permissions|order reprints|report an? (?:correction|error|typo)|how we use your data|do not sell or share my personal information|community (?:guidelines|standards)|this site is protected by recaptcha\b.{0,120})$/i, 'site footer'],
  // A wire's copyright clause: "This material may not be published, broadcast, rewritten or redistributed."
  [/^this (?:material|article|content|story) may not be (?:published|reproduced|broadcast|rewritten|redistributed|copied)\b[^.!?]{0,80}[.!]?$/i, 'site footer'],
  // A syndicator's line: "Distributed by Tribune Content Agency, LLC."
  [/^[Dd]istributed by \p{Lu}[^.!?]{0,50}(?:, (?:LLC|Inc|Ltd)\.?)?\.?$/u, 'wire credits'],
  // Recommendation widgets and affiliate notices: "Promoted Links by Taboola", "We may earn a commission …", "Shop now".
  [/^(?:sponsored (?:stories|links|articles)|promoted (?:links|stories)(?: by \w+)?|recommended by (?:outbrain|taboola|revcontent|mgid)|shop now|buy (?:it )?(?:now )?(?:on|at) (?:amazon|walmart|ebay))$|^(?:we may earn (?:a )?(?:commission|money|affiliate)|our editors independently (?:select|choose|review)|as an amazon associate|this (?:post|article|page|story) (?:contains|may contain|includes) affiliate links)\b.{0,160}$/i, 'advertisement'],
  // A comment thread's controls: "View 3 more replies", "Sort by: Newest".
  [/^view \d{1,4} (?:more )?repl(?:y|ies)$|^sort by\s*:\s*\w+$/i, 'comment form'],
  // A form's messages: "Invalid email address", "Please wait...", "Close dialogue".
  [/^(?:invalid e-?mail(?: address)?|please wait(?:\.{3}|…)?|close (?:dialog|dialogue|modal|window|overlay)|we['’]re sorry, this feature is currently unavailable\.?)$/i, 'widget'],
  // The site's section and its category line: "From the section Business", "Posted in Uncategorized".
  [/^[Ff]rom the section \p{Lu}[\p{L} &]{1,30}$|^(?:[Pp]ublished|[Pp]osted|[Ff]iled) (?:in|under) \p{Lu}[^.!?\d]{0,40}$/u, 'navigation'],
  // More gates and prompts: "Log in to leave a comment", "Scroll down to continue reading", "Got a confidential news tip? …", store badges.
  [/^(?:log|sign) ?in to (?:leave|post|add|write) a (?:comment|reply)$|^scroll (?:down )?to (?:continue|keep) reading$|^(?:got|have) a (?:confidential |news |story )*tip\?.{0,60}$|^(?:get it on google play|download on the app store|available on the app store)$/i, 'share or subscribe prompt'],
  // Links out of the story: "Read the full story here.", "Read the original article.", "Watch now", "Opens in new window".
  [/^read the (?:full|original|complete) (?:story|article|report|post)(?: here| on [^.!?]{1,40})?\.?$|^(?:watch|listen|read) now$|^\(?opens? in (?:a )?new (?:window|tab)\)?$/i, 'navigation'],
  // A sign-up box's lines: "No spam. Unsubscribe anytime.", "We respect your privacy.", "Free newsletter", "Get the latest … delivered daily".
  [/^no spam[.!,]?(?:\s*unsubscribe (?:at )?any ?time\.?)?$|^unsubscribe (?:at )?any ?time\.?$|^we respect your privacy\.?$|^(?:free |daily |weekly )?newsletter sign[- ]?up$|^free (?:daily |weekly )?newsletter$|^get (?:the latest|our best)\b[^.!?]{0,50}\bdelivered (?:daily|weekly|to your inbox|every \w+)\.?$|^already (?:subscribed|registered)\?.{0,30}$/i, 'share or subscribe prompt'],
  // A comment widget loading: "Loading comments...", "Getting the conversation ready...".
  [/^(?:loading comments|getting the conversation ready)(?:\.{3}|…)?$/i, 'comment form'],
  // A credit for an editor, a reviewer or a translator on a line of its own: "Edited by John Doe", "Reviewed by Jane Roe", "Translation: Jane Roe".
  [/^(?:[Ee]dited by|(?:[Mm]edically |[Tt]echnically )?[Rr]eviewed by|[Ff]act-?checked by|[Tt]ranslation\s*:|[Ss]ub-?edited by|[Cc]opy-?edited by)\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}$/u, 'wire credits'],
  // A series' label: "This article is part of our coverage of …", "Part of a series on AI", "See all stories in this series".
  [/^this (?:article|story|post) is part of (?:our|a|the|an) (?:[\w-]+ ){0,3}(?:coverage|series|package|collection|report|project|newsletter)\b[^.!?]{0,80}\.?$|^part of (?:a|the|our) series\b[^.!?]{0,60}$|^see all (?:stories|articles|posts) in this (?:series|package|collection)$/i, 'related links'],
  // A wire copy's trailer: "This report by The Example Press was first published March 3, 2031." (the report speaks of where it first ran).
  [/^this (?:report|story|article) by [^.!?]{2,60}? was (?:first|originally) published\b[^!?]{0,40}$/i, 'production note'],
  // A comment section's policy: "Example Media is committed to maintaining a lively but civil forum for discussion."
  [/^[^.!?]{2,60}\bis committed to (?:maintaining|fostering|providing|hosting) an? [^.!?]{0,40}\b(?:forum|space|place|community|environment) for (?:discussion|debate|conversation)\b[^!?]{0,200}$/i, 'comment form'],
  // A postal box as a footer's address line: "PO Box 1234, 00100 Example", "P.O. Box 55".
  [/^P\.?\s?O\.?\s?Box\s+\d{1,6}\b[^.!?]{0,60}$/i, 'site footer'],
  // A page's reading tools and account controls, each of more than a word (a single word may be a menu item): "Text size", "Dark mode",
  // "Text to speech", "Translate this page", "Select language", "Save for later", "Copy URL", "Get alerts", "Send feedback",
  // "Was this helpful?", "Found a typo? Let us know.", "Got an opinion? Write a letter to the editor."
  [/^(?:(?:text|font) size|(?:dark|light|night|reader|reading) mode|text[- ]to[- ]speech|audio version|play (?:video|audio)|tap to unmute|video duration\s*\d{1,2}:\d{2}|translate this (?:page|article|story)|select (?:a |your )?language|save (?:for later|to read later)|copy (?:url|link address|article link)|(?:manage|get|create|set up) (?:news |e-?mail |topic )?alerts?|(?:give|send|leave) (?:us )?(?:your )?feedback|suggest an? (?:correction|edit)|sign in to save|premium content|edit this page|toggle (?:the )?(?:table of contents|sidebar|menu|navigation)|was this (?:helpful|useful)\??)$|^found (?:a |an )?(?:typo|error|mistake)\?[^?]{0,40}$|^(?:got|have) an opinion\?[^?]{0,60}$|^write a letter to the editor\.?$/i, 'widget'],
  // A syndicated feed's notice: "(Except for the headline, this story has not been edited by X staff and is published from a syndicated feed.)".
  [/^\(?(?:except for the headline|only the headline)\b.{0,200}\bsyndicated feed\b[^()]{0,40}\)?$/i, 'production note'],
];
const RULE_LIST = ruleList(RULES.map(([re]) => re));

/** The reason a short line is one of these controls or notices, or undefined. */
export function controlChrome(t: string, n: number): BoilerplateReason | undefined {
  if (n > 40) return undefined;
  const k = RULE_LIST.next(t);
  return k < 0 ? undefined : RULES[k]![1];
}
