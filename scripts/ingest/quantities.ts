import type { Figure } from './figures.ts';
import { CHIP_FLOW, COUNT, type Cue, MONEY, MONEY_GENERIC, PERCENT, PERCENT_GENERIC } from './measure-cues.ts';

/**
 * What a figure measures. Counts take it from their counted noun ("2,048 GPUs" → chip count);
 * money and percentages from the cue words nearest the figure in its sentence, so that in "the run
 * cost $5.6 million, while its hardware spending is over $500 million" each amount gets its own
 * measure. Measures keep scope apart: the cost of one training run, a year of operating costs and
 * hardware spending are different measures, so they are never compared with each other.
 */
/** A share "of (the resulting / its) revenue" right after a percentage. */
const REVENUE_OF = /^\s+of\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:revenues?|sales|proceeds)\b/u;
/** A verb of handing money over, in the clause before such a share: the share is paid to someone else. */
const PAID = /\b(?:pay|pays|paid|paying|remit(?:s|ted|ting)?|hand(?:s|ed|ing)? over|turn(?:s|ed|ing)? over|surrender(?:s|ed|ing)?|cede(?:s|d)?|ceding|give(?:s|n)? up|gave up|kick(?:s|ed|ing)? back)\b/i;
/** A percentage, then "down from" or "up from" right before the figure: the figure is the earlier value of the first one's measure. */
const EARLIER_VALUE = /(\d[\d.,]*\s?(?:%|per ?cent\b|percent\b))[^\d]*?\b(?:down|up) from\s+(?:(?:about|around|roughly|nearly|some|just)\s+)?$/i;
/** A share of chips or dies that work is a yield ("20% of the chips are usable", "the share of usable chips … 40%"), before any other reading. */
const YIELD = /\b(?:usable|yields?|defect-free|good dies)\b/i;
/** A person's own wealth, named in the figure's clause. */
const PERSONAL_WEALTH = /\bnet worth\b|\b(?:personal|family)\s+(?:fortune|wealth)\b|\b(?:his|her)\s+(?:fortune|wealth)\b/i;
/** "Leaving it worth", "left the company valued at" right before an amount. */
const LEFT_WORTH = /\b(?:leav(?:e|es|ing)|left)\s+(?:it|them|the\s+[\p{L}-]+|[\p{Lu}][\p{L}-]*)\s+(?:worth|valued\s+at)\s+(?:(?:about|around|nearly|roughly|some|just|more than|over|almost|close to|under|less than)\s+)?$/iu;
/** A sentence about a listed company's shares moving. */
const SHARE_MOVE = /\b(?:shares?|stocks?|market (?:value|cap(?:itali[sz]ation)?)|trading|clos(?:e|ed|ing))\b/i;
/** A figure right after "valued/valuing … at" is a valuation, whatever cue is nearer ("valuing the maker at $61.5 billion after the investment"). */
const VALUED_AT = /\bvalu(?:ed|ing|es?)\b[^.;,]{0,40}\bat\s+(?:(?:about|around|nearly|roughly|some|more than|over|almost|close to|up to)\s+)?$/i;
/**
 * A round or raise, then "at" and the figure, with no other amount between than the one raised ("closed its Series F in September
 * at $183bn", "raised $40bn at $300bn"): the price the round set, the valuation. Not a round that "closed at" or "stood at" an amount: its size.
 */
const ROUND_AT = /\b(?:rounds?|Series [A-K]\d?|rais(?:ed?|es|ing)(?: (?:money|funds|capital|cash))?|fund-?raising)\b(?:\s+(?:about\s+|some\s+)?(?:US)?[$€£¥][\d.,]+\s*(?:bn|billion|million|m|b)?\b)?(?:(?!\$|€|£|¥|\d|\b(?:for|with|in|on)\s+(?:a|an|the)\b)[^.;,])*?\s(?:in\s+[\p{L}\d ]{3,20}\s)?(?<!\b(?:closed|ended|came|finished|totall?ed|stood)\s)at\s+(?:(?:about|around|nearly|roughly|some|more than|over|almost|close to|up to)\s+)?$/iu;
const INFRASTRUCTURE = /\binfrastructure\b/i;

