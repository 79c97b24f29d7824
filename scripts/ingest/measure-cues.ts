/**
 * The words that name what a figure measures, nearest cue first (read by quantities.ts): money
 * ("valuation", "training cost", "capital expenditure"), percentages ("share price change"), counted
 * nouns' measures and what happens to counted chips. Only vocabulary here; the reading is in quantities.ts.
 */
export interface Cue {
  measure: string;
  cue: RegExp;
}

export const MONEY: readonly Cue[] = [
  { measure: 'pre-money valuation', cue: /\bpre-?money(?: valuation)?\b/gi },
  // An accounting charge ("a $4.5 billion charge", "a charge of $5.5 billion", a write-down) is not a price: "charge" as a noun, after an amount or an article.
  // A charge written right after its amount ("a $4.5bn charge"); not the verb after a name ending in such a letter ("DeepSeek charges $0.55").
  { measure: 'charge', cue: /(?<=\d\s?(?:billion|million|trillion|bn|mn|tn|[mbk])?\s)charges?\b|(?<=\b(?:a|the|its|this|that)\s+(?:[\p{L}-]+\s+)?)charges?(?= of\b|[,.;]|\s+(?:in|for|on|related|tied|linked)\b)|\bwrite-?(?:downs?|offs?)\b|\bwr(?:ite|ites|ote|iting|itten) (?:down|off)\b|\bimpairments?\b/giu },
  // What a company pays one person to join or stay ("pay packages worth as much as $100 million"): no price, cost or market value.
  { measure: 'pay package', cue: /\bpay (?:packages?|deals?|offers?)\b|\bcompensation (?:packages?|offers?)\b|\bsigning bonus(?:es)?\b/gi },
  // Shares a company buys back from the market ("an additional $60 billion of share repurchases").
  { measure: 'share buyback', cue: /\b(?:share |stock )?buy-?backs?\b|\b(?:share|stock) repurchases?\b|\brepurchas(?:e|ed|ing) (?:shares|stock)\b/gi },
  // Cash a company loses running itself ("burning about $1 billion a month").
  { measure: 'cash burn', cue: /\b(?:cash )?burn(?:s|ed|ing|t)?\b(?=\s+(?:through|rate|of|about|around|roughly|nearly|some|more|over|[$€£¥\d]))|\bcash burn\b/gi },
  // "A $5.6 million grant", "a grant of $5.6 million": money given, not spent by whoever is named.
  { measure: 'grant', cue: /(?<=(?:billion|million|trillion|bn|mn|tn|[\dmbk])\s)(?:grants?|subsid(?:y|ies))\b|\b(?:grants?|subsid(?:y|ies)) of\b/giu },
  // "Orders for H20 chips worth $16 billion": the orders' value, not a trade value (a tie with "chips worth" goes to the cue listed first).
  { measure: 'orders', cue: /\borders? for (?:[\w-]+\s+){0,4}worth\b/gi },
  // Orders a company could not ship ("unable to ship an additional $2.5 billion of H20 orders") are not what customers ordered: before "orders", so a tie reads this.
  { measure: 'unshipped orders', cue: /\b(?:unable to|could not|couldn't|cannot|can't|failed to) (?:ship|deliver|fulfil+)(?:\s+(?:an? |the )?(?:additional|further|another|extra|more))?|\bunshipped\b|\bundelivered\b/gi },
  { measure: 'orders', cue: /\border(?:s|ed)\b|\bbookings\b|\bbacklog\b/gi },
  // Value won back or added ("clawing back about $258 billion of the value", "added $200 billion in market value"): a gain, not what the company is worth.
  { measure: 'market value gain', cue: /\b(?:claw(?:s|ed|ing)? back|regain(?:s|ed|ing)?|recoup(?:s|ed|ing)?|recover(?:s|ed|ing)?|add(?:s|ed|ing)?)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?\S+(?:\s+(?:billion|trillion|million|bn|tn))?\s+(?:of|in)\s+(?:(?:the|its|their)\s+)?(?:stock[- ]market\s+|market\s+)?(?:value|valuation|cap(?:itali[sz]ation)?)\b/gi },
  // Sales a company loses to something ("export curbs cost it $2.5 billion in sales", "a loss of $8 billion in H20 revenue", "$1 billion in lost sales") are no revenue it made.
  { measure: 'lost revenue', cue: /\b(?:cost(?:s|ing)?|los(?:e|es|t|ing)|loss(?:es)? of|forgo(?:es|ne)?)\b(?:[^,;.]|[.,](?=\d)){0,50}?\bin (?:(?:lost|forgone|foregone)\s+)?(?:[\p{L}\d-]+\s+)?(?:sales|revenues?)\b|\b(?:lost|forgone|foregone) (?:sales|revenues?)\b/giu },
  // A market value that "fell by" an amount lost it.
  // "Losing $589 billion in market value", "shedding $589 billion in market capitalization": only with the value it lost named (a company "losing $5 billion a year" lost money, not value).
  { measure: 'market value loss', cue: /\bwip(?:ed|ing|es?)\b|\bshed\b|\b(?:los(?:e|es|ing)|shed(?:s|ding))\b(?=[^,;.]{0,40}\b(?:of|in|from)\s+(?:(?:its|their|the)\s+)?(?:stock[- ]market\s+|market\s+)(?:value|cap(?:itali[sz]ation)?)\b)|\beras(?:e|ed|es|ing)\b|\blost\b|\bwiped out\b|\bmarket (?:value|cap(?:itali[sz]ation)?) (?:fell|dropped|declined|shrank|slid|sank|plunged|tumbled) by\b/gi },
  // What goods or a deal are worth ("the shipments were worth more than $28 million") is no company's valuation; before it, so a tie reads this.
  { measure: 'trade value', cue: /\b(?:shipments?|chips|GPUs|goods|orders|exports|imports|transactions?|deals?|contracts?)\s+(?:(?:was|were|is|are|would be|could be|had been)\s+)?worth\b/gi },
  // A fine or civil penalty ("penalties can reach $374,474 per violation").
  { measure: 'penalty', cue: /\bpenalt(?:y|ies)\b|\bfines?\b|\bfined\b/gi },
  // Before the valuation cue, whose "value" it holds: on a tie the more specific one is read.
  { measure: 'market value', cue: /\bmarket (?:value|cap(?:itali[sz]ation)?)\b/gi },
  // "The $50 billion Chinese market for AI chips", "India's AI market will reach $17 billion": a market's size, not any one company's money.
  { measure: 'market size', cue: /(?<!\b(?:stock|share|equity|bond)\s|-)\bmarkets?\b(?![-\s]+(?:value|cap(?:itali[sz]ation)?|share|debut|close|open|rout|rally|sell-?off|turmoil|reaction|prices?|rates?))/gi },
  // A company's milestone ("the first company worth $4 trillion", "the first chipmaker to close above $3 trillion") is a listed company's market value: no round prices a company first past a mark.
  { measure: 'market value', cue: /\b(?:first|only|second|third|fourth|largest|biggest|most valuable)\s+(?:[\p{L}-]+\s+)?(?:company|companies|firm|chipmaker|chip ?maker|business|stock|group)\s+(?:ever\s+)?(?:worth|valued at|to (?:be worth|be valued at|reach|hit|top|surpass|pass|cross|exceed|close (?:above|at|over)|end (?:above|at)))(?=\s)/giu },
  // What a market or a customer was worth to a company ("China was worth $17 billion to Nvidia last year") is the company's revenue from it, not anyone's valuation.
  // Only as a predicate ("China was worth"): goods "worth $12 billion to Nvidia" are orders' or trade value, not the company's revenue.
  { measure: 'revenue', cue: /(?<=\b(?:is|was|are|were|been|be)\s+)worth(?=\s+(?:about |around |nearly |roughly |over |more than |some |almost |close to )?(?:[A-Z]{1,3})?[$€£¥\d][^,;:]{0,30}?\bto\s+(?:the\s+)?\p{Lu})/gu },
  { measure: 'valuation', cue: /\bpric(?:es|ed|ing) (?:itself|themselves)\b|\bvaluations?\b|\bvalued?\b|\bvalues\b|\bworth(?=\s+(?:about |around |nearly |roughly |over |more than |some )?[$€£¥\d])/gi },
  { measure: 'training cost', cue: /\btraining (?:run|costs?)\b|\bto train\b|\btrained\b|\bfinal run\b|\bcosts? (?:of|for) training\b|\b(?:reinforcement[- ]learning|RL|pre-?training|post-?training|fine-?tuning) (?:stage|run|phase)\b|\b(?:for|of) training\b|\bcost of (?:the|that|this|its|their) (?:(?:final|full|whole|entire|last)\s+)?(?:training\s+)?run\b|\b(?:buil[dt]|develop(?:ed|s)?|creat(?:ed|es)?|produc(?:ed|es))\s+(?:(?:a|an|its|the|their|this)\s+)?(?:[\p{L}-]+\s+){0,3}models?\s+for\s+(?=(?:about|around|roughly|nearly|just|only|some|less than|under)?\s*[$€£¥\p{Lu}\d])/giu },
  { measure: 'assets under management', cue: /\bassets\b|\bunder management\b/gi },
  { measure: 'capital expenditure', cue: /\bcapex\b|\bcapital (?:expenditures?|spending|projects|outlays?)\b|\bdata cent(?:er|re)s?\b(?!\s+(?:revenues?|sales|segment|business|unit)\b)/gi },
  { measure: 'infrastructure investment', cue: /\binfrastructure\b/gi },
  // What chips cost, with the chips as the verb's subject ("the accelerators alone would come to about $3 billion", "100,000 GPUs would cost $4bn").
  { measure: 'hardware spending', cue: /\bhardware\b|\bservers?\b|\bclusters?\b|\b(?:accelerators|chips|GPUs|processors)(?:\s+alone)?\s+(?:(?:would|could|will|might)\s+)?(?:cost|come to|total|run to|add up to)\b/gi },
  { measure: 'operating costs', cue: /\boperating\b|\brunning costs?\b|\bexpenses\b|\bopex\b|\boperations\b/gi },
  // A lettered round ("a $13 billion Series F") is money raised, whatever valuation is named beside it.
  { measure: 'funding', cue: /\brais(?:ed?|ing)\b|\bfunding\b|\bround\b|\bfinancing\b|\bventure\b|\b[Ss]eries [A-K]\d?\b(?![\p{L}-])/giu },
  // What one backer commits to a shared venture ("SoftBank and OpenAI will each commit $19 billion"): its part, not the venture's investment.
  { measure: 'commitment', cue: /\bcommit(?:s|ted|ting|ments?)?\b/gi },
  { measure: 'investment', cue: /\binvest(?:s|ed|ing|ment|ments)?\b|\bdeploy(?:s|ed|ing)?\b|\bmobili[sz](?:e|es|ed|ing)\b|\bpledged?\b|\bbacking\b|\bspend(?:ing)? on\b/gi },
  { measure: 'annualised revenue', cue: /\bannuali[sz]ed(?: revenues?| sales)?\b|\b(?:revenue )?run[- ]rate\b|\bARR\b/gi },
  { measure: 'exports', cue: /\bexports?\b|\bshipments abroad\b/gi },
  { measure: 'imports', cue: /\bimports?\b/gi },
  { measure: 'revenue', cue: /\brevenues?\b|\bsales\b|\bearn(?:ed|ings|s)?\b|\bturnover\b|\b(?:brought|brings|bring|took|takes) in\b|\bgenerat(?:ed|es|ing)\b|\bmade\b(?=[^.;]{0,40}\bfrom\b)/gi },
  { measure: 'profit', cue: /\bprofits?\b|\bnet income\b|\blosses\b/gi },
];
/** Cues that say little about scope: used only when no more specific cue is in the sentence. */
export const MONEY_GENERIC: readonly Cue[] = [
  { measure: 'price', cue: /\bpric(?:e|es|ed|ing)\b|\bcharg(?:e|es|ed|ing)\b|\bsubscription\b/gi },{ measure: 'cost', cue: /\bcost(?:s|ing)?\b|\bspent\b|\bspend\b|\bbudget\b|\bpaid\b/gi }];

