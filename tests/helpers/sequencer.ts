import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order in which the projects' files are handed to the workers (vitest.config.ts). Vitest's own
 * order takes the projects alphabetically, so the browser files came first: they wait for the seed
 * build, and while they held every worker the build ran alone, leaving a core idle. Files that do
 * their own heavy work (the fuzz build, the site files' extra builds) start first, beside the seed
 * build; the browser files next, as the build ends, so their long runs do not finish the suite; the
 * tool and unit files (the `node` project), many and short, fill the cores to the end. Within a
 * project Vitest's order stands (the longest last time, or the largest file, first: the tools' files
 * before the unit files).
 */
const PROJECT_ORDER = ['fuzz', 'site', 'e2e', 'node'];

const rank = (spec: TestSpecification) => {
  const i = PROJECT_ORDER.indexOf(spec.project.name);
  return i < 0 ? PROJECT_ORDER.length : i;
};

export default class ProjectOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: Vitest's order holds within a project.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
