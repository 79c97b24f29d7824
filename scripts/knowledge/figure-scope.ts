/**
 * The scope a figure's sentence gives it, beyond subject and measure: whether it is a plan or an
 * earlier state rather than the current one, whether it sums several things, and the period and
 * date it covers. Two figures compare only when their scopes can be the same: "xAI runs 100,000
 * GPUs" is not "xAI plans to reach 1 million GPUs", revenue in a quarter is not revenue in a year,
 * and users in January are not users in June. Decided from the sentence alone: modal verbs by
 * compromise's part-of-speech tags, dates by wink-nlp's named-entity recogniser, and general cue words.
 */
import compromise from 'compromise';
import { namedEntities } from '../ingest/named-entities.ts';
import { isRelativeFigure, withoutChangeBases } from './change-base.ts';
import { restatedFigure, wholeFigure } from './borrowed-scope.ts';
import { isFirstTranche } from './figure-tranche.ts';

/** How a figure stands in time: `plan` (a target, forecast or intention), `earlier` (a former state), or `''` (stated as is). */
export type Modality = 'plan' | 'earlier' | '';

export interface FigureScope {
  modality: Modality;
  /** The place the figure is limited to, by a phrase in its clause ("$40 billion in the US", "a cluster in Guizhou"), in lower case. */
  place?: string;
  /** A sum over several things ("a combined 27 million users"), not one thing's figure. */
  aggregate: boolean;
  /** What counted chips are for, when the clause says: 'training' (a model "trained on 2,048 H800s") or 'fleet' (chips a company owns or has access to). Set by the caller for chip counts only. */
  use?: 'training' | 'fleet';
  /** A threshold that defines a class the subject is one of ("one of a handful of start-ups valued at more than $1bn"), not the subject's own figure. */
  class?: boolean;
  /** About the model the named subject was built on ("the cost of training the model it was built on"), not the subject itself. */
  base?: boolean;
  /** The first part of a larger sum ("$100 billion to be deployed immediately"), not the whole (see figure-tranche.ts). */
  tranche?: boolean;
  /** A value assumed for a calculation ("at an assumed rental price of $2 per GPU-hour"), not one quoted or paid. */
  assumed?: boolean;
  /** About one named site of a project or company ("the campus in Abilene is planned at 1.8 GW"), not all of it. */
  site?: boolean;
  /** The span the figure covers, when stated near it: 'quarter', 'year', '3 year', 'month'… */
  period?: string;
  /** Which quarter or half ('3' for "Q3" or "third-quarter"), when the period names one. */
  nth?: string;
  /** The kind of thing counted, when the figure names it by a code ("10,000 A100 chips" → 'a100'): counts of different chips never compare. */
  item?: string;
  /** The period is named relative to the article's date ("this year" 0, "next quarter" 1, "last year" -1): it is dated by publication. */
  relative?: number;
  /** For a quantity that changes over time and is stated undated, or a period named relative to now: the day (since 1970) its article was published. */
  asOf?: number;
  /** The day (since 1970) the figure's article was published: a state it reports as done is of that day or before. */
  written?: number;
  /** The year and month the figure is dated to, when its sentence states them: '2025', 'may'. */
  year?: string;
  month?: string;
  /** The new level of a plan or forecast raised or cut ("raised its forecast to as much as $72bn"): not the plan as it stood before. */
  revised?: boolean;
  /** The figure restates the one right before it in another currency or unit ("380 billion yuan, or about $52 billion"): its scope is that figure's, and its value a conversion. */
  restates?: boolean;
}


