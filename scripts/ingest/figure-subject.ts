import compromise from 'compromise';
import type { Entity } from '../core/entity.ts';
import type { Mention } from '../core/match.ts';
import { MODEL_MEASURES, ORGANISATION_MEASURES, PRODUCT_MEASURES } from './quantities.ts';
import { makersForProducts, rentedChip, valuedTarget } from './subject-kinds.ts';
import { AGENT_AFTER, ANTECEDENT, ASIDE, CHIPMAKER, COMPARED, CONTRAST, CONTRAST_AFTER, COORDINATED, EXPLETIVE, knownMasked, LIST_JOIN, MAKES_CHIPS, MODEL_OPENING, MODEL_REFERENCE, NEW_SUBJECT, OWNED, OWNER_GAP, PLACE_ADJECTIVE, VALUE_OF_GAP, PRONOUN, RELATIVE_OPENS, RELATIVE_VERB, UNKNOWN_NAME, unknownSubject, MEANS_BEFORE, OTHER_MODEL, OPENING_APPOSITIVE } from './subject-cues.ts';

/**
 * Whose a figure is: the entity a figure is about, at the most specific level its sentence names
 * (the link stage, link.ts, asks for each figure it reads). Split from link.ts by job: that file walks
 * the paragraphs, this one reads a sentence for its figure's subject.
 */

/** A clause opening with the writer as its subject ("…, because our GPUs cost us", "; we paid"), with no other clause break before the figure. */
const FIRST_PERSON = /(?:[,;:—–]\s*|\b(?:because|as|since|while|and|but|so)\s+)(?:we|our)\s[^,;:—–]*$/i;

/** Words that introduce a comparison: an entity right after them is not the sentence's subject. */
const COMPARISON = /(?:such as|like|than|versus|vs\.?|compared (?:with|to))\s+$/i;

