import { describe, expect, it } from 'vitest';
import { scopeOf, scopesAgree } from './figure-scope.ts';

const scope = (sentence: string, figure: string) => {
  const at = sentence.indexOf(figure);
  return scopeOf(sentence, at, at + figure.length);
};

describe('scopeOf: sums over several things', () => {
  it('reads "combined" as a sum, and "a total of" or "in total" only where several things are joined near it', () => {
    expect(scope('Orbis and Zephyr have a combined 27 million users.', '27 million users').aggregate).toBe(true);
    expect(scope('Orbis and Zephyr have 27 million users in total.', '27 million users').aggregate).toBe(true);
    // One model's total parameters (as against its active ones) are its own figure.
    expect(scope('Orbis-2 has 900 billion parameters in total, but only 30 billion of them are active for any token.', '900 billion parameters').aggregate).toBe(false);
    expect(scope('Orbis-2 is a model with 900 billion total parameters and 30 billion activated parameters.', '900 billion total parameters').aggregate).toBe(false);
    // The sum of one run's stages is that run's whole.
    expect(scope('Pre-training took 2,000K GPU-hours, context extension 100K and post-training 5K, for a total of 2.1M GPU-hours.', '2.1M GPU-hours').aggregate).toBe(false);
    expect(scope('Orbis and Zephyr employ a total of 300 people.', '300 people').aggregate).toBe(true);
    // "Each" as a rate ("for each token") joins nothing; "each of" does.
    expect(scope('The model card lists 900 billion total parameters, with 30 billion activated for each token across 256 experts.', '900 billion total parameters').aggregate).toBe(false);
    expect(scope('Orbis put a total of $3 billion into each of its three labs.', '$3 billion').aggregate).toBe(true);
    // One thing's whole, stated as a total, is that thing's figure.
    expect(scope("Orbis's technical report gives a total of 2.79 million GPU-hours for training its model.", '2.79 million GPU-hours').aggregate).toBe(false);
  });
});

describe('scopeOf: the time of a statement', () => {
  it('does not give a figure the period or date of the verb reporting it ("said last month", "announced in March")', () => {
    expect(scope('Zephyr said last month it would spend at least 380 billion yuan on cloud infrastructure.', '380 billion yuan').period).toBeUndefined();
    expect(scope('Zephyr announced in March 2025 that it would spend $40 billion.', '$40 billion').year).toBeUndefined();
    expect(scope('In a report published late last month, Zephyr said its model used 2.7 million GPU-hours.', '2.7 million GPU-hours').period).toBeUndefined();
    // A period of the figure's own stays.
    expect(scope('Zephyr spent $4 billion last month on chips.', '$4 billion').period).toBe('month');
    // Nor the date of a report's own noun: "results last week" are dated, the charge is the quarter's.
    const charge = scope("Zephyr's first-quarter results last week put a price on the ban: a charge of nearly $5 billion.", 'nearly $5 billion');
    expect([charge.period, charge.nth, charge.relative]).toEqual(['quarter', '1', undefined]);
    expect(scope('Zephyr sold $4 billion of chips last week.', '$4 billion').period).toBe('week');
  });
});

describe('scopeOf: an age is no period', () => {
  it('reads no period from "the four-year-old company", and still one from "a three-year plan"', () => {
    expect(scope('The deal would value the three-year-old company at about $3.1 billion.', 'about $3.1 billion').period).toBeUndefined();
    expect(scope('Orbis set out a three-year plan to spend $9 billion.', '$9 billion').period).toBe('3 year');
  });
});

describe('scopeOf: a conversion into another currency', () => {
  it('gives a restated figure ("380 billion yuan, or about $52 billion") the scope of the figure it converts', () => {
    expect(scope("The launch follows Zephyr's pledge to spend 380 billion yuan, or about $52 billion, on cloud infrastructure.", 'about $52 billion')).toMatchObject({ modality: 'plan', restates: true });
    expect(scope('Zephyr will invest at least Rmb380bn ($53bn) in infrastructure.', '$53bn')).toMatchObject({ modality: 'plan', restates: true });
    // Set off by a bare comma, only a figure in another currency restates the one before; one in the same currency is the next of a list.
    expect(scope('Zephyr said it will spend 210 billion yuan, roughly $29 billion, on data centres.', 'roughly $29 billion')).toMatchObject({ modality: 'plan', restates: true });
    expect(scope('Zephyr expects costs of €4 billion, about $4.3 billion, this year.', 'about $4.3 billion')).toMatchObject({ modality: 'plan', restates: true });
    expect(scope('Revenue reached $5 billion, $6 billion and then $7 billion.', '$6 billion').restates).toBeUndefined();
    // A figure of its own is read where it stands.
    expect(scope("Zephyr's pledge to spend 380 billion yuan, announced in February, follows $52 billion spent last decade.", '$52 billion').restates).toBeUndefined();
  });
});

