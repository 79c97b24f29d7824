/**
 * The base a change is measured from, named with no number of its own ("rose 69% from a year earlier
 * to $44.1 billion", "up 17% from the previous quarter", "year-on-year"). It says what a change is
 * compared against: it dates no figure as an earlier state, and it gives the span compared only to a
 * change itself (year-on-year growth is not quarter-on-quarter growth), never to the level the change
 * reached. A base with a figure of its own ("up from $26 billion a year earlier") is not one: that
 * figure is the earlier state.
 */

/** "From a year earlier", "than a year ago", "over the previous quarter", "compared with the same period last year", "year-on-year". */
const BASE =
  /\b(?:from|than|over|on|versus|vs\.?|against|compared (?:with|to))\s+(?:(?:a|the|one)\s+(?:year|quarter|month)\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding|same|last)\s+(?:year|quarter|month|period)(?:\s+(?:a\s+year\s+)?(?:earlier|ago|before)|\s+last\s+year)?|(?:last|the\s+previous)\s+year)\b|\b(?:year|quarter|month)[- ](?:on|over)[- ](?:year|quarter|month)\b|\b(?:YoY|QoQ)\b/gi;

/** A figure that is itself a change or a ratio ("69%", "three times"). */
const RELATIVE_FIGURE = /%|\bper ?cent\b|\bpercentage points?\b|\btimes\b|\d\s?x$/i;

/** Whether the figure's own text is a change or ratio, which keeps the base it is measured against as its span. */
export const isRelativeFigure = (figure: string) => RELATIVE_FIGURE.test(figure);

/** `sentence` with every change base blanked out (same length, so offsets hold). */
export const withoutChangeBases = (sentence: string) => sentence.replace(BASE, (m) => ' '.repeat(m.length));
