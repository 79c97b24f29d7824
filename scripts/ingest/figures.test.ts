import { describe, expect, it } from 'vitest';
import { extractFigures, formatValue } from './figures.ts';

const read = (s: string) => extractFigures(s).map((f) => [f.text, f.value, f.unit, ...(f.per ? [`per ${f.per}`] : []), ...(f.approx ? [f.approx] : []), ...(f.high ? [`to ${f.high}`] : [])]);

describe('extractFigures: a footnote marker after a figure', () => {
  it('reads "$5.576 million.1" as the amount and a footnote, and a version number as none', () => {
    expect(read('At that price, that is $5.576 million.1')).toEqual([['$5.576 million', 5.576e6, 'USD']]);
    expect(read('It runs version 2.5.1 of the code.')).toEqual([]);
  });
});

describe('extractFigures: a version number before another amount', () => {
  it('counts nothing with a version number a verb and another amount stand between it and the noun', () => {
    const f = extractFigures('Meta said Llama 3.1 405B lists 30.8 million GPU-hours, and Qwen 2.5 72B used 18 trillion tokens.');
    expect(f.map((x) => x.text)).toEqual(['30.8 million GPU-hours', '18 trillion tokens']);
  });
  it("still reads a part of a whole its owner leads to (\"37 billion of the model's 671 billion parameters\")", () => {
    const f = extractFigures("It activates 37 billion of the model's 671 billion parameters for each token.");
    expect(f.map((x) => [x.value, x.unit])).toEqual([[37e9, 'parameter'], [671e9, 'parameter']]);
  });
});

describe('extractFigures: a negated bound', () => {
  it('reads "no more than" as a ceiling and "no fewer than" as a floor', () => {
    expect(read('Orbis can make no more than 200,000 chips, and no fewer than 50,000 GPUs.')).toEqual([
      ['more than 200,000 chips', 200000, 'GPU', 'under'],
      ['fewer than 50,000 GPUs', 50000, 'GPU', 'over'],
    ]);
  });
});

describe('extractFigures: Singapore and Taiwan dollars, and ratios in "-fold"', () => {
  it('reads S$ as SGD and NT$ as TWD, never as US dollars', () => {
    expect(read('Goods worth about S$390 million and grants of up to NT$3 million, against US$2 billion.')).toEqual([
      ['about S$390 million', 390e6, 'SGD', 'about'],
      ['up to NT$3 million', 3e6, 'TWD', 'under'],
      ['US$2 billion', 2e9, 'USD'],
    ]);
  });
  it('reads "twentyfold" and "ten-fold" as ratios', () => {
    expect(read('Spending rose nearly twentyfold, and costs fell ten-fold.')).toEqual([
      ['nearly twentyfold', 20, 'x', 'about'],
      ['ten-fold', 10, 'x'],
    ]);
  });
});

describe('extractFigures: Australian, Canadian and New Zealand dollar styles', () => {
  it('reads "$US" as USD, "A$"/"$A" as AUD, "C$" as CAD and "NZ$" as NZD', () => {
    expect(read('It cost about $US4 million, or A$6.3 million; a C$2 billion fund and NZ$5 million grant followed, plus $A20 million.')).toEqual([
      ['about $US4 million', 4e6, 'USD', 'about'],
      ['A$6.3 million', 6.3e6, 'AUD'],
      ['C$2 billion', 2e9, 'CAD'],
      ['NZ$5 million', 5e6, 'NZD'],
      ['$A20 million', 20e6, 'AUD'],
    ]);
  });
});

describe('extractFigures: a scale word hyphenated to the number', () => {
  it('reads "$750-billion" and "US$40-million" as the amounts, and leaves a compound adjective to its noun', () => {
    expect(read('Orbis lost nearly $750-billion (U.S.) of value, and its founder about US$40-million.')).toEqual([
      ['nearly $750-billion', 750e9, 'USD', 'about'],
      ['about US$40-million', 40e6, 'USD', 'about'],
    ]);
    expect(read('a 12-billion-parameter model')).toEqual([['12-billion-parameter', 12e9, 'parameter']]);
  });
});

