import type { BoilerplateReason, Segment } from '../core/article.ts';
import type { Unit } from './units.ts';

/**
 * Chrome told by the label or the buttons beside it (markContext in chrome-context.ts calls this):
 * - a consent dialog: the text above its buttons ("We value your privacy" / "We and our 842 partners
 *   store and/or access information on a device …" / "Accept all" / "Reject all"), whatever its length;
 * - a notice under its label alone on a line ("Legal Disclaimer:" / "X provides this news content
 *   'as is' …"): the paragraph right under the label is the notice.
 */

/** Words of a consent dialog's heading and text. */
const CONSENT_WORD = /\b(?:privacy|cookies?|consent|partners|personal (?:data|information)|personali[sz]ed|your (?:data|choices|preferences)|on (?:a|your) device)\b/i;
/** Most lines of text above a consent dialog's buttons. */
const MAX_CONSENT_LINES = 3;
/** Most words of the dialog's text (the standard IAB wording runs to about a hundred). */
const MAX_CONSENT_WORDS = 150;
/** Most words of a consent dialog's heading, and fewest of the notice under it when no buttons follow. */
const MAX_HEADING_WORDS = 6;
const MIN_CONSENT_TEXT = 15;
/** A notice's label alone on its line. */
const NOTICE_LABEL = /^(?:(?:legal|important|investment|editorial|risk) )?(?:disclaimers?|disclosures?|notice)\s*:?$/i;
/** Most words of the notice under its label. */
const MAX_NOTICE_WORDS = 150;

/** Marks a consent dialog's text and a labelled notice's paragraph into `out`. */
export function markDialogs(us: readonly Unit[], out: Map<number, Segment>, wc: readonly number[]): void {
  const drop = (i: number, reason: BoilerplateReason) => out.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  const isButton = (i: number) => {
    const s = out.get(i);
    return s?.kind === 'boilerplate' && s.reason === 'cookie notice' && wc[i]! <= 3;
  };
  const isNotice = (i: number) => { const s = out.get(i); return s?.kind === 'boilerplate' && s.reason === 'cookie notice'; };
  for (let i = 0; i < us.length; i++) {
    // The first of two or more consent buttons in a row: the lines right above them, each about privacy, are the dialog's.
    if (isButton(i) && isButton(i + 1) && !isButton(i - 1)) {
      // (A line of the dialog the single-line rules already took is passed over.)
      const notice = (j: number) => { const s = out.get(j); return s?.kind === 'boilerplate' && s.reason === 'cookie notice'; };
      for (let j = i - 1; j >= 0 && j >= i - MAX_CONSENT_LINES && (notice(j) || (!out.has(j) && wc[j]! <= MAX_CONSENT_WORDS && CONSENT_WORD.test(us[j]!.text))); j--) drop(j, 'cookie notice');
    }
    // A consent notice copied without its buttons: its short heading right above it ("We value your privacy").
    if (!out.has(i) && wc[i]! <= MAX_HEADING_WORDS && CONSENT_WORD.test(us[i]!.text) && !/[.!?]$/.test(us[i]!.text) && wc[i + 1]! >= MIN_CONSENT_TEXT && isNotice(i + 1)) drop(i, 'cookie notice');
    const s = out.get(i);
    if (s?.kind === 'boilerplate' && NOTICE_LABEL.test(us[i]!.text) && i + 1 < us.length && !out.has(i + 1) && wc[i + 1]! <= MAX_NOTICE_WORDS) drop(i + 1, s.reason);
  }
}
