import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures.ts';
import { measureOf } from './quantities.ts';
import { narrowedMeasure } from './measure-phrases.ts';

/** The measure of the figure written `text` in an invented sentence, as the link stage reads it. */
function measure(sentence: string, text: string): string {
  const f = extractFigures(sentence).find((g) => g.text === text);
  if (!f) throw new Error(`no figure "${text}" in: ${sentence}`);
  return narrowedMeasure(measureOf(f, sentence, f.index, f.end), f, sentence, f.index, f.end);
}

describe('narrowedMeasure: what an outlay is, by the words right after it', () => {
  it('reads money paid for a stake as an investment, whatever other verbs the sentence holds', () => {
    expect(measure('Orbis paid $2.1bn for a 30% stake in Vantrix in May, and has raised its hiring target.', '$2.1bn')).toBe('investment');
    expect(measure('Zephyr, which paid roughly $900 million for a minority stake in Vantrix last year, has lost two executives.', 'roughly $900 million')).toBe('investment');
    expect(measure('Orbis spent $3 billion to buy a controlling stake in the chip designer.', '$3 billion')).toBe('investment');
  });
  it('reads money committed to infrastructure as an infrastructure investment, and a backer\'s share of a venture still as its commitment', () => {
    expect(measure('Zephyr has committed nearly 200bn yuan to AI and cloud infrastructure over three years.', 'nearly 200bn yuan')).toBe('infrastructure investment');
    expect(measure('Zephyr and Orbis will each commit $19 billion to the venture.', '$19 billion')).toBe('commitment');
  });
  it('leaves money paid for goods or a company alone', () => {
    expect(measure('Orbis paid $2.1bn for the chips.', '$2.1bn')).not.toBe('investment');
    expect(measure('Zephyr paid $400 million to settle the case.', '$400 million')).not.toBe('investment');
  });
});