describe('extractFigures: "a year earlier" after an amount', () => {
  it('dates the amount rather than making it a rate; "a month" alone is still a rate', () => {
    expect(read('It is up from roughly $1.3 billion a year earlier.')).toEqual([['roughly $1.3 billion', 1.3e9, 'USD', 'about']]);
    expect(read('It charges $25 a month.')).toEqual([['$25 a month', 25, 'USD', 'per month']]);
  });
});

describe('extractFigures: more counted nouns, and a counted noun before a verb of reaching', () => {
  it('reads questions, prompts and operators, hyphenated or not', () => {
    expect(read('The bot answers about 30,000 questions a month from a 5,000-prompt test set, for six cloud operators.')).toEqual([
      ['about 30,000 questions a month', 30000, 'question', 'per month', 'about'],
      ['5,000-prompt', 5000, 'prompt'],
      ['six cloud operators', 6, 'operator'],
    ]);
  });
  it('reads the noun a scaled amount reaches ("monthly users of Zyn passed 12 million") as its unit', () => {
    expect(read('Monthly active users of Zyn Chat passed 12 million last year, and downloads topped 40 million.')).toEqual([
      ['12 million', 12e6, 'user'],
      ['40 million', 40e6, 'download'],
    ]);
    expect(read('Revenue reached 5 million last year.')).toEqual([]);
  });
});

describe('extractFigures: "well above" and "well below", and power written as a hyphenated word', () => {
  it('keeps the hedge as an open bound, and reads "5-gigawatt" as gigawatts', () => {
    expect(read('Spending is well above $400 million, and losses well below 10%.')).toEqual([
      ['well above $400 million', 400e6, 'USD', 'over'],
      ['well below 10%', 10, '%', 'under'],
    ]);
    expect(read('It plans a 3-gigawatt campus and a 250-megawatt site.')).toEqual([
      ['3-gigawatt', 3, 'GW'],
      ['250-megawatt', 250, 'MW'],
    ]);
  });
});

describe('extractFigures: hours spent on chips', () => {
  it('reads a large count of hours on or of chips as GPU-hours, and no other hours', () => {
    expect(read('Its last run took 3.214 million hours on Acme Z900 chips.')).toEqual([['3.214 million hours', 3.214e6, 'GPU-hour']]);
    expect(read('Training used about 1.1 million hours of GPU time.')).toEqual([['about 1.1 million hours', 1.1e6, 'GPU-hour', 'about']]);
    expect(read('Volunteers logged 1.2 million hours on the project, and I spent 2 hours on a laptop.')).toEqual([]);
  });
});

describe('extractFigures: downloads counted in times', () => {
  it('reads "downloaded more than 90 million times" as downloads, and no other "times" as a count', () => {
    expect(read('The models have been downloaded more than 90 million times.')).toEqual([['more than 90 million times', 90e6, 'download', 'over']]);
    expect(read('It was repeated 3 million times.')).toEqual([]);
  });
});

describe('extractFigures: a partitive count', () => {
  it('reads the counted noun after "of its", "of the" or an owner ("2,048 of Acme\'s H900 chips"), never another figure\'s unit', () => {
    expect(read('It used 2,048 of Acme’s H900 chips.')).toEqual([['2,048 of Acme’s H900 chips', 2048, 'GPU']]);
    expect(read('The lab bought some 50,000 of the most advanced Acme processors.')).toEqual([['some 50,000 of the most advanced Acme processors', 50000, 'GPU', 'about']]);
    // The whole is a figure of its own; the part takes its noun, not the unit of a count before it.
    expect(read('It was trained with 2.8 million GPU-hours, and it activates only 37 billion of its 671 billion parameters per token.')).toEqual([
      ['2.8 million GPU-hours', 2.8e6, 'GPU-hour'],
      ['37 billion', 37e9, 'parameter'],
      ['671 billion parameters per token', 671e9, 'parameter', 'per token'],
    ]);
    // A small number of a group is not a count a reader compares.
    expect(read('Only 3 of its 12 chips failed.')).toEqual([['12 chips', 12, 'GPU']]);
  });
  it('reads a chip code after a name ("Ascend 910B processors") as no count', () => {
    expect(read('The chips ended up in Zephyr Ascend 910B processors.')).toEqual([]);
    expect(read('It shipped 2B chips.')).toEqual([['2B chips', 2e9, 'GPU']]);
  });
});

