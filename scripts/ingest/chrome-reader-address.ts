import nlp from 'compromise';
import { chromeReason, type BoilerplateReason, type Segment } from '../core/article.ts';
import { hasFigure } from './chrome-figures.ts';
import { memoize } from './memo.ts';
import type { ProseBlock } from './prose-block.ts';
import { endsSentence, type Unit } from './units.ts';

/**
 * Promos that talk to the reader, told by their voice and their place once the story's prose block is
 * known: a line outside the block that addresses the reader (opens with a command, or says "you") between
 * two pieces of chrome, one of them a prompt, a widget or an advert ("Listen to this story" / "Save time by
 * listening as you commute" / "Share"); and a sign-up box below the story — the pitch to the reader right
 * above its bare button, and the box's title above the pitch ("Chip Notes" / "Get the week's chip news,
 * delivered every Friday." / "Sign up"). The story's own sentences sit in the block, and a line with a
 * figure (other than a promo's price) or a quotation is never taken.
 */

/** Most words of a promo's line. */
const MAX_PROMO_WORDS = 25;
/** Most words of a sign-up box's title, and most lines of its pitch. */
const MAX_TITLE_WORDS = 8;
const MAX_PITCH_LINES = 2;
/** The reader addressed. */
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b|\byou['’](?:re|ll|ve|d)\b/i;
/** A promo's price or rate ("$1.50/wk", "€10 a month", "0% APR"): the only figure a promo may hold. */
const PRICE = /[$€£¥]\s?\d[\d.,]*(?:\s?(?:\/|per|a|an)\s?(?:month|mo|week|wk|year|yr|day))?|\b\d+(?:\.\d+)?%\s?(?:off|APR)\b/gi;
/** A sign-up box's bare button: "Sign up", "Subscribe now", "Join free". */
const SIGN_UP_BUTTON = /^(?:sign ?up|subscribe|join|register|get it|sign me up)(?: now| today| here| for free| free)?\s*[.!→»]?$/i;
/** Reasons of the chrome a promo belongs to. */
const PROMO_REASONS = new Set<BoilerplateReason>(['share or subscribe prompt', 'widget', 'advertisement']);

/** Opens with a verb in its bare form, as a command does: "Read it now.", "Save time by …", "Get the week's …". */
const opensWithCommand = memoize((t: string) => {
  const first = (nlp(t).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0];
  return !!first && first.tags.includes('Infinitive');
});

/** A line that talks to the reader: a command or a "you", with no figure but a price and no quotation. */
export function addressesReader(t: string, n: number): boolean {
  if (n > MAX_PROMO_WORDS || hasFigure(t.replace(PRICE, '')) || /["“”]/.test(t)) return false;
  return SECOND_PERSON.test(t) || opensWithCommand(t);
}

/** A box's title: a few words, not a sentence, no figure. */
const isBoxTitle = (t: string, n: number) => n <= MAX_TITLE_WORDS && !endsSentence(t) && !/\d/.test(t);

/** Marks, into `taken`, the promos that talk to the reader outside the story's prose block. */
export function markReaderAddress(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[], block: ProseBlock | undefined): void {
  if (!block) return;
  const reasonOf = (i: number) => chromeReason(taken.get(i));
  const outside = (i: number) => i < block.start || i > block.end;
  const drop = (i: number, reason: BoilerplateReason) => taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  for (let i = 1; i + 1 < us.length; i++) {
    if (taken.has(i) || !outside(i)) continue;
    const above = reasonOf(i - 1);
    const below = reasonOf(i + 1);
    if (!above || !below) continue;
    const promo = [above, below].find((r) => PROMO_REASONS.has(r));
    if (promo && addressesReader(us[i]!.text, wc[i]!)) drop(i, promo);
  }
  // A sign-up box under the story: its pitch right above the button, and the title over the pitch.
  for (let b = block.end + 2; b < us.length; b++) {
    if (!reasonOf(b) || !SIGN_UP_BUTTON.test(us[b]!.text)) continue;
    let top = b;
    while (top - 1 > block.end && b - (top - 1) <= MAX_PITCH_LINES && !taken.has(top - 1) && addressesReader(us[top - 1]!.text, wc[top - 1]!)) top--;
    if (top === b) continue;
    if (top - 1 > block.end && !taken.has(top - 1) && isBoxTitle(us[top - 1]!.text, wc[top - 1]!)) top--;
    for (let k = top; k < b; k++) drop(k, 'share or subscribe prompt');
  }
}
