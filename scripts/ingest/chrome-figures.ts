/**
 * Whether a line holds a figure, for the chrome rules that take whole sentences by their place or their
 * voice: such a line is the story's unless its figure is only a year ("Published since 1898", "at a
 * conference in 2024") or part of a name ("Kimi K2", "the H20", "GPT-4").
 */

/** A year, 1800–2099, as a whole word. */
const YEAR = /\b(?:1[89]|20)\d{2}\b/g;
/** A digit that starts a number: not inside a word or a name after a letter or a hyphen ("K2", "GPT-4"). */
const NUMBER = /(?<![\p{L}\d-])\d/u;

/** A figure other than a year or a digit in a name. */
export const hasFigure = (t: string) => NUMBER.test(t.replace(YEAR, ''));
