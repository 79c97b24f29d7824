import type { Segment } from '../core/article.ts';

/**
 * Of several dates in the header, the publication date is the one labelled "published" (or "posted",
 * "issued"), else the earliest; the others are other dates.
 */
export function choosePublished(segments: Map<number, Segment>): void {
  const dated = [...segments].filter(([, s]) => s.kind === 'date' || (s.kind === 'byline' && s.date)).sort(([a], [b]) => a - b);
  if (dated.length < 2) return;
  const iso = (s: Segment) => (s.kind === 'date' ? s.iso : s.kind === 'byline' ? s.date!.iso : '');
  const earliest = (xs: typeof dated) => xs.reduce((a, b) => (iso(b[1]).slice(0, 10) < iso(a[1]).slice(0, 10) ? b : a));
  const published = dated.find(([, s]) => /^(?:.*\s)?(?:(?:first |originally )?publish(?:ed)?|posted|issued|originally)\b/i.test(s.text));
  // An update, or the date of the edition a page sits in, never comes before the publication: the earliest is the safe choice.
  const pick = published ?? earliest(dated);
  for (const [i, s] of dated) {
    if (i === pick[0]) continue;
    if (s.kind === 'byline') {
      const { date: _, ...rest } = s;
      segments.set(i, rest);
    } else segments.set(i, { kind: 'meta', role: 'other date', line: s.line, text: s.text });
  }
}
