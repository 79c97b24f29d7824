import type { BoilerplateReason } from '../core/article.ts';
import { ruleList } from './rule-list.ts';

/**
 * A reader-funded or paywalled page's pitches, for lineChrome (chrome.ts): the support ask and its
 * payment furniture, a paywall's gate and price, a newsletter box's slot markers (its privacy notice,
 * which runs long, is read by chrome-notices.ts). Each rule is the pitch's own form (an imperative to the reader, a price per period, the
 * gate's "for subscribers"), so the story's sentence about a price or a subscription ("ChatGPT Plus
 * costs $20 a month.", "Subscribers only got the update in March.") is left alone.
 */

/** A price per period: "€10 per month", "£1 a week", "$5/mo". */
const PER_PERIOD = String.raw`[$€£¥]\s?\d[\d.,]*\s?(?:per|a|an|each|every|\/)\s?(?:month|mo|week|wk|year|yr|day)\b`;

const RULES: [RegExp, BoilerplateReason][] = [
  // A subscribe pitch to the reader in a short box: "X is reader-supported. Subscribe to get every post by email.", "Gift 5 articles each month when you subscribe."
  [/^[^.!?,]{0,60}\bis (?:a )?reader-supported(?: (?:publication|newsletter|blog|site|project))?[.!](?:\s[^!?]{0,100})?$|(?:^|[.!?]\s+)(?:subscribe|sign up)(?: now| today| for free)? (?:to (?:get|receive|read|support|unlock|never miss)|for (?:free|more|updates))\b[^.!?]{0,60}[.!]?$|^[^.!?]{0,80}\b(?:when|once|if) you (?:subscribe|sign up|become a (?:member|subscriber))\.?$/i, 'share or subscribe prompt'],
  // A like or share ask in the writer's voice: "If you found this useful, a ♡ helps more people find it.", "Liked this? Hit the heart."
  [/^if you (?:enjoyed|liked|found|like|appreciated?|got value from) (?:this|it|reading)\b[^.!?]{0,30}[,.]\s*(?:a |please )?(?:(?:hit|tap|click|give|leave)(?: it)? (?:the |a )?)?(?:♡|❤️?|(?:heart|like|clap|share|restack)\b)[^!?]{0,60}$/iu, 'share or subscribe prompt'],
  // An event's promotion: "Register now for X Summit 2025 – early bird ends March 31", "Our Upcoming Conference", a venue under a pin "April 25 | 📍 Hotel X, City".
  [/^register (?:now|today|here)\b[^.!?]{0,80}$|^our upcoming (?:conferences?|events?|webinars?|summits?)$|^[^!?]{0,50}📍\s*\p{Lu}[^!?]{0,60}$/iu, 'advertisement'],
  // A paywall's price, an imperative with the price per period and no full stop: "Enjoy unlimited access for just £1 a week", "Fund the free press with €10 per month".
  [new RegExp(String.raw`^(?:enjoy|get|unlock|start|try|fund|support|back|join|subscribe|pay|give)\b[^.!?]{0,60}${PER_PERIOD}[^.!?]{0,30}$`, 'i'), 'share or subscribe prompt'],
  // The price first, as a paywall's offer prints it under its pitch: "S$0.99/month for the first 3 months", "£1 a week for 12 weeks".
  [new RegExp(String.raw`^[A-Z]{0,3}${PER_PERIOD}[^.!?]{0,50}$`, 'i'), 'share or subscribe prompt'],
  // A shop widget in the text's place: "Today's best <product> deals", and its retailer buttons "View at <Shop>", "Buy at <Shop>".
  [/^today['’]?s best\b[^.!?]{1,60}\bdeals?$/i, 'advertisement'],
  // (Case-sensitive: the shop is a name, "View at dawn" is not a button.)
  [/^(?:[Vv]iew|[Bb]uy|[Ss]hop|[Ss]ee (?:it|price)|[Cc]heck (?:the )?price) (?:at|on) \p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,2}$/u, 'advertisement'],
  // The same without a price: "Enjoy unlimited access to all our journalism", "Unlock unlimited digital access".
  [/^(?:enjoy|get|unlock) unlimited (?:digital )?access\b[^.!?]{0,60}$/i, 'share or subscribe prompt'],
  // A support ask to the reader by the outlet's name or the cause: "Support the Ledger", "Support independent journalism", "Support us".
  // (Case-sensitive on the name: a capitalised outlet, not a verb phrase of the story.)
  [/^[Ss]upport (?:the \p{Lu}[\p{L}'’]+(?: \p{Lu}[\p{L}'’]+){0,2}|(?:independent|quality|free) (?:journalism|media|press)|our (?:journalism|newsroom|reporting))$/u, 'share or subscribe prompt'],
  // The long support ask: a plea to the reader that names the journalism ("… I wanted to ask whether you could support the Ledger's journalism …").
  [/\b(?:before you (?:go|move on|leave|close)|whether you (?:could|would|can|might)|would you (?:consider|be willing)|if you can,? please|please consider)\b[^]{0,120}\b(?:support(?:ing)?|fund(?:ing)?|contribut(?:e|ing) to)\b[^.]{0,40}\b(?:journalism|reporting|newsroom|work)\b/i, 'share or subscribe prompt'],
  // The support box's payment furniture: "Accepted payment methods: Visa, Mastercard …", "Remind me in March", "Remind me later".
  [/^(?:accepted |we accept )?payment methods?\s*:\s*\S[^.!?]{0,80}$|^remind me (?:later|tomorrow|next (?:week|month|year)|in (?:\p{Lu}[\p{L}]+|a (?:week|month|few days)))$/iu, 'share or subscribe prompt'],
  // A paywall's gate: "This article is for paying subscribers only.", "The rest of this article is reserved for subscribers."
  [/^(?:the rest of )?(?:this|the) (?:post|article|story|content|piece|report)(?: is)? (?:only )?(?:for|available (?:only )?to|reserved for|open to) (?:our )?(?:paid |paying |premium |digital )?(?:subscribers|members)(?: only)?\s*[.!]?$/i, 'share or subscribe prompt'],
  // A newsletter box's slot markers, as a copy keeps them: "after newsletter promotion", "skip past newsletter promotion".
  [/^(?:after|before|skip past|end of) (?:newsletter |the )?promotion$/i, 'advertisement'],
  // A newsletter pitch in the text's place: "Get the latest insights and analysis from our Global Impact newsletter on …".
  [/^(?:get|receive|read) (?:the latest|our|more)\b[^.!?]{0,80}\bfrom our\b[^.!?]{0,40}\bnewsletters?\b[^!?]{0,80}[.!]?$/i, 'share or subscribe prompt'],
  // A newsletter's footer links: "Forward this email to a colleague", "Update your preferences", "Manage your subscription".
  [/^(?:forward|send) this (?:e-?mail|newsletter|issue)\b[^.!?]{0,30}$|^(?:update|manage|change|edit) (?:your )?(?:e-?mail |newsletter |subscription |communication )?(?:preferences|settings|subscriptions?)$/i, 'share or subscribe prompt'],
  // A registration gate and a metered allowance: "You can save this article by registering for free here.", "Free members can read up to
  // 5 articles per month" (a count of articles the reader may read per period, never a figure of the story).
  [/^(?:you can )?(?:save|bookmark) this (?:article|story) by (?:registering|signing up|creating an? (?:free )?account)\b[^!?]{0,80}$|^[^.!?]{0,40}\bcan read (?:up to )?\d{1,3} (?:more )?(?:free )?(?:articles|stories)\b[^.!?]{0,20}\b(?:per|a|each|every|this) (?:month|week)$/i, 'share or subscribe prompt'],
  // The reader-funded ask in the outlet's voice: "Readers like you make our journalism possible. Subscribe today.", a show's "Support the show: …",
  // "Listen to Night Shift, our podcast about …" (an imperative to the reader naming the outlet's own podcast).
  [/^(?:our |your )?(?:subscribers|members|readers|supporters|listeners)(?: like you)? make (?:this|our|it|all of this)(?: \w+)? possible\b[^!?]{0,60}$|^support the (?:show|podcast|channel|newsletter)\s*:\s*\S|^listen to \p{Lu}[^.!?]{0,60}\bpodcast\b[^.!?]{0,60}\.?$/iu, 'share or subscribe prompt'],
  // A stock-picking service's pitch in the text: "Should you invest $1,000 in Acme right now?", "Before you buy stock in Acme, consider this: …".
  // And an outlet's own section promoted to the reader: "Want to know more about farming? Check out our dedicated channel here."
  [/^should you (?:invest|put) [$€£]\s?[\d,]+ in\b[^.!?]{1,40}\?$|^before you (?:buy|invest in)\b[^.!?]{1,40}, consider this\b|^(?:want|looking) (?:to (?:know|read|learn) more|for more)\b[^.!?]{0,60}\?\s*(?:check out|visit|head (?:over )?to|explore|see|browse) our\b/i, 'share or subscribe prompt'],
  // A platform's closing prompt: "Ready for more?", "Want more?", "Hungry for more?".
  [/^(?:ready|hungry|looking) for more\?$|^want more\?$/i, 'share or subscribe prompt'],
];
const RULE_LIST = ruleList(RULES.map(([re]) => re));

/** The reason a line is a support, paywall or newsletter pitch, or undefined. */
export function pitchChrome(t: string): BoilerplateReason | undefined {
  const k = RULE_LIST.next(t);
  return k < 0 ? undefined : RULES[k]![1];
}
