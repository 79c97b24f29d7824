import type { CaptureEdits, CaptureReader } from './capture-shape.ts';

/**
 * An e-paper reader's article view (PressReader) copied with its page: the reader closes every article
 * with its own imprint, "Printed and distributed by PressReader", its address and telephone number, and
 * the copyright notice it prints for the publisher. Those lines are the reader's, whatever the paper.
 */
const IMPRINT = /^printed and distributed by pressreader$/i;
const IMPRINT_LINES = /^(?:printed and distributed by pressreader|pressreader\.com(?:\s+[+\d][\d\s()-]{6,})?|copyright and protected by applicable law)$/i;
/** The imprint's lines stand together, within this many lines of its first. */
const IMPRINT_SPAN = 4;

export const readEpaper: CaptureReader = (lines) => {
  const at = lines.findIndex((l) => IMPRINT.test(l.trim()));
  if (at < 0) return undefined;
  const edits: CaptureEdits = new Map();
  for (let i = Math.max(0, at - IMPRINT_SPAN); i < Math.min(lines.length, at + IMPRINT_SPAN); i++) if (IMPRINT_LINES.test(lines[i]!.trim())) edits.set(i, null);
  return { tool: 'pressreader', edits };
};