describe('extractFigures: counts written in words', () => {
  it('reads a number word before a counted noun as a count, never a duration, a part of a whole or a count of sources', () => {
    expect(read('The fund backs seven consortia and some ten companies, with eight GPUs per node.')).toEqual([
      ['seven consortia', 7, 'consortium'],
      ['some ten companies', 10, 'company', 'about'],
      ['eight GPUs', 8, 'GPU'],
    ]);
    expect(read('Over four years, seven of every eight layers changed, according to two people on the staff.')).toEqual([]);
    expect(read('It will build four gigafactories with 100,000 chips each.')).toEqual([['four gigafactories', 4, 'gigafactory'], ['100,000 chips', 100000, 'GPU']]);
  });
});

describe('extractFigures: "pc" glued to a number', () => {
  it('reads "14pc" and "3.2pc" as percentages (the style of some papers), never "pc" apart or inside a word', () => {
    expect(read('Zed shares jumped 14pc, and Orbis rose 3.2pc on Friday.')).toEqual([['14pc', 14, '%'], ['3.2pc', 3.2, '%']]);
    expect(read('The lab bought 40 pc monitors and 12pcs of kit.')).toEqual([]);
  });
});

describe('extractFigures: power glued to the number, and more counted nouns', () => {
  it('reads "300MW" and "5.8GW" as power, and jobs, proposals, languages and dies as counts', () => {
    expect(read('A 300MW campus in three 100MW phases, of about 5.8GW in all.')).toEqual([['300MW', 300, 'MW'], ['100MW', 100, 'MW'], ['about 5.8GW', 5.8, 'GW', 'about']]);
    expect(read('It creates 13,250 jobs from 67 proposals in 1,000 languages using 2 million dies.')).toEqual([
      ['13,250 jobs', 13250, 'job'],
      ['67 proposals', 67, 'proposal'],
      ['1,000 languages', 1000, 'language'],
      ['2 million dies', 2e6, 'die'],
    ]);
  });
});

