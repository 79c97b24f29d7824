/**
 * Starlight's code blocks (Expressive Code, highlighting with Shiki), made independent of the clock.
 *
 * Shiki stops tokenizing a line once 500 ms of wall time have passed since it began the line
 * (`tokenizeTimeLimit`, checked with Date.now() in vscode-textmate) and gives the rest of the line
 * as one token in one colour. A line takes microseconds, so only a build paused mid-line (a loaded
 * machine not scheduling it, a long garbage collection) reaches the limit, and then one code block
 * of one page (the Mermaid source under a topic page's diagram) comes out different: the cause of
 * the rare single-page differences between two builds (topics/capital, topics/overview), reproduced
 * by stopping a build with SIGSTOP while Vite compiles the pages. With no limit, a line is always
 * tokenized whole; the diagram sources are short and hand-written, so there is no runaway line to
 * guard against.
 */
import type { StarlightExpressiveCodeOptions } from '@astrojs/starlight/expressive-code';

/** The one Shiki option this sets: 0 is no time limit (vscode-textmate's `timeLimit`). */
interface TokenizeOptions {
  tokenizeTimeLimit?: number;
}

/** A Shiki transformer (its `preprocess` hook, the only one that sees the tokenizer's options) that turns the time limit off. */
export const wholeLines = {
  name: 'whole-lines',
  preprocess(_code: string, options: TokenizeOptions): undefined {
    options.tokenizeTimeLimit = 0;
  },
};

/** Starlight's `expressiveCode` option: Starlight's defaults, with every line tokenized whole whatever the time. */
export const expressiveCode: StarlightExpressiveCodeOptions = { shiki: { transformers: [wholeLines] } };