/** A sentence opening with a definite description of an organisation ("The chipmaker said…", "The Hangzhou-based company…") refers to the entity the text was last about. */
const REFERENCE = /^\s*(?:The|This|That) (?:[A-Za-z.]+-(?:based|headquartered|listed) )?(?:company|chipmaker|chip ?maker|firm|group|start-?up|lab|laboratory|developer|maker|giant)\b/;
/** The same definite description inside the sentence, before the figure ("valued the company at $62 billion", "the four-year-old company"): a reference too. */
const REFERENCE_INSIDE = /\b(?:the|this) (?:[\p{L}\d]+-[\p{L}\d-]+ )?(?:company|chipmaker|chip ?maker|firm|start-?up|lab|developer|group(?! of))\b(?!['’]s?\s+(?:rivals?|competitors?|peers?))/iu;

/** A reporting clause right after the figure naming the organisation by description (", the company said"). */
const SAID_AFTER = /^[^,.;]{0,30},\s*(?:the|this) (?:company|chipmaker|chip ?maker|firm|group|start-?up|lab|developer) (?:said|says|told|reported|added|announced)\b/i;

/** A sentence opening with capitalised words (a name), then the rest up to a later name: "Kestrel Labs|, a rival of ". */
/** Or a description opening the sentence, "The", a capitalised word and its head noun ("The Beijing company|, backed by "), whose aside is read the same way. */
const UNKNOWN_OPENING = /^\s*(?:The\s+)?\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}(,[\s\S]*)$|^\s*The\s+\p{Lu}[\p{L}\d&.'’-]*\s+[\p{Ll}-]+(,[\s\S]*)$/u;

/** After a chip count: what the chips were used for, a training run or stage. */
const TRAINING_USE = /^[^.;]*?\b(?:to train|for (?:the )?(?:[\p{L}-]+ )?(?:training|pre-?training|post-?training|fine-?tuning)\b|for the [\p{L}-]+ (?:stage|run)\b)/u;

/** A phrase of means before a name ("on Nvidia H800 chips", "using Acme Z9s"), or "of" as in "GPU-hours of H800 time". */
const MEANS_OR_OF = new RegExp(`${MEANS_BEFORE.source}|\\bof\\s+(?:\\p{Lu}[\\p{L}\\d-]*\\s+)?$`, 'u');

/** Words that put the entity after them in a prepositional phrase of agent or source. */
export const AGENT = /\b(?:by|with|including|among|alongside)\s+(?:the\s+)?$/i;

/** Whether an entity can be what a figure is about: not a concept ("mixture of experts") or a generic kind of thing ("GPU"). */
export const canCarry = (e: Entity | undefined): e is Entity => !!e && e.type !== 'concept' && !(e.type === 'chip' && !e.parent);

/** How well an entity type fits a measure: organisation measures want organisations, model measures models. */
function fit(e: Entity, measure: string): number {
  if (ORGANISATION_MEASURES.has(measure)) return e.type === 'organisation' ? 2 : e.type === 'model' || e.type === 'chip' || e.type === 'person' ? 1 : 0;
  // Other measures (investment, price change…) fit anything the sentence names, nearest first.
  if (MODEL_MEASURES.has(measure)) return e.type === 'model' ? 2 : e.type === 'organisation' || e.type === 'chip' ? 1 : 0;
  return 1;
}

/** The last text asked about in {@link mayContrast}, and its answer. */
let contrastText: string | undefined;
let contrastAny = false;
/**
 * Whether a text holds what every CONTRAST match holds (a semicolon, "while" or "whereas"). Asked once per
 * text: CONTRAST is tried on the text before each figure, and most paragraphs have none of them.
 */
function mayContrast(text: string): boolean {
  if (text !== contrastText) {
    contrastText = text;
    contrastAny = /;|while|whereas/i.test(text);
  }
  return contrastAny;
}

/**
 * The entity a figure is about, at the most specific level the text names. Candidates are the
 * entities named in its sentence before the figure — not points of comparison ("more than
 * OpenAI"), not concepts, not things counted inside a figure ("2,048 H800 chips") — best fit for
 * the measure first, then nearest; else the first entity named after it in the sentence ("$100
 * million was used to train GPT-4"); else the entity the text was last about. Organisation-wide measures (valuation, headcount…) of a model go to its
 * maker; model measures (training cost…) of a maker go to its model when the paragraph names
 * exactly one.
 */
export function figureSubject(
  sentence: { text: string; mentions: readonly Mention[] },
  figure: { start: number; end: number; measure: string },
  context: { previous?: string; organisation?: string; organisations?: readonly string[]; model?: string; models?: readonly string[]; paragraph: readonly Mention[]; counted: readonly [number, number][]; byslug: (slug: string) => Entity | undefined },
): { entity: string; from: 'sentence' | 'context' } | undefined {
  // A place is where an organisation's figure comes from ("China brought in $5.5 billion of Nvidia's revenue"), not whose it is.
  // "The Hangzhou-based company": a place made an adjective describes the subject, it is not one.
  // "The ChatGPT maker" names the product's maker.
  sentence = { text: sentence.text, mentions: makersForProducts(sentence.text, sentence.mentions, context.byslug) };
  const scopeOnly = (e: Entity | undefined, m: Mention) => e?.type === 'place' && (ORGANISATION_MEASURES.has(figure.measure) || PLACE_ADJECTIVE.test(sentence.text.slice(m.end, m.end + 16)));
  const usable = sentence.mentions.filter(
    (m) => canCarry(context.byslug(m.entity)) && !scopeOnly(context.byslug(m.entity), m) && !context.counted.some(([s, e]) => m.start >= s && m.end <= e) && !COMPARISON.test(sentence.text.slice(Math.max(0, m.start - 40), m.start)),
  );
  // In an appositive ("Microsoft, OpenAI's largest investor, …") the possessive names what the first entity is to it: the first is the subject.
  const appositive = (m: Mention) =>
    /^['’]s\b/.test(sentence.text.slice(m.end, m.end + 3)) && usable.some((p) => p.end <= m.start && /^,\s*$/.test(sentence.text.slice(p.end, m.start)));
  // An aside set off by commas right after a name ("OpenAI's o1, the model R1 was built to match, costs $60") describes that name: what it names is not the subject.
  // A relative clause is an aside too ("MiniMax, whose backers include Tencent, was valued at…", "its V3 model, on which R1 is built, cost…").
  // So does one after a name the gazetteer lacks that opens the sentence ("Kestrel Labs, a rival of DeepSeek, has 300 employees").
  // Every name in that aside is ("Broadcom, which designs chips for Google and Meta, fell 17%"): from the first up to a comma.
  const asideOfUnknown = (m: Mention) => {
    const first = usable.find((p) => p.end <= m.start) ?? m;
    if (first !== m && /[,;:]/.test(sentence.text.slice(first.end, m.start))) return false;
    const opening = UNKNOWN_OPENING.exec(sentence.text.slice(0, first.start).replace(/^[\s\S]*[.!?]["”’]?\s(?=\S)/, ''));
    return !!opening && ASIDE.test(opening[1] ?? opening[2]!);
  };
  // Names listed after one in an aside are in it too ("Zhipu, which counts Alibaba, Tencent and others among its backers, was valued at…").
  const opensAside = (m: Mention): boolean => {
    if (usable.some((p) => p.end <= m.start && ASIDE.test(sentence.text.slice(p.end, m.start))) || asideOfUnknown(m)) return true;
    const prev = usable.findLast((p) => p.end <= m.start);
    return !!prev && LIST_JOIN.test(sentence.text.slice(prev.end, m.start)) && opensAside(prev);
  };
  const aside = (m: Mention) =>
    opensAside(m) && /^(?:[^,.;]|\.(?=\d)){0,80},(?:[^.;]|\.(?=\d))*$/.test(sentence.text.slice(m.end, figure.start));
  // A contrast ("…, while US labs talk about clusters of 100,000") opens a clause with a subject of its own: names before it are not the figure's.
  const contrast = mayContrast(sentence.text) ? CONTRAST.exec(sentence.text.slice(0, figure.start)) : null;
  // So does a name right after ", and" with no break before the figure ("R1 matches OpenAI's o1, and DeepSeek charges $2.19 for it"): names before that clause are not the figure's.
  const opener = usable.findLast(
    (m) => m.end <= figure.start && COORDINATED.test(sentence.text.slice(Math.max(0, m.start - 12), m.start)) && !/[,;:—–]/.test(sentence.text.slice(m.end, figure.start)),
  );
  // ", and the smallest of X's models has 1.5 billion": a clause opening with a determiner has a subject of its own, and where it names one, names before it are not the figure's.
  const fresh = NEW_SUBJECT.exec(sentence.text.slice(0, figure.start));
  const clauseAt = fresh && usable.some((m) => m.start > fresh.index && m.end <= figure.start) ? fresh.index : -1;
  // A name opening a relative clause about the noun before it ("the base model that R1 is built on was trained…") is not the figure's.
  const inRelative = (m: Mention) => RELATIVE_OPENS.test(sentence.text.slice(Math.max(0, m.start - 8), m.start)) && RELATIVE_VERB.test(sentence.text.slice(m.end, m.end + 40));
  // A clause of the writer's own ("…for V3, because our GPUs cost us about $2.40 per GPU-hour", "…, and we spent $3 million") is about the writer, whom the gazetteer does not
  // know: names before it are not its figure's.
  const own = FIRST_PERSON.exec(sentence.text.slice(Math.max(0, figure.start - 120), figure.start));
  const ownAt = own ? Math.max(0, figure.start - 120) + own.index : -1;
  const before = usable.filter((m) => m.end <= figure.start && !(m.end <= ownAt) && !(contrast && m.end <= contrast.index) && !(m.end <= clauseAt) && !(opener && m.start < opener.start) && !appositive(m) && !aside(m) && !inRelative(m));
  // An entity in a prepositional phrase ("led by Alibaba", "with Tencent") is an agent or source, not what the figure is about: it counts half a fit step less.
  // A place is where things happen, so it is the subject only when no organisation or product fits as well ("Nvidia's revenue from China fell to 13%").
  const isPlace = (m: Mention) => context.byslug(m.entity)?.type === 'place';
  const score = (m: Mention) =>
    fit(context.byslug(m.entity)!, figure.measure) - (AGENT.test(sentence.text.slice(Math.max(0, m.start - 20), m.start)) ? 0.5 : 0) - (isPlace(m) ? 0.5 : 0);
  // Organisations joined in a list ("OpenAI, SoftBank and Oracle said they would invest…") share the figure: it is none of theirs alone.
  const joined = (a: Mention, b: Mention) => LIST_JOIN.test(sentence.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  const listed = (m: Mention) => context.byslug(m.entity)?.type === 'organisation' && before.some((o) => o !== m && joined(m, o) && context.byslug(o.entity)?.type === 'organisation');
  let best: Mention | undefined;
  let bestScore = 0;
  for (const m of before) {
    if (listed(m)) continue;
    const sm = score(m);
    if (!best || sm >= bestScore) {
      best = m;
      bestScore = sm;
    }
  }
  // The figure inside a relative clause right after a name ("…keep up with R1, which has 671 billion") is that name's.
  // So even when the name is a point of comparison ("larger than V3, which has 671 billion parameters").
  const antecedent = sentence.mentions.findLast(
    (m) => m.end <= figure.start && canCarry(context.byslug(m.entity)) && !context.counted.some(([s, e]) => m.start >= s && m.end <= e) && ANTECEDENT.test(sentence.text.slice(m.end, figure.start)),
  );
  if (antecedent && !isPlace(antecedent)) best = antecedent;
  // A place named after the figure beyond its clause is where something happened ("…, Moonshot told partners at a meeting in Beijing"), never whose the figure is.
  const inClause = (m: Mention) => !/[,;:—–]/.test(sentence.text.slice(figure.end, m.start));
  // Nor is a name after the figure that is an agent or backer ("…valued it at $4bn, with investors including Alibaba").
  // A relative clause after the figure ("…after a round in which Tencent joined") is about something else.
  // Nor, for a model's measure, the chips it ran on ("2.79 million GPU-hours on Nvidia H800 chips", "… of H800 time"): what was used, with its maker.
  const chipUsed = (m: Mention) => {
    if (!MODEL_MEASURES.has(figure.measure) || !/\b(?:on|using|via|of)\s+(?:\S+\s+){0,3}$/.test(sentence.text.slice(figure.end, m.start)) || !MEANS_OR_OF.test(sentence.text.slice(Math.max(0, m.start - 40), m.start))) return false;
    const chip = (x: Mention | undefined) => context.byslug(x?.entity ?? '')?.type === 'chip';
    return chip(m) || chip(sentence.mentions.find((x) => x.start > m.end && /^\s+$/.test(sentence.text.slice(m.end, x.start))));
  };
  // Nor a name in a clause of time or cause set off after the figure ("…lost nearly $600 billion on Jan. 27, when DeepSeek's models spooked investors"): what happened around it.
  const agentAfter = (m: Mention) =>
    AGENT_AFTER.test(sentence.text.slice(Math.max(0, m.start - 40), m.start)) || /\b(?:which|whom|whose|who)\b|,\s*(?:when|after|because|since|amid|following)\s/i.test(sentence.text.slice(figure.end, m.start)) || chipUsed(m);
  // Nor a name past a comparison that follows the figure ("$2.50 per million tokens, compared with $2.2 for R1"): it is the other side's.
  const compared = (m: Mention) => COMPARED.test(sentence.text.slice(figure.end, m.start)) || CONTRAST_AFTER.test(sentence.text.slice(figure.end, m.start));
  const firstAfter =
    usable.find((m) => m.start >= figure.end && !isPlace(m) && !agentAfter(m) && !compared(m)) ?? usable.find((m) => m.start >= figure.end && inClause(m) && !agentAfter(m) && !compared(m));
  // The figure itself on the far side of a comparison ("R1 costs $2.19, compared with $60 for o1"): a name right after it, not the one compared with, is its subject.
  if (best && firstAfter && inClause(firstAfter) && COMPARED.test(sentence.text.slice(best.end, figure.start)) && !COMPARED.test(sentence.text.slice(figure.end, firstAfter.start))) best = undefined;
  // "…$16 billion of Nvidia's H20 chips": a maker's own product named right after it is the more specific subject.
  const product = firstAfter && usable.find((m) => m.start > firstAfter.end && /^['’]s?\s+$/.test(sentence.text.slice(firstAfter.end, m.start)) && context.byslug(m.entity)?.parent === firstAfter.entity);
  const after = (product ?? firstAfter)?.entity;
  // With nothing else to go by, a sentence about a concept only ("a price war, with prices cut by
  // 90%") is filed under the concept; like a carried subject, it is a guess.
  const concept = sentence.mentions.find((m) => context.byslug(m.entity)?.type === 'concept' && !context.counted.some(([s, e]) => m.start >= s && m.end <= e))?.entity;
  // "The chipmaker said…", "Its revenue…": a sentence opening with a reference to the entity the text is about names it.
  // "The company" points back to an organisation: the entity last named if it is one, its maker if it belongs to one ("its V3 model … The
  // startup has…" is the maker's), else the organisation last named. Never a product: a description of a company does not name one.
  const last = context.previous ? context.byslug(context.previous) : undefined;
  const lead = sentence.text.slice(0, figure.start).replace(/^[\s\S]*[.!?]["”’]?\s(?=\S)/, '');
  // "The Hangzhou-based company" is one whose description places it there, of the organisations the text last named.
  const based = /\b([A-Z][A-Za-z.]+)-(?:based|headquartered)\b/.exec(lead)?.[1];
  // So is "the chipmaker" the one organisation of those whose description says it makes chips ("Nvidia lost $600 billion as investors digested DeepSeek. The chipmaker's shares…").
  const chipmakers = CHIPMAKER.test(lead) ? (context.organisations ?? []).filter((o) => MAKES_CHIPS.test(context.byslug(o)?.description ?? '')) : [];
  const placed = based ? context.organisations?.find((o) => context.byslug(o)?.description.includes(based)) : chipmakers.length === 1 ? chipmakers[0] : undefined;
  const referent = placed ?? (last?.type === 'organisation' ? context.previous : last?.parent && context.byslug(last.parent)?.type === 'organisation' ? last.parent : (context.organisation ?? context.previous));
  const previous = referent ? context.byslug(referent) : undefined;
  // Only where it cannot be another: the paragraph names no organisation other than the one the text is about (or its maker).
  // Only names before the figure can be what the reference points back to. (Asked only where there is a referent: every use below needs one.)
  const unambiguous =
    !!referent &&
    context.paragraph.every((m) => {
      if (m.start >= figure.start) return true;
      const o = context.byslug(m.entity);
      return o?.type !== 'organisation' || o.slug === previous?.slug || o.slug === previous?.parent;
    });
  // Read only where it can matter (a referent the paragraph leaves unambiguous), and once.
  let refers = false;
  // "The chipmaker" before the figure: what the sentence is about, though perhaps not the organisation last named (a chipmaker is one whose description says it makes chips).
  // Not a description set off after the name the sentence opens with ("Orbis, the company behind the Zed editor, raised…"): that is the name's.
  const described = REFERENCE.test(lead) || REFERENCE_INSIDE.test(lead.slice(OPENING_APPOSITIVE.exec(lead)?.[0].length ?? 0));
  if (referent && unambiguous) {
    const kindFits = (!CHIPMAKER.test(lead) || MAKES_CHIPS.test(previous?.description ?? '')) && (!based || (previous?.description ?? '').includes(based));
    // "It"/"its" before the figure points back to the entity last named, when that is an organisation (after a model, "it" may be the model or its maker).
    // Not where the sentence opens with, or names before the figure, a name the gazetteer lacks ("Mixtral, by contrast, activates 39 billion of its…").
    refers = (described && kindFits) || (referent === context.previous && previous?.type === 'organisation' && PRONOUN.test(lead) && !EXPLETIVE.test(lead) && !UNKNOWN_NAME.test(knownMasked(lead, figure.start - lead.length, sentence.mentions)));
  }
  let saidAfter: boolean | undefined;
  const said = () => (saidAfter ??= SAID_AFTER.test(sentence.text.slice(figure.end, figure.end + 60)));
  // A place before the figure gives way to an organisation or product named after it as more than a source ("China brought in 14% of Nvidia's revenue", not "imported … from Nvidia"), or referred to.
  const afterMention = usable.find((m) => m.entity === after && m.start >= figure.end);
  // Where "the chipmaker" before the figure cannot be resolved, a name in a later clause is only a guess.
  const guessed = !best && described && !refers && !!afterMention && !inClause(afterMention);
  const from = !guessed && (best || after || refers || (!!referent && unambiguous && said())) ? 'sentence' : 'context';
  const afterIsActor = !!afterMention && !isPlace(afterMention) && !/\b(?:from|by|with|to|including)\s+(?:the\s+)?$/i.test(sentence.text.slice(Math.max(0, afterMention.start - 20), afterMention.start));
  if (best && isPlace(best) && (afterIsActor || refers)) best = undefined;
  // "…wiped $590 billion off Nvidia's market value", "…18% of Orbis's revenue": the owner named right after the figure is whose it is, whatever caused it.
  const owner = usable.find((m) => m.start >= figure.end && ((OWNER_GAP.test(sentence.text.slice(figure.end, m.start)) && OWNED.test(sentence.text.slice(m.end, m.end + 40))) || VALUE_OF_GAP.test(sentence.text.slice(figure.end, m.start))));
  if (owner && !isPlace(owner)) best = owner;
  // "…investing $14bn in Orbis, valuing the start-up at $29bn": the company the money went into is the one valued.
  const target = valuedTarget(sentence.text, figure.start, lead, usable, context.byslug);
  if (target) best = target;
  // "$2 per GPU-hour for Nvidia H100s": a rental rate is the rented chip's, more specific than its maker (not than a model it trained).
  const rented = rentedChip(sentence.text.slice(figure.start, figure.end), sentence.mentions, context.byslug);
  const nearest = best?.entity ?? after;
  if (rented && (!nearest || nearest === context.byslug(rented)?.parent)) return { entity: rented, from: 'sentence' };
  // "…reached 31.8bn yuan, the company said, as it took delivery of Nvidia chips": the reporting organisation is the subject, not a name after it.
  const saidBy = !!referent && unambiguous && !best && said();
  // A name after the figure beats a reference before it only within the figure's clause: "the chipmaker's shares fell 17%, …, after DeepSeek showed…" are the chipmaker's.
  // "The model has 671 billion parameters", with no name in the sentence: the model last named, a guess like any carried subject.
  const model = !best && !after && !refers && !saidBy && context.model && MODEL_REFERENCE.test(lead) ? context.model : undefined;
  // Named, not guessed, where the sentence opens with "The model" and the last sentence naming a model named only that one, nor has
  // the paragraph named another before the figure ("… testing Kimi K2, an open model from Moonshot AI. The model has 1.04 trillion parameters").
  const modelNamed =
    !!model &&
    MODEL_OPENING.test(lead) &&
    // "The model" as the sentence's subject, a verb next: not "the model card lists …", a thing of the model's.
    compromise(lead).has('^(the|this|that) #Adjective? (model|chatbot|llm) (#Verb|#Adverb)') &&
    context.models?.length === 1 &&
    context.models[0] === model &&
    context.paragraph.every((m) => m.start >= figure.start || m.entity === model || context.byslug(m.entity)?.type !== 'model');
  // "Kimi K2 is a … model with … . It was pre-trained on 15.5 trillion tokens": "It" opening a sentence, with a model's measure, in a paragraph that has
  // named only that model before the figure (the model last named, alone in its sentence), is that model, named as surely as by "The model".
  const itModel =
    !best && !after && !refers && !saidBy && !!context.model && MODEL_MEASURES.has(figure.measure) && /^\s*It\b/.test(lead) && !EXPLETIVE.test(lead) &&
    context.previous === context.model && context.models?.length === 1 && context.models[0] === context.model &&
    context.paragraph.some((m) => m.start < figure.start) &&
    context.paragraph.every((m) => m.start >= figure.start || m.entity === context.model || !['model', 'organisation', 'chip'].includes(context.byslug(m.entity)?.type ?? ''));
  const named = best?.entity ?? (saidBy || (refers && !(afterIsActor && inClause(afterMention))) ? referent : after) ?? model;
  // A sentence whose subject is a name the gazetteer lacks ("TSMC in January set its budget at…", "Shares of TSMC fell…", "The
  // Hang Seng Tech Index has risen…") is about that, not about what the text last named: no subject rather than a wrong one.
  if (!named && context.previous && unknownSubject(lead, figure.start - lead.length, sentence.mentions)) return undefined;
  // Carried over, an organisation's measure ("The stock is down about 4%") is the organisation's the text was last about, not a policy or event named since.
  const carriedFits = !context.previous || !ORGANISATION_MEASURES.has(figure.measure) || fit(context.byslug(context.previous)!, figure.measure) > 0;
  let subject = named ?? (carriedFits ? context.previous : (context.organisation ?? context.previous)) ?? concept;
  if (!subject) return undefined;
  const e = context.byslug(subject);
  // A product's own sales stay with it where the sentence names it before the figure, as the actor ("the H20 brought in…", not "at R1 prices").
  const ownSales =
    PRODUCT_MEASURES.has(figure.measure) && !!best && !/\b(?:at|in|of|for|with|on|by|from|to|under|over)\s+(?:(?:the|its|their|a|an)\s+)?$/i.test(sentence.text.slice(Math.max(0, best.start - 30), best.start));
  if (ORGANISATION_MEASURES.has(figure.measure) && !ownSales && (e?.type === 'model' || e?.type === 'chip') && e.parent) subject = e.parent;
  // Chips a training run or stage used are that model's, like its training compute ("the company said it used 512 H800 chips for the reinforcement-learning stage").
  else if ((MODEL_MEASURES.has(figure.measure) || (figure.measure === 'chip count' && TRAINING_USE.test(sentence.text.slice(figure.end, figure.end + 60)))) && e?.type === 'organisation') {
    const models = new Set(context.paragraph.map((m) => context.byslug(m.entity)).filter((c): c is Entity => c !== undefined && c.parent === subject && c.type === 'model').map((c) => c.slug));
    // Not where the sentence says the model is another one than those named ("it trained an earlier model for under $6 million"): the maker's, the model unnamed.
    if (OTHER_MODEL.test(sentence.text.slice(Math.max(0, figure.start - 80), figure.start))) return { entity: subject, from };
    if (models.size === 1) subject = [...models][0]!;
    // Else, where "it" before the figure points back, the model the text was last about, if it is this maker's ("Moonshot released
    // Kimi K2 … It was pretrained on 15.5 trillion tokens, and Moonshot says…", "Through Moonshot's API it costs $0.60").
    else if (models.size === 0 && context.model && context.byslug(context.model)?.parent === subject && /\bit\b/i.test(lead) && !EXPLETIVE.test(lead)) subject = context.model;
  }
  return { entity: subject, from: (modelNamed && subject === model) || (itModel && subject === context.model) ? 'sentence' : from };
}
