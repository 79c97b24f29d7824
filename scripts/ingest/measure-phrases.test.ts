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

describe('narrowedMeasure: a selling price', () => {
  it('reads an amount after "sells for", "sold for", "priced at" or before "apiece" as a price, whatever other words the sentence holds', () => {
    expect(measure('The Z40, which Orbis built to meet the new export rules, sells for about $9,000 to buyers in Brazil.', 'about $9,000')).toBe('price');
    expect(measure('Each Z40 sold for roughly $9,000 in the export market last year.', 'roughly $9,000')).toBe('price');
    expect(measure('Orbis priced the Z40 for export at $9,000 a unit.', '$9,000')).toBe('price');
    expect(measure('The accelerator goes for around $9,000 apiece among exporters.', 'around $9,000')).toBe('price');
    expect(measure('Exports of the Z40 card, which retails for $9,000, have doubled.', '$9,000')).toBe('price');
  });
  it('leaves money that is not one unit\'s price alone', () => {
    expect(measure('Orbis exports reached $9 billion last year.', '$9 billion')).toBe('exports');
    expect(measure('Zephyr and Orbis will each commit $19 billion to the venture.', '$19 billion')).toBe('commitment');
  });
});

describe('narrowedMeasure: parameters that work on each token', () => {
  it('reads a count whose clause says it works on a token, however far the words, as the active parameters', () => {
    expect(measure('Orbis-2 has roughly 400 billion parameters, but only about 20 billion of them do any work on a given token.', 'about 20 billion')).toBe('active parameters');
    expect(measure('Orbis-2 holds 400 billion parameters in all, yet only 20 billion of those are really switched on for each token.', '20 billion')).toBe('active parameters');
    expect(measure('Orbis-2 has 400 billion parameters, and 20 billion parameters actually get called upon for every token.', '20 billion parameters')).toBe('active parameters');
    expect(measure('Orbis-2 packs 400 billion parameters, of which just 20 billion are switched on for each token.', '20 billion')).toBe('active parameters');
    // The total stays the total.
    expect(measure('Orbis-2 has roughly 400 billion parameters, but only about 20 billion of them do any work on a given token.', 'roughly 400 billion parameters')).toBe('parameter count');
  });
  it('never takes a count describing a model, or the whole a dense model uses, for active parameters', () => {
    expect(measure('A dense 70-billion-parameter model does about twice the arithmetic per token of Orbis-2.', '70-billion-parameter')).toBe('parameter count');
    expect(measure('Dense models light up every one of their 70 billion parameters for every token.', '70 billion parameters for every token')).not.toBe('active parameters');
  });
});

describe('narrowedMeasure: a token price for hours of the day', () => {
  it('reads a token price stated for a window of the day as discounted, like a cache hit', () => {
    expect(measure('Between 17:00 and 01:00 GMT, Orbis cuts Zen prices by 60%, which brings output down to about $0.80 per million tokens.', 'about $0.80 per million tokens')).toBe('API price (output, discounted)');
    expect(measure('From 11pm to 7am Beijing time, Zen output costs $0.80 per million tokens.', '$0.80 per million tokens')).toBe('API price (output, discounted)');
    expect(measure('Overnight, Zen output is billed at $0.80 per million tokens.', '$0.80 per million tokens')).toBe('API price (output, discounted)');
    expect(measure('At night hours in Asia the input price falls to $0.10 per million tokens.', '$0.10 per million tokens')).toBe('API price (input, discounted)');
  });
  it('leaves a list price, or one starting at a clock time, as the list price', () => {
    expect(measure('Zen output runs $2.00 per million tokens at standard rates; at night it drops to $0.80 per million tokens.', '$2.00 per million tokens')).toBe('API price (output)');
    expect(measure('Zen output runs $2.00 per million tokens at standard rates; at night it drops to $0.80 per million tokens.', '$0.80 per million tokens')).toBe('API price (discounted)');
    expect(measure('Zen costs $0.30 per million input tokens and $2.00 per million output tokens.', '$2.00 per million output tokens')).toBe('API price (output)');
    expect(measure('From 09:00 on March 1, Zen output will cost $2.00 per million tokens.', '$2.00 per million tokens')).toBe('API price (output)');
  });
});

describe('narrowedMeasure: a percentage after a verb of moving', () => {
  it('reads a percentage with no cue of its own, after a verb of moving, as a change', () => {
    expect(measure('Investors seemed to agree, as Orbis clawed back about 6.1 percent on Tuesday.', 'about 6.1 percent')).toBe('change');
    expect(measure('Chip-tool makers were volatile, with Zephyr losing 4.2 percent on Monday.', '4.2 percent')).toBe('change');
    expect(measure('Orbis rebounded 6.1% the next day.', '6.1%')).toBe('change');
  });
  it('takes a move as a company\'s where the index is named only in the next clause', () => {
    expect(measure('Zephyr slid 12.4% and the Orbis Semiconductor Index fell 5.2%.', '12.4%')).toBe('change');
    expect(measure('Zephyr slid 12.4% and the Orbis Semiconductor Index fell 5.2%.', '5.2%')).toBe('index change');
  });
  it('leaves a percentage after other verbs alone', () => {
    expect(measure('Orbis owns 5% of the venture.', '5%')).not.toBe('change');
    expect(measure('Analysts think 30% is a fair guess.', '30%')).toBe('percentage');
  });
});

describe('narrowedMeasure: a rental value is no valuation', () => {
  it('reads an amount called the rental value of something by the other words of its sentence', () => {
    expect(measure('The figure everyone quotes for Orbis-2 – about $4.2 million – is real, but it is the rental value of one training run.', 'about $4.2 million')).toBe('training cost');
    expect(measure('At $2 an hour, the rental value of the cluster comes to $9 million.', '$9 million')).not.toBe('valuation');
    expect(measure('Investors value Orbis at $9 billion.', '$9 billion')).toBe('valuation');
  });
});

describe('narrowedMeasure: an amount taken off a market value', () => {
  it('reads an amount "off" a market value as its loss, whatever the verb, and leaves the value itself alone', () => {
    expect(measure('On Monday a Chinese lab knocked roughly $310bn off Orbis\'s market value.', 'roughly $310bn')).toBe('market value loss');
    expect(measure('The sell-off shaved $310 billion off the company\'s market capitalisation.', '$310 billion')).toBe('market value loss');
    expect(measure('Investors took $310 billion off Orbis\'s stock-market value.', '$310 billion')).toBe('market value loss');
    expect(measure('Orbis now has a market value of $3 trillion.', '$3 trillion')).toBe('market value');
  });
});