describe('scopeOf: the span of a family of models', () => {
  it('reads "ranging from … to …" as spanning several things, not one thing\'s figure', () => {
    expect(scope('Four small models distilled from Orbis-2 are released, ranging from 3 billion to 40 billion parameters.', '3 billion to 40 billion parameters').aggregate).toBe(true);
    expect(scope('Orbis-2 has 40 billion parameters.', '40 billion parameters').aggregate).toBe(false);
  });
});

describe('scopeOf: a fiscal quarter, and a forecast named after the figure', () => {
  it('reads "its fiscal first quarter" as a quarter, "fiscal 2025" as a year', () => {
    expect(scope('Orbis recorded a $4.5 billion charge in its fiscal first quarter.', '$4.5 billion')).toMatchObject({ period: 'quarter', nth: '1' });
    expect(scope('Orbis made $130 billion in fiscal 2025.', '$130 billion')).toMatchObject({ period: 'year', year: '2025' });
  });
  it('reads a pledge as an intention, like "intends to invest"', () => {
    expect(scope('Orbis in February pledged 380 billion yuan over three years for cloud and AI.', '380 billion yuan').modality).toBe('plan');
    expect(scope('Orbis intends to invest at least 380 billion yuan over the next three years.', '380 billion yuan').modality).toBe('plan');
  });
  it('reads an amount "it had warned of" as a forecast, not what happened', () => {
    expect(scope('The charge was less than the $5.5 billion it had warned of in April.', '$5.5 billion').modality).toBe('plan');
    expect(scope('The charge came to $4.5 billion in the quarter.', '$4.5 billion').modality).toBe('');
  });
});

