import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first. Each waits on a chain of child processes (builds, syncs,
 * `astro check`, the dev server) or drives the browser for a minute: started late, one of them ends the
 * run alone on one core while the other idles. Vitest's own order puts the longest first only when its
 * cache holds the last run's durations; a clean clone (CI) has none, and there it orders by file size,
 * which started the reproducibility check's chain of builds after the seed build instead of beside it,
 * and the content loader's four Astro runs and `astro check` among the last files. So the order is
 * written here, measured on full runs (the longest first), whatever the project: a file of another
 * project than the worker's last starts a fresh worker (about a second), for these few files only.
 */
export const LONGEST_FIRST = [
  // Its clean offline build starts when the file loads, beside the seed build; then a rebuild.
  'tests/site/reproducible.test.ts',
  // Its own build (with a 5 MB article), then Chromium over every page a payload reached.
  'tests/fuzz/hostile.test.ts',
  // Its own 267-article build, beside the seed build.
  'tests/site/knowledge.test.ts',
  // Three `astro sync` runs and a strict build, one after another, in its own project copy.
  'tests/articles-loader.test.ts',
  // `astro check` as soon as the seed build has ended.
  'tests/site/typecheck.test.ts',
  'tests/e2e/page-types.test.ts',
  'tests/e2e/site.test.ts',
  'tests/e2e/diagrams.test.ts',
  'tests/eval.test.ts',
  'scripts/ingest/parallel.test.ts',
  'tests/dev-loop.test.ts',
  'tests/check.test.ts',
  // In-process and CPU-bound, but long enough to end the run if a clean clone's order put them last.
  'scripts/ingest/header-order.property.test.ts',
  'scripts/dependency-rules.test.ts',
  'tests/e2e/citations.test.ts',
];

/**
 * After those, the fuzz and site files (which start builds of their own), then the browser files, then
 * the tool and unit files (the `node` project), many and short, which fill the cores to the end; kept
 * together by project, so that a worker runs the next file of its own project without starting afresh.
 * Within a project Vitest's order stands (the longest last time, or the largest file, first).
 */
const PROJECT_ORDER = ['fuzz', 'site', 'e2e', 'node'];

const rank = (spec: TestSpecification) => {
  const file = relative(spec.project.config.root, spec.moduleId);
  const long = LONGEST_FIRST.indexOf(file);
  if (long >= 0) return long;
  const i = PROJECT_ORDER.indexOf(spec.project.name);
  return LONGEST_FIRST.length + (i < 0 ? PROJECT_ORDER.length : i);
};

export default class ProjectOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: Vitest's order holds among files of equal rank.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
