/**
 * Cue patterns for reading whose a figure is (see figureSubject in link.ts): asides and relative
 * clauses, backers named after a figure, contrasts and comparisons, owners and lists of names, and
 * "it"/"its", "the chipmaker" or "the model" pointing back to what the text last named. Plain
 * patterns over a sentence, no NLP.
 */
import type { Mention } from '../core/match.ts';

/** "It" or "its" opening the sentence ("Its latest round…"), or "it" as the thing put at a figure ("valued it at", "puts it at"); not "its" after another noun ("the team wrote its own…"). */
export const PRONOUN = /^\s*(?:It|Its)\b|\b(?:valu|pric|plac|rank|put)[\p{L}]*\s+it\s+at\b/u;
/** "It" standing for no thing ("it is estimated that…", "it was unclear"). */
export const EXPLETIVE = /\bit(?:['’]s| is| was| has been| seems| appears)\s+(?:not\s+)?(?:estimated|expected|thought|believed|said|reported|likely|unlikely|unclear|clear|possible|understood|known|worth|true|hard|easy|difficult)\b/i;

/** A capitalised word other than a common sentence opener, or any capitalised word after the first: a name, perhaps one the gazetteer lacks. */
export const UNKNOWN_NAME = /^\s*(?!(?:It|Its|A|An|The|This|That|In|At|On|By|For|Last|Earlier|Later|Then|Now|Since|After|Before|Still|But|And|So|Yet|According|When|While|Once)\b)\p{Lu}|(?<=\S\s+)\p{Lu}/u;

/** The last contrastive conjunction or semicolon before a figure: where its clause begins. */
export const CONTRAST = /(?:[,;]\s*|\s)(?:while|whereas)\s(?![^,;]*[,;])|;\s(?![^;]*;)/i;

/** `text` (found at `offset` in its sentence) with the names the gazetteer knows lower-cased: only unknown names are left capitalised. */
export const knownMasked = (text: string, offset: number, mentions: readonly Mention[]) => {
  let out = text;
  for (const m of mentions) {
    const s = m.start - offset;
    const e = m.end - offset;
    if (s >= 0 && e <= text.length) out = out.slice(0, s) + out.slice(s, e).toLowerCase() + out.slice(e);
  }
  return out;
};

/** Words before a name after the figure that make it a backer, lead or buyer of the deal, not what the figure is about; a description may come between ("led by the Dutch chip equipment maker Vantor"). */
export const AGENT_AFTER = /\b(?:(?:investors?|backers?|shareholders?|partners?|participants?)\s+(?:such as|including|like|included|were|are)|(?:led|backed|joined|funded|bought|acquired) by|including|among them|with)\s+(?:the\s+)?(?:[\p{L}-]+(?:['’]s)?\s+){0,4}$/iu;

/** The opening of an aside set off by a comma after a name (or a name and its head noun: "its V3 model, on which…"): a description ("the model…") or a relative clause ("which…", "whose backers…", "on which…") or a participle ("founded in 2023 by…", "backed by…"), up to 80 characters to the later name ("o1, which R1 matches on most of the reasoning benchmarks DeepSeek reported,"). */
export const ASIDE = /^(?:\s+[\p{Ll}-]+){0,2},\s+(?:(?:the|a|an|its|their|one of|among|part of)\s|(?:(?:on|in|of|for|from|with|by|to) )?(?:which|whose|who|whom)\s|(?:founded|co-founded|started|set up|created|spun out|backed|owned|run|led)\s(?:in\s+\d{4}\s+)?(?:by|from|of)?)[^,.;]{0,80}$/iu;

/** A comma and a coordinating conjunction right before a name ("…, and Orbis charges $2 per …"): the name opens a clause with a subject of its own. */
export const COORDINATED = /,\s*(?:and|but|so|yet)\s+(?:the\s+)?$/i;

/** Between a figure (perhaps with a conversion in brackets) and a possessive name right after it: "off", "of", "from", "in" ("$590 billion off Nvidia's market value"). */
export const OWNER_GAP = /^\s*(?:\([^()]{1,30}\)\s*)?\s(?:of|off|from|in)\s+(?:the\s+)?$/i;
/** Or the quantity it is taken from, then its owner: "$600bn (£480bn) off the value of Nvidia", "17% of the market value of Orbis". */
export const VALUE_OF_GAP = /^\s*(?:\([^()]{1,30}\)\s*)?\s(?:of|off|from|in)\s+(?:the\s+)?(?:(?:market|stock[- ]market|share)\s+)?(?:value|valuation|capitali[sz]ation|cap)\s+of\s+(?:the\s+)?$/i;

/** After that name: its possessive and a quantity only an organisation has. */
export const OWNED = /^['’]s?\s+(?:(?:total|annual|quarterly|global|combined)\s+)?(?:market (?:value|cap(?:itali[sz]ation)?)|shares?|stock|revenues?|sales|valuation)\b/i;

/** Between a name and a figure: a relative clause opened right after the name and not yet closed ("R1, which has 671 billion", "V3, which activates 37 billion of its 671 billion parameters"). */
export const ANTECEDENT = /^,\s+(?:which|who)\s+(?:has|have|had|is|was|costs?|cost|uses?|used|employs?|employed|activates?|activated|holds?|held|contains?|contained|needs?|needed|requires?|required|supports?|supported)\b[^,;:—–]*$/i;

/** A comparison anywhere in a stretch of text ("compared with", ", against 79.2% for o1"): what lies on its two sides are different things' figures. */
export const COMPARED = /\b(?:compared (?:with|to)|versus|vs\.?|as against|relative to)\s|,\s*against\s/i;

/** The last ", and the …" before a figure, with no clause break after it: where a clause with its own subject begins. */
export const NEW_SUBJECT = /,\s*(?:and|but)\s+(?:the|a|an|its|their|this|these|those)\s(?![^,;:—–]*[,;:—–])/i;

/** What joins the names of a list: a comma, "and", "&" or ", and". */
export const LIST_JOIN = /^(?:\s*,\s*|\s+(?:and|&)\s+|\s*,\s*and\s+)$/;

/** "The model", "the chatbot" before a figure: a reference to the model last named. */
/** A sentence opening with "The model" (or "The new model", "This chatbot"): its subject is a model the text named before. */
export const MODEL_OPENING = /^\s*(?:The|This|That) (?:(?:new|latest|open|open-weight|open-source|[\p{L}-]+-based)\s+)?(?:model|chatbot|LLM)\b(?!\s*(?:'s|’s)?\s*(?:maker|developer|rivals?))/u;
export const MODEL_REFERENCE = /\b(?:the|this|that) (?:model|chatbot|LLM)\b(?!\s*(?:'s|’s)?\s*(?:maker|developer|rivals?))/i;

/** A reference to a chipmaker ("the chipmaker's shares"). */
export const CHIPMAKER = /\bchip ?makers?\b/i;
/** What a gazetteer description says of an organisation that makes chips. */
export const MAKES_CHIPS = /\b(?:chip ?makers?|chips?|semiconductors?|GPUs?|accelerators?|processors?)\b/i;

/** A name as the subject of a relative clause about the noun before it ("the base model that R1 is built on was trained with…"): the figure is that noun's, not the name's. */
export const RELATIVE_OPENS = /\b(?:that|which)\s+$/i;
export const RELATIVE_VERB = /^\s+(?:is|was|are|were|has been|had been)\s+(?:built|based|trained|fine-tuned|distilled|derived)\s+(?:on|from)\b/i;

/** Right after a place: a hyphenated adjective ("Hangzhou-based", "Shenzhen-listed") describing what follows, which is the subject, not the place. */
export const PLACE_ADJECTIVE = /^-(?:based|headquartered|born|listed|registered)\b/i;

/** The first words of a sentence, its subject's place: up to four words (a name may end in a comma) before the first lower-case word that is not "of", "and" or "the"; not a phrase opening with a preposition ("On SWE-bench Verified, …"). */
const SUBJECT_PLACE = /^\s*(?!(?:On|In|At|For|By|With|From|After|Before|Since|During|Under|Over|Through|According|Unlike|Like|Despite|Among|Across|Within|Without)\b)(?:(?:The|A|An)\s+)?((?:[\p{Lu}\d][\p{L}\d&.'’-]*,?\s+(?:(?:of|and|&|the)\s+)?){1,4})\p{Ll}/u;
/** A name in that place: a word with two capitals ("TSMC", "IndiaAI"), or a capitalised word after the first. */
const NAME_WORD = /^\s*\p{Lu}[\p{L}\d]*\p{Lu}|(?<=\S\s+)\p{Lu}/u;
/** Within two words after those capitalised words, a measure of a part of a business: "… revenue", "… gross margins". */
export const PART_OF_BUSINESS = /^(?:[\p{L}-]+\s+){0,2}(?:revenues?|sales|margins?|business|segment|division|unit|income|profits?|earnings)\b/u;
/** Acronyms of common nouns ("the API price", "AI chips", "GPU count"): written in capitals, they name no one. */
const COMMON_ACRONYMS = /^(?:(?:AI|API|APIs|GPU|GPUs|CPU|CPUs|TPU|NPU|HBM|LLM|LLMs|AGI|IPO|CEO|CFO|CTO|R&D)\s+)+$/;
/** Whether the sentence the figure is in opens with a name the gazetteer lacks, as its subject (not "It…", not a speaker's "NAME:"). */
export function unknownSubject(lead: string, offset: number, mentions: readonly Mention[]): boolean {
  if (/[.!?]["”’]?\s*$/.test(lead) || /:/.test(lead) || PRONOUN.test(lead)) return false;
  const masked = knownMasked(lead, offset, mentions);
  const m = SUBJECT_PLACE.exec(masked);
  if (m && COMMON_ACRONYMS.test(m[1]!)) return false;
  // A capitalised part of a business or an accounting basis ("AI Cloud revenue", "GAAP and non-GAAP gross margins") is the company's, not another subject.
  if (m && NAME_WORD.test(m[1]!) && !PART_OF_BUSINESS.test(masked.slice(m[0].length - 1))) return true;
  // After "The", a capitalised word is a name, not a sentence's first word ("The Nasdaq composite fell 3.1%", "The Hang Seng index…"): not a
  // people's adjective ("The Chinese start-up") nor a name before a word for an organisation, which points back ("The Beijing company").
  const after = THE_NAME.exec(masked);
  return !!after && !DEMONYM_LIKE.test(after[1]!) && !ORGANISATION_NOUN.test(after[2]!) && !PART_OF_BUSINESS.test(after[2]!);
}
const THE_NAME = /^\s*The\s+(\p{Lu}[\p{L}&]*(?:\s+\p{Lu}[\p{L}\d&]*)?)\s+(\p{Ll}[\p{L}-]*)\s+(?:\p{Ll}+\s+)?(?:fell|rose|dropped|slid|lost|gained|climbed|jumped|sank|tumbled|declined|added|ended|closed|was|is|has|had)\b/u;
const DEMONYM_LIKE = /(?:ese|ian|an|ish|ch|i)$/;
const ORGANISATION_NOUN = /^(?:company|companies|start-?ups?|firms?|groups?|labs?|laborator(?:y|ies)|makers?|chip ?makers?|giants?|developers?|government|ministry|administration|agency|regulators?|funds?|banks?|investors?|owners?|operators?|parents?|unit|subsidiary|sites?|campus(?:es)?|plants?|facilit(?:y|ies)|projects?|ventures?|clusters?|deals?|plans?|rounds?|models?|chips?)$/;

/** A contrast or a new clause between a figure and a later name ("…valued at $1.5bn, while SoftBank has…"): the name is another clause's subject. */
export const CONTRAST_AFTER = /(?:,\s*|\s)(?:while|whereas)\s|;/i;

/** A relative clause set off by a comma between a sentence's first name and a later one: the later name is in it. */
export const RELATIVE_BEFORE = /,\s+(?:(?:on|in|of|for|from|with|by|to) )?(?:who|which|whose|whom|where)\b[^;.]*$/i;

/** A name in a phrase of means after the verb ("took 2.8 million hours on Nvidia H800 chips", "trained using Acme Z9 GPUs"): what was used, not what the text goes on about; a maker's name may come first. */
export const MEANS_BEFORE = /\b(?:on|using|via)\s+(?:(?:the|its|their|some|about|around|roughly|\d[\d,.]*(?:\s+(?:thousand|million|billion))?)\s+)*(?:\p{Lu}[\p{L}\d-]*\s+)?$/u;

/**
 * A name in a later clause as the object of "of", "amid" or "over", after the verb ("…, but its stock was slipping as investors
 * weighed the lingering shadow of China's DeepSeek", "…, as shares slid amid DeepSeek's rise"): a circumstance of what the
 * sentence is about, not what the text goes on about. Read on the text from the sentence's first name to this one.
 */
export const OBJECT_OF = /(?:,\s*(?:but|and|as|while)|\s(?:as|after|when))\s[^,;]*\b(?:of|amid|over)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:\p{Lu}[\p{L}\d-]*['’]s\s+)?$/u;

/**
 * A name inside what a speaker is reported to say ("Nvidia said in a statement that DeepSeek is an excellent advance"): the text
 * goes on about the speaker, not about what it spoke of. Read on the text from the sentence's first name to this one.
 */
export const REPORTED_THAT = /\b(?:said|says|told\s+\S+|argued|noted|added|stated|insisted)\b(?:\s+[\p{L}'’-]+){0,4}?\s+that\s+(?:(?:the|its|their)\s+)?$/u;

/** A quantity other than a share price named before a change ("net profit rose 57%"): the change is that quantity's. */
export const CHANGED_QUANTITY = /\b(?:profits?|revenues?|sales|income|earnings|margins?|output|exports?|imports?|shipments?|spending|orders|capex|expenditures?|users)\b/i;

/** A change added after the clause it qualifies (", up 259 percent from a year earlier"). */
export const TRAILING_CHANGE = /,\s*(?:up|down)\s+(?:(?:about|around|nearly|almost|roughly|some|more than|over)\s+)?$/i;

/** A point of comparison right before a name, perhaps with its owner ("since DeepSeek's R1", "than OpenAI's o1"). */
export const COMPARED_WITH = /\b(?:such as|like|than|versus|vs\.?|compared (?:with|to)|since|(?:outperform|surpass|rival|beat|match|trail|lag)(?:s|es|ed|led)?)\s+(?:the\s+)?(?:[\p{L}-]+['’]s?\s+)?$/iu;

/** A sentence opening with a reference to a figure just stated ("That figure comes from…", "This estimate is based on…"): its figures are of that figure's subject. */
export const FIGURE_REFERENCE = /^\s*(?:That|This|The|Those|These) (?:figures?|estimates?|numbers?|sums?|amounts?|totals?|calculations?|price tags?|tally|costs?)\b(?!\s+(?:of|for)\b)/;
/**
 * What may stand between such a reference and the figure for the figure to be what it rests on ("comes from", "is based on",
 * "assumes", "reflects", "covers"), with no comparison ("is far below the 16,000 GPUs US labs use" is another thing's).
 */
export const RESTS_ON = /^\s*\S+\s+\S+\s+(?:(?:is|was|are|were)\s+)?(?:(?:also|only|largely|mostly|partly|roughly|simply)\s+)?(?:comes?|came|based|rests?|rested|assumes?|assumed|reflects?|reflected|covers?|covered|includes?|included|equals?|equalled|works? out|worked out|implies|implied|represents?|represented|translates?|translated|derives?|derived|counts?|counted|stems?|stemmed|breaks? down|broke down|adds? up|added up)\b(?![^]*\b(?:than|below|above|compared|against|versus|unlike|dwarf\w*|beside|next to)\b)/i;

/** A model described as another than those the text names ("an earlier model", "a previous version", "its older model"): no model named is it. */
export const OTHER_MODEL = /\b(?:an?|its|their|the)\s+(?:earlier|previous|prior|older|former|predecessor|different|separate)\s+(?:[\p{L}-]+\s+)?(?:models?|versions?|systems?|LLMs?)\b/iu;

/** An opening phrase of time or manner set off by a comma ("A month earlier, ", "In June, ", "Meanwhile, "): the sentence's subject comes after it. */
export const OPENING_ADVERBIAL = String.raw`(?:(?:A|An|One|Two|Three|Last|Earlier|Later|In|On|By|Since|Meanwhile|Separately|Elsewhere)\b[^,.;]{0,30},\s+)?`;
/** A sentence opening with a name, then a description set off by commas ("Orbis, the company behind the Zed editor, raised…"): the description is the name's, not a reference back to what the text last named. */
export const OPENING_APPOSITIVE = new RegExp(String.raw`^\s*${OPENING_ADVERBIAL}(?:The\s+)?\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3},\s+(?:the|a|an|its|maker|developer|owner|creator|operator|parent)\b[^,;]{0,80},`, 'u');
/** Right after a name, a description that makes it an organisation ("Orbis, the company behind…", ", maker of the Zed editor"): a name, though a single word. */
export const ORGANISATION_APPOSITIVE = /^,\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:company|start-?up|firm|lab|developer|maker|owner|operator|parent)\b/u;