describe('scopeOf', () => {
  it('reads plans, forecasts and earlier states from the figure\'s own clause', () => {
    expect(scope('Orbis plans to reach 1 million GPUs by 2027.', '1 million GPUs').modality).toBe('plan');
    expect(scope('Analysts expect Zephyr to ship around 300,000 chips.', '300,000 chips').modality).toBe('plan');
    expect(scope('The cluster that Orbis says already runs 100,000 GPUs will grow.', '100,000 GPUs').modality).toBe('');
    expect(scope('Orbis will invest 380 billion yuan in data centres.', '380 billion yuan').modality).toBe('plan');
    expect(scope('Orbis previously raised $6 billion at a valuation of $24 billion.', '$24 billion').modality).toBe('earlier');
    expect(scope('Orbis has 300 million users, up from 100 million users.', '100 million users').modality).toBe('earlier');
    expect(scope('Orbis was valued at $157 billion in its previous funding round in October.', '$157 billion').modality).toBe('earlier');
    // Its "last round" is its latest: the valuation it has now.
    expect(scope('Orbis was valued at $157 billion in its last funding round in October.', '$157 billion').modality).toBe('');
    expect(scope('Zephyr was valued at about $2 billion in its last round, two of its investors said.', 'about $2 billion').modality).toBe('');
    expect(scope('Orbis is valued at $300 billion, up from its last round.', '$300 billion').modality).toBe('');
    // What a thing done showed possible is no plan; a bare "could" still is.
    expect(scope('Regulators took note after Orbis showed a rival model could be trained on about 3,000 chips.', 'about 3,000 chips').modality).toBe('');
    expect(scope('The team demonstrated that its system can run on 400 GPUs.', '400 GPUs').modality).toBe('');
    expect(scope('The results showed strong demand, and Orbis could buy 500 chips next year.', '500 chips').modality).toBe('plan');
    expect(scope('Orbis has shown it would spend $5 billion.', '$5 billion').modality).toBe('plan');
    // A deal not yet done: a round being negotiated or raised.
    expect(scope('Orbis is in talks to raise money at a $300 billion valuation.', '$300 billion').modality).toBe('plan');
    expect(scope('Orbis is said to be raising at a valuation of $2.5 billion.', '$2.5 billion').modality).toBe('plan');
    expect(scope('Orbis raised $600 million at a valuation of $2.5 billion.', '$2.5 billion').modality).toBe('');
    // A time phrase right after the figure can date it before now.
    expect(scope('Orbis spent 76.8bn yuan, three times the 23.9bn yuan it spent the year before.', '23.9bn yuan').modality).toBe('earlier');
    expect(scope('That is three times the $18.4 billion valuation Orbis carried a year ago.', '$18.4 billion').modality).toBe('earlier');
    expect(scope("The company's market value was $3.5 trillion a week earlier.", '$3.5 trillion').modality).toBe('earlier');
    expect(scope('Orbis was worth $3 trillion two weeks ago.', '$3 trillion').modality).toBe('earlier');
  });

  it('reads the period and the date nearest the figure', () => {
    expect(scope('In the quarter to January alone, Orbis made $5.5 billion.', '$5.5 billion').period).toBe('quarter');
    expect(scope('Orbis will spend 380 billion yuan over the next three years.', '380 billion yuan').period).toBe('3 year');
    expect(scope('Orbis had 300 million users in December 2024, up from 100 million users in June.', '300 million users')).toMatchObject({ year: '2024', month: 'dec' });
    expect(scope('Orbis had 300 million users in December 2024, up from 100 million users in June.', '100 million users')).toMatchObject({ month: 'jun' });
    // A rate is part of the figure, not its period.
    expect(scope('Orbis charges $20 a month.', '$20').period).toBeUndefined();
    // A period beyond another figure is that figure's; one after the figure counts only within its clause; a bare year is a year.
    const breakdown = 'Orbis spent 76.8bn yuan in 2024, of which 36.6bn yuan fell in the fourth quarter alone.';
    expect(scope(breakdown, '76.8bn yuan')).toMatchObject({ period: 'year', year: '2024' });
    expect(scope(breakdown, '36.6bn yuan')).toMatchObject({ period: 'quarter', nth: '4' });
    expect(scope('Orbis raised money at a valuation of $61.5bn, and its backers expect more before the year is out.', '$61.5bn').period).toBeUndefined();
  });
});

describe('scopesAgree', () => {
  it('takes scopes as the same unless both state a different part', () => {
    const year = scope('Orbis made $17 billion in its last fiscal year.', '$17 billion');
    const quarter = scope('Orbis made $5 billion in the quarter.', '$5 billion');
    const bare = scope('Orbis made $17.1 billion.', '$17.1 billion');
    expect(scopesAgree(year, quarter)).toBe(false);
    expect(scopesAgree(year, bare)).toBe(true);
    expect(scopesAgree(scope('Orbis had 5 million users in January.', '5 million users'), scope('Orbis had 9 million users in June.', '9 million users'))).toBe(false);
    expect(scopesAgree(scope('Orbis runs 100,000 GPUs.', '100,000 GPUs'), scope('Orbis plans 1 million GPUs.', '1 million GPUs'))).toBe(false);
    // The third quarter is not the fourth; counts of different chips never compare.
    expect(scopesAgree(scope('Orbis reported fourth-quarter revenue of $39.3 billion.', '$39.3 billion'), scope('In Q3 Orbis made $35 billion.', '$35 billion'))).toBe(false);
    expect(scopesAgree(scope('In the quarter Orbis made $39 billion.', '$39 billion'), scope('In Q4 Orbis made $39.3 billion.', '$39.3 billion'))).toBe(true);
    expect(scopesAgree(scope('Orbis had 10,000 Acme A100 GPUs.', '10,000 Acme A100 GPUs'), scope('Orbis had 50,000 H800 chips.', '50,000 H800 chips'))).toBe(false);
    expect(scopesAgree(scope('Orbis had 10,000 Acme A100 GPUs.', '10,000 Acme A100 GPUs'), scope('Orbis had 12,000 GPUs.', '12,000 GPUs'))).toBe(true);
    // A variant code after a name in the figure's clause ("Zephyr 910B") is the thing the figure is about.
    expect(scopesAgree(scope('The yield for the older Zephyr 910B stands at about 50%.', 'about 50%'), scope("Orbis's Zephyr 910C yields are near 20%.", '20%'))).toBe(false);
    expect(scopesAgree(scope('Orbis raised the share of usable Zephyr 910C chips to nearly 40%.', 'nearly 40%'), scope("Orbis's Zephyr 910C yields are near 20%.", '20%'))).toBe(true);
    // A part in one place is not the part in another; a place left unsaid may be either.
    const memphis = scope('Orbis runs 200,000 GPUs in Memphis.', '200,000 GPUs');
    expect(memphis.place).toBe('memphis');
    expect(scopesAgree(memphis, scope('Orbis runs 10,000 GPUs in Malaysia.', '10,000 GPUs'))).toBe(false);
    expect(scopesAgree(memphis, scope('Orbis runs 150,000 GPUs.', '150,000 GPUs'))).toBe(true);
  });
});

