import { describe, expect, it } from 'vitest';
import type { LabelFigure } from './labels.ts';
import { judgeGroup } from './pooled.ts';

const label = (value: number, subject: LabelFigure['subject'], measure: string): LabelFigure => ({ text: String(value), value, unit: 'USD', subject, measure });
const labels: Record<string, LabelFigure[]> = {
  'a.txt': [label(5.6e6, ['Orbis-2', 'Orbis Labs'], 'training cost'), label(44e9, 'Corvid', 'quarterly revenue')],
  'b.txt': [label(6e6, 'Orbis-2', 'final training run cost'), label(0.81, 'Corvid', 'earnings per share')],
  'c.txt': [label(294_000, ['Orbis-R', 'Orbis Labs'], 'training cost'), label(6e6, 'Orbis Labs', 'training cost'), label(6e6, 'Orbis-2', 'API revenue')],
};
const labelsOf = (file: string) => labels[file] ?? [];
const group = (...members: [string, number][]) => ({ members: members.map(([file, value]) => ({ file, value })) });

describe('judgeGroup', () => {
  it('finds a group consistent when its labelled members are one measure of one subject, read loosely as the eval reads them', () => {
    expect(judgeGroup(group(['a.txt', 5.6e6], ['b.txt', 6e6]), labelsOf).verdict).toBe('consistent');
  });
  it('finds a group lumped when two labelled members are different measures or subjects', () => {
    expect(judgeGroup(group(['a.txt', 44e9], ['b.txt', 0.81]), labelsOf).verdict).toBe('lumped');
    expect(judgeGroup(group(['b.txt', 6e6], ['c.txt', 294_000]), labelsOf).verdict).toBe('lumped');
  });
  it('takes any labelled reading of a value that makes members agree, and cannot judge a group with one labelled member', () => {
    // c.txt labels 6e6 twice; one of them is Orbis Labs' training cost, which a.txt's list of subjects accepts.
    expect(judgeGroup(group(['a.txt', 5.6e6], ['c.txt', 6e6]), labelsOf).verdict).toBe('consistent');
    expect(judgeGroup(group(['a.txt', 5.6e6], ['d.txt', 6e6]), labelsOf).verdict).toBe('unjudged');
  });
});
