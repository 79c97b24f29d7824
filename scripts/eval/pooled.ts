/**
 * `node scripts/eval/pooled.ts [--details]`: the ledger's disagreements over every open labelled set at
 * once, as a site holding all their articles would report them. Each set was tuned alone, so across sets
 * the disagreement finder meets pairs of figures nobody tuned it on, as it does on a blind set (where
 * it invented 2–3 groups each on holdout25 and holdout26 while every open set reads 0). Each reported group
 * is judged by its members' labels ({@link judgeGroup}): *lumped* when two labelled members are, by their
 * labels, different measures or subjects; *consistent* when all agree; *unjudged* with fewer than two
 * labelled members. The set-level groups and traps are scored as `npm run eval` scores them. Never reads a
 * blind set.
 */
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileGazetteer } from '../core/match.ts';
import { loadArticles } from '../ingest/load.ts';
import { ingestAll, slugForFile } from '../ingest/pipeline.ts';
import { buildKnowledge } from '../knowledge/index.ts';
import { loadGazetteer } from '../knowledge/load-gazetteer.ts';
import { type DevSet, type LabelFigure, loadDevSet } from './labels.ts';
import { BLIND_SETS, EVAL_SETS, subjectsByName } from './run.ts';
import { type Reported, scoreDisagreements, toReported } from './score-disagreements.ts';
import { closeTo, measuresAgree, subjectsAgree } from './score.ts';
import { disagreementView } from './view.ts';

export type Verdict = 'consistent' | 'lumped' | 'unjudged';

/** The labels that may stand for one reported member: the labelled figures of its file with its value. */
const labelsOfMember = (m: Reported['members'][number], labelsOf: (file: string) => readonly LabelFigure[]) =>
  labelsOf(m.file).filter((f) => closeTo(m.value, f.value) || (f.high !== undefined && closeTo(m.value, f.high)));

const asList = (s: LabelFigure['subject']): readonly string[] => (typeof s === 'string' ? [s] : s);
/** Two labelled figures are one measure of one subject: the measures agree as the eval compares them, and some acceptable subject of each agrees. */
const sameThing = (a: LabelFigure, b: LabelFigure) =>
  (measuresAgree(a.measure, b.measure) || measuresAgree(b.measure, a.measure)) && asList(b.subject).some((s) => subjectsAgree(a.subject, s));

/**
 * Judges a reported group by its members' labels. A member may match several labelled figures of its file
 * (one value labelled twice); two members agree when any pair of their candidates is the same thing, so a
 * group is lumped only when the labels leave no reading under which two members agree.
 */
export function judgeGroup(group: Reported, labelsOf: (file: string) => readonly LabelFigure[]): { verdict: Verdict; labels: (readonly LabelFigure[])[] } {
  const labels = group.members.map((m) => labelsOfMember(m, labelsOf)).filter((c) => c.length > 0);
  if (labels.length < 2) return { verdict: 'unjudged', labels };
  const agree = (a: readonly LabelFigure[], b: readonly LabelFigure[]) => a.some((x) => b.some((y) => sameThing(x, y)));
  const lumped = labels.some((a, i) => labels.slice(i + 1).some((b) => !agree(a, b)));
  return { verdict: lumped ? 'lumped' : 'consistent', labels };
}

/** Every open set's labels, with subjects read through the gazetteer as the eval reads them. */
async function openSets(root: string, byAlias: Parameters<typeof subjectsByName>[1]): Promise<DevSet[]> {
  const dirs = EVAL_SETS.filter((d) => !BLIND_SETS.includes(d));
  return Promise.all(dirs.map(async (d) => subjectsByName(await loadDevSet(resolve(root, d)), byAlias)));
}

export async function runPooled(root: string) {
  const entities = await loadGazetteer(root);
  const matcher = compileGazetteer(entities);
  const sets = await openSets(root, matcher.byAlias);
  const labelled = new Map(sets.flatMap((s) => [...s.articles]));
  // Articles are told apart by file name (as the ledger's slugs are): two sets must not share one.
  const files = sets.flatMap((s) => [...s.articles.keys()]);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new Error(`${twice} is in two labelled sets: rename one, as the pooled corpus tells articles apart by file name`);
  const raws = (await Promise.all(sets.map((s) => loadArticles(s.dir, root)))).flat().filter((r) => labelled.has(basename(r.file)));
  const result = ingestAll(raws, matcher);
  const fileOfSlug = new Map([...labelled.keys()].map((f) => [slugForFile(f), f]));
  const list: unknown = buildKnowledge(result.articles, entities).disagreements;
  const reported = (Array.isArray(list) ? list : []).map((d) => toReported(disagreementView(d), (slug) => fileOfSlug.get(slug) ?? slug));
  const labelsOf = (file: string) => labelled.get(file)?.figures ?? [];
  const judged = reported.map((group) => ({ group, ...judgeGroup(group, labelsOf) }));
  const expected = { expected: sets.flatMap((s) => s.disagreements.expected), traps: sets.flatMap((s) => s.disagreements.traps) };
  return { articles: result.articles.length, errors: result.errors.length, judged, labelsOf, score: scoreDisagreements(expected, reported) };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { details: { type: 'boolean', default: false } } });
  const { articles, errors, judged, labelsOf, score } = await runPooled(process.cwd());
  const count = (v: Verdict) => judged.filter((j) => j.verdict === v).length;
  console.log(`articles ${articles} (${errors} errors); groups reported ${judged.length}: consistent ${count('consistent')}, lumped ${count('lumped')}, unjudged ${count('unjudged')}`);
  console.log(`labelled groups found ${score.found.length} of ${score.expected}; matching none ${score.invented.length}; traps fallen into ${score.trapsHit.length} of ${score.traps}`);
  if (values.details) {
    for (const j of judged.filter((x) => x.verdict === 'lumped')) {
      console.log(`\nlumped: ${j.group.subject ?? '?'} / ${j.group.measure ?? '?'}`);
      for (const m of j.group.members) {
        const l = labelsOfMember(m, labelsOf);
        console.log(`  ${m.file}: ${m.text ?? m.value}${l.length ? `  [${l.map((f) => `${asList(f.subject).join('|')} / ${f.measure}`).join('; ')}]` : ''}`);
      }
    }
    for (const t of score.trapsHit) console.log(`\ntrap ${t.name}:\n  ${t.members.join('\n  ')}`);
  }
}
