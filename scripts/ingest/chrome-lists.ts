import { words } from './units.ts';

/**
 * The headings that open a list of links ("Related", "Most read", "More Articles from our Blog"), for
 * lineChrome and the link-list rules (chrome.ts, chrome-blocks.ts): a fixed list of openers, and short
 * lines made of a list verb and a list noun.
 */

/** Headings of link lists; alone on a line they open a run of link titles (a page's own language, or its reader's translation: "Also interesting"). */
export const LINK_LIST_OPENER =
  /^(?:(?:most (?:read|popular|shared|viewed)|more|latest|top stories|trending) (?:from|on|in) [^.:]{1,40}|in other news|around the web|explore more|discover more|from our partners|more for you|what to read next|keep reading|next up|up next|watch next|read this next|trending topics|featured(?: stories| articles)?|read more|read next|see more|see also|also read|read also|related(?: [\p{L}]+)?|more from [^.:]{1,40}|more on this(?: story| topic)?|further reading|recommended(?: for you| reading| stories| videos| articles)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|in case you missed it|more coverage|(?:other |more )?(?:stories|articles|posts|reads) you (?:may|might|could) (?:also )?(?:like|enjoy|have missed)|most (?:read|popular|shared|viewed|commented|liked)|key (?:events|updates|moments|developments)|hot this week|trending(?: now| stories| this week)?|popular(?: now| posts| stories)?|more stories|editors?['’]?s? (?:picks|choice|selection)|top stories|latest (?:news|stories|posts)|(?:today|this week)['’]?s? (?:top|latest|must-read|most read) (?:news|stories|headlines|reads)|(?:visual|web|photo|video) stories|don'?t miss|chapters|(?:picked |selected |recommended |just |more )?for you|social media(?: profiles| links| channels)?|connect with us|(?:other |more |all )?(?:articles|stories|posts|episodes|parts|chapters) (?:in|of|from) this (?:story|series|dossier|package|topic|collection|report)|also interesting|extended reading|(?:more|other (?:articles|stories|posts)) (?:by|from) (?:this|the) (?:author|writer|reporter|columnist)|leia (?:também|mais)|veja (?:também|mais)|saiba mais|lesen sie auch|mehr zum thema|(?:à )?lire aussi|lea (?:también|más)|leggi anche|lees ook|czytaj (?:także|też)|(?:también )?(?:te|le) (?:puede|podría) interesar|auch interessant|das könnte sie (?:auch )?interessieren|(?:cela|ça) (?:pourrait|peut) vous intéresser|(?:ti )?potrebbe (?:interessarti|interessare)|(?:você )?(?:também )?pode (?:te )?interessar|延伸[閱阅][讀读]|相[關关](?:新聞|新闻|[閱阅][讀读]|文章)|関連記事|관련 기사)$/iu;

/** Openers of link lists in other words: a short line of link-list verbs and nouns ("Explore more on these topics", "More posts you may like", "Discover more from X"). */
const LIST_VERB = /\b(?:more|explore|discover|related|recommended|popular|trending|liked|viewed|deeper|also|relevant|suggested|similar)\b/i;
const LIST_NOUN = /\b(?:stories|topics|posts|articles|news|reads|reading|from|on|like|videos|deeper|people|accounts|channels|galleries|podcasts|episodes|threads|discussions|questions|releases|reports|items)$/i;
/** The list's noun with where its items come from: "More Articles from our Blog", "Other posts in this series". */
const LIST_NOUN_FROM = /\b(?:stories|articles|posts|news|videos|podcasts|episodes) (?:from|on|in|by) (?:our|the|this|their) \p{L}+:?$/iu;
export const isListOpener = (t: string, n = words(t)) =>
  n <= 8 &&
  !/[.!?,;]$/.test(t) &&
  LIST_VERB.test(t) &&
  (LIST_NOUN.test(t.replace(/\s*:$/, '')) || LIST_NOUN_FROM.test(t) || /^(?:[Dd]iscover|[Ee]xplore|[Ss]ee|[Rr]ead|[Ff]ind) more (?:from|on|in|about)\s+\p{Lu}/u.test(t) || (/^(?:most|more|discover|explore|go deeper)\b/i.test(t) && /:$/.test(t)));

/** Labels of a project's link buttons ("GitHub", "Hugging Face", "Discord", "API", "Demo", "Paper"). */
const LINK_LABEL = /\b(?:github|gitlab|hugging ?face|model ?scope|kaggle|discord|slack|wechat|twitter|demo|api|paper|arxiv|docs|documentation|blog|homepage|colab|weights|dataset|website|download)\b/gi;
/** Words of a sentence: a row of buttons has none of them. */
const SENTENCE_WORD = /\b(?:is|are|was|were|on|and|or|the|a|an|of|to|in|for|with|by|from|at|its|their|has|have|will|can)\b/i;
/**
 * A project's row of link buttons copied as one line: "QWEN CHAT API DEMO DISCORD", "Paper | GitHub | Hugging Face | Demo":
 * three link labels or more, at least half of its words, and no word of a sentence.
 */
export function isLinkLabelRow(t: string, n: number): boolean {
  // Read on the labels alone: a URL's path ("…/blog/tag/llm") is no label.
  if (n > 12 || /[.!?:;,]$/.test(t) || /https?:|\]\(/.test(t) || SENTENCE_WORD.test(t)) return false;
  const labels = t.match(LINK_LABEL) ?? [];
  const labelWords = labels.reduce((s, l) => s + l.split(/\s+/).length, 0);
  return labels.length >= 3 && labelWords * 2 >= n;
}
