/**
 * Counted nouns: what a bare amount counts ("2,048 Nvidia H800 chips" → GPU, "36 million monthly
 * active users" → user), read from the words after it, a noun before it ("daily users of 53.2
 * million"), a count just before it in the sentence ("671B parameters but only 37B active"), or the
 * noun that ends a list of amounts ("3 billion, 7 billion and 72 billion parameter versions").
 */
import compromise from 'compromise';
import { memoize } from './memo.ts';

export const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// "Cr" is Indian papers' short crore ("INR 10,372 Cr"), written with its capital.
// "trn" is one paper's short trillion ("$1trn").
export const SCALES = String.raw`thousand|lakh|crore|Cr|million|billion|trillion|bn|mn|mln|trn|tn`;

/** Counted nouns, tried in order; the key is the unit recorded. */
const COUNTED: [string, RegExp][] = [
  ['GPU-hour', /^GPU[- ]hours?$/i],
  ['GPU', /^(?:GPUs?|TPUs?|NPUs?|(?:AI )?chips?|accelerators?|processors?|graphics (?:processing units|cards)|processing units|[A-Z]{1,2}\d{2,4}s)$/],
  ['parameter', /^(?:parameters?|params)$/i],
  ['token', /^tokens?$/i],
  // A service's subscribers are its paying users ("20 million paying subscribers").
  ['user', /^(?:users?|subscribers?)$/i],
  ['customer', /^(?:customers?|clients?)$/i],
  ['employee', /^(?:employees?|staff(?:ers)?|workers?|people on (?:its|the) payroll)$/i],
  ['engineer', /^engineers?$/i],
  ['researcher', /^researchers?$/i],
  ['download', /^downloads?$/i],
  ['data center', /^data (?:centers?|centres?)$/i],
  ['server', /^servers?$/i],
  ['company', /^(?:companies|company|start-?ups?|firms?)$/i],
  // Sizes of memory, storage and data: "24 GB", "131 GB of memory".
  ['GB', /^(?:GB|gigabytes?)$/],
  ['TB', /^(?:TB|terabytes?)$/],
  // Bandwidth: "400 GB/s" of interconnect, "3.35 TB/s" of memory.
  ['GB/s', /^(?:GB\/s|GBps|gigabytes? per second)$/],
  ['TB/s', /^(?:TB\/s|TBps|terabytes? per second)$/],
  // Power: "150 MW", "1.2 gigawatts".
  ['MW', /^(?:MW|megawatts?)$/],
  ['GW', /^(?:GW|gigawatts?)$/],
  ['kW', /^(?:kW|kilowatts?)$/],
  // A chip's own draw: "around 310W", "700 watts".
  ['W', /^(?:W|watts?)$/],
  // A chip's or a system's compute: "780 TFLOPS", "300 petaflops" (an exaflop is further down).
  ['teraflop', /^(?:TFLOPS|TFLOPs|teraflops?|TFLOP\/s)$/],
  ['petaflop', /^(?:PFLOPS|PFLOPs|petaflops?|PFLOP\/s)$/],
  ['wafer', /^wafers?$/i],
  // A mixture-of-experts model's experts ("256 routed experts"), models ("six distilled models"), compute ("300 exaflops").
  // Plural only: a singular after a number is a modifier ("the 3 model family").
  ['expert', /^experts$/i],
  ['model', /^models$/i],
  ['exaflop', /^(?:exaflops?|EFLOPS)$/i],
  // A state's allies are countries ("18 close allies"): in news of trade and export rules, the count of them is.
  ['country', /^(?:countries|nations|allies)$/i],
  ['layer', /^layers$/i],
  // Other things news counts (plural only, as above): "13,250 jobs", "67 proposals", "all 50 recommendations", "1,000 languages", "346 AI services", "2 million dies".
  ['job', /^jobs$/i],
  ['proposal', /^proposals$/i],
  ['recommendation', /^recommendations$/i],
  ['language', /^languages$/i],
  ['workflow', /^workflows$/i],
  ['service', /^services$/i],
  ['die', /^dies$/i],
  ['consortium', /^(?:consortia|consortiums)$/i],
  // A site's power put as the homes it would supply ("about as much as 750,000 homes").
  ['home', /^homes$/i],
  ['gigafactory', /^gigafactories$/i],
];