/** Words that make a figure a sum over several things, or the span of a family's members ("models ranging from 1.5 billion to 70 billion parameters"): a different scope from one thing's figure. */
const AGGREGATE = /\b(?:combined|totall?ing|altogether|together|in all|across (?:all|its|their)|rang(?:e|es|ed|ing) (?:in size )?from)\b/i;
/** "Total" alone, or "in total", names a whole, which may be one thing's ("a total of 2.79 million GPU-hours for training V3", "K2 has 1.04 trillion parameters in total"): a sum over several things only where several are joined near it. */
const TOTAL = /\btotals?\b/i;
/**
 * Several things joined: names ("Orbis and Zephyr", "US and Chinese labs") or "both", "between", "each". Not two figures joined ("1 trillion total parameters and 32 billion active") nor the stages of one thing ("context extension 119K and post-training 5K"),
 * nor "each" as a rate ("32 billion activated for each token"): "for each of" still joins several.
 */
const SEVERAL = /\p{Lu}[\p{L}\d.-]*(?:['’]s)?\s+(?:and|&)\s+(?:the\s+)?\p{Lu}|\b(?:both|between)\b|(?<!\b(?:for|per|on)\s+)\beach\b|\beach\s+of\b/u;

/** Words in a figure's clause that make it the figure of another model the subject was built on: its base, not itself. */
/** One site named by its place before a figure ("the Stargate campus in Abilene", "its plant at Kumamoto"): a part, not the whole project. */
const SITE = /\b(?:campus|site|facility|plant|data cent(?:er|re)|fab)\s+(?:in|at|near|outside)\s+\p{Lu}/u;
const BASE = /\b(?:the|its|their|an?) (?:underlying|base|parent|original|foundation) model\b|\bthe model (?:it|they|that|which|[\p{Lu}][\p{L}\d.-]*) (?:was|were|is|are) (?:built|based|trained) (?:on|from)\b/u;

/** Words of an assumption right before a figure, with no other number between ("an assumed rental price of", "assuming"): a value posited, not observed. */
const ASSUMED = /\b(?:assum(?:ed|ing|ption of)|hypothetical|notional)\b[^\d;:—–]{0,40}$/i;

/** "One of … valued at more than $1bn", "among the few labs with over 1,000 staff": the figure bounds a class, it is not one thing's. */
const CLASS = /\b(?:one of|among(?= the| a| only| several| many| few| dozens))\b/i;

/** A clause saying counted chips ran a training job ("trained V3 on 2,048 H800s") or make up what a company owns ("has access to 50,000 GPUs"). */
const USE_TRAINING = /\btrain(?:ed|ing|s)?\b/i;
const USE_FLEET = /\b(?:owns?|owned|possess(?:es)?|(?:has|have|had) access to|fleet|stockpil\w*|amass\w*|hoard\w*)\b/i;

/** A plan or forecast raised or cut to the figure ("has raised its forecast for capital spending this year to as much as"). */
const REVISED = /\b(?:rais(?:ed|es|ing)|lift(?:ed|s|ing)|increas(?:ed|es|ing)|boost(?:ed|s|ing)|upp(?:ed|ing)|cut(?:s|ting)?|lower(?:ed|s|ing)|trimm(?:ed|ing)|reduc(?:ed|es|ing)|revis(?:ed|es|ing))\s+(?:its|their|the|his|her)\s+(?:[\p{L}\d-]+\s+){0,4}(?:forecasts?|guidance|outlook|targets?|estimates?|budgets?|plans?)\b[^,;.]{0,60}\bto\s+(?:(?:as much as|up to|about|around|roughly|nearly)\s+)?$/iu;
/** Words of intention or forecast before a figure ("plans to", "aims for", "is likely to", "expect … to"), or of a deal not yet done ("in talks to raise at", "is raising at", "is now being valued at"). */
const PLAN = /\b(?:in talks|negotiat(?:ing|es?|ions)|prospective|proposed|pledg(?:e|es|ed|ing)|commit(?:s|ted|ting|ments?)|(?:is|are|be|been) raising|to raise|being (?:valued|priced)|plans?|planned|planning|aims?|aiming|aimed|targets?|targeted|targeting|goal|expects?|expected|expecting|forecasts?|forecast|projected|projecting|likely|intends?|intended|hopes?|hoping|seeks?|seeking|wants? to|set to|poised to|warn(?:s|ed|ing)? (?:of|that)|flagg(?:ed|ing) (?:a|an)|anticipat(?:es?|ed|ing)|on (?:track|course|pace)|sees?|outlook|guidance|guid(?:ed|ing|es) (?:to|for)|calls? for|earmark(?:s|ed|ing)?|(?:set|sets|setting) aside|budget(?:s|ed|ing)? (?:for|to)|ambition|envisions?|estimates? (?:it|they|that) will)\b/i;
/**
 * Words that date a figure before the state the text reports ("previously raised", "an earlier round").
 * A company's "last round" is its latest ("valued at $3bn in its last round" is what it is worth now), not an earlier one.
 */
const EARLIER = /\b(?:previously|formerly|earlier|prior|used to|had been|(?:year|quarter|month)-(?:ago|earlier|before)|(?:previous|prior) (?:[\w-]+ )?(?:round|time|year's)|last (?:[\w-]+ )?(?:time|year's)|up from|from just)\b/i;
/** A time phrase right after a figure that dates it before now ("the 23.9bn yuan it spent the year before", "the valuation it carried a year ago"). */
const EARLIER_AFTER = /^[^,;:—–]{0,40}?\b(?:(?:the|a|one) (?:year|quarter|month|week|day)s? (?:before|earlier|ago)|(?:a|one|two|three) (?:years?|weeks?) (?:earlier|ago))\b/i;
/** A number other than a year or a code ("910C", "H20"): a figure between a phrase and another figure makes the phrase that figure's. */
const OTHER_NUMBER = /(?<![\p{L}\d.,-])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*(?:(?:bn|mn|tn|[kmbx%])?(?![\p{L}\d])|\s)/u;
/** A forecast named right after the figure ("the $5.5 billion it had warned of", "the $43 billion the company guided to"): the figure is what was expected, not what happened. */
const FORECAST_AFTER = /^\s*(?:(?:that|which)\s+)?(?:it|they|he|she|the (?:company|firm|group)|[\p{Lu}][\p{L}-]*)\s+(?:had|has|have)\s+(?:\w+\s+)?(?:warned|forecast|predicted|projected|expected|estimated|guided|flagged|signalled|signaled)\b/u;
/** A verb reporting something done or found, then "could" or "can" with no other modal: past ability ("DeepSeek showed a model could be trained for $6 million"). */
const SHOWN_POSSIBLE = /\b(?:show(?:ed|n|s)|prov(?:ed|en|es)|demonstrat(?:ed|es)|establish(?:ed|es)|confirm(?:ed|s))\b(?:(?!\b(?:will|would|might|may|shall)\b)[^])*\b(?:could|can)\b(?!(?:(?!\b(?:will|would|might|may|shall)\b)[^])*\b(?:will|would|might|may|shall)\b)/i;
/** Where a clause begins (a comma, a conjunction, a relative pronoun): a figure's modality is read from its own clause only. */
const CLAUSE = /[;:—–,]|\b(?:but|while|whereas|that|which|who|where)\s/gi;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
/** A span of time: "the quarter to January", "three years", "a two-year plan", "fiscal 2024", "Q3", "first half"; not an age ("the four-year-old company"). */
const PERIOD = /\b(?:(?<nth>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?=quarter|half|(?:three|six|3|6)[\s-]months))?(?:(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})[\s-])?(?<unit>quarter|half|year|month|week|day)(?:s|(?<=quarter)ly)?\b(?![-\s]old\b)|\b(?<q>Q[1-4])\b|\b(?<h>H[12])\b|\b(?<annual>annual|yearly)\b(?!\s+(?:recurring|run[- ]rate|rate)\b)|\b(?<fy>fiscal|FY)\b(?!\s+(?:first|second|third|fourth|1st|2nd|3rd|4th|Q[1-4]|H[12])\b)/gi;
/** Words before a period that date it from the time of writing (not a fiscal year, whose calendar is the company's). */
const RELATIVE = /\b(this|current|next|coming|last|past|previous|prior)\s+$/i;
/** A reporting verb right before an adverb of time ("said last month", "announced in March", "a report published late last month"), or a report's own noun ("first-quarter results last week"): the phrase dates the statement, not the figure ("reported fourth-quarter revenue" is the revenue's). */
const REPORTED_WHEN = /\b(?:said|says|announced|reported|disclosed|revealed|confirmed|published|released|issued|told \w+|results|earnings|report|filing)\s+(?:(?:on|in|at|earlier|late|early)\s+(?:(?:this|last|past|previous)\s+)?|(?:this|last|past|previous)\s+)$/i;
const reportedWhen = (sentence: string, s: number) => REPORTED_WHEN.test(sentence.slice(Math.max(0, s - 40), s));
/** A period counted only up to now: "so far this year", "year to date", "YTD". */
const TO_DATE = /\bso far\b|\b(?:year|quarter|month)[- ]to[- ]date\b|\b[YQM]TD\b|\bto date\b/i;
const OFFSET_AFTER = /^\s+(?:after|before|later|earlier|ago)\b/i;
// A count's span, told two ways each: by the figure's clause, and by the words right after the figure.
/** Since something began, in the figure's clause ("since launch", "since the app's release"): all of it to date. */
const SINCE_START = /\bsince (?:(?:its|the|their|his|her) )?(?:[\p{L}-]+ )?(?:launch|release|debut|founding|inception)\b/iu;
/** Since the thing's own start, right after the figure ("1.6 million downloads since its release"); not since another event ("ordered $12bn of chips since DeepSeek's release"). */
const SINCE = /^[^,;:—–]{0,30}?\bsince\s+(?:(?:its|their)\s+(?:launch|release|debut|founding|inception|creation|start)|launch|inception)\b/;
/** One day's count, said to be ("2.6 million times on Monday alone", "in a single day"), in the clause. */
const ONE_DAY = /\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|that day|on the day) alone\b|\bin (?:a single|one) day\b/i;
/** A weekday after the figure, before any other number ("downloaded 2.6 million times on Monday"). */
const WEEKDAY = /\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A lifetime total ('to date') or one day's count ('day'): two spans that never compare; `after` is the clause after the figure. */
function countSpan(clause: string, after: string): string | undefined {
  if (SINCE.test(after) || SINCE_START.test(clause)) return 'to date';
  if ((WEEKDAY.test(after) && !OTHER_NUMBER.test(after.slice(0, after.search(WEEKDAY)))) || ONE_DAY.test(clause)) return 'day';
  return undefined;
}
const MONTH_SPANS: Record<number, string> = { 3: 'quarter', 6: 'half', 12: 'year' };
const ORDINAL: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', '1st': '1', '2nd': '2', '3rd': '3', '4th': '4' };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A season named as a time ("the spring", "this summer", "last autumn"); "fall" only with a determiner, as a verb it is not one. */
const SEASON = /\b(?:(?:the|this|last|next|early|late|mid|in)[\s-]+)(spring|summer|autumn|fall|winter)\b|\b(spring|summer|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d\b/i;
/** The middle month of each season (northern hemisphere, where the articles' markets are). */
const SEASON_MONTH: Readonly<Record<string, string>> = { spring: 'apr', summer: 'jul', autumn: 'oct', fall: 'oct', winter: 'jan' };
const MONTH = new RegExp(`\\b(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\b`, 'i');

/** Dated expressions in a sentence (wink-nlp DATE entities) with their offsets. */
function dates(text: string): { start: number; end: number; value: string }[] {
  return namedEntities(text).filter((e) => e.type === 'DATE');
}

/** How much farther a date counts when a clause boundary stands between it and the figure. */
const OTHER_CLAUSE = 1000;

/** Distance from a span to the figure; cues after it count a little farther, as in measures. */
const distance = (s: number, e: number, start: number, end: number) => (e <= start ? start - e : s >= end ? (s - end) * 1.5 : 0);

/**
 * A headline's future: a name then "to" and a verb, with no verb of its own ("Nvidia to take $5.5b
 * charge", "Alibaba to invest $52bn", "Meta set to spend up to $65bn"). Not "Sales to China fell".
 */
const headlineFuture = (clause: string) => /^\s*\p{Lu}[^]{0,50}?\bto \p{Ll}+\s/u.test(clause) && compromise(clause).has('^#Noun+ to #Infinitive');

/** Whether the clause holding the figure states an intention (before the figure) or an earlier state (before it, or in a phrase of time right after it). */
function modalityOf(sentence: string, start: number, end: number): Modality {
  let from = 0;
  for (const m of sentence.slice(0, start).matchAll(CLAUSE)) from = m.index + m[0].length;
  const clause = sentence.slice(from, start);
  // An earlier state may also be dated after the figure, in the same clause ("valued at $157 billion in its last round").
  const rest = sentence.slice(end);
  const after = rest.slice(0, rest.search(CLAUSE) >= 0 ? rest.search(CLAUSE) : rest.length);
  // A time phrase after another figure dates that one ("$13.7 billion in the quarter against $6.7 billion a year earlier").
  const next = OTHER_NUMBER.exec(rest);
  const own = (text: string) => (next ? text.slice(0, next.index) : text);
  if (EARLIER.test(clause) || /^\s+(?:in|at|during)\b/.test(after) && EARLIER.test(own(after)) || EARLIER_AFTER.test(own(rest))) return 'earlier';
  if (PLAN.test(clause) || FORECAST_AFTER.test(rest) || headlineFuture(clause)) return 'plan';
  // Modal verbs ("will invest", "could reach", "would cost"), by compromise's tags.
  // Not "could" or "can" after a verb that reports a thing done ("showed a model could be trained on 2,000 chips", "proved that …"): that is what was shown possible, not a plan.
  if (/\b(?:will|would|could|might|may|shall)\b/i.test(clause) && compromise(clause).has('#Modal') && !SHOWN_POSSIBLE.test(/\bthat\s$/.test(sentence.slice(0, from)) ? sentence.slice(Math.max(0, from - 30), start) : clause)) return 'plan';
  return '';
}

/** Whether the figure at `start`–`end` is a sum over several things ("a combined 27 million users", "across all its data centres"): cheap, no NLP. */
export const isAggregate = (sentence: string, start: number, end: number) => {
  const near = sentence.slice(Math.max(0, start - 30), end + 25);
  // Or several subjects said to act "together" earlier in the figure's clause ("Microsoft, Alphabet, Amazon and Meta together are on track to spend more than $350 billion").
  return AGGREGATE.test(near) || (TOTAL.test(near) && SEVERAL.test(sentence.slice(Math.max(0, start - 60), end + 40))) || JOINTLY.test(sentence.slice(Math.max(0, start - 100), start).split(/[;:—–]/).at(-1)!);
};
/** Words for several subjects acting as one, anywhere before the figure in its clause. */
const JOINTLY = /\b(?:together|collectively|combined|between them|in aggregate)\b/i;

/** Product codes inside a figure's own text ("2,048 Nvidia H800 chips" → 'h800'): letters and digits in one word, after the number. */
function itemOf(figure: string): string | undefined {
  const rest = figure.replace(/^[^\d]*[\d.,]+/, '');
  const codes = [...rest.matchAll(/\b(?=[\p{L}\d-]*\p{L})(?=[\p{L}\d-]*\d)[\p{L}\d-]+\b/gu)].map((m) => m[0].toLowerCase().replace(/s$/, ''));
  if (codes.length) return codes.sort().join(' ');
  // Or a product family named after its maker ("Nvidia Hopper chips", "Huawei Ascend-generation chips"): the second of two capitalised words.
  return FAMILY.exec(rest)?.[1]!.toLowerCase();
}
/** A maker's name, then a family name, right before the counted noun; a family is a word, not an acronym of kind ("Ascend AI chips" are all Ascend chips). */
const FAMILY = /\b\p{Lu}[\p{L}]+\s+(\p{Lu}\p{Ll}[\p{L}]*)(?:-(?:generation|class|series))?\s+(?:chips?|GPUs?|accelerators?|processors?)\b/u;

/** A chip or product variant code named right after a capitalised name in the figure's clause ("Ascend 910C", "Nvidia H20"): the figure is about that variant. */
function variantOf(clause: string): string | undefined {
  const codes = [...clause.matchAll(/(?<=\p{Lu}[\p{L}]+\s)(?:\d{2,4}[A-Z]{1,2}|[A-Z]{1,2}\d{2,4}[A-Z]?)\b/gu)].map((m) => m[0].toLowerCase());
  return new Set(codes).size === 1 ? codes[0] : undefined;
}

/** Where the figure's clause starts: after the last clause boundary before the figure. */
function clauseStart(sentence: string, start: number): number {
  let from = 0;
  for (const m of sentence.slice(0, start).matchAll(CLAUSE)) from = m.index + m[0].length;
  return from;
}

/** The figure's clause up to the figure. */
const clauseBefore = (sentence: string, start: number) => sentence.slice(clauseStart(sentence, start), start);

/** The clause holding the figure, from the clause boundary before it to the next after it. */
function clauseAround(sentence: string, start: number, end: number): string {
  const stop = sentence.slice(end).search(CLAUSE);
  return sentence.slice(clauseStart(sentence, start), stop >= 0 ? end + stop : sentence.length);
}

/** The place a phrase in the figure's clause (see {@link clauseAround}) limits it to ("in the US", "across Europe", "from China"), by compromise's place tags. */
function placeOf(clause: string): string | undefined {
  // compromise is the slow part: only a clause with a capitalised word after one of these words can name a place.
  if (!/\b(?:in|across|outside|inside|within|from)\s+(?:the\s+)?\p{Lu}/u.test(clause)) return undefined;
  const found = compromise(clause).match('(in|across|outside|inside|within|from) the? [#Place+]', 0).out('array') as string[];
  return found[0]?.replace(/[.,;:!?]+$/, '').toLowerCase();
}

/** The scope of the figure at `start`–`end` in `sentence`. */
export function scopeOf(sentence: string, start: number, end: number): FigureScope {
  // A conversion has the scope of the figure it converts: "pledge to spend 380 billion yuan, or about $52 billion, …" is a pledge in both.
  const original = restatedFigure(sentence, start, end);
  if (original) return { ...ownScopeOf(sentence, original[0], original[1]), restates: true };
  const own = ownScopeOf(sentence, start, end);
  // A part of the figure just stated ("…brought in $41.1 billion of that"), or what it was expected to be, covers that figure's span, where it states none of its own.
  const whole = own.period ? undefined : wholeFigure(sentence, start, end);
  if (!whole) return own;
  const { period: _p, nth: _n, year: _y, month: _m, relative: _r, ...rest } = own;
  const w = ownScopeOf(sentence, whole[0], whole[1]);
  const time = { period: w.period, nth: w.nth, year: w.year, month: w.month, relative: w.relative };
  return { ...rest, ...Object.fromEntries(Object.entries(time).filter(([, v]) => v !== undefined)) };
}

/** The scope of the figure at `start`–`end`, read from its own place in `sentence`. */
function ownScopeOf(sentence: string, start: number, end: number): FigureScope {
  // A change's base ("rose 69% from a year earlier to $44.1 billion") dates nothing as earlier, and is the span of the change only, not of the level reached.
  const unbased = withoutChangeBases(sentence);
  const scope: FigureScope = { modality: modalityOf(unbased, start, end), aggregate: isAggregate(sentence, start, end) };
  const periods = isRelativeFigure(sentence.slice(start, end)) ? sentence : unbased;
  const clause = clauseAround(sentence, start, end);
  const place = placeOf(clause);
  if (place) scope.place = place;
  if (BASE.test(clause)) scope.base = true;
  if (REVISED.test(sentence.slice(Math.max(0, start - 120), start))) scope.revised = true;
  // Over commas: the place's own ("in Abilene, Texas, is planned at") would end a clause.
  if (SITE.test(sentence.slice(0, start).split(/[;:—–]/).at(-1)!)) scope.site = true;
  if (CLASS.test(clauseBefore(sentence, start))) scope.class = true;
  if (ASSUMED.test(sentence.slice(Math.max(0, start - 60), start))) scope.assumed = true;
  if (isFirstTranche(sentence, start, end)) scope.tranche = true;
  const use = USE_TRAINING.test(clauseBefore(sentence, start)) ? 'training' : USE_FLEET.test(clauseBefore(sentence, start)) ? 'fleet' : undefined;
  if (use) scope.use = use;
  // A period or date is the figure's when no other figure stands between them, and, after the figure, while still in its clause.
  const rest = sentence.slice(end);
  const clauseEnd = rest.search(CLAUSE) >= 0 ? end + rest.search(CLAUSE) : sentence.length;
  // A dash between a date and the figure ends a dateline ("HANGZHOU, Feb 20 (Agency) - Orbis spent …"): that date is the report's.
  // The same amount restated in brackets right after the figure ("33.4bn yuan (£3.5bn) in the three months to June") is no other figure.
  const own = (s: number, e: number) => (e <= start ? !OTHER_NUMBER.test(sentence.slice(e, start)) && !/\s[-—–]\s|—/.test(sentence.slice(e, start)) : s < clauseEnd && !OTHER_NUMBER.test(sentence.slice(end, s).replace(/^\s*\([^()]*\)/, '')));
  let best = Infinity;
  for (const m of periods.matchAll(PERIOD)) {
    const s = m.index;
    const e = s + m[0].length;
    // A rate ("a year" right after the figure) is part of the figure, not its period.
    if (s >= start && s <= end + 2) continue;
    if (!own(s, e) || reportedWhen(sentence, s)) continue;
    // A span that places something in time ("Five weeks after DeepSeek knocked $589bn off…") is no span a level covers (a change's "from a year earlier" is its own).
    if (periods === unbased && OFFSET_AFTER.test(sentence.slice(e, e + 12))) continue;
    const g = m.groups!;
    // A period in the figure's own clause comes before one set off by a comma ("$39.3 billion for the fourth quarter, and $130.5 billion for the full year").
    const d = distance(s, e, start, end) + (e <= start && /[,;:—–]/.test(sentence.slice(e, start)) ? OTHER_CLAUSE : 0);
    if (d >= best) continue;
    best = d;
    const n = g.n ? (NUMBER_WORDS[g.n.toLowerCase()] ?? Number(g.n)) : 1;
    // Three months are a quarter, six a half and twelve a year ("the first three months of 2025" is Q1).
    const months = g.unit?.toLowerCase() === 'month' ? MONTH_SPANS[n] : undefined;
    scope.period = g.q ? 'quarter' : g.h ? 'half' : g.fy || g.annual ? 'year' : (months ?? `${n > 1 ? `${n} ` : ''}${g.unit!.toLowerCase()}`);
    // "This year", "the current quarter": which one depends on when the article was written.
    const rel = g.fy || g.annual ? null : RELATIVE.exec(sentence.slice(Math.max(0, s - 12), s));
    if (rel) scope.relative = /^(?:next|coming)$/i.test(rel[1]!) ? 1 : /^(?:this|current)$/i.test(rel[1]!) ? 0 : -1;
    // "By year-end", "the end of the quarter": the one under way when written.
    else if (g.unit && !g.n && (/^-end\b/i.test(sentence.slice(e)) || /\bend of the\s+$/i.test(sentence.slice(Math.max(0, s - 12), s)))) scope.relative = 0;
    else delete scope.relative;
    // Which quarter or half, when named: the third quarter is not the fourth.
    const nth = g.q?.[1] ?? g.h?.[1] ?? (g.nth && (months || !g.n) ? ORDINAL[g.nth.toLowerCase()] : undefined);
    if (nth) scope.nth = nth;
    else delete scope.nth;
  }
  const item = itemOf(sentence.slice(start, end)) ?? variantOf(sentence.slice(sentence.slice(0, start).search(/[^;:—–,]*$/), clauseEnd));
  if (item) scope.item = item;
  if (/\d/.test(sentence) && (MONTH.test(sentence) || /\b(?:19|20)\d\d\b/.test(sentence))) {
    let nearest = Infinity;
    for (const d of dates(sentence)) {
      if (d.start < end && d.end > start) continue;
      if (!own(d.start, d.end) || reportedWhen(sentence, d.start)) continue;
      // A figure dated from the time of writing in its own clause ("up from about $39 billion last year") is not dated by another clause's date ("$65 billion in 2025, up from…").
      if (scope.relative !== undefined && d.end <= start && /[,;:—–]/.test(sentence.slice(d.end, start))) continue;
      const year = /\b(?:19|20)\d\d\b/.exec(d.value)?.[0];
      const month = MONTH.exec(d.value)?.[1]?.toLowerCase().slice(0, 3);
      if (!year && !month) continue;
      // A date in the figure's own clause comes before one set off from it ("Orbis, founded in 2023, was valued at $3bn after a round in 2024").
      const dist = distance(d.start, d.end, start, end) + (d.end <= start && /[,;:—–]/.test(sentence.slice(d.end, start)) ? OTHER_CLAUSE : 0);
      if (dist >= nearest) continue;
      nearest = dist;
      delete scope.year;
      delete scope.month;
      if (year) scope.year = year;
      if (month) scope.month = month;
    }
  }
  // A season in the figure's clause ("entered the spring holding…", "by the summer") dates it to the season's middle month, as a month would.
  if (!scope.month) {
    // Or in a phrase opening the sentence ("By early spring, Orbis had…"), which sets the time of all that follows.
    const opening = /^[^,;:\d$€£¥]{0,50},/.exec(sentence)?.[0];
    const m = SEASON.exec(clause) ?? (opening && opening.length <= start ? SEASON.exec(opening) : null);
    const season = (m?.[1] ?? m?.[2])?.toLowerCase();
    if (season) scope.month = SEASON_MONTH[season]!;
  }
  // "So far this year", "year to date": part of the period, not the whole of it.
  if (scope.period && TO_DATE.test(clause)) scope.period = `${scope.period} to date`;
  else if (!scope.period) {
    const span = countSpan(clause, sentence.slice(end, clauseEnd));
    if (span) scope.period = span;
  }
  // A figure dated to a bare year ("in 2024") with no other span stated covers that year: not one of its quarters.
  if (scope.year && !scope.month && !scope.period) scope.period = 'year';
  return scope;
}

/** A key for the parts of a scope that must be equal: modality, aggregation, whether it is a base model's, whether it bounds a class, whether it is assumed. */
export const hardScope = (s: FigureScope) => `${s.modality}${s.aggregate ? '+aggregate' : ''}${s.base ? '+base' : ''}${s.site ? '+site' : ''}${s.class ? '+class' : ''}${s.use === 'training' ? '+training' : ''}${s.revised ? '+revised' : ''}${s.assumed ? '+assumed' : ''}${s.tranche ? '+tranche' : ''}`;

/** Whether two scopes can be the same: every part both state is equal (a part one leaves unstated may be anything). */
export function scopesAgree(a: FigureScope, b: FigureScope): boolean {
  if (hardScope(a) !== hardScope(b)) return false;
  for (const k of ['period', 'nth', 'year', 'month', 'place', 'item', 'use'] as const) if (a[k] && b[k] && a[k] !== b[k]) return false;
  return true;
}
