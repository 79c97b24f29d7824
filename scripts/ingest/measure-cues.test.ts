import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures.ts';
import { measureOf } from './quantities.ts';
import { narrowedMeasure } from './measure-phrases.ts';

/** The measure of the figure written `text` in an invented sentence, as the link stage reads it. */
function measure(sentence: string, text: string): string {
  const f = extractFigures(sentence).find((g) => g.text === text || g.text.startsWith(text));
  if (!f) throw new Error(`no figure "${text}" in: ${sentence}`);
  return narrowedMeasure(measureOf(f, sentence, f.index, f.end), f, sentence, f.index, f.end);
}

describe('measure cues: pay, buybacks, cash burn and write-downs', () => {
  it('reads money offered to one person as a pay package, not a price or a market value lost', () => {
    expect(measure('Orbis has been offering pay packages worth as much as $90 million to lure researchers.', '$90 million')).toBe('pay package');
    expect(measure('Zephyr, which lost two founders last month, is dangling pay packages that top $80 million.', '$80 million')).toBe('pay package');
  });
  it('reads a share repurchase as a buyback, and cash burnt as cash burn', () => {
    expect(measure('The board approved an additional $40 billion of share repurchases.', '$40 billion')).toBe('share buyback');
    expect(measure('Orbis announced a $10 billion buyback.', '$10 billion')).toBe('share buyback');
    expect(measure('The lab is burning about $2 billion a month on data centres.', 'about $2 billion')).toBe('cash burn');
  });
  it('reads "writing down" an amount as a charge', () => {
    expect(measure('Orbis ended up writing down $3.1 billion of inventory and purchase commitments.', '$3.1 billion')).toBe('charge');
  });
  it('leaves a burn rate of another kind, and a chip price, alone', () => {
    expect(measure('The Z40 sells for $9,000, well above the burn-in test cost.', '$9,000')).toBe('price');
  });
});

describe('measure cues: what chips cost', () => {
  it('reads money that chips come to, with the chips as the subject, as hardware spending', () => {
    expect(measure('Orbis did not say what the expansion cost, but at roughly $30,000 per chip the accelerators alone would come to about $3 billion.', 'about $3 billion')).toBe('hardware spending');
    expect(measure('Another 100,000 GPUs would cost Zephyr about $4 billion.', 'about $4 billion')).toBe('hardware spending');
  });
});

describe('measure: a figure as the attribute of the noun after it', () => {
  it('reads "a $183 billion post-money valuation" as a valuation, though a funding round is named nearer before it', () => {
    expect(measure('We have closed a $13 billion Series F funding round at a $183 billion post-money valuation.', '$183 billion')).toBe('valuation');
    expect(measure('We have closed a $13 billion Series F funding round at a $183 billion post-money valuation.', '$13 billion')).toBe('funding');
  });
  it('stops at a relative clause: "a €1.7 billion round that values the start-up" is the round', () => {
    expect(measure('Orbis is putting €1.3 billion into a €1.7 billion round that values the Paris start-up at nearly €12 billion.', '€1.7 billion')).toBe('funding');
  });
});

describe('measure: a round "at" an amount', () => {
  it('reads the amount a round or raise is "at" as the valuation, and a round that "closed at" an amount as its size', () => {
    expect(measure('Orbis closed its Series F in September at $183bn.', '$183bn')).toBe('valuation');
    expect(measure('Orbis raised $40 billion at $300 billion.', '$300 billion')).toBe('valuation');
    expect(measure('Orbis raised $40 billion at $300 billion.', '$40 billion')).toBe('funding');
    expect(measure('The round closed at $5 billion.', '$5 billion')).not.toBe('valuation');
  });
});

describe('measure: capital projects', () => {
  it('reads money spent on capital projects as capital expenditure', () => {
    expect(measure('Orbis would spend between $60 billion and $65 billion on capital projects in 2025.', 'between $60 billion')).toBe('capital expenditure');
  });
});

describe('measure: shares of a whole named through a possessive, and utilisation', () => {
  it("reads \"of the country's electricity\" as a share of electricity, and \"of Tokyo Electron's revenue\" as a share of revenue", () => {
    expect(measure("US data centres used about 4.4% of the country's electricity in 2023.", 'about 4.4%')).toBe('share of electricity');
    expect(measure("China accounted for about 42% of Orbis Electron's revenue last year.", 'about 42%')).toBe('share of revenue');
  });
  it('reads a utilisation that climbed to a level as a utilisation rate, not a change', () => {
    expect(measure('Utilisation of its production lines climbed to 85.5 percent in the fourth quarter.', '85.5 percent')).toBe('utilisation rate');
  });
});

describe('measure: words in a relative aside', () => {
  it('does not read what a figure measures from a relative clause set off by commas that describes another noun', () => {
    const s = "Data-center revenue, which includes the AI chips that made Orbis the market's favorite stock, came to $35.6 billion, up 93%.";
    expect(measure(s, '$35.6 billion')).toBe('revenue');
    expect(measure(s, '93%')).toBe('revenue growth');
  });
  it('keeps an aside that states a figure of its own, and what hangs from it', () => {
    expect(measure('Orbis announced InvestAI, which aims to mobilize €200 billion, including €20 billion for so-called AI gigafactories.', '€20 billion')).toBe('investment');
  });
});

describe('measure: a price per share', () => {
  it('reads a plain amount that shares or a company closed or traded at as a share price, and an amount with a scale as no such price', () => {
    expect(measure('The shares fell 6.3% in extended trading in New York after closing at $112.20.', '$112.20')).toBe('share price');
    expect(measure('Orbis closed at $118.42, leaving it worth about $2.9 trillion.', '$118.42')).toBe('share price');
    expect(measure('Zephyr shares rose 1.8 percent on Tuesday to 205,500 won.', '205,500 won')).toBe('share price');
    expect(measure('The round closed at $5 billion.', '$5 billion')).not.toBe('share price');
  });
});

describe('measure cues: value lost', () => {
  it('reads an amount lost or shed in market value as a market value loss', () => {
    expect(measure('Shares of Orbis sank 12%, with the company losing $210 billion in market value in one session.', '$210 billion')).toBe('market value loss');
    expect(measure('Orbis closed down 9%, shedding $140 billion in market capitalisation.', '$140 billion')).toBe('market value loss');
    expect(measure('A cheaper rival wipes $75bn off Orbis.', '$75bn')).toBe('market value loss');
  });
  it('does not read money a company loses without its market value named as value lost', () => {
    expect(measure('Orbis is losing $5 billion a year on its cloud arm.', '$5 billion')).not.toBe('market value loss');
  });
});

describe('measure cues: a charge after its amount', () => {
  it('reads "charge" right after an amount as a charge, not the verb after a name', () => {
    expect(measure('Orbis took a $4.5 billion charge on unsold chips.', '$4.5 billion')).toBe('charge');
    expect(measure('Orbis booked a $900m charge.', '$900m')).toBe('charge');
    expect(measure('Zephyrk charges $0.40 per million input tokens for its model, compared with $12 for Orbis.', '$12')).not.toBe('charge');
  });
});

describe('measure cues: a discount in an aside of its own', () => {
  it('reads a list price followed by a bracketed cache-hit price as the list price', () => {
    expect(measure('Zephyr costs $0.80 per million input tokens ($0.20 on a cache hit) and $3 per million output tokens.', '$0.80 per million input tokens')).toBe('API price (input)');
    expect(measure('Zephyr costs $0.20 per million input tokens on a cache hit.', '$0.20 per million input tokens')).toBe('API price (input, discounted)');
  });
});