describe('scopeOf: spans of months and base models', () => {
  it('reads three, six and twelve months as a quarter, a half and a year, with the ordinal', () => {
    expect(scope('Buyers ordered $16 billion of chips in the first three months of 2025.', '$16 billion')).toMatchObject({ period: 'quarter', nth: '1', year: '2025' });
    expect(scope('Buyers ordered $12 billion of chips in the first quarter.', '$12 billion')).toMatchObject({ period: 'quarter', nth: '1' });
    expect(scopesAgree(scope('Buyers ordered $16 billion of chips in the first three months of 2025.', '$16 billion'), scope('Buyers ordered $12 billion of chips in the first quarter.', '$12 billion'))).toBe(true);
    expect(scope('Orbis made $3 billion in the last six months.', '$3 billion').period).toBe('half');
    expect(scope('Orbis made $3 billion in the last two months.', '$3 billion').period).toBe('2 month');
    // An ordinal before another span is not a quarter's.
    expect(scope('Orbis made $3 billion in its first two months.', '$3 billion').nth).toBeUndefined();
  });

  it("marks a figure about the model the subject was built on, which never meets the subject's own", () => {
    expect(scope('Orbis-2 drew notice for the $5.6 million cost of training the model it was built on.', '$5.6 million').base).toBe(true);
    expect(scope('Its engineers trained the underlying model at a cost of less than $6m.', 'less than $6m').base).toBe(true);
    expect(scope('The reinforcement-learning stage of Orbis-2 cost about $294,000.', 'about $294,000').base).toBeUndefined();
    expect(scopesAgree(scope('the $5.6 million cost of training the model it was built on', '$5.6 million'), scope('Orbis-2 cost $294,000 to train.', '$294,000'))).toBe(false);
  });

  it('marks a threshold that bounds a class the subject is one of', () => {
    expect(scope('The company is one of a handful of start-ups valued at more than $1bn.', 'more than $1bn').class).toBe(true);
    expect(scope('Orbis is among the few labs with more than 1,000 employees.', 'more than 1,000 employees').class).toBe(true);
    // An aside that names a class does not reach the figure's own clause.
    expect(scope('Orbis, one of the largest labs, was valued at $3bn.', '$3bn').class).toBeUndefined();
    expect(scopesAgree(scope('It is one of the start-ups valued at more than $1bn.', 'more than $1bn'), scope('A round valued it at about $4bn.', 'about $4bn'))).toBe(false);
  });

  it('reads the chip family a count names after its maker, so counts of different chips never compare', () => {
    expect(scope('Orbis has access to around 50,000 Tolvik Hopper chips.', 'around 50,000 Tolvik Hopper chips').item).toBe('hopper');
    expect(scope('Orbis owns 50,000 Tolvik Zephyr-generation GPUs.', '50,000 Tolvik Zephyr-generation GPUs').item).toBe('zephyr');
    expect(scope('Orbis owns roughly 10,000 older A100 chips.', 'roughly 10,000 older A100 chips').item).toBe('a100');
    // A maker alone names no family.
    expect(scope('Orbis owns 10,000 Tolvik chips.', '10,000 Tolvik chips').item).toBeUndefined();
    // Nor an acronym of kind after a family: "Hopper AI chips" are Hopper chips of any model.
    expect(scope('Orbis can make about 200,000 Hopper AI chips this year.', 'about 200,000 Hopper AI chips').item).toBeUndefined();
    expect(scopesAgree(scope('Orbis has around 50,000 Tolvik Hopper chips.', 'around 50,000 Tolvik Hopper chips'), scope('Orbis owns 10,000 older A100 chips.', '10,000 older A100 chips'))).toBe(false);
  });

  it('reads whether counted chips ran a training job or are what a company owns', () => {
    expect(scope('Orbis trained a frontier model on about 2,000 H800s.', 'about 2,000 H800s').use).toBe('training');
    expect(scope('We think Orbis has access to about 50,000 Hopper GPUs in total.', 'about 50,000 Hopper GPUs').use).toBe('fleet');
    expect(scope('Orbis runs 10,000 GPUs.', '10,000 GPUs').use).toBeUndefined();
  });

  it("prefers a date or period in the figure's own clause to one in another", () => {
    expect(scope('Orbis, founded in 2023 by two engineers, was valued at about $3.3 billion after a round in 2024.', 'about $3.3 billion').year).toBe('2024');
    expect(scope('In 2024, Orbis made $17 billion.', '$17 billion').year).toBe('2024');
    expect(scope('Orbis made $39.3 billion for the fourth quarter, and $130.5 billion for the full fiscal year.', '$130.5 billion')).toMatchObject({ period: 'year' });
    expect(scope('Orbis made $39.3 billion for the fourth quarter, and $130.5 billion for the full fiscal year.', '$39.3 billion')).toMatchObject({ period: 'quarter', nth: '4' });
    expect(scope('In the fourth quarter, Orbis made $39.3 billion.', '$39.3 billion')).toMatchObject({ period: 'quarter', nth: '4' });
  });
});