/** Items of a data set, in the plural, after a hyphenated kind ("query-verifier pairs"): the unit is the kind and the item. */
const DATA_ITEM = /^(pair|example|sample|demonstration|trajector(?:y|ie))s$/i;
/** Titles of people: "allies of the senator" are a person's. */
const PERSON_TITLE = /\b(?:senator|president|minister|chief|founder|leader|executive|CEO|chairman|chairwoman|governor|mayor|premier|king|queen|prince|boss|billionaire|candidate)\b/i;
/**
 * Whether the allies counted from `from` to `at` are a person's: a title among the modifiers or after "of", a person there
 * (by compromise), or a capitalised modifier compromise does not know as a place, people, organisation or adjective
 * ("Trump allies"; "Asian", "NATO", "US", "Western" allies are countries).
 */
function personsAllies(text: string, from: number, at: number): boolean {
  const of = /^\s+of\s+[^,.;:]{1,40}/.exec(text.slice(at, at + 50))?.[0] ?? '';
  const modifiers = text.slice(from, at);
  const around = `${modifiers} ${of}`;
  if (PERSON_TITLE.test(around) || compromise(around).has('#Person')) return true;
  // "Allies of Elon Musk": a name after "of" that is no place or organisation.
  if (/\p{Lu}/u.test(of) && !compromise(of).has('(#Place|#Organization|#Demonym|#Acronym)')) return true;
  return (modifiers.match(/\b\p{Lu}[\p{L}.'’-]*/gu) ?? []).some((w) => !placeLike(w));
}
/** Whether compromise reads a capitalised word as a place, a people, an organisation, an acronym or an adjective. */
const placeLike = memoize((w: string) => compromise(w).has('(#Place|#Demonym|#Organization|#Acronym|#Adjective)'));

/** A chip's code: "H20", "MI308X", "910C" (Huawei's Ascend codes are digits and a letter). */
const CHIP_CODE = /^(?:[A-Z]{1,2}\d{2,4}[A-Z]?|\d{3,4}[A-Z])$/;
/** What a chip's code counts after it besides chips: "1 million H20 units", "700,000 910C packages". */
const CHIP_ITEM = /^(?:units|packages|chipsets|modules)$/i;

/** Chips named by a noun or a code ("H20", "910C", "accelerators"). */
const CHIP_WORDS = /\b(?:chips?|GPUs?|accelerators?|processors?|[A-Z]{1,2}\d{2,4}[A-Z]?s?|\d{3,4}[A-Z])\b/;
/** What "units of …" may be of, besides chips: the flow they are counted in ("1 million units of Nvidia's China shipments"). */
const UNITS_OF = /^\s+of\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}?(?:shipments|sales|output|production|inventory|exports|imports|orders|demand)\b/u;

/**
 * Whether bare "units" ("an estimated 1 million units", "The first 4,000 units") are chips: the paragraph names chips
 * in the 200 characters before the count, and "units of…", if said, are of chips or of their flow (not "units of its phones").
 */
function chipUnits(text: string, from: number, at: number): boolean {
  if (!CHIP_WORDS.test(text.slice(Math.max(0, from - 200), from))) return false;
  const rest = text.slice(at, at + 60);
  return !/^\s+of\b/.test(rest) || UNITS_OF.test(rest) || CHIP_WORDS.test(/^\s+of\s+(?:\S+\s+){0,3}/.exec(rest)![0]);
}

/** A verb of using a service after "people": "400 million people use ChatGPT each week" counts its users. */
const USE = /^(?:use|used|using|uses)$/i;

/** Words that end the noun phrase after an amount: no counted noun lies past them. */
// Not "more": "10,000 more GPUs" counts GPUs ("2,000 more than…" still stops at "than").
const STOP = /^(?:and|or|of|to|in|on|at|by|for|from|with|than|the|a|an|that|which|who|was|were|is|are|be|been|has|have|had|it|its|their|per|ago|each|less|fewer|over|into)$/i;
/** The next words after an amount, with their end offsets (words may hold hyphens, dots and slashes: "Hopper-generation", "GPU-hours", "TB/s"). */
// A footnote marker may follow the last word ("14.8 trillion tokens.1").
// A word may stand in quotes ('six smaller "distilled" models', 'four "AI gigafactories"').
const WORD = /^\s+["“]?([\p{L}\p{N}][\p{L}\p{N}.'’\/-]*?)["”]?(?=[\s,;:()!?"”]|[.'’](?:\s|$|["”])|(?<=\p{L})\.\d{1,2}(?:\s|$)|$)/u;

/** The end of a count's words without a closing quote that no quote in them opened (the end of a quotation: 'have 3,000 GPUs".'). */
function unquoted(text: string, from: number, end: number): number {
  return /["”]$/.test(text.slice(from, end)) && !/["“]/.test(text.slice(from, end - 1)) ? end - 1 : end;
}

/** A counted noun after the amount, past up to four modifiers ("2,048 Nvidia H800 chips", "36 million monthly active users"). */
export function countedAfter(text: string, from: number, staff: boolean): { unit: string; end: number } | undefined {
  let at = from;
  let chip = false;
  /** The word before this round's. */
  let prev: string | undefined;
  // Each word is read once: the word after the current one (read for two-word nouns) is the next round's word.
  let m = WORD.exec(text.slice(at, at + 60));
  // Up to four modifiers: "12,896 Nvidia H100 and H200 chips".
  for (let i = 0; i < 5; i++) {
    if (!m) return undefined;
    const word = m[1]!;
    at += m[0].length;
    // Two-word nouns: "GPU hours", "data centers", "graphics cards"; the longer reading wins.
    const next = WORD.exec(text.slice(at, at + 60));
    m = next;
    const two = next ? counted(`${word} ${next[1]}`) : undefined;
    if (two) return { unit: two, end: unquoted(text, from, at + next![0].length) };
    // Training data counted by its kind of item: "3,995 query-verifier pairs", "12,000 chain-of-thought samples".
    const item = prev && /^\p{L}+(?:-\p{L}+)+$/u.test(prev) && DATA_ITEM.exec(word);
    const unit = counted(word) ?? (item ? `${prev!.toLowerCase()} ${item[1]!.toLowerCase().replace(/ie$/, 'y')}` : undefined) ?? (/^people$/i.test(word) ? (next && USE.test(next[1]!) ? 'user' : staff ? 'employee' : undefined) : undefined) ?? ((chip && CHIP_ITEM.test(word)) || (/^units$/i.test(word) && chipUnits(text, from, at)) ? 'GPU' : undefined);
    // A person's allies ("two Trump allies", "three allies of the senator") are people, not countries.
    if (unit === 'country' && /^allies$/i.test(word) && personsAllies(text, from, at)) return undefined;
    if (unit) return { unit, end: unquoted(text, from, at) };
    // "1 million H20 units", "Ascend 910C packages": units of a chip named by its code are chips.
    chip ||= CHIP_CODE.test(word);
    // "700,000 enterprise and developer users": modifiers joined by "and"/"or" go on to the noun.
    if (STOP.test(word) && !(i > 0 && /^(?:and|or)$/i.test(word))) return undefined;
    // Another amount is no modifier: what follows it is its own ("Llama 3.1 405B lists 30.8 million GPU-hours" counts no 3.1 GPU-hours),
    // unless a whole's owner leads to it ("37 billion of the model's 671 billion parameters").
    if (i > 0 && /^\d[\d,.]*$/.test(word) && !/['’]s?$/.test(prev ?? '')) return undefined;
    prev = word;
  }
  return undefined;
}
/** "daily users of 53.2 million": a counted noun just before "of" names a scaled amount's unit. */
export function countedBefore(text: string, at: number, scaled: boolean): { unit: string; end: number } | undefined {
  if (!scaled) return undefined;
  const before = text.slice(Math.max(0, at - 80), at);
  const m = /([\p{L}-]+)\s+of\s+(?:(?:about|around|nearly|roughly|over|more than|some)\s+)?$/u.exec(before) ?? REACHED.exec(before);
  // After "the number of", the noun is the first of its next words that counts ("active parameters", "parameters activated for each token").
  const unit = m ? counted(m[1]!) : NUMBER_OF.exec(before)?.[1]!.split(/\s+/).slice(0, 3).map(counted).find(Boolean);
  return unit ? { unit, end: -1 } : undefined;
}
/** A counted noun as the subject of a verb of reaching right before the amount ("monthly users of Talkie passed 11 million", "downloads of the app passed 40 million"). */
const REACHED = /([\p{L}-]+)(?:\s+(?:of|for|on)\s+(?:\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){0,2}|(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:app|apps|service|chatbot|assistant|model|platform|site|website)))?\s+(?:passed|surpassed|topped|reached|hit|exceeded|crossed|(?:rose|grew|climbed|jumped|swelled) to|stood at|totall?ed|numbered)\s+(?:(?:about|around|nearly|roughly|over|more than|some|almost|just over)\s+)?$/u;

/** "The (total) number of parameters (activated for each token) is 32 billion": the noun counted names the amount the clause says it is. */
const NUMBER_OF = /\bnumber of ([^\d.;:,]{1,50}?)\s+(?:is|was|are|were|stands at|stood at)\s+(?:(?:about|around|nearly|roughly|over|more than|some|almost)\s+)?$/iu;

/** "Downloaded more than 90 million times": the times a thing was downloaded are its downloads (a hedge is read before the number). */
export function countedTimes(text: string, at: number, end: number): { unit: string; end: number } | undefined {
  const times = /^\s+times\b/.exec(text.slice(end, end + 8));
  if (!times || !/\bdownloaded\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|close to)\s+)?$/i.test(text.slice(Math.max(0, at - 40), at))) return undefined;
  return { unit: 'download', end: end + times[0].length };
}

