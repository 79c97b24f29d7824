import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LONGEST_FIRST } from './helpers/sequencer.ts';
import { ROOT } from './helpers/project.ts';

// The run's order names its longest files by path (tests/helpers/sequencer.ts): a file renamed or
// removed would silently lose its early start, and the run its margin.
it('the files the sequencer starts first all exist, each named once', () => {
  expect(LONGEST_FIRST.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  expect(new Set(LONGEST_FIRST).size).toBe(LONGEST_FIRST.length);
});
