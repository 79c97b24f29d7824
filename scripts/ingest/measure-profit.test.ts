import { describe, expect, it } from 'vitest';
import { profitMeasure } from './measure-profit.ts';

const kind = (sentence: string, figure: string) => profitMeasure('profit', sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length);

describe('profitMeasure: which profit a figure is', () => {
  it('reads net income, net profit, operating profit and earnings per share by the words nearest the figure', () => {
    expect(kind('Orbis posted net income of $4.2 billion, more than double a year earlier.', '$4.2 billion')).toBe('net income');
    expect(kind("Zephyr's net profit rose to 12.1 billion yuan in the quarter.", '12.1 billion yuan')).toBe('net profit');
    expect(kind('Operating income was $900 million, while net income came to $700 million.', '$900 million')).toBe('operating profit');
    expect(kind('Operating income was $900 million, while net income came to $700 million.', '$700 million')).toBe('net income');
    expect(kind('Orbis earned $1.12 per share on an adjusted basis.', '$1.12 per share')).toBe('earnings per share');
  });
  it('leaves "profit" alone where no kind is named, and other measures untouched', () => {
    expect(kind('The unit turned a profit of $50 million.', '$50 million')).toBe('profit');
    expect(profitMeasure('revenue', 'Net income was $3 billion on revenue of $9 billion.', 34, 44)).toBe('revenue');
  });
});