/** "Hours on 2,048 H800 chips", "hours of GPU time": hours of chips' work, said after the hours. */
const CHIP_TIME = /^\s+hours\s+(?:on|of|using|across)\s+/i;

/**
 * "2.788 million hours on Nvidia H800 chips", "3 million hours of GPU time": a large count of hours
 * spent on chips is compute in GPU-hours (a scale word or thousands only: "2 hours on a laptop" is a duration).
 */
export function countedChipHours(text: string, end: number, written: string, scaled: boolean): { unit: string; end: number } | undefined {
  if (!scaled && !/,\d{3}/.test(written)) return undefined;
  const h = CHIP_TIME.exec(text.slice(end, end + 20));
  if (!h) return undefined;
  const at = end + h[0].length;
  // The chips are named right after ("on Nvidia H800 chips", "on 2,048 H800s"), or the time is the chips' ("of GPU time").
  const rest = text.slice(at, at + 60);
  const chips = countedAfter(text, at - 1, false)?.unit === 'GPU' || /^(?:(?:\d[\d,.]*\s+)?(?:[\p{Lu}][\p{L}\p{N}-]*\s+){0,2}(?:GPUs?|chips?|accelerators?|[A-Z]{1,2}\d{2,4}s)\b|(?:GPU|chip|accelerator|compute)\s+time\b)/u.test(rest);
  return chips ? { unit: 'GPU-hour', end: end + /^\s+hours/i.exec(text.slice(end))![0].length } : undefined;
}

