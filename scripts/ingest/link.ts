import { extractFigures, type Figure } from './figures.ts';
import type { Entity } from '../core/entity.ts';
import { findMentions, type Matcher, type Mention, sentencesOf } from '../core/match.ts';
import { extractNumbers } from './numbers.ts';
import { measureOf, placeScoped } from './quantities.ts';
import { segmentScoped } from './business-part.ts';
import type { Article, EntityLink } from '../core/article.ts';
import { figureFact, type FigureFact, type LinkedArticle, type SentenceRef, type YearFact } from './figure-fact.ts';
import { unknownSubject, RELATIVE_BEFORE, MEANS_BEFORE, OBJECT_OF, REPORTED_THAT, CHANGED_QUANTITY, TRAILING_CHANGE, COMPARED_WITH, FIGURE_REFERENCE, RESTS_ON } from './subject-cues.ts';
import { narrowedMeasure } from './measure-phrases.ts';
import { profitMeasure } from './measure-profit.ts';
import { nameSubject, namesInside, openingName, shortFormOf } from './name-subject.ts';
import { extendedName } from './name-extended.ts';
import { comparedRate } from './measure-compared.ts';
import { datelineLength } from './dateline-opening.ts';
import { notComparedObjects } from './compared-object.ts';
import { withYenSign, yenSignCurrency } from './yen-sign.ts';
import { dollarSignCurrency, withDollarSign } from './dollar-sign.ts';
import { AGENT, canCarry, figureSubject } from './figure-subject.ts';

/** A place's possessive, then a description of a company ("China's largest contract chipmaker", "India's biggest IT firm"). */
const DESCRIBES_COMPANY = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:company|companies|chipmaker|chip ?maker|maker|firm|start-?up|lab|developer|group|giant|champion|foundry|manufacturer|provider|operator|carrier|lender|bank)\b/iu;
/** Between an amount and its conversion into another currency: an opening bracket or ", or", perhaps a hedge. */
const RESTATES = /^\s*(?:\(|,\s*or\s+)(?:(?:about|around|roughly|some|nearly|almost|approximately|over|more than)\s+)?$/i;

/** Reads a figure's measure in its sentence, for a figure that may have gained a rate. */
const measure0 = (f: Figure, sentence: string, start: number) => (g: Figure) => narrowedMeasure(measureOf(g, sentence, start, start + f.text.length), g, sentence, start, start + f.text.length);

/** A list item that opens with a label and a colon ("- Output: $2.2", "1. Input (cache hit): $0.14"). */
const LIST_ITEM = /^(?:[-•*–]|\d{1,2}[.)])\s+([^:\n\d]{1,40}):\s+/;
/** A rate stated once in a list's intro ("per million tokens"), in the form the figures use ("million tokens", "GPU-hour"). */
function perOf(intro: string): string | undefined {
  const m = /\bper\s+(?:(million|thousand|billion|1,000|1M)\s+)?(?:(?:input|output)\s+)?([\p{L}][\p{L}-]*)/u.exec(intro);
  if (!m || /^(?:cent|share|the|a|an|year|month|day)$/i.test(m[2]!)) return undefined;
  return m[1] ? `${m[1]} ${m[2]}` : m[2]!.replace(/(?<=[^s])s$/, '');
}
/** What the link stage records of a list item's figure: the rate from the intro, the measure read with the label, the subject the intro's last sentence names. */
function listItemFigure(
  f: Figure,
  ref: SentenceRef,
  under: { text: string; mentions: Mention[] },
  measureWith: (g: Figure) => string,
  carried: string | undefined,
  organisation: string | undefined,
  byslug: (slug: string) => Entity | undefined,
): FigureFact {
  const per = f.per ?? perOf(under.text);
  const g = per ? { ...f, per } : f;
  const measure = measureWith(g);
  const end = under.text.length;
  const subject = figureSubject({ text: under.text, mentions: under.mentions }, { start: end, end, measure }, { previous: carried, ...(organisation ? { organisation } : {}), paragraph: under.mentions, counted: [], byslug });
  return figureFact(g, ref, measure, subject);
}

/** The last entity a text named that can carry figures in later sentences. */
function lastCarried(mentions: readonly Mention[], byslug: (slug: string) => Entity | undefined): string | undefined {
  return mentions.findLast((m) => { const e = byslug(m.entity); return canCarry(e) && e.type !== 'place'; })?.entity;
}

const YEARISH = /(?:1[89]|20)\d\d/;

/**
 * Stage `link`: finds entity mentions in every body paragraph and links the first mention of each
 * entity per paragraph (readers arrive at paragraphs through citation anchors, so each paragraph
 * carries its own links; linking every mention would bury the text in links). Headings are never
 * linked. Also records, per sentence, the figures and years it states and the entities it names.
 */
