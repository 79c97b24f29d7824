import type { CaptureEdits, CaptureReader } from './capture-shape.ts';

/**
 * Substack closes a post, whatever the publication, with its fixed subscribe box: "Thanks for reading
 * <Publication>! Subscribe for free to receive new posts and support my work." The box is the platform's,
 * and it states the publication's name: taken out of the text, and read as the publisher.
 */
const THANKS = /^Thanks for reading ([^!\n]{2,60})! Subscribe for free to receive new posts and support (?:my|our) work\.?$/;

export const readSubstack: CaptureReader = (lines) => {
  const edits: CaptureEdits = new Map();
  lines.forEach((l, i) => {
    const name = THANKS.exec(l.trim())?.[1]?.trim();
    if (name) edits.set(i, edits.size ? null : { facts: [{ kind: 'meta', role: 'publisher', value: name }] });
  });
  return edits.size ? { tool: 'substack', edits } : undefined;
};