/** The label of a numbered part right before a number: "Section 3", "Article 5", "No. 4", "item 2". */
const LABEL_BEFORE = /\b(?:section|article|chapter|part|rule|item|paragraph|clause|title|annex|schedule|no\.|number|page|step|phase|tier|level|stage|round|grade|class|type|version|v)\s*$/i;

/** "of its 671 billion", "of Nvidia's", "of the": what a partitive puts between an amount and the noun it counts. */
const PARTITIVE = new RegExp(String.raw`^\s+of\s+(?:its|their|the|these|those|[\p{Lu}][\p{L}\p{N}.-]*['’]s?)(?=\s)(?<n>\s+(?:${NUM})(?:\s?(?:${SCALES})\b|[kKmMbBT](?![\p{L}\p{N}]))?(?![\p{L}\p{N}]))?`, 'u');

/**
 * The counted noun of a partitive ("2,048 of Nvidia's H800 chips", "some 50,000 of its most advanced
 * processors", "37 billion of its 671 billion parameters"); only for a number a count could be (a scale
 * word or thousands). `end` is where the figure ends: at the noun, unless another amount stands
 * between (that one is a figure of its own).
 */
export function countedPartitive(text: string, from: number, written: string, scaled: boolean, staff: boolean, at = -1): { unit: string; end: number } | undefined {
  // A smaller number too, when its whole is a counted noun ("links 384 of the 910C chips", "more than 50 of the entities"),
  // but not a year or the number of a section or article ("Article 5 of the chips rules").
  if (!scaled && !/,\d{3}/.test(written) && (at < 0 || /^(?:1[89]|20)\d\d$/.test(written) || LABEL_BEFORE.test(text.slice(Math.max(0, at - 12), at)))) return undefined;
  const p = PARTITIVE.exec(text.slice(from, from + 80));
  if (!p) return undefined;
  // A small part of a numbered whole ("3 of its 12 chips") is no count a reader compares: the whole is.
  if (p.groups!.n && !scaled && !/,\d{3}/.test(written)) return undefined;
  // The whole may be a chip named by its code alone ("around 100,000 of the 910C this year").
  // Only a count of thousands or more, and only where no other noun follows the code ("3 of the H100 rules" counts rules).
  const code = scaled || /,\d{3}/.test(written) ? /^\s+([\p{L}\p{N}-]+)(?=\s*(?:[.,;:)]|$)|\s+(?:this|last|next|in|by|for|and|or|a|per|each|to|from|at|on)\b)/u.exec(text.slice(from + p[0].length, from + p[0].length + 30)) : null;
  const noun = countedAfter(text, from + p[0].length, staff) ?? (code && CHIP_CODE.test(code[1]!) && !p.groups!.n ? { unit: 'GPU', end: from + p[0].length + code[0].length } : undefined);
  if (!noun) return undefined;
  return { unit: noun.unit, end: p.groups!.n ? -1 : noun.end };
}