describe('extractFigures: quantities with a unit or a counted noun', () => {
  it('reads the UAE dirham in Gulf house style, by its code and by its name', () => {
    expect(read('The campus needs around Dh230 billion ($62.6 billion), AED 10 billion of it this year and 5 billion dirhams next.')).toEqual([
      ['around Dh230 billion', 2.3e11, 'AED', 'about'],
      ['$62.6 billion', 6.26e10, 'USD'],
      ['AED 10 billion', 1e10, 'AED'],
      ['5 billion dirhams', 5e9, 'AED'],
    ]);
  });
  it('reads bandwidth written with a slash', () => {
    expect(read('Orbis capped the link at 400 GB/s, while its memory moves 3.35 TB/s.')).toEqual([
      ['400 GB/s', 400, 'GB/s'],
      ['3.35 TB/s', 3.35, 'TB/s'],
    ]);
  });
  it('reads money with its currency and scale', () => {
    expect(read('Zephyr Labs raised $12.5 million, then US$2bn, €300 million and 40 billion yuan.')).toEqual([
      ['$12.5 million', 12_500_000, 'USD'],
      ['US$2bn', 2e9, 'USD'],
      ['€300 million', 3e8, 'EUR'],
      ['40 billion yuan', 4e10, 'CNY'],
    ]);
    expect(read('A grant of RMB 8 billion and ¥3 per hour.')).toEqual([['RMB 8 billion', 8e9, 'CNY'], ['¥3 per hour', 3, 'CNY', 'per hour']]);
    expect(read('It will spend Rmb380bn ($53bn) on data centres.')).toEqual([['Rmb380bn', 380e9, 'CNY'], ['$53bn', 53e9, 'USD']]);
    // Brazilian reais and Malaysian ringgit, written before the number.
    expect(read('A plan of R$23 billion; a campus costing RM12 billion.')).toEqual([['R$23 billion', 23e9, 'BRL'], ['RM12 billion', 12e9, 'MYR']]);
    // Not letters that merely end in R or RM ("ARM12" is a name).
    expect(read('The ARM12 core.')).toEqual([]);
    // Indian and Korean amounts, and dollars written with full stops.
    expect(read('An outlay of Rs 10,372 crore, or ₹2 lakh per lab.')).toEqual([['Rs 10,372 crore', 103720e6, 'INR'], ['₹2 lakh per lab', 2e5, 'INR', 'per lab']]);
    expect(read('Sales of 4 trillion won; a plan worth about 52.4 billion U.S. dollars.')).toEqual([['4 trillion won', 4e12, 'KRW'], ['about 52.4 billion U.S. dollars', 52.4e9, 'USD', 'about']]);
    expect(read('The team won 3 games.')).toEqual([]);
    expect(read('Calls rose 33-fold on 18,693 graphics processing units and 61 layers.').map((f) => [f[0], f[2]])).toEqual([['33-fold', 'x'], ['18,693 graphics processing units', 'GPU'], ['61 layers', 'layer']]);
    expect(read('It picks 8 of 256 routed experts, like 6 smaller distilled models, across 18 countries and 300 exaflops.').map((f) => f[2])).toEqual(['expert', 'model', 'country', 'exaflop']);
  });
  it('reads a count whose noun the sentence has just named ("671B parameters but only 37B active")', () => {
    expect(read('Orbis has 671B parameters but only 37B active per token.')).toEqual([['671B parameters', 671e9, 'parameter'], ['37B', 37e9, 'parameter']]);
    expect(read('Capacity will rise to about 45,000 wafers a month, from roughly 30,000.')).toEqual([
      ['about 45,000 wafers a month', 45000, 'wafer', 'per month', 'about'],
      ['roughly 30,000', 30000, 'wafer', 'per month', 'about'],
    ]);
    // Not across a sentence, not a letter-scaled name ("910B"), not a small bare number.
    expect(read('Zephyr shipped 450,000 chips. Most were the older 910B.')).toEqual([['450,000 chips', 450000, 'GPU']]);
    expect(read('Zephyr shipped 450,000 chips to 12 regions.').length).toBe(1);
    expect(read('Zephyr shipped 450,000 chips. Then 30,000 more.').length).toBe(1);
  });
  it('reads a list of amounts ended by one counted noun, and units of a chip named by its code', () => {
    expect(read('Orbis comes in 3 billion, 7 billion and 72 billion parameter versions.').map((r) => [r[1], r[2]])).toEqual([
      [3e9, 'parameter'],
      [7e9, 'parameter'],
      [72e9, 'parameter'],
    ]);
    expect(read('Buyers ordered roughly 1 million K20 units.')).toEqual([['roughly 1 million K20 units', 1e6, 'GPU', 'about']]);
    expect(read('Sales rose in 2023, 2024 and 2025.')).toEqual([]);
  });
  it('reads power in MW and GW', () => {
    expect(read('The site draws 150 MW, rising to 1.2 gigawatts.')).toEqual([['150 MW', 150, 'MW'], ['1.2 gigawatts', 1.2, 'GW']]);
  });
  it('reads percentages and ratios', () => {
    expect(read('Sales at Quillon rose 12.5% and margins 3 percentage points; the chip is 18x faster and 4 times cheaper.')).toEqual([
      ['12.5%', 12.5, '%'],
      ['3 percentage points', 3, 'percentage point'],
      ['18x', 18, 'x'],
      ['4 times', 4, 'x'],
    ]);
     // Ratios written in words, before a comparison; "three times" alone (an event count) is not a ratio.
    expect(read('A bad chip costs roughly five times as much, and Zephyr beats a model seven times its size.')).toEqual([
      ['roughly five times', 5, 'x', 'about'],
      ['seven times', 7, 'x'],
    ]);
    expect(read('Zephyr was sued three times in Ohio.')).toEqual([]);
    expect(read('Regulators added 80 entities to the list.')).toEqual([['80 entities', 80, 'entity']]);
  });
  it('reads counts of a counted noun, past a few modifiers', () => {
    expect(read('Orbis trained on 4,096 Acme K9 chips and 9.1 trillion tokens, for 1.2 million GPU-hours; its 70 billion parameters serve 12 million monthly active users and 850 employees.')).toEqual([
      ['4,096 Acme K9 chips', 4096, 'GPU'],
      ['9.1 trillion tokens', 9.1e12, 'token'],
      ['1.2 million GPU-hours', 1.2e6, 'GPU-hour'],
      ['70 billion parameters', 7e10, 'parameter'],
      ['12 million monthly active users', 1.2e7, 'user'],
      ['850 employees', 850, 'employee'],
    ]);
  });
  it('reads hyphenated counts, sizes, other counted things, "and"-joined modifiers and comparatives', () => {
    expect(read('Orbis ships a 14-billion-parameter model in 48 GB of memory to about 40 countries, 900 firms and 3,200 logistics businesses.')).toEqual([
      ['14-billion-parameter', 1.4e10, 'parameter'],
      ['48 GB', 48, 'GB'],
      ['about 40 countries', 40, 'country', 'about'],
      ['900 firms', 900, 'company'],
      ['3,200 logistics businesses', 3200, 'business'],
    ]);
    expect(read('It serves more than 90,000 school and hospital users and is 5 to 8 times quicker; weekly users of 2.4 million.')).toEqual([
      ['more than 90,000 school and hospital users', 90_000, 'user', 'over'],
      ['5 to 8 times', 5, 'x', 'to 8'],
      ['2.4 million', 2.4e6, 'user'],
    ]);
    // A singular noun after a number is a modifier, and counters of comments and posts are not figures.
    expect(read('The 3 model family had 12 comments and 8 posts.')).toEqual([]);
  });

  it('keeps ranges, hedges and rates as such', () => {
    expect(read('It cost between $3 million and $4 million, or roughly $3.5 million; over 10,000 GPUs, 5,000+ users, ~40 staff.')).toEqual([
      ['between $3 million and $4 million', 3e6, 'USD', 'to 4000000'],
      ['roughly $3.5 million', 3.5e6, 'USD', 'about'],
      ['over 10,000 GPUs', 10_000, 'GPU', 'over'],
      ['5,000+ users', 5000, 'user', 'over'],
      ['~40 staff', 40, 'employee', 'about'],
    ]);
    expect(read('Access costs $0.40 per million output tokens and $1.20 an hour; upkeep is $9 million a year.')).toEqual([
      ['$0.40 per million output tokens', 0.4, 'USD', 'per million tokens'],
      ['$1.20 an hour', 1.2, 'USD', 'per hour'],
      ['$9 million a year', 9e6, 'USD', 'per year'],
    ]);
  });
  it('records the rounding a written value carries', () => {
    const p = (s: string) => extractFigures(s)[0]!.precision;
    expect(p('$5.576 million')).toBe(1000);
    expect(p('$6 million')).toBe(1e6);
    expect(p('$600 billion')).toBe(1e11);
    expect(p('$590 billion')).toBe(1e10);
    expect(p('$20 billion')).toBe(1e9);
    // Groups of zeros after a comma are the scale, like the word "thousand": "10,000" is exact to the thousand, like "10 thousand".
    expect(p('about $10,000')).toBe(1000);
    expect(p('50,000 GPUs')).toBe(1000);
    expect(p('200,000 GPUs')).toBe(1e5);
    expect(p('1,000,000 users')).toBe(1e6);
    expect(p('12,500 GPUs')).toBe(100);
  });
});

