import type { BoilerplateReason } from '../core/article.ts';

/**
 * The single-line chrome rules of lineChrome (chrome.ts), each a whole-line pattern with its reason:
 * markup left by exports, counters, ad slots, sponsor lines, photo-viewer controls and the like.
 * Kept apart from the reading (chrome.ts), which joins the rules anchored at a line's start into one
 * alternation (rule-list.ts).
 */

/** An e-mail field of a sign-up form, as a page copy shows it: "Enter your email", "Email address*" (chrome-late.ts reads a pitch above one). */
export const EMAIL_FIELD = /^(?:(?:type|enter) your e-?mail(?: address)?|(?:your )?e-?mail(?: address)?\s*\*?)$/i;

/** An author card's picture, as its alt text is copied: "Avatar: Jane Doe", "Headshot of Jane Doe". */
export const AVATAR = /^(?:avatar|headshot|profile (?:photo|picture|image)|author (?:photo|picture|image))(?:\s+of)?\s*:?\s+\p{Lu}[^.!?]{1,60}$/iu;
// "Follow topic", "Follow these topics": a topic list with follow buttons.
const TAG_LABEL_RULE = /^(?:tags?|topics?|keywords|filed under|categories|(?:related|suggested|more|popular|explore) topics|follow (?:(?:this|these) )?topics?)$/i;
export const RULES: [RegExp, BoilerplateReason][] = [
  // Markup an export leaves on a line of its own: an HTML comment ("<!--more-->"), a template tag ("{% include … %}", "{{ … }}").
  // And MDX's: an import line ("import Tabs from '@theme/Tabs';"), an admonition fence (":::note", ":::tip Title", ":::").
  [/^(?:<!--[\s\S]*-->|\{%[^%]*%\}|\{\{[^}]*\}\})$|^import\s+(?:[\w*{},\s]+\s+from\s+)?['"][^'"\s]+['"];?$|^:::[\w-]*(?:\s[^:]{1,60})?$/, 'page chrome'],
  // An author card's picture, as its alt text is copied: "Avatar: Jane Doe", "Headshot of Jane Doe".
  [AVATAR, 'image'],
  // A slide counter in a gallery: "2 of 6", "1 of 3 |" (the bar before its caption).
  [/^\d{1,3} of \d{1,3}(?:\s*[|·•])?$/, 'widget'],
  // A page's own furniture stamp: "Page last updated: 3/26/2025", "Page last reviewed: …".
  [/^(?:page|site|content) (?:last )?(?:updated|modified|reviewed)\s*:/i, 'page chrome'],
  // A subscription discount: "Get 25% off your first year".
  [/^(?:get|save|take) \d{1,2}% off\b[^.]{0,40}$/i, 'share or subscribe prompt'],
  // "Enlarge / caption": a photo viewer's caption.
  [/^enlarge\s*\/\s*\S/i, 'image'],
  // A link card's headline with its date glued on ("Chipmaker opens a plant in Ohio02/06/2025", "…app2025-02-06"): a page's
  // link to another story, the two elements copied without a space; prose puts a space before a date.
  [/^\p{Lu}[^.!?]{4,120}\p{L}(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})$/u, 'related links'],
  // A photo viewer's button over its caption: "Open this photo in gallery:", "View image in full screen", "Expand photo".
  [/^(?:open|view|see|expand|enlarge|show)\s+(?:this |the )?(?:photo|image|picture|gallery|slideshow)s?(?:\s+in\s+(?:the\s+|a\s+)?(?:gallery|full[- ]?screen|lightbox|slideshow|new (?:tab|window)))?\s*:?$/i, 'image'],
  // "SKIP ADVERTISEMENT", "Close ad", "Advertisement 2" (a numbered slot): the control beside an ad slot.
  [/^[-–—•*\s]*(?:(?:skip|close|hide) (?:this )?)?(?:advertisement|advertisements|sponsored(?: content)?|promoted|ad)(?:\s\d{1,2})?[-–—•*\s]*$/i, 'advertisement'],
  // "Presented by Acme — the database that …": a sponsor's name and its pitch after a dash.
  [/^(?:sponsored|presented|brought to you|powered) by\b\s*:?[^.,;:]{0,60}(?:(?:\s[—–-]|:)\s.{0,200})?$|^(?:partner content|paid (?:post|content)|promoted content|advertorial|sponsored post)$/i, 'advertisement'],
  [/^(?:story continues below(?: the)? advertisement|scroll to continue(?: with content)?|continue reading below|article continues (?:below|after (?:the )?advertisement))$/i, 'advertisement'],
  [/^(?:accept|accept all|reject all|agree|i agree|i accept|got it|manage (?:settings|preferences|options|cookies)|(?:cookie|privacy|consent) (?:settings|preferences|options)|accept (?:all )?cookies|(?:accept|agree) and (?:close|continue|proceed)|reject (?:all )?cookies|do not (?:consent|accept)|allow all(?: cookies)?|(?:use )?necessary (?:cookies )?only|only necessary(?: cookies)?|more options)$/i, 'cookie notice'],
  [/^(?:continue reading|read (?:the )?full (?:story|article|transcript|report|interview)|(?:table of )?contents:?|show more|load more|see all|view all|click to expand|home|top|back|close|top of page|just now|previous|next|prev|older posts|newer posts)$/i, 'navigation'],
  [/\((?:opens|open) in (?:a )?new (?:window|tab)\)$|,? opens new tab$|^click to (?:share|print|email|tweet)\b/i, 'share or subscribe prompt'],
  [/^(?:create a free account|start (?:your )?free trial|try (?:it )?(?:for )?free|get unlimited access|subscribe (?:now )?for (?:unlimited|full) access|you(?:'ve| have) (?:reached|\d+ free)|log ?in or (?:sign up|register))\b/i, 'share or subscribe prompt'],
  [/^(?:follow|add) (?:us|\S+) on google news|^(?:download|get|install) (?:our|the) (?:[\w+]+ ){0,2}?(?:free )?app\b(?! store)|^(?:got|have) a (?:confidential |news |story )?tip\b|^send (?:us )?(?:your )?(?:news )?tips\b|^(?:contact|e-?mail|write to) (?:the )?(?:author|reporter|writer)\b/i, 'share or subscribe prompt'],
  [/^(?:save(?: this)? (?:story|article)|print this page|\+\s*follow|forwarded this (?:e-?mail|newsletter)\b.*|(?:read|open|continue) in (?:the )?app|listen(?: to article)?(?:\s*[·•|-]\s*[\d:]+)?)$/i, 'share or subscribe prompt'],
  [/^why you can trust\b/i, 'site footer'],
  [/^(?:sitemap|rss|accessibility|do not sell my (?:personal )?information|your privacy choices|manage cookies|terms (?:&|and) conditions|privacy (?:&|and) cookies)$/i, 'site footer'],
  [/^(?:join the (?:conversation|discussion)|(?:view|show|load|hide) comments|(?:jump|skip|go|scroll) to (?:the )?comments?(?: section)?|log ?in to comment|sort by|newest|oldest|most liked)$/i, 'comment form'],
  // A comment section's heading with the story's quoted title, even with no comment copied under it: "3 thoughts on “Headline”".
  [/^\d{1,4}\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\s+["“‘'].{1,150}["”’']$/i, 'comment form'],
  // An audio player's label: a control, not a picture, so the story's first paragraph under it is never read as its caption.
  [/^listen to (?:this|the)(?: full| whole| audio)? (?:article|story|episode|version|audio(?: version)?|report|piece|call|interview)\b.{0,90}$/i, 'widget'],
  // A media label alone, or two of them ("Photo/Illustration", "Photo & Video").
  [/^purchase licensing rights\b|^(?:toggle|hide|show) caption$|^enlarge (?:this )?image$|^(?:image|photo|video|audio|gallery|illustration)(?:\s*[/&|]\s*(?:image|photo|video|audio|gallery|illustration))?$|^(?:thumbnail|placeholder(?: image)?|image placeholder)$/i, 'image'],
  [/^[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s*[+\-−]\s*\d+(?:\.\d+)?%$/, 'widget'],
  // A price change alone on a line ("-2.5%", "+1.1%"): a quote widget; prose never writes a bare signed percentage.
  [/^[+\-−]\d+(?:\.\d+)?%$/, 'widget'],
  // A sign-in gate: "To view or add a comment, sign in".
  [/^(?:to|please) [^.!?]{0,60}\b(?:sign|log) ?in\.?$|^(?:please )?(?:sign|log) ?in (?:or register )?to (?:comment|reply|continue|read|view|access|see)\b[^.!?]{0,30}[.!]?$/i, 'share or subscribe prompt'],
  [/^about the (?:author|writer|reporter)s?\s*:\s*\S/i, 'author bio'],
  // A wire desk's sign-off of editors' initials: "bur-ah/jm".
  // Initials mostly lack vowels, so "and/or" is not one.
  [/^(?=.*(?:^|[-/])[b-df-hj-np-tv-xz]{2,5}(?:$|[-/]))[a-z]{2,5}(?:-[a-z]{2,5})?(?:\/[a-z]{2,5})+$/, 'wire credits'],
  [/^(?:skip to (?:the )?(?:main |primary )?(?:content|navigation|text|article|story|search|footer|menu)|(?:back|return) to (?:top|the top|the homepage|homepage)|to the homepage|open menu|close menu|main menu|toggle navigation|log ?in|sign ?in|accessibility (?:help|statement|options))$/i, 'navigation'],
  // A reader's own menu ("My News", "My Account"): the possessive names a page of the site, not of the story.
  [/^my (?:account|news|feed|profile|saved|library)$/i, 'navigation'],
  // "Read previous post: <title>" too.
  [/^(?:read )?(?:previous|next|prev|older|newer)(?: post| article| story)?\s*[:»›>]\s*\S/i, 'navigation'],
  [/^(?:live|live updates|live blog|watch live|key points|key takeaways|transcript|(?:news )?provided by)$/i, 'page chrome'],
  [/^(?:share|tweet|email|e-mail|print|copy|like|comment|repost|restack|copy link|link copied|follow|listen|save|bookmark|gift (?:this )?article|facebook|twitter|x|linkedin|whatsapp|reddit|wechat|weibo|telegram|threads|bluesky|flipboard|mail)$/i, 'share or subscribe prompt'],
  // "Share Article via Facebook", "Share story by email": the network after via, on, to or by.
  [/^share(?: this| the| our)?(?: full| entire| whole)?(?: post| article| story| page| episode| video| podcast| thread| report| link| live blog)?(?: (?:on|via|to|by|with) [\p{L}]+| on)?(?:\s*:.{0,60})?$/iu, 'share or subscribe prompt'],
  [/^@[\w.]{2,30}$/, 'share or subscribe prompt'],
  [EMAIL_FIELD, 'share or subscribe prompt'],
  [/^(?:type|enter) your e-?mail|^already (?:an? )?(?:paid )?(?:subscriber|member|have an account)|^(?:thanks|thank you) for (?:reading|subscribing|signing up)/i, 'share or subscribe prompt'],
  [/^(?:view|read) (?:this (?:e-?mail|newsletter|post) )?(?:in|on) (?:your |a |the )?(?:browser|web|app)\b|^you(?:'re| are)? receiv(?:ed|ing) this\b|^unsubscribe\b|\breply to this e-?mail\b/i, 'share or subscribe prompt'],
  [/^follow\s+(?:us|me|@[\w.]+)\b|^(?:thread|posted|tweet|post) by @[\w.]+|^(?:listen|watch|subscribe|follow us|available) on\b|^scan (?:the |this |our )?(?:qr code|to)\b|^(?:liked|enjoyed|enjoying|like|love) (?:this|the) (?:story|article|post|piece|newsletter|thread)\?/i, 'share or subscribe prompt'],
  // ("Follow" as the ask, not "hard to follow".)
  [/^if you (?:enjoyed|liked|found|like)\b.*\b(?:follow(?=\s+(?:me|us|@|along|for|on|the (?:blog|author|newsletter|page)))|subscribe|share|clap|sign up)\b/i, 'share or subscribe prompt'],
  [/^(?:this )?(?:post|article|story|content) (?:is )?(?:only )?(?:for|available to|reserved for) (?:our )?(?:paid )?(?:subscribers|members)$|^this (?:post|article|story|content) is (?:only )?(?:for|available to) (?:paid )?(?:subscribers|members)|^full access\b.*\bsubscribers\b|^to continue reading\b|^subscribe (?:to|and) (?:continue|read|unlock)\b|^[∙·•]?\s*(?:paid|premium|members? only|subscribers? only)$/i, 'share or subscribe prompt'],
  // A page part kept for paying readers: "A full transcript is available to supporters.", "Bonus episodes are for members only".
  // The subject is a part of the page (a model or a chip "available to subscribers" is the story's), maybe with what it holds between
  // commas ("The rest of this post, with our supply model for 2026, is for paid subscribers.").
  [/^(?:an? |the |this |our )?(?:full |complete |entire |whole |extended |ad-free )?(?:transcripts?|episodes?|recordings?|videos?|audio|archives?|show notes|bonus (?:episodes?|content)|rest of (?:this|the) (?:post|episode|article|story|newsletter|issue)|remainder of (?:this|the) (?:post|episode|article|story)|full (?:text|version|story|post|article|episode))(?:,[^,.!?]{1,80},)?\s+(?:is|are)\s+(?:only\s+)?(?:(?:available|reserved|open|free)\s+)?(?:only\s+)?(?:to|for)\s+(?:our\s+|all\s+)?(?:paid\s+|paying\s+|premium\s+)?(?:subscribers|supporters|members|patrons|backers)(?:\s+only)?\s*[.!]?$/i, 'share or subscribe prompt'],
  // A writer's greeting to the newsletter's new readers, above the issue: "Welcome to the 2,300 new subscribers who joined this month. …".
  [/^(?:[Aa]n? (?:warm |big |quick )?)?[Ww]elcome,?\s+(?:to\s+)?(?:the|all|our|everyone|each of the|you)?\s*(?:[\d,]+\s+)?(?:of you\s+)?(?:new|newest|recent)\s+(?:paid\s+|free\s+)?(?:subscribers|readers|members|listeners|supporters)\b/, 'share or subscribe prompt'],
  // A publication stamp on a relative day with its clock time, and the row's other fields after it: "Published today at 5:30 am (Paris),
  // updated at 11:02 am Time to 4 min. Lire en français" (no year, so no date to read; a reading time may close the row).
  [/^(?:[Pp]ublished|[Pp]osted|[Uu]pdated|PUBLISHED|UPDATED)\s+(?:today|yesterday)\s+at\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|h)?(?:\s*\([^()]{1,20}\))?(?:,?\s+(?:and\s+)?(?:updated|modified|edited)\s+(?:today\s+|yesterday\s+)?at\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|h)?(?:\s*\([^()]{1,20}\))?)?(?:\s*[|·•]?\s*[^.!?]{0,24}?\b\d{1,3}\s*min(?:ute)?s?\.?(?:\s+read)?(?:\s+\S+){0,3})?$/u, 'relative time'],
  // A capitalised name follows (case-sensitive): "Reporting by the Financial Times suggested…" is a sentence.
  [/^[—–-]{0,2}\s*(?:[Ww]ith )?(?:[Aa]dditional )?[Aa]ssistance (?:from|by) \p{Lu}|^[—–-]{0,2}\s*(?:[Ww]ire )?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Rr]esearch) by \p{Lu}/u, 'wire credits'],
  [/\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/i, 'wire credits'],
  [/^(?:editor'?s|editors'?|translator'?s|translators'?) note\s*:|^this (?:article|story|post|piece) (?:was|has been|is) (?:machine[- ])?translated\b|^(?:correction|clarification)\s*:\s*(?:an earlier|a previous|this (?:article|story))|^this (?:article|post|page|document) is a transcript\b|^(?:originally|first) published (?:in|on|at|by)\b[^.,;]{0,60}\.?$|^(?:originally|first) published (?:at|on|in) (?:<)?https?:\/\/\S+?(?:>)?(?: on [^.;]{3,30})?\.?$|^republished with permission\b|^a version of this (?:article|story)\b|^(?:translated|adapted) by\b|^original (?:title|headline|article)\s*:|^this (?:article|story|post|piece) (?:was |is |first |originally )+(?:published|appeared|republished)\b/i, 'production note'],
  [/^this (?:report|research|note|brief|paper|study|document|publication|analysis|commentary) (?:has been|was|is) (?:prepared|produced|issued|published) by\b|^(?:important |legal )?(?:disclosures?|disclaimers?)$|^analyst certification$/i, 'production note'],
  // A disclaimer of views says whose they are or are not ("The views expressed at the hearing were …" reports a hearing).
  // So does a report's: "The conclusions and recommendations of any X publication are solely those of its author(s)."
  [/^(?:updated|corrected|clarified) (?:at|on)\b.{0,80}$|^the (?:views|opinions)(?: and opinions)? expressed (?:in|on|here|herein|by)\b[^.]{0,80}\b(?:are|is|do not|does not|don't|belong|reflect)\b|^the (?:views|opinions|conclusions|findings|recommendations)(?:,? (?:and|or) (?:views|opinions|conclusions|findings|recommendations))* (?:(?:expressed|contained|presented) )?(?:in|of)\b[^.]{0,80}\b(?:are|is) (?:solely |entirely |exclusively )?(?:those of|the (?:sole )?responsibility of)\b|^(?:disclosure|disclaimer)\s*:|^transcripts? (?:was |is )?(?:generated|produced|edited)\b/i, 'production note'],
  [/^(?:tags?|topics?|filed under|categories|category|keywords|related topics|more about)\s*:\s*\S|^(?:posted|filed) (?:in|under) .{1,80}\|/i, 'tag list'],
  [/^(?:editors?|edited by|responsible editor|责任编辑|编辑)\s*[:：]\s*\S.{0,40}$/i, 'wire credits'],
  [/^(?:#[\p{L}\p{N}_]+\s*)+$/u, 'tag list'],
  [TAG_LABEL_RULE, 'tag list'],
  [/^[\p{L} .'’:-]{0,30}-?\d{1,3}\s*°\s*[CF]?(?:\s+\S{1,12}){0,2}$/u, 'widget'],
  // A symbol before a bare count ("👁 12,408", "♥ 1.2K"): a view or like counter.
  [/^\p{So}\uFE0F?\s*[\d,.]+\s*[KkMm]?$/u, 'widget'],
  // "Enjoyed this? Share it with a friend.": a question to the reader, then a prompt.
  [/^(?:liked|enjoyed|enjoying|like|love|found)(?: (?:this|it|the \w+))?(?: useful| helpful)?\?\s.{0,80}\b(?:share|subscribe|forward|follow|sign up|pass it on)\b/i, 'share or subscribe prompt'],
  // A separator glyph left after a counter in a row of them ("42 Likes∙", "• 3 Replies") is the row's, not the count's.
  [/^(?:[∙·•|]\s*)?(?:\p{So}\S*\s*)?(?:over |about |more than )?[\d,.]+\s*[KkMm]?\s*(?:views|reads|likes|shares|claps|followers|following|subscribers|listens|plays|tweets|posts|reposts|reactions|upvotes|downvotes|votes|points|comments|replies)(?:\s*[∙·•|])?$/iu, 'widget'],
  // A count abbreviated with K or M alone on a line ("1.2K"): a like or follower counter.
  [/^\d{1,3}(?:\.\d)?[KkMm]\+?$/, 'widget'],
  // The end mark of a wire story: "(END)", "-30-", "###", "Enditem".
  [/^(?:\((?:END|ENDS|MORE)\)|ENDS?|-\s?30\s?-|#{3}|[Ee]nditem)$/, 'wire credits'],
  // A compact age stamp: "5h", "3d", "1w • Edited".
  [/^(?:[·•]\s*)?\d{1,2}\s?(?:s|m|min|h|hr|d|w|mo|y|yr)(?:\s*[•·]\s*edited)?$/i, 'relative time'],
  // "Page 2 of 3", "Page generated in 0.04 seconds": a printed page's or a server's furniture.
  [/^page \d+(?: of \d+)?$|^page generated in\b/i, 'page chrome'],
  // Reaction counters: "112 · 18 Comments", "45 likes | 3 reposts".
  [/^[\d,.]+[KkMm]?(?:\s*[a-z]*)?(?:\s*[·•|]\s*[\d,.]+[KkMm]?\s*(?:comments?|reposts?|shares?|likes?|reactions?|replies))+$/iu, 'widget'],
  // A number alone on a line is a like or comment counter.
  [/^\d{1,3}(?:,\d{3})*$/, 'widget'],
  // A feedback widget's question about the page itself ("Did you find this article helpful?" over its Yes / No buttons).
  [/^(?:please )?(?:enable|turn on|activate) javascript\b|^(?:show|hide) (?:key events|all|more|less)\b.{0,30}$|^was this (?:article|page|story|post) (?:helpful|useful)|^(?:did|do) you (?:find|like|enjoy) this (?:article|page|story|post|content|information)\b[^.!?]{0,20}\?$|^how (?:helpful|useful) (?:was|is|did you find) this (?:article|page|story|post|content|information)\b[^.!?]{0,20}\?$|^how would you rate this (?:article|page|story|post|content)\??$|\bforce a refresh\b/i, 'widget'],
  // The same widget's other form: "Is this page useful?", its buttons "Yes this page is useful" / "No this page is not useful", its
  // thanks and its report link, and a generated summary's "Does this summary seem wrong?" (the page asks about itself).
  [/^(?:is|was) this (?:page|article|answer|information|summary|translation) (?:useful|helpful|accurate)\??$|^(?:yes|no),? this (?:page|article|answer|summary) (?:is|was) (?:not )?(?:useful|helpful|accurate)$|^thank you for your feedback[.!]?$|^report a problem with this (?:page|article|summary)$|^does this (?:summary|page|article|answer|translation) (?:seem|look) (?:wrong|right|accurate|inaccurate|off)\?$/i, 'widget'],
  // "Copyright 2031 …", "Copyright © …", "Copyright Harbour Media": a notice names its year or holder ("Copyright lawyers said …" is a sentence).
  [/^(?:[©ⓒ]|\([Cc]\)\s|[Cc]opyright\s*(?:[©ⓒ]|\([Cc]\)|\d{4}|by\s|\p{Lu})|COPYRIGHT\b)|^(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\.?$/u, 'site footer'],
  // "Example Ltd. Copyright © 2031. All rights reserved.": the holder's name first.
  [/^[^.!?]{2,60}(?:\.\s*)?(?:copyright\s*)?(?:©|\(c\)|copyright)\s*\d{4}(?:[-–]\d{2,4})?\.?\s*all rights reserved\.?$/i, 'site footer'],
  [/^(?:our standards|editorial standards|ethics policy|corrections policy|terms of (?:use|service)|privacy(?: policy| notice)?|cookie policy|contact us|contact the (?:newsroom|editors?|desk)|about us|advertise with us)\b.{0,80}$/i, 'site footer'],
  [/^(?:(?:media|press|investor) )?(?:contacts?|inquiries|enquiries)\s*:?$|^(?:media|press|investors?)\s*:$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i, 'site footer'],
  // A telephone number alone on a line: "+60 7 555 0142", "(202) 555-0142", "Customer service hotline: (03)5550-1234".
  // It opens with "+" or "(" (or a label), so an ISO date ("2031-03-12") is never one.
  [/^(?:(?:(?:customer|subscriber|reader|client)s?(?: service| services| care| support)? )?(?:tel(?:ephone)?|phone|fax|mobile|cell|hotline)\s*:?\s*|(?=[+(]))\+?\(?\d{1,4}\)?(?:[\s.-]?\(?\d{1,4}\)?){2,5}$/i, 'site footer'],
  // The banner of US government sites (one template for all of them).
  [/^(?:an official website of the\b.{0,60}|here'?s how you know|official websites use \.gov|secure \.gov websites use https)$|^an? (?:\.gov|lock\b.{0,20}or https:\/\/)\s.{0,60}\b(?:official government organization|safely connected to the \.gov website)\b/i, 'navigation'],
  [/^SOURCE\s+\p{Lu}/u, 'site footer'],
  [/^[·•-]?\s*(?:(?:last updated|updated|posted|published|edited)\s+)?(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\.?\s+ago$/i, 'relative time'],
  // And a note app's embed of a file ("![[assets/chart.png]]", "![[diagram.svg|400]]": Obsidian, Dendron, Foam, Logseq write embeds so).
  [/^!\[[^\]]*\]\([^)]*\)$|^!\[\[[^\[\]]+\]\]$/, 'image'],
  // A video link with its running time: "Inside the campus (2:14)".
  [/^[^.!?]{3,100}\(\d{1,2}:\d{2}(?::\d{2})?\)$/, 'related links'],
];