/**
 * The counted noun a large bare number leaves unsaid because a count just before it in the same
 * sentence names it ("671B parameters but only 37B active", "45,000 wafers a month, from roughly
 * 30,000"), or, after "of them", in the text before. Only numbers a count could be — a scale word or
 * thousands, not a year — and never across a sentence end.
 */
/** A scale right after a number, as a word or letters. */
const SCALE_AFTER = new RegExp(String.raw`^\s?(?:${SCALES})\b|^[A-Za-z]{1,2}\b`);

/** What {@link elidedUnit} reads of the figures found before (a structural type: figures.ts imports this file). */
type FoundFigure = { kind: string; end: number; text: string; unit: string; per?: string };

/** Words that set an amount against one before it: "compared with (about)", "against", "versus", "than", "(well) behind Doubao's". */
const COMPARED_BEFORE = /\b(?:compared (?:with|to)|against|versus|vs\.?|than|behind|ahead of)\s+(?:\p{Lu}[\p{L}\p{N}.&-]*['’]s\s+)?(?:(?:about|around|roughly|nearly|some|just|only|almost|more than|over)\s+)?$/iu;

export function elidedUnit(text: string, found: readonly FoundFigure[], at: number, written: string, scale: string | undefined): { unit: string; per?: string } | undefined {
  if (!scale && !/,\d{3}/.test(written)) return undefined;
  const prev = found.findLast((f) => f.kind === 'count' && f.end <= at);
  if (!prev) return undefined;
  // A letter scale ("37B") alone is also how chips and models are named ("910B"): only when the count before is written the same way.
  if (scale && scale !== 'word' && !new RegExp(String.raw`\d${RegExp.escape(scale)}\b`).test(prev.text)) return undefined;
  const between = text.slice(prev.end, at);
  // Past the scale, written as a word or letters ("2.66 million of those", "37B of them").
  const ofThem = /^\s+of\s+(?:them|those)\b/.test(text.slice(at + written.length).replace(SCALE_AFTER, ''));
  // A colon opens the parts of the count before it ("2,788,000 GPU-hours in total: 2,664,000 for pre-training, …"): not a sentence end.
  // A comparison right before the amount ("…, compared with about 127 million for X") reaches farther back in its sentence.
  const compared = COMPARED_BEFORE.test(text.slice(Math.max(0, at - 40), at));
  // So does an amount that ends its sentence with no noun of its own ("…now holds about 200,000 graphics processors, and Musk has
  // told investors he wants the site and a second facility nearby to eventually house 1 million."): nothing else is left for it to count.
  const last = /^\s*[.!?]["”’)]*(?:\s|$)/.test(text.slice(at + written.length).replace(SCALE_AFTER, ''));
  if (!ofThem && (/[.!?;]\s/.test(between) || between.length > (compared || last ? 160 : 80))) return undefined;
  return { unit: prev.unit, ...(prev.per ? { per: prev.per } : {}) };
}

/** The rest of a list of amounts after one ("…, 7 billion and 72 billion"): the counted noun at its end counts them all. */
const LIST_TAIL = new RegExp(String.raw`^(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:${NUM})(?:\s?(?:${SCALES})\b|[kKmMbB](?![\p{L}\p{N}]))?)+`, 'u');

/** The counted noun that ends a list of amounts this one opens ("3 billion, 7 billion and 72 billion parameter versions"). */
export function listedUnit(text: string, end: number, staff: boolean): { unit: string; per?: string } | undefined {
  const tail = LIST_TAIL.exec(text.slice(end, end + 120));
  if (!tail) return undefined;
  const after = countedAfter(text, end + tail[0].length, staff);
  return after ? { unit: after.unit } : undefined;
}

/** Other countable things a reader compares, in the plural (a singular is a modifier: "700,000 enterprise and developer users"); the unit is the noun itself. */
const OTHER_COUNTED = /^(?:enterprises|businesses|organi[sz]ations|models|countries|nations|developers|apps|applications|entities|questions|prompts|operators)$/i;

/** The singular of a plural noun, by compromise ("businesses" → "business"); cached, as few nouns recur. */
const singulars = new Map<string, string>();
const singular = (w: string) => singulars.get(w) ?? singulars.set(w, toSingular(w)).get(w)!;
/** compromise's singular; a word it reads as a verb ("questions") is left as is, so a plain plural "s" is dropped then. */
function toSingular(w: string): string {
  const one = compromise(w).nouns().toSingular().text() || w;
  return one === w && /[^s]s$/.test(w) ? w.slice(0, -1) : one;
}

/** The unit a noun counts ("chips" → GPU), if it is a counted noun. Remembered: it is asked of each word after a bare number, and words recur. */
export const counted = memoize((noun: string): string | undefined => {
  const unit = COUNTED.find(([, re]) => re.test(noun))?.[0];
  if (unit) return unit;
  return OTHER_COUNTED.test(noun) ? singular(noun.toLowerCase()) : undefined;
});

/** A partitive put first, before a comma ("Of the GPUs, nearly 12,896 are H100s", "Of those 50,000 chips, 10,000 …"): its noun counts the amount after it. */
const FRONTED = /\bof\s+(?:the|these|those|its|their|all)\s+(?:[\p{L}\p{N}.,-]+\s+){0,3}?([\p{L}-]+),\s+(?:(?:about|around|nearly|roughly|almost|some|over|more than|less than|under|just over|just under|at least|up to)\s+)?$/iu;

/** The counted noun of a partitive put before the amount (see {@link FRONTED}); only for a number a count could be (a scale word or thousands). */
export function countedFronted(text: string, at: number, written: string, scaled: boolean): { unit: string; end: number } | undefined {
  if (!scaled && !/,\d{3}/.test(written)) return undefined;
  const before = text.slice(Math.max(0, at - 100), at);
  // Asked only where a comma stands right before the amount (or its hedge): the full pattern is slow.
  if (!/,\s+(?:[a-z ]{1,15}\s)?$/.test(before)) return undefined;
  const m = FRONTED.exec(before);
  const unit = m ? counted(m[1]!) : undefined;
  return unit ? { unit, end: -1 } : undefined;
}
