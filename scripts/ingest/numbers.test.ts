import { describe, expect, it } from 'vitest';
import { extractNumbers, numberKey } from './numbers.ts';

const keys = (s: string) => extractNumbers(s).map(numberKey);

describe('extractNumbers', () => {
  it('normalises money so different spellings compare equal', () => {
    expect(keys('a mere $5.6 million')).toEqual(['money:5600000']);
    expect(keys('$5,600,000')).toEqual(['money:5600000']);
    expect(keys('US$500bn')).toEqual(keys('$500 billion'));
    expect(keys('5 billion dollars')).toEqual(['money:5000000000']);
    expect(keys('$5.6 million')).not.toEqual(keys('$6 million'));
  });
  it('reads percentages, years and standalone numbers', () => {
    expect(keys('by as much as 90% throughout 2024')).toEqual(['percent:90', 'year:2024']);
    expect(keys('90 percent')).toEqual(['percent:90']);
    expect(keys('Sputnik in 1957, a 40-year-old founder, 10001+ staff')).toEqual(['year:1957', 'number:40', 'number:10001']);
  });
  it('ignores digits inside names', () => {
    expect(keys('GPT-4, A100, H800, 01.AI, 7nm, R1, o1')).toEqual([]);
  });
});
