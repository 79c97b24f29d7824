/**
 * Scoring the reported cross-article disagreements against the labelled groups and traps.
 * A reported figure is identified by its article file and value (within 0.5%).
 */
import type { DisagreementLabels, Member } from './labels.ts';
import { closeTo, measuresAgree, subjectsAgree } from './score.ts';
import type { DisagreementView } from './view.ts';

/** A reported disagreement with its members' sources turned into article file names. */
export interface Reported {
  subject?: string;
  measure?: string;
  kind?: string;
  members: { file: string; value: number; text?: string }[];
}

export const toReported = (d: DisagreementView, fileOf: (slug: string) => string): Reported => ({
  ...(d.subject ? { subject: d.subject } : {}),
  ...(d.measure ? { measure: d.measure } : {}),
  ...(d.kind ? { kind: d.kind } : {}),
  members: d.members.map((m) => ({ file: fileOf(m.source), value: m.value, ...(m.text ? { text: m.text } : {}) })),
});

const holds = (r: Reported, m: Member) => r.members.some((x) => x.file === m.file && closeTo(x.value, m.value));

/** The labelled sources of a group that a reported disagreement holds, counted by distinct file. */
const filesHeld = (r: Reported, sources: readonly Member[]) => new Set(sources.filter((m) => holds(r, m)).map((m) => m.file));

export interface DisagreementScore {
  expected: number;
  /** Expected groups that some reported disagreement covers with figures from two or more of its sources. */
  found: {
    subject: string;
    measure: string;
    kind: string;
    kindReported?: string;
    sourcesHeld: number;
    sourcesTotal: number;
    /** Figures of the reported disagreement that are not of this group (lumped-in look-alikes). */
    foreign: string[];
    subjectAgrees?: boolean;
    measureAgrees?: boolean;
  }[];
  missed: { subject: string; measure: string; kind: string }[];
  reported: number;
  /** Reported disagreements that match no expected group. */
  invented: { subject?: string; measure?: string; members: string[] }[];
  traps: number;
  /** Traps whose parts some reported disagreement mixes. */
  trapsHit: { name: string; members: string[] }[];
}

const show = (r: Reported) => r.members.map((m) => `${m.file}: ${m.text ?? m.value}`);

export function scoreDisagreements(labels: DisagreementLabels, reported: readonly Reported[]): DisagreementScore {
  const found: DisagreementScore['found'] = [];
  const missed: DisagreementScore['missed'] = [];
  const matched = new Set<Reported>();
  for (const g of labels.expected) {
    // The reported disagreement holding the most of the group's sources stands for it.
    const best = reported
      .map((r) => ({ r, n: filesHeld(r, g.sources).size }))
      .filter((x) => x.n >= 2)
      .sort((x, y) => y.n - x.n)[0];
    for (const r of reported) if (filesHeld(r, g.sources).size >= 2) matched.add(r);
    if (!best) {
      missed.push({ subject: g.subject, measure: g.measure, kind: g.kind });
      continue;
    }
    found.push({
      subject: g.subject,
      measure: g.measure,
      kind: g.kind,
      ...(best.r.kind ? { kindReported: best.r.kind } : {}),
      sourcesHeld: best.n,
      sourcesTotal: new Set(g.sources.map((m) => m.file)).size,
      foreign: best.r.members.filter((x) => !g.sources.some((m) => m.file === x.file && closeTo(x.value, m.value))).map((x) => `${x.file}: ${x.text ?? x.value}`),
      ...(best.r.subject ? { subjectAgrees: subjectsAgree(g.subject, best.r.subject) } : {}),
      ...(best.r.measure ? { measureAgrees: measuresAgree(g.measure, best.r.measure) } : {}),
    });
  }
  const trapsHit = labels.traps.flatMap((t) => {
    const hit = reported.find((r) => t.parts.filter((part) => part.some((m) => holds(r, m))).length >= 2);
    return hit ? [{ name: t.name, members: show(hit) }] : [];
  });
  return {
    expected: labels.expected.length,
    found,
    missed,
    reported: reported.length,
    invented: reported.filter((r) => !matched.has(r)).map((r) => ({ ...(r.subject ? { subject: r.subject } : {}), ...(r.measure ? { measure: r.measure } : {}), members: show(r) })),
    traps: labels.traps.length,
    trapsHit,
  };
}