/** After a multiple: its own value of an earlier time ("its 2024 output", "their level of last spring", "last year's total"). */
const OWN_EARLIER = /^\s+(?:(?:its|their)\s+(?:(?:19|20)\d\d|previous|prior|earlier|year-earlier|last|former)\b|(?:its|their)\s+level\b|last year['’]s\b|the previous\b)/i;
/** A verb of growing before a multiple in its clause ("sales rose more than 4.5 times"). */
const GREW = /\b(?:rose|rise[sn]?|grew|grow(?:s|n)?|jumped|climbed|surged|soared|increased|expanded|multiplied|swelled|doubl(?:ed|es)|tripl(?:ed|es))\b/i;

/** Words of a ceiling on chips: a cap, or what each may receive or hold. */
const CHIP_CAP = /\b(?:cap(?:s|ped)?|ceiling|quota|limit(?:s|ed)? (?:to|at|of))\b|\bmay (?:receive|hold|buy|import)\b/i;

/** A place where a cue matched in a sentence. */
interface CueMatch {
  measure: string;
  start: number;
  end: number;
}

/** Where each cue of a list matches in the last sentence read (a sentence's figures are read one after another); one entry per list, updated in place. */
const cueMatches = new Map<readonly Cue[], { sentence: string | undefined; found: CueMatch[] }>();
function matchesOf(cues: readonly Cue[], sentence: string): CueMatch[] {
  let hit = cueMatches.get(cues);
  if (!hit) cueMatches.set(cues, (hit = { sentence: undefined, found: [] }));
  if (hit.sentence === sentence) return hit.found;
  // An exec loop, not matchAll: matchAll clones the pattern on every call, the larger part of the cost here.
  const found: CueMatch[] = [];
  for (const c of cues) {
    c.cue.lastIndex = 0;
    for (let m = c.cue.exec(sentence); m; m = c.cue.exec(sentence)) {
      found.push({ measure: c.measure, start: m.index, end: m.index + m[0].length });
      if (m[0] === '') c.cue.lastIndex++;
    }
  }
  hit.sentence = sentence;
  hit.found = found;
  return found;
}

/** The cue nearest to the figure (cues after it count a little farther, as measures are mostly named first). */
function nearest(cues: readonly Cue[], sentence: string, start: number, end: number): string | undefined {
  let measure: string | undefined;
  let best = Infinity;
  for (const m of matchesOf(cues, sentence)) {
    // A cue inside the figure itself ("$2 per GPU-hour") is not a cue.
    if (m.start >= start && m.end <= end) continue;
    const d = m.end <= start ? start - m.end : m.start >= end ? (m.start - end) * 1.5 : 0;
    if (measure === undefined || d < best) {
      measure = m.measure;
      best = d;
    }
  }
  return measure;
}

/** The side of a token price: what is read in (input, prompt) or what is written out (output, generated text, completions). */
const SIDE = /\b(?:(inputs?|prompts?)|(outputs?|generat(?:es?|ed|ing|ion)|completions?))\b/i;

/** Words of a discounted token price: a cache hit (not a miss), off-peak hours, a discount. */
const DISCOUNT = /(?<!\bnot )\bcache[ds]?\b(?![- ]miss)|\bcache[- ]hits?\b|\boff-?peak\b|\bdiscount(?:ed)?\b/i;

/** "Each token (only) touches / uses / activates / passes through" right before a parameter count: the active parameters. */
const TOKEN_TOUCHES = /\b(?:each|every|a|any(?: given)?) token (?:only )?(?:(?:touch|use|activate|engage|call)(?:es|s)?|(?:pass|go|run)(?:es|s)? through)\s+(?:only\s+)?(?:(?:about|around|roughly|some)\s+)?$/i;
/** A verb of activating right before a parameter count ("the design activates 37 billion of V3's 671 billion parameters"): the active parameters. */
const ACTIVATES = /\bactivat(?:es|e|ing)\s+(?:only\s+|just\s+)?(?:(?:about|around|roughly|some)\s+)?$/i;

/** "The number of active parameters is…", "the number of parameters activated for each token is…": the active parameters named before the count. */
const ACTIVE_NUMBER = /\bnumber of (?:activ(?:e|ated) parameters|parameters (?:activ(?:e|ated)|used)\b[^\d.;:,]{0,30}?)\s+(?:is|was|are|were)\s+(?:(?:about|around|roughly|some|only|just)\s+)?$/i;

/** A parameter count's clause going on to say it works on each token: "… of them fire for any given token", "… (are) used per token". */
/** Or at each moment of running ("… do the work at any moment", "are in use at any one time"). */
const PER_TOKEN = /^(?:\s+(?!models?\b)[\p{L}'’-]+){0,4}?\s+(?:(?:per|for (?:each|every|any(?: given| one)?|a(?: given| single)?|one)|on (?:each|every|any(?: given)?|a(?: given| single)?)) token\b|at (?:any (?:given |one )?(?:moment|time)|a time)\b)/iu;

/** "(37 billion) of the model's / of its" right before a count: the count is the whole a part is taken from. */
const WHOLE_OF = /\bof\s+(?:[\p{L}\p{N}.'’-]+\s+){0,2}$/u;

/** Where a clause ends and the next starts: punctuation, or a relative pronoun or conjunction. */
const CLAUSE_START = /[;:—–]|\b(?:which|who|while|whereas)\s/gi;
const CLAUSE_BOUNDARY = /[;:—–,]|\b(?:but|while|whereas|which|who)\s/gi;

/** The end of the last match of a global pattern in a text (0 if none), by an exec loop (matchAll copies the pattern on every call). It never matches empty. */
function lastEnd(re: RegExp, text: string): number {
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) from = m.index + m[0].length;
  return from;
}

/** The sentence up to `start`, from the beginning of the clause holding it (after a semicolon, colon, dash or relative pronoun). */
function clauseBefore(sentence: string, start: number): string {
  const before = sentence.slice(0, start);
  const from = lastEnd(CLAUSE_START, before);
  return ' '.repeat(from) + before.slice(from);
}

/** Where the clause holding the figure starts and ends in `sentence`: from the last boundary before it to the first after it (commas, semicolons, dashes, relative pronouns). */
export function clauseBounds(sentence: string, start: number, end: number): { from: number; to: number } {
  const from = lastEnd(CLAUSE_BOUNDARY, sentence.slice(0, start));
  const rest = sentence.slice(end);
  const stop = rest.search(/[;:—–,]|\b(?:but|while|whereas|which|who)\s/i);
  return { from, to: stop >= 0 ? end + stop : sentence.length };
}

/** The clause holding the figure (see {@link clauseBounds}). */
function clauseOf(sentence: string, start: number, end: number): string {
  const { from, to } = clauseBounds(sentence, start, end);
  return sentence.slice(from, to);
}

/**
 * Names what a figure measures ("training cost", "chip count"). `start`/`end` are the figure's
 * offsets in `sentence`.
 */
export function measureOf(f: Pick<Figure, 'kind' | 'unit' | 'per'>, sentence: string, start: number, end: number): string {
  const measure = measureNamed(f, sentence, start, end);
  // A value an earlier estimate had put, which the text sets against a newer one ("earlier estimates, which had put shipments
  // closer to a million units"), is a measure apart: compared with the newer value, it would read as a conflict.
  return EARLIER_ESTIMATE.test(clauseBefore(sentence, start)) ? `${measure} (earlier estimate)` : measure;
}

/** Words of an earlier estimate in the figure's clause before it: "had put … at", "earlier estimates of". */
const EARLIER_ESTIMATE = /\bhad (?:put|estimated|forecast|projected|pegged)\b|\b(?:earlier|previous|prior|initial|original|older) (?:[\p{L}-]+ )?(?:estimates?|forecasts?|projections?|tallies)\b/iu;

/**
 * The sentence with each relative clause set off by commas blanked, unless it holds the figure ("Data-center revenue, which
 * includes the AI chips that made Nvidia the market's favorite stock, came to $35.6 billion"): its words describe a noun, they
 * do not name what the figure measures. Offsets are kept.
 */
function withoutAsides(sentence: string, start: number, end: number): string {
  if (!/,\s*(?:which|who|whose)\b/i.test(sentence)) return sentence;
  // Not one stating a figure of its own (", which aims to mobilise €200 billion, including €20 billion for…"): its words are that figure's, and what hangs from it.
  return sentence.replace(RELATIVE_ASIDE, (m, at: number) => ((at <= start && at + m.length >= end) || /\d/.test(m) ? m : ' '.repeat(m.length)));
}
const RELATIVE_ASIDE = /,\s*(?:which|who|whose)\b[^,;.]*,(?!\d)/gi;

const SCALED = /illion|\b(?:bn|mn|tn|crore|lakh)\b|\d\s?[kKmMbB]n?\b/;
const PRICE_AT = /\b(?:clos(?:e|ed|es|ing)|open(?:ed|s|ing)?|end(?:ed|s|ing)?|finish(?:ed|es|ing)?|trad(?:ed|es|ing))\s+at\s+$/i;
const SHARES_MOVED = /\b(?:shares?|stock)\b[^.;]*\b(?:rose|fell|gained|lost|dropped|climbed|jumped|slid|sank|tumbled|surged|declined|advanced|plunged)\b/i;

/** A determiner right before a figure: the figure is an attribute of the noun phrase after it. */
const ATTRIBUTIVE = /\b(?:a|an|the|its|their|his|her|this|that)\s+$/i;
/** The noun phrase right after an attributive figure, up to three words, no punctuation. */
const HEAD_AFTER = /^\s+(?:(?!(?:that|which|who|to|of|in|at|for|from|by|on)\s)[\p{L}-]+\s+){0,2}[\p{L}-]+/u;

function measureNamed(f: Pick<Figure, 'kind' | 'unit' | 'per'>, sentence: string, start: number, end: number): string {
  if (f.kind === 'count') {
    if (f.unit === 'user') {
      // Monthly, weekly and daily users are different measures; the period is named next to the count.
      // A service's subscribers are the users who pay: a measure of their own.
      if (/subscri/i.test(sentence.slice(start, end))) return 'paying subscribers';
      // Or "each week", "every day", "a month" after the verb ("400 million people use it each week").
      // Or as the noun the count is the value of, right before its verb ("its daily active users exceeded 22 million", "monthly users topped 100 million").
      const period =
        /\b(daily|weekly|monthly)\b|\b([DWM])AUs?\b|\b(?:each|every|a|per) (day|week|month)\b/i.exec(sentence.slice(start, end + 30)) ??
        /\b(daily|weekly|monthly)\s+(?:active\s+)?users\s+(?:[\p{L}-]+\s+){1,3}$/iu.exec(clauseBefore(sentence, start));
      if (!period) return 'users';
      const p = (period[1] ?? (period[3] ? `${period[3]}ly`.replace('dayly', 'daily') : undefined) ?? { d: 'daily', w: 'weekly', m: 'monthly' }[period[2]!.toLowerCase() as 'd' | 'w' | 'm']).toLowerCase();
      return `${p} active users`;
    }
    // "Context" in the count's clause or just before it ("its context window, at 128K tokens"); not in another clause ("used 14.8T tokens, then the context window grew").
    if (f.unit === 'token' && /\bcontext\b/i.test(`${clauseOf(sentence, start, end)} ${sentence.slice(Math.max(0, start - 30), start)}`)) return 'context window';
    // Tokens per second are a speed; tokens per question, answer or request a length: neither is training data.
    if (f.unit === 'token' && f.per) return /second|sec|^s$/i.test(f.per) ? 'throughput' : `tokens per ${f.per}`;
    if ((f.unit === 'GB' || f.unit === 'TB') && /\b(?:memory|RAM|VRAM|HBM)\b/.test(sentence)) return 'memory';
    // Bandwidth of memory or of the links between chips, by the words of its clause.
    if (f.unit === 'GB/s' || f.unit === 'TB/s') {
      const clause = clauseOf(sentence, start, end);
      return /\b(?:memory|HBM\w*)\b/i.test(clause) ? 'memory bandwidth' : /\b(?:interconnect|NVLink|links?|chip-to-chip)\b/i.test(clause) ? 'interconnect bandwidth' : 'bandwidth';
    }
    // A mixture-of-experts model's active parameters are not its total: "37B active", "37 billion active parameters".
    // So are the parameters each token touches ("each token only touches 32B parameters").
    // And so are those its clause says work on each token ("only 37 billion of them fire for any given token", "37 billion are used per token").
    if (f.unit === 'parameter' && (/\bactiv(?:e|ated?)\b/i.test(sentence.slice(start, end) + (/^[^\d.;]{0,25}/.exec(sentence.slice(end))?.[0] ?? '')) || TOKEN_TOUCHES.test(sentence.slice(Math.max(0, start - 60), start)) || ACTIVATES.test(sentence.slice(Math.max(0, start - 40), start)) || ACTIVE_NUMBER.test(sentence.slice(Math.max(0, start - 80), start)) || (PER_TOKEN.test(sentence.slice(end, clauseBounds(sentence, start, end).to)) && !WHOLE_OF.test(sentence.slice(Math.max(0, start - 40), start))))) return 'active parameters';
    // Only verbs before the count in its clause: "Huawei shipped 450,000 chips", "bought 230,000 … chips".
    // A ceiling on how many chips someone may get ("capped at about 50,000 GPUs per country", "may hold up to 320,000 GPUs") is a cap, not a count.
    if (f.unit === 'GPU' && (CHIP_CAP.test(clauseBefore(sentence, start).slice(Math.max(0, start - 60))) || /^\s+(?:per|for each) country\b/i.test(sentence.slice(end)))) return 'chip cap';
    // "(Of the GPUs,) nearly 12,896 are Nvidia H100s and H200s": a count of those chip models, a measure apart from the fleet's or another model's.
    const models = MODELS_AFTER.exec(sentence.slice(end, end + 60));
    if (f.unit === 'GPU' && models) return `chip count (${[models[1], models[2]].filter(Boolean).join(' and ')})`;
    if (f.unit === 'GPU') return nearest(CHIP_FLOW, clauseBefore(sentence, start), start, start) ?? 'chip count';
    if (f.unit === 'wafer' && /\bcapacity\b/i.test(sentence)) return 'production capacity';
    return COUNT[f.unit] ?? `${f.unit} count`;
  }
  if (f.kind === 'ratio') {
    const after = sentence.slice(end, end + 50);
    // "30 times forward earnings", "20 times annualized revenue": a valuation's multiple.
    const base = /^\s+(?:[\p{L}-]+\s+){0,2}?(earnings|revenues?|sales)\b/iu.exec(after);
    if (base) return /earnings/i.test(base[1]!) ? 'price-earnings ratio' : 'revenue multiple';
    // A multiple of its own earlier value ("roughly double its 2024 output", "rose 6.5 times"): growth.
    if (OWN_EARLIER.test(after) || GREW.test(sentence.slice(clauseBounds(sentence, start, end).from, start))) return 'growth';
    return /\bcheaper\b|\bpric|\bcosts?\b/i.test(sentence) ? 'price ratio' : 'ratio';
  }
  if (f.kind === 'percent') {
    if (YIELD.test(clauseOf(sentence, start, end))) return 'yield';
    // "…fell to 13% of its total, down from 17% a year earlier": the earlier value of the same measure.
    const earlier = EARLIER_VALUE.exec(sentence.slice(0, start));
    if (earlier) return measureOf(f, sentence, earlier.index, earlier.index + earlier[1]!.length);

    // "Pay the government 15% of the resulting revenue": a levy on the revenue, not the company's revenue share of anything.
    if (REVENUE_OF.test(sentence.slice(end)) && PAID.test(sentence.slice(clauseBounds(sentence, start, end).from, start))) return 'share of revenue paid';
    // "Shipments to Singapore made up 2% of revenue": the share is the shipments', a part told apart from the revenue billed there.
    const part = PART_SHARE.exec(clauseBefore(sentence, start));
    if (part) return `share of ${part[1]!.toLowerCase()}`;
    // "18% of its revenue", "43% of downloads", "2% of that revenue": a share of something, not a change.
    // "of Nvidia's revenue" is a share of revenue; "of ChatGPT's users" names ChatGPT.
    // "of Nvidia's data-center sales" is a share of sales; "of whom", "of that going to…" name no whole (a pronoun, a verb).
    // "of the country's electricity", "of the world's supply": a common noun's possessive names no one, the noun after it is the whole.
    // "of Tokyo Electron's revenue": a name of several words too.
    const ofMatch = /^\s+of\s+(?:(?:its|the|their|that|this|those|these|all|total|global|\p{Ll}[\p{L}-]*['’]s|(?:[\p{Lu}][\p{L}\p{N}.-]*\s+){0,3}[\p{Lu}][\p{L}\p{N}.-]*['’]s(?=\s+(?:total\s+|[\p{L}-]+\s+)?(?:revenues?|sales)\b))\s+)*([\p{L}-]+)/u.exec(sentence.slice(end));
    const of = ofMatch && !/^(?:whom|which|them|it|what|whose)$/.test(ofMatch[1]!) && !/^\s+of\s+(?:that|this|it)\s+\p{L}+(?:ing|ed)\b/u.test(ofMatch[0]) ? ofMatch : null;
    // "20 percent of the Chinese market for AI accelerators": a market share, whatever words describe the market.
    if (of && /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}market\b/iu.test(sentence.slice(end))) return 'market share';
    if (of) return /^(?:revenue|sales|total)$/i.test(of[1]!) && /\brevenue|\bsales/i.test(sentence) ? 'share of revenue' : `share of ${of[1]!.toLowerCase()}`;
    const plain = withoutAsides(sentence, start, end);
    return nearest(PERCENT, plain, start, end) ?? nearest(PERCENT_GENERIC, plain, start, end) ?? 'percentage';
  }
  if (f.per && /hour/i.test(f.per)) return 'rental price';
  if (f.per && /^(?:chip|GPU|accelerator|card|unit)$/i.test(f.per)) return 'chip price';
  if (f.per && /token/i.test(f.per)) {
    // The side is named in the figure ("per million output tokens") or in a label just before it ("Output: $2.2", "input, at $0.55").
    // A cache-hit or off-peak price is a discount on the list price, not another value of it; a cache miss ("not cached") is the list price.
    const rest = sentence.slice(end);
    const lead = sentence.slice(Math.max(0, start - 60), start).split(/[;,]|\band\b/).at(-1)!;
    // Not an aside in brackets with an amount of its own ("$0.60 per million input tokens ($0.15 on a cache hit)"): its words are that amount's.
    const own = rest.replace(/^\s*\([^()]*?[$€£¥\d][^()]*\)/u, ' ');
    const after = own.slice(0, Math.max(0, own.search(/[;,]|\band\b|\.(?:\s|$)|$/)));
    const clause = lead + sentence.slice(start, end) + after;
    // Or anywhere in its own clause, in other words for the same sides ("tokens of input", "Output from R1 is priced at", "every million tokens it generates").
    const side = (SIDE.exec(sentence.slice(start, end)) ?? SIDE.exec(/[^\d$€£¥.;]{0,30}$/.exec(sentence.slice(Math.max(0, start - 40), start))![0]) ?? SIDE.exec(after) ?? SIDE.exec(lead))?.slice(1).findIndex(Boolean);
    // So is one in a sentence opened by a phrase that sets it ("In the off-peak window, R1's output price drops to $0.55"): the opening phrase holds no figure of its own.
    const opening = /^[^,\d$€£¥]{0,50},/.exec(sentence)?.[0] ?? '';
    const discounted = DISCOUNT.test(clause) || (opening.length <= start && DISCOUNT.test(opening)) ? ', discounted' : '';
    return side !== undefined && side >= 0 ? `API price (${side === 0 ? 'input' : 'output'}${discounted})` : discounted ? 'API price (discounted)' : 'API price';
  }
  // A person's wealth ("wiped off his net worth", "her personal fortune") is not the company's market value, whatever verb moved it.
  if (PERSONAL_WEALTH.test(clauseOf(sentence, start, end))) return 'personal wealth';
  // What a share move leaves a company worth ("wiping $589 billion off, leaving it worth $2.9 trillion") is its market value of that day, not a funding round's valuation.
  if (LEFT_WORTH.test(sentence.slice(Math.max(0, start - 60), start)) && SHARE_MOVE.test(sentence)) return 'market value';
  // "A $183 billion post-money valuation", "its $5.5 billion charge", "a $13 billion Series F round": after a determiner, the figure
  // modifies the noun right after it, which names what it measures before any word farther off ("closed a funding round at a $183 billion …").
  const head = ATTRIBUTIVE.test(sentence.slice(Math.max(0, start - 8), start)) ? HEAD_AFTER.exec(sentence.slice(end)) : null;
  const named = head ? matchesOf(MONEY, sentence).filter((m) => m.start >= end && m.end <= end + head[0].length).sort((a, b) => a.start - b.start)[0] : undefined;
  if (named) return named.measure;
  // A plain amount, no scale word, that shares or a listed company closed, opened or traded at ("closing at $112.20", "Nvidia closed at
  // $118.42", "shares rose 1.8 percent to 205,500 won"): a price per share. A round that "closed at $5 billion" has a scale.
  const lead = sentence.slice(Math.max(0, start - 80), start);
  if (!SCALED.test(sentence.slice(start, end)) && (PRICE_AT.test(lead) || (SHARES_MOVED.test(lead) && /\bto\s+$/.test(lead)))) return 'share price';
  if (VALUED_AT.test(sentence.slice(0, start)) || ROUND_AT.test(sentence.slice(Math.max(0, start - 80), start))) return 'valuation';
  // "$5.5 billion is about 12% of the revenue": the words after the share name what it is a share of, not the amount.
  const plain = withoutAsides(sentence, start, end);
  const read = SHARE_AFTER.test(sentence.slice(end)) ? plain.slice(0, end) : plain;
  const money = nearest(MONEY, read, start, end) ?? nearest(MONEY_GENERIC, read, start, end) ?? 'amount';
  // "The $590 billion slump in Orbis's market value": the figure names a fall of the market value, not the value.
  if (money === 'market value' && MARKET_VALUE_FALL.test(sentence.slice(end))) return 'market value loss';
  // "Starting with $100 billion", "an initial $100 billion": the first part of a larger sum invested, a measure of its own.
  if (INVESTED.test(money) && INITIAL_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) return 'initial investment';
  // Money invested in or spent on infrastructure is one measure, whichever word is nearer the figure.
  return /^(?:investment|cost)$/.test(money) && INFRASTRUCTURE.test(sentence) ? 'infrastructure investment' : money;
}

/** Chip models named right after a count by "are"/"were": "are Nvidia H100s and H200s". */
const MODELS_AFTER = /^\s+(?:are|were)\s+(?:\p{Lu}[\p{L}]+\s+)?(\p{Lu}{1,2}\d{2,4}[A-Z]?)s?\b(?:\s+(?:and|or)\s+(?:\p{Lu}[\p{L}]+\s+)?(\p{Lu}{1,2}\d{2,4}[A-Z]?)s?\b)?/u;
/** Right before an amount: it is the first part of a sum ("an initial", "the first", "starting with"). */
const INITIAL_BEFORE = /\b(?:initial|first)\s+$|\b(?:starting|beginning)\s+(?:with|at)\s+$/i;
/** Measures of money put into something, of which an initial part is told apart. */
const INVESTED = /^(?:investment|infrastructure investment|funding|commitment|capital expenditure|cost)$/;

/** A flow other than revenue as the subject of a share ("shipments to Singapore made up less than 2%"): the share's measure. */
const PART_SHARE = /\b(shipments|exports|imports|orders|deliveries)\b[^,;:.]{0,50}\b(?:made up|make up|makes up|accounted for|account for|accounts for|represented|represent|represents)\s+(?:(?:about|around|roughly|nearly|almost|less than|more than|under|over|just|only)\s+)*$/i;

/** An amount stated as a share of something ("is about 12% of", "equals a fifth of"). */
const SHARE_AFTER = /^\s+(?:is|was|are|were|equals|equalled|represents|represented|amounts to|amounted to|would be|makes up|made up)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|less than|over|under)\s+)?(?:\d[\d.,]*\s*(?:%|per ?cent\b|percent\b)|(?:a|one)[\s-](?:half|third|quarter|fifth|tenth)\b)\s*of\b/i;

/** A noun of falling right after an amount ("$590 billion slump", "a $279bn one-day drop"): the amount is the size of the fall. */
const MARKET_VALUE_FALL = /^\s*(?:(?:one|single)-day\s+|record\s+)?(?:slump|drop|fall|decline|plunge|loss|wipe-?out|rout|tumble|slide)\b/i;

/** Measures about a whole organisation: a figure of a model or chip for one of these is its maker's. */
export const ORGANISATION_MEASURES: ReadonlySet<string> = new Set([
  'valuation', 'market value', 'market value loss', 'market value gain', 'share price change', 'share price', 'funding', 'headcount', 'revenue', 'annualised revenue', 'lost revenue', 'profit', 'stake', 'market share',
]);

/** Organisation measures a product can have too ("the H20 brought in $12 billion of sales"): they stay with the product. */
export const PRODUCT_MEASURES: ReadonlySet<string> = new Set(['revenue', 'annualised revenue', 'lost revenue', 'profit', 'market share', 'share of revenue']);

/** Measures that a place named in the sentence narrows to that place's part ("China revenue"). */
const PLACE_SCOPED: ReadonlySet<string> = new Set(['revenue', 'share of revenue', 'market share']);
/** The measure of a figure whose sentence names a place: revenue from China is "China revenue", a different measure from revenue. */
export const placeScoped = (measure: string, place: string) => (PLACE_SCOPED.has(measure) ? `${place} ${measure}` : measure);

/** Quantities that change over time: two articles published months apart report them at different times. */
export const CHANGING_MEASURES: ReadonlySet<string> = new Set([
  'users', 'daily active users', 'weekly active users', 'monthly active users', 'downloads', 'headcount', 'chip count', 'customers', 'market value', 'share price', 'market share',
]);

/**
 * Measures that are changes over a period: sources giving far-apart values most likely mean different periods.
 * A market value lost is the money side of a share move: one day's loss among many ($589 billion on one day, $190 billion on another).
 */
export const CHANGE_MEASURES: ReadonlySet<string> = new Set(['share price change', 'index change', 'price change', 'revenue growth', 'change', 'market value loss', 'market value gain']);

/**
 * Measures of one event among many (a funding round): sources giving values that no rounding
 * reconciles most likely describe different events (two rounds), so, as with changes, only values
 * restated by several sources are compared.
 */
export const EVENT_MEASURES: ReadonlySet<string> = new Set(['funding']);

/** Measures about one model or app (users and downloads are an app's): a figure about its maker is the model's when the sentence or paragraph names it. */
export const MODEL_MEASURES: ReadonlySet<string> = new Set(['active parameters', 'expert count', 'users', 'daily active users', 'weekly active users', 'monthly active users', 'downloads', 'training cost', 'training compute', 'parameter count', 'training tokens', 'context window', 'API price', 'API price (input)', 'API price (output)', 'API price (discounted)', 'API price (input, discounted)', 'API price (output, discounted)', 'benchmark score']);