export function link(article: Article, matcher: Matcher): LinkedArticle {
  const mentions: LinkedArticle['mentions'] = [];
  const figures: FigureFact[] = [];
  const years: YearFact[] = [];
  const byslug = (slug: string) => matcher.bySlug.get(slug);
  // The entity the text was last about, carried across sentences and paragraphs.
  let carried: string | undefined;
  // The organisation the text was last about: what "the company" refers to when the last entity is a policy or a place.
  let carriedOrganisation: string | undefined;
  // The model the text was last about: what "the model" refers to.
  let carriedModel: string | undefined;
  // The organisations the last sentence naming any named: which one "the Hangzhou-based company" is.
  let recentOrganisations: string[] = [];
  // The models the last sentence naming any named: "the model" is unambiguous after a sentence naming one.
  let recentModels: string[] = [];
  // The paragraph a list hangs from ("The numbers, per million tokens, for R1:"), while its items follow.
  let intro: { text: string; mentions: Mention[] } | undefined;
  // The first figure with a subject of the last sentence read: what "That figure" in the next one points back to.
  let lastFigure: FigureFact | undefined;
  // The name the gazetteer lacks that the text was last about ("Mistral, founded in 2023, has raised… Its valuation…"), and the
  // words the article writes capitalised inside sentences (read once, where needed: see name-subject.ts).
  let carriedName: string | undefined;
  let insideNames: Set<string> | undefined;
  // "¥" is the yen in an article about Japan, else the yuan (see yen-sign.ts).
  const texts = [article.title, ...article.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))];
  const yenSign = yenSignCurrency(texts);
  // A bare "$" is the local dollar in a paper that marks US dollars (see dollar-sign.ts).
  const dollarSign = dollarSignCurrency(texts);
  const inside = () => (insideNames ??= namesInside(texts));
  const body = article.body.map((block) => {
    if (block.type !== 'paragraph') {
      intro = undefined;
      return block;
    }
    const found = findMentions(block.text, matcher);
    const links: EntityLink[] = [];
    const linked = new Set<string>();
    for (const m of found) {
      if (linked.has(m.entity)) continue;
      linked.add(m.entity);
      links.push({ start: m.start, end: m.end, entity: m.entity });
    }

    // Figures, except digits inside a name ("Llama 3.1", "Fire-Flyer 2").
    const inName = (at: number) => found.some((m) => at >= m.start && at < m.end);
    const figs = extractFigures(block.text)
      .filter((f) => !inName(f.index + f.text.search(/\d/)))
      .map((f) => withDollarSign(withYenSign(f, yenSign), block.text, dollarSign));
    // A list item "Label: amount" under a paragraph ending in a colon continues that paragraph's last sentence.
    const item = LIST_ITEM.exec(block.text);
    const under = item ? intro : undefined;
    if (/:\s*$/.test(block.text)) {
      const last = sentencesOf(block.text).at(-1);
      intro = { text: block.text, mentions: found.filter((m) => !last || m.start >= last.start) };
    } else if (!under) intro = undefined;
    // Years for the timeline (most paragraphs have none: skip the full number scan for them).
    const yearsHere = YEARISH.test(block.text) ? extractNumbers(block.text).filter((n) => n.kind === 'year' && !inName(n.index)) : [];
    if (found.length === 0 && figs.length === 0 && yearsHere.length === 0) return { ...block, links };
    // Walk sentences, mentions and figures together (all sorted by offset).
    let mi = 0;
    let fi = 0;
    let yi = 0;
    const recorded = new Set<string>();
    for (const seg of sentencesOf(block.text)) {
      // The trimmed sentence: what its offsets point at.
      const lead = block.text.slice(seg.start, seg.end).search(/\S/);
      const s = { text: seg.text, start: seg.start + Math.max(0, lead), end: seg.start + Math.max(0, lead) + seg.text.length };
      const ref = { p: block.n, start: s.start, end: s.end };
      const inSentence: Mention[] = [];
      while (mi < found.length && found[mi]!.start < seg.end) inSentence.push(found[mi++]!);
      const stated: Figure[] = [];
      while (fi < figs.length && figs[fi]!.index < seg.end) stated.push(figs[fi++]!);
      const named = [...new Set(inSentence.map((m) => m.entity))];
      for (const e of named) {
        if (recorded.has(e)) continue;
        recorded.add(e);
        mentions.push({ entity: e, p: ref.p, start: ref.start, end: ref.end });
      }
      while (yi < yearsHere.length && yearsHere[yi]!.index < seg.end) years.push({ p: ref.p, start: ref.start, end: ref.end, year: yearsHere[yi++]!.value, entities: named });
      // What the sentence's figures are read against; the same for each. Figures' own spans: a name inside one ("2,048 H800 chips") is counted, not a subject.
      // Records are built field by field, not by spreads, which make slow dictionary-mode objects (this runs per figure).
      const context = { previous: carried, organisation: carriedOrganisation || undefined, organisations: recentOrganisations, model: carriedModel, models: recentModels, paragraph: found, counted: stated.map((g) => [g.index, g.end] as [number, number]), byslug };
      let prior: { f: Figure; fact: FigureFact } | undefined;
      const pointsBack = FIGURE_REFERENCE.test(s.text) ? lastFigure : undefined;
      const recordedBefore = figures.length;
      let namedHere: string | undefined;
      const rates: { measure: string; end: number }[] = [];
      // What the figures are read against: the sentence after a dateline ("HANGZHOU, China, March 18 — …"), whose place is where the story was filed.
      const from = s.start + datelineLength(s.text);
      const readable = from > s.start ? inSentence.filter((m) => m.start >= from) : inSentence;
      for (const f of stated) {
        // Offsets within the (trimmed) sentence.
        const start = f.index - s.start;
        // "$600bn (£480bn)", "380 billion yuan, or some US$53 billion": the same amount in another currency is the same figure, of the same subject and measure.
        if (prior && f.kind === 'money' && prior.f.kind === 'money' && f.unit !== prior.f.unit && RESTATES.test(block.text.slice(prior.f.end, f.index))) {
          const { fact } = prior;
          figures.push(figureFact(f, ref, fact.measure, fact.entity ? { entity: fact.entity, from: fact.subjectFrom ?? 'context' } : fact.subjectName ? { name: fact.subjectName, from: fact.subjectFrom ?? 'context' } : undefined));
          continue;
        }
        if (under && f.index <= item![0].length + 12) {
          figures.push(listItemFigure(f, ref, under, measure0(f, s.text, start), carried, carriedOrganisation, byslug));
          continue;
        }
        let measure = narrowedMeasure(measureOf(f, s.text, start, start + f.text.length), f, s.text, start, start + f.text.length);
        // A bare amount set against a token price just stated ("…per million output tokens, compared with $60 for o1") is that price.
        if (f.kind === 'money' && !f.per) measure = comparedRate(s.text, start, rates) ?? measure;
        else if (f.per) rates.push({ measure, end: start + f.text.length });
        // Not what the sentence's subject is compared with ("outperformed Zephyr on …, with a score of 89.4").
        let subject = figureSubject({ text: block.text, mentions: notComparedObjects(readable, block.text, f.index) }, { start: f.index, end: f.end, measure }, context);
        // "That figure comes from 2.788 million GPU-hours": a sentence naming nothing that points back at the figure just stated is about that figure's subject.
        if (pointsBack && subject?.from !== 'sentence' && RESTS_ON.test(block.text.slice(s.start, f.index))) subject = { entity: pointsBack.entity!, from: pointsBack.subjectFrom ?? 'context' };
        // A company that "fell 17%" is its shares.
        // Only where the sentence names the company: "Ad spending fell 40%" after a paragraph about it is not its shares.
        // Not where the clause names what changed ("the company's net profit rose 57 percent").
        // Nor where a trailing ", up 259%" changes the quantity the sentence opened with ("Capital expenditure reached $4.4bn, up 259%").
        const changed = TRAILING_CHANGE.test(block.text.slice(s.start, f.index)) ? block.text.slice(s.start, f.index) : block.text.slice(Math.max(s.start, f.index - 60), f.index).replace(/^[^,;:—–]*[,;:—–]/, '');
        if (measure === 'change' && subject?.from === 'sentence' && byslug(subject.entity)?.type === 'organisation' && !CHANGED_QUANTITY.test(changed)) measure = 'share price change';
        // Revenue "from China" is a part of the company's revenue: a measure of its own.
        // A place glued to a word ("Hangzhou-based") describes the company, not where the money comes from.
        // "China's largest contract chipmaker": a place owning a description of a company describes the company, it is not where the money comes from.
        // A place named after the figure scopes it only within its clause ("$130.5 billion, which puts China at 13%", "$44 billion … even after being shut out of China" are the whole revenue).
        const place = readable.find(
          (m) => byslug(m.entity)?.type === 'place' && m.entity !== subject?.entity && block.text[m.end] !== '-' && !DESCRIBES_COMPANY.test(block.text.slice(m.end, m.end + 60)) && (m.start < f.index || !/[,;:—–]|\b(?:which|who|while|whereas|but|after|before|despite|although|though|because|since|even)\s/.test(block.text.slice(f.end, m.start))),
        );
        if (place) measure = placeScoped(measure, byslug(place.entity)!.name);
        // Revenue of one part of the business ("data center revenue") is not the company's revenue.
        else measure = segmentScoped(measure, s.text, start, start + f.text.length, (at) => inSentence.some((m) => at + s.start >= m.start && at + s.start < m.end));
        // Net income, operating profit, earnings per share: which profit, once the subject is read against 'profit'.
        measure = profitMeasure(measure, s.text, start, start + f.text.length);
        // No entity the sentence names: a name the gazetteer lacks, if the sentence says the figure is its (see name-subject.ts).
        // Where the text was last about such a name, "its" or "the start-up" is it, not the entity named before it.
        const pointing = subject?.from === 'sentence' && !!carriedName && !readable.some((m) => m.start < f.index);
        // The entity named only as part of a longer name the gazetteer lacks ("Acme's Zephyr-9", "Zephyr Turbo"): the figure is that name's.
        const own = subject?.from === 'sentence' ? inSentence.filter((m) => m.entity === subject!.entity) : [];
        const longer = own.map((m) => extendedName(s.text, s.start, m, byslug(m.entity), inSentence));
        const extended = longer.length > 0 && longer.every((n) => n && n === longer[0]) ? longer[0] : undefined;
        const name = extended ? { name: extended, from: 'sentence' as const, named: true } : nameSubject(block.text.slice(from, f.index), from, block.text.slice(f.end, s.end), readable, carriedName, inside, subject?.from !== 'sentence' ? 'all' : pointing ? 'pointing' : 'valued');
        // A short form of a gazetteer name ("Ernie" for Ernie Bot) is that entity.
        const short = name && shortFormOf(name.name, matcher.byAlias);
        if (name?.named && !short) namedHere = name.name;
        prior = { f, fact: figureFact(f, ref, measure, short ? { entity: short, from: name.from } : (name ?? subject)) };
        figures.push(prior.fact);
      }
      // The figure a next sentence's "That figure" points back to: the first with a subject in this sentence, if it states any.
      lastFigure = figures.slice(recordedBefore).find((g) => g.entity);
      // What later sentences point back to ("It employs…"): not a name inside a figure, nor, where a name comes before them, a
      // name in a relative clause or an agent's phrase ("DeepSeek was founded by Liang, who also runs HighFlyer").
      const outsideFigures = readable.filter((m) => !stated.some((g) => m.start >= g.index && m.end <= g.end));
      // Nor a point of comparison ("the best open model since DeepSeek's R1", "cheaper than o1"), nor what was used ("… on Nvidia H800 chips"): the text is not about it.
      const main = outsideFigures.filter(
        (m, i) => i === 0 || !(RELATIVE_BEFORE.test(block.text.slice(outsideFigures[0]!.end, m.start)) || AGENT.test(block.text.slice(Math.max(0, m.start - 20), m.start)) || MEANS_BEFORE.test(block.text.slice(Math.max(0, m.start - 40), m.start)) || COMPARED_WITH.test(block.text.slice(Math.max(0, m.start - 40), m.start)) || OBJECT_OF.test(block.text.slice(outsideFigures[0]!.end, m.start)) || REPORTED_THAT.test(block.text.slice(outsideFigures[0]!.end, m.start))),
      );
      // A sentence about a name the gazetteer lacks ("Zorvex shares fell 9%.") moves the text on from what it last named:
      // "the company" after it is not that.
      if (main.length === 0 && unknownSubject(s.text.replace(/[.!?]["”’]?\s*$/, ''), s.start, inSentence)) {
        carried = undefined;
        carriedOrganisation = undefined;
        carriedModel = undefined;
      }
      carried = lastCarried(main, byslug) ?? carried;
      carriedOrganisation = main.findLast((m) => byslug(m.entity)?.type === 'organisation')?.entity ?? carriedOrganisation;
      const organisations = main.filter((m) => byslug(m.entity)?.type === 'organisation').map((m) => m.entity);
      if (organisations.length) recentOrganisations = organisations;
      const models = [...new Set(outsideFigures.filter((m) => byslug(m.entity)?.type === 'model').map((m) => m.entity))];
      if (models.length) recentModels = models;
      carriedModel = main.findLast((m) => byslug(m.entity)?.type === 'model')?.entity ?? carriedModel;
      // A sentence about a name the gazetteer lacks moves the text on to it: "its" or "the start-up" after it is that name.
      namedHere ??= main.length === 0 ? openingName(s.text, s.start, inSentence, inside) : undefined;
      if (namedHere) carriedName = namedHere;
      else if (main.length > 0) carriedName = undefined;
    }
    return { ...block, links };
  });
  return { ...article, body, mentions, figures, years };
}
