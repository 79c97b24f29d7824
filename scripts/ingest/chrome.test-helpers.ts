import { segment } from './segment.ts';

/**
 * Test helper shared by the chrome tests: each line of an article's text → what the ingest made of it
 * (a boilerplate reason, or the segment's kind; with `roles`, a metadata line's role too: "meta section").
 */
export const byText = (text: string, { roles = false }: { roles?: boolean } = {}) =>
  new Map(segment(text).map((s) => [s.text, s.kind === 'boilerplate' ? s.reason : roles && s.kind === 'meta' ? `meta ${s.role}` : s.kind]));