describe('scopeOf: plans, partial periods and deadlines in wordings not tuned for', () => {
  it('reads "is poised to", "anticipates" and "warned of" as plans', () => {
    expect(scope('Zephyr is poised to ship 700,000 chips this year.', '700,000 chips').modality).toBe('plan');
    expect(scope('Orbis anticipates reaching 1 million GPUs by the end of 2026.', '1 million GPUs').modality).toBe('plan');
    expect(scope('Zephyr shipped 450,000 chips last year.', '450,000 chips').modality).toBe('');
    // A charge warned of beforehand is what was expected, not what was booked.
    expect(scope('Orbis had warned of a $5.5 billion charge tied to the chip in April.', '$5.5 billion').modality).toBe('plan');
    expect(scope('Orbis took a $4.5 billion charge on unsold chips in the quarter.', '$4.5 billion').modality).toBe('');
  });
  it('reads "so far this year" and "year to date" as part of the year, never the whole', () => {
    const partial = scope('Zephyr has delivered 200,000 chips so far this year.', '200,000 chips');
    expect(partial.period).toBe('year to date');
    expect(scope('Year-to-date revenue reached $9 billion, Orbis said.', '$9 billion').period).toBe('year to date');
    expect(scopesAgree(partial, scope('Zephyr shipped 700,000 chips this year.', '700,000 chips'))).toBe(false);
  });
  it('reads a value assumed for a calculation apart from one quoted or paid, but not the result worked out from it', () => {
    const sentence = 'Orbis needed 2.8 million GPU-hours, which at an assumed rental price of $2 per GPU-hour comes to $5.6 million.';
    const assumed = scope(sentence, '$2 per GPU-hour');
    expect(assumed.assumed).toBe(true);
    expect(scope(sentence, '$5.6 million').assumed).toBeUndefined();
    expect(scopesAgree(assumed, scope('Our GPUs cost us about $2.40 per GPU-hour in Ostmark.', '$2.40 per GPU-hour'))).toBe(false);
  });
  it('reads a count kept since launch as all of it to date, and one said to be a single day\'s as that day\'s', () => {
    const total = scope("Orbis's app topped the charts on Monday with an estimated 1.6 million downloads since its release.", '1.6 million downloads');
    const day = scope("Orbis's app was downloaded more than 2.6 million times on Monday alone.", '2.6 million times');
    expect(total.period).toBe('to date');
    expect(day.period).toBe('day');
    expect(scopesAgree(total, day)).toBe(false);
    expect(scopesAgree(total, scope("Orbis's app has been downloaded 1.5 million times.", '1.5 million times'))).toBe(true);
  });
  it('reads "by year-end" and "the end of the quarter" as the period under way when written', () => {
    expect(scope('Orbis is on pace to hit 300,000 GPUs by year-end.', '300,000 GPUs')).toMatchObject({ period: 'year', relative: 0 });
    expect(scope('Orbis will have $4 billion in cash at the end of the quarter.', '$4 billion')).toMatchObject({ period: 'quarter', relative: 0 });
    // A span of years is not the year under way.
    expect(scope('Orbis will spend $80 billion over three years.', '$80 billion').relative).toBeUndefined();
  });
});