export const PERCENT: readonly Cue[] = [
  { measure: 'gross margin', cue: /\bgross margins?\b/gi },
  { measure: 'index change', cue: /\bindex\b|\bNasdaq\b|\bS&P\b/gi },
  { measure: 'share price change', cue: /\bshares?\b|\bstock\b|\bsell-?off\b/gi },
  { measure: 'market share', cue: /\bmarket share\b|\bshare of the market\b/gi },
  { measure: 'stake', cue: /\bstake\b|\bownership\b|\bowns?\b/gi },
  { measure: 'price change', cue: /\bpric(?:e|es|ing)\b|\bcut\b|\bdiscount\b|\bcheaper\b|(?<=%\s?)off\b/gi },
  { measure: 'revenue growth', cue: /\brevenues?\b|\bsales\b/gi },
  { measure: 'benchmark score', cue: /\bscor(?:e|es|ed|ing)\b|\baccuracy\b|\bbenchmarks?\b|\bpass@1\b/gi },
  { measure: 'yield', cue: /\byields?\b/gi },
  // How much of a plant's or a fleet's capacity is in use ("utilisation of its production lines climbed to 85.5 percent"): a level, not a change.
  { measure: 'utilisation rate', cue: /\butili[sz]ation(?: rates?)?\b/gi },
];
export const PERCENT_GENERIC: readonly Cue[] = [
  { measure: 'change', cue: /\b(?:fell|fall(?:ing|s)?|drop(?:ped|s)?|slid|plunged?|tumbled?|sank|lost|rose|ris(?:e|ing)|jump(?:ed)?|gain(?:ed)?|climb(?:ed)?|surged?|down|up)\b/gi },
];