describe('extractFigures: never figures', () => {
  it.each([
    ['dates and times', 'Published Mar 14, 2025 at 9:41 PM, updated 03/15/2025 - Apr 17'],
    ['a year before a counted noun', 'In 2024 users flocked to the app.'],
    ['model and product names with numbers', 'Vortex-4o beat Nimbus 3.5 and Llama 3.1 on the Q900 and K9s.'],
    ['reading times and comment counts', 'Jan 3, 20257 min read · 12 comments · 2 min read'],
    ['list, section and footnote numbers', '1. First point. See section 4 and note [2] in chapter 7.'],
    ['legal article numbers', 'Article 53(1) of Regulation (EU) 2024/1689 applies.'],
    ['temperatures', 'It was 30 °C in the hall, 86 degrees outside.'],
    ['IDs and URL digits', 'See https://example.org/news/2025/01/83716 (ID 44871).'],
    ['bare numbers', 'The 3 founders met 40 investors over 12 rounds.'],
  ])('%s', (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('formatValue', () => {
  it('writes values the way a reader expects', () => {
    expect(formatValue({ kind: 'money', unit: 'USD', value: 5.5e6 })).toBe('$5.5 million');
    expect(formatValue({ kind: 'money', unit: 'CNY', value: 4e10 })).toBe('CNY 40 billion');
    expect(formatValue({ kind: 'percent', unit: '%', value: 17 })).toBe('17%');
    expect(formatValue({ kind: 'count', unit: 'GPU', value: 2048 })).toBe('2,048 GPU');
  });
});

describe('parts of a count that leave its noun unsaid', () => {
  it('reads "N million of those" and a breakdown after a colon with the count before', () => {
    expect(read('The lab ran 3,500,000 H100 GPU-hours in total: 3,100,000 for pre-training, 390,000 for tuning and 10,000 for tests.')).toEqual([
      ['3,500,000 H100 GPU-hours', 3500000, 'GPU-hour'],
      ['3,100,000', 3100000, 'GPU-hour'],
      ['390,000', 390000, 'GPU-hour'],
      ['10,000', 10000, 'GPU-hour'],
    ]);
    expect(read('The cluster used 1.5 million GPU-hours. Engineers spent about 0.4 million of those on tests.')).toEqual([
      ['1.5 million GPU-hours', 1500000, 'GPU-hour'],
      ['about 0.4 million', 400000, 'GPU-hour', 'about'],
    ]);
    // A new sentence without "of those" starts afresh.
    expect(read('The cluster used 1.5 million GPU-hours. The city has 400,000 residents.')).toEqual([['1.5 million GPU-hours', 1500000, 'GPU-hour']]);
  });
});

describe('training data counted by its kind of item', () => {
  it('reads "N <kind> pairs / samples / trajectories", not items without a kind', () => {
    expect(read('The tuning stage used 8,200 question-answer pairs and 1,500 tool-use trajectories.')).toEqual([
      ['8,200 question-answer pairs', 8200, 'question-answer pair'],
      ['1,500 tool-use trajectories', 1500, 'tool-use trajectory'],
    ]);
    expect(read('The shop sold 4,000 pairs of boots.')).toEqual([]);
  });
});

describe('extractFigures: "the number of X is N"', () => {
  it('reads the noun a clause says a scaled amount is the number of as its unit', () => {
    expect(read('Zephyr-3 is open. The total number of parameters is 480 billion, and the number of tokens used in training was about 9 trillion.')).toEqual([
      ['480 billion', 480e9, 'parameter'],
      ['about 9 trillion', 9e12, 'token', 'about'],
    ]);
  });
  it('reads no unit for a bare number, nor where the number of is not what the clause says the amount is', () => {
    expect(read('The number of staff is 40.')).toEqual([]);
    expect(read('The number of parameters grew, and revenue was 3 billion.')).toEqual([]);
  });
});

describe('extractFigures: services counted', () => {
  it('reads a count of services a regulator filed as a count, the singular after a number as none', () => {
    expect(read('By June, a total of 412 generative AI services had completed filing with the regulator.')).toEqual([['412 generative AI services', 412, 'service']]);
    expect(read('Its tier 2 service costs more.')).toEqual([]);
  });
});
