/**
 * Kinds of evidence for whose a figure is that override nearness (figure-subject.ts asks): a product
 * named as its maker's description ("the ChatGPT maker" is the product's maker), the thing a deal
 * values ("investing $14bn in Orbis, valuing the start-up at $29bn" is Orbis's valuation, not the
 * investor's), and the chip a rate per GPU-hour rents ("$2 per GPU-hour for Nvidia H100s").
 */
import type { Entity } from '../core/entity.ts';
import type { Mention } from '../core/match.ts';

/** Right after a product's name, a word making it its maker's description ("the ChatGPT maker", "the Doubao developer"). */
const MAKER_AFTER = /^[\s-]+(?:maker|developer|owner|creator|operator)\b/i;
/** Right before it, the same the other way round ("the maker of ChatGPT"). */
const MAKER_BEFORE = /\b(?:maker|developer|owner|creator|operator)\s+of\s+(?:the\s+)?$/i;

/** The sentence's mentions, a product named as its maker's description standing for the maker ("the ChatGPT maker" → OpenAI). */
export function makersForProducts(text: string, mentions: readonly Mention[], byslug: (slug: string) => Entity | undefined): readonly Mention[] {
  return mentions.map((m) => {
    const parent = byslug(m.entity)?.parent;
    if (!parent || byslug(parent)?.type !== 'organisation') return m;
    return MAKER_AFTER.test(text.slice(m.end, m.end + 12)) || MAKER_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) ? { ...m, entity: parent } : m;
  });
}

/** The lead ends with a deal valuing a description of a company ("valuing the data-labelling start-up at", "a deal that values the eight-year-old firm at"). */
const VALUES_DESCRIBED = /\bvalu(?:e|es|ed|ing)\s+(?:the|this)\s+(?:[\p{L}\d-]+\s+){0,2}(?:start-?up|company|firm|lab|group|developer|maker|business)\s+at\s+(?:(?:about|around|roughly|nearly|more than|over|some)\s+)?$/iu;
/** Right before a name: the money went into it ("invest $14bn in", "a stake in", "acquire"). */
const INTO = /\b(?:in|into|acquir(?:e|es|ed|ing)|bought|buy(?:s|ing)?)\s+(?:the\s+)?$/i;

/** The organisation a deal valuing "the start-up" values: the one named as what the money went into, before the figure. */
export function valuedTarget(text: string, start: number, lead: string, usable: readonly Mention[], byslug: (slug: string) => Entity | undefined): Mention | undefined {
  if (!VALUES_DESCRIBED.test(lead)) return undefined;
  const targets = usable.filter((m) => m.end <= start && byslug(m.entity)?.type === 'organisation' && INTO.test(text.slice(Math.max(0, m.start - 24), m.start)));
  return targets.length === 1 ? targets[0] : undefined;
}

/** A rate per GPU-hour: what one chip costs to rent. */
const PER_GPU_HOUR = /\bper\s+GPU[- ]hours?\b/i;

/** The chip a rental rate per GPU-hour is for, where the sentence names exactly one (perhaps inside a count: "a node with eight H100 GPUs … for $2 per GPU-hour"). */
export function rentedChip(figureText: string, mentions: readonly Mention[], byslug: (slug: string) => Entity | undefined): string | undefined {
  if (!PER_GPU_HOUR.test(figureText)) return undefined;
  const chips = new Set(mentions.filter((m) => byslug(m.entity)?.type === 'chip' && byslug(m.entity)?.parent).map((m) => m.entity));
  return chips.size === 1 ? [...chips][0] : undefined;
}