export const COUNT: Record<string, string> = {
  GPU: 'chip count',
  'GPU-hour': 'training compute',
  parameter: 'parameter count',
  token: 'training tokens',
  employee: 'headcount',
  engineer: 'headcount',
  researcher: 'headcount',
  customer: 'customers',
  download: 'downloads',
  'data center': 'data centers',
  server: 'servers',
  company: 'companies',
  // Sizes of memory or data: "a GB count" reads wrongly.
  GB: 'data size',
  TB: 'data size',
  MW: 'power capacity',
  GW: 'power capacity',
  // A rack's or a chip's draw, not a site's capacity.
  kW: 'power draw',
  W: 'power draw',
  // The homes a site's power would supply ("as much as 750,000 homes"): a measure of its draw in other words.
  home: 'equivalent homes',
  // A chip's or a system's compute rate.
  teraflop: 'compute',
  petaflop: 'compute',
  exaflop: 'compute',
  wafer: 'wafer output',
  score: 'benchmark score',
  // Operations of a computation ("10^25 FLOPs"): a run's or a rule's threshold of compute.
  operation: 'compute',
};

/** What happens to counted chips, from the verb nearest the count: made, bought or shipped (a fleet that runs them is a chip count). */
export const CHIP_FLOW: readonly Cue[] = [
  { measure: 'production', cue: /\b(?:produc(?:e|es|ed|ing|tion)|make|makes|made|making|manufactur(?:e|es|ed|ing)|turn(?:s|ed|ing)? out|output|fabricat(?:e|es|ed|ing))\b/gi },
  { measure: 'chip purchases', cue: /\b(?:b(?:uy|uys|ought|uying)|purchas(?:e|es|ed|ing)|order(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|stockpil(?:e|es|ed|ing))\b/gi },
  { measure: 'shipments', cue: /\b(?:ship(?:s|ped|ping|ments?)?|deliver(?:s|ed|ing|ies)?|sold|sells?|selling)\b/gi },
  { measure: 'chip imports', cue: /\bimport(?:s|ed|ing)?\b/gi },
  { measure: 'chip exports', cue: /\bexport(?:s|ed|ing)?\b(?! (?:controls?|rules?|curbs?|restrictions?|licen[cs]es?|ban)\b)/gi },
];