describe('scopeOf: the earlier value of a comparison', () => {
  it('reads "the year-ago quarter" as earlier, and a time phrase after another figure as that figure\'s', () => {
    const s = 'Zephyr revenue came in at 32.5 billion yuan, compared with 31.5 billion yuan in the year-ago quarter.';
    expect(scope(s, '31.5 billion yuan').modality).toBe('earlier');
    expect(scope(s, '32.5 billion yuan').modality).toBe('');
    const t = "Orbis's capex came to $13.7 billion in the first quarter against $6.7 billion a year earlier.";
    expect(scope(t, '$13.7 billion').modality).toBe('');
    expect(scope(t, '$6.7 billion').modality).toBe('earlier');
  });
});

describe('scopeOf: a headline\'s future', () => {
  it('reads "Name to verb" with no verb of its own as a plan, and not a noun after "to"', () => {
    expect(scope('Orbis to take $5.5b charge; Zephyr, Lumen supply memory for Z40', '$5.5b').modality).toBe('plan');
    expect(scope('Zephyr set to invest $52bn in cloud', '$52bn').modality).toBe('plan');
    expect(scope('Orbis booked $4.5B in its fiscal first quarter.', '$4.5B').modality).toBe('');
    expect(scope('Sales to China fell to $2 billion.', '$2 billion').modality).toBe('');
  });
});

describe('scopeOf: an amount restated in brackets', () => {
  it('lets the period after the brackets date the figure ("33.4bn yuan (£3.5bn) in the three months to the end of June")', () => {
    const s = scope('Revenue at Orbis rose 26% to 33.4bn yuan (£3.5bn) in the three months to the end of June, the fastest growth in years.', '33.4bn yuan');
    expect([s.period, s.month]).toEqual(['quarter', 'jun']);
  });
});

describe('scopeOf: a valuation being set', () => {
  it('reads "is now being valued at" as a deal not yet done, like "in talks to raise at a valuation of"', () => {
    expect(scope('Orbis, according to people briefed on its latest fundraising, is now being valued at $230 billion.', '$230 billion').modality).toBe('plan');
    expect(scope('Orbis is in talks to raise about $10 billion at a valuation of $200 billion.', '$200 billion').modality).toBe('plan');
    expect(scope('Orbis was valued at $80 billion in March.', '$80 billion').modality).toBe('');
  });
});

describe('scopeOf: a lifetime total, one day, and a span that only places a time', () => {
  it('reads "since its release" as a lifetime total and "on Monday alone" as one day', () => {
    expect(scope("Orbis's app hit the top of the App Store on Monday with an estimated 1.6 million downloads since its release.", '1.6 million downloads').period).toBe('to date');
    expect(scope("Orbis's app was downloaded more than 2.6 million times on Monday alone, according to one firm.", '2.6 million times').period).toBe('day');
    // Since another event, it is not the thing's lifetime.
    expect(scope("Chinese firms have ordered some $12 billion of Z40 chips since Orbis's release.", '$12 billion').period).toBeUndefined();
  });
  it('takes no period from a span followed by "after", "before" or "earlier"', () => {
    expect(scope("Five weeks after Orbis knocked $589bn off Zephyr's market value in a single day, people are still arguing.", '$589bn').period).toBe('day');
  });
});

describe('scopeOf: several subjects acting together', () => {
  it('reads "together" anywhere before the figure in its clause as a sum', () => {
    expect(scope('Orbis, Zephyr, Lumen and Vantor together are on track to spend more than $350 billion on capital projects this year.', 'more than $350 billion').aggregate).toBe(true);
    expect(scope('Orbis itself plans to spend about $80 billion on data centres.', 'about $80 billion').aggregate).toBe(false);
  });
});
