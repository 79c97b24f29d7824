import type { Segment } from '../core/article.ts';
import { words, type Unit } from './units.ts';

/** A market quote widget's symbols, titles and footnote around figures the line rules took as a widget, for markChrome (chrome-blocks.ts). */

/** A market widget's footnote: data "as of" a time, or "delayed". */
const WIDGET_NOTE = /\b(?:data|prices?|quotes?|figures|levels)\b[^.]{0,30}\b(?:as of|delayed)\b|\bas of (?:market )?close\b/i;

/** A stock symbol alone on a line ("NVDA"), as quote widgets print it above its price change. */
const TICKER = /^(?:[A-Z]{2,8}:\s?)?[A-Z]{1,5}(?:\.[A-Z]{1,2})?$/;

/**
 * A quote widget: stock symbols each followed by a price change already marked as a widget
 * ("NVDA" / "-2.5%"), and the short label ending in a colon above them ("In this story:").
 */
export function markQuotes(us: readonly Unit[], out: Map<number, Segment>): void {
  const isChange = (j: number) => {
    const s = out.get(j);
    return s?.kind === 'boilerplate' && s.reason === 'widget' && /%$/.test(us[j]!.text);
  };
  const widget = (j: number) => out.set(j, { kind: 'boilerplate', line: us[j]!.line, text: us[j]!.text, reason: 'widget' });
  for (let i = 0; i + 1 < us.length; i++) {
    if (!TICKER.test(us[i]!.text) || out.has(i) || !isChange(i + 1)) continue;
    widget(i);
    const label = i - 1;
    if (label >= 0 && !out.has(label) && /:$/.test(us[label]!.text) && words(us[label]!.text) <= 4) widget(label);
  }
  // A market widget's title and its first item's name above its figures ("Market Snapshot" / "Dow 44,713.58 +0.65%",
  // "MARKETS" / "Nasdaq" / "19,341.83" / "-3.07%"): up to two short lines, not sentences, right above two or more figure widgets.
  const isFigure = (j: number) => {
    const s = out.get(j);
    return s?.kind === 'boilerplate' && s.reason === 'widget' && /\d/.test(us[j]!.text);
  };
  const isLabel = (j: number) => j >= 0 && !out.has(j) && words(us[j]!.text) <= 3 && !/[.!?,;:"“”]$/.test(us[j]!.text) && !/\d{2}/.test(us[j]!.text);
  for (let i = 1; i < us.length; i++) {
    if (!isFigure(i) || isFigure(i - 1) || [1, 2, 3].filter((k) => isFigure(i + k)).length < 1) continue;
    for (let j = i - 1; j >= i - 2 && isLabel(j); j--) widget(j);
  }
  // The widget's footnote right under its last figure: "Oil data as of 4:30pm CET.", "Quotes delayed 15 minutes."
  for (let i = 1; i < us.length; i++) {
    if (isFigure(i - 1) && !WIDGET_NOTE.test(us[i - 1]!.text) && !out.has(i) && words(us[i]!.text) <= 16 && WIDGET_NOTE.test(us[i]!.text)) widget(i);
  }
}
