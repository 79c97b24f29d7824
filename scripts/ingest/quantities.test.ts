import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures.ts';
import { measureOf, placeScoped } from './quantities.ts';

/** The measure of the first figure in an invented sentence. */
const measure = (s: string) => {
  const f = extractFigures(s)[0]!;
  return measureOf(f, s, f.index, f.end);
};

describe('measureOf', () => {
  it('reads the cost of training, or of one training stage, as a training cost', () => {
    expect(measure('A new paper puts the cost of training the Orbis-2 model at $410,000.')).toBe('training cost');
    expect(measure('The reinforcement-learning stage that turned the base model into Orbis-2 cost $410,000.')).toBe('training cost');
    expect(measure('The fine-tuning run cost about $40,000 on rented chips.')).toBe('training cost');
  });
  it('keeps other costs apart', () => {
    expect(measure('Zephyr spent $2 billion on servers last year.')).toBe('hardware spending');
    expect(measure('The subscription is priced at $20 a month.')).toBe('price');
  });
  it('names money invested in or spent on infrastructure one measure, whichever word is nearer', () => {
    expect(measure('Zephyr will invest at least 380 billion yuan in cloud and AI infrastructure.')).toBe('infrastructure investment');
    expect(measure('Zephyr plans to spend RMB 380 billion on AI infrastructure.')).toBe('infrastructure investment');
  });
});

describe('measureOf: a market\'s size, money deployed, a cost for training', () => {
  it('reads money named with a market as the market\'s size, not a market value, market price or share move', () => {
    expect(measure('He said the $50 billion Ostmark market for AI chips was now closed to foreign firms.')).toBe('market size');
    expect(measure("Ostmark's AI market will reach $17 billion by 2027.")).toBe('market size');
    expect(measure('Zephyr lost $40 billion of market value.')).toBe('market value loss');
    expect(measure('Buying that many would cost $50 million to $70 million at grey-market prices.')).toBe('cost');
  });
  it('reads what goods are worth as their trade value, not a valuation, and a fine as a penalty', () => {
    expect(measure("The complaint alleges that the company's shipments were worth more than $28 million.")).toBe('trade value');
    expect(measure('Orbis is now worth about $3 billion.')).toBe('valuation');
    expect(measure('Zephyr was fined $2 million by the regulator.')).toBe('penalty');
  });
  it('reads what one backer commits to a shared venture as its commitment', () => {
    expect(measure('Zephyr and Orbis will each commit $19 billion to the venture.')).toBe('commitment');
  });
  it('reads a company that "prices itself at" an amount as its valuation, and an amount "charged" as a price', () => {
    expect(measure('Orbis prices itself at $7 billion in the new round.')).toBe('valuation');
    expect(measure('Zephyr charged $12 for the same volume.')).toBe('price');
    expect(measure('Zephyr took a $1.5 billion charge in the quarter.')).toBe('charge');
  });
  it('reads money deployed or mobilised as an investment', () => {
    expect(measure('The partners said $100 billion would be deployed immediately.')).toBe('investment');
    expect(measure('The plan would mobilise €200 billion across the region.')).toBe('investment');
  });
  it('reads "the cost of the run" as a training cost', () => {
    expect(measure('The lab put the cost of the run at $5.576 million.')).toBe('training cost');
  });
  it('reads "the cost of that run" and a model built or developed "for" an amount as a training cost', () => {
    expect(measure('That week the lab put the cost of that run at $6.2 million.')).toBe('training cost');
    expect(measure("Orbis's claim that it built a frontier AI model for about $US7 million stunned investors.")).toBe('training cost');
    expect(measure('The lab developed its reasoning model for just $294,000.')).toBe('training cost');
    // Not a thing other than a model built for an amount.
    expect(measure('The firm built a new office for $20 million.')).not.toBe('training cost');
  });
  it('reads money "for training" a model as its training cost', () => {
    expect(measure('The widely quoted figure of $5.576 million for training Orbis-2 describes one thing.')).toBe('training cost');
  });
});

describe('measureOf: margins, earlier values, chip caps', () => {
  it('reads a gross margin as one', () => {
    expect(measure('Zephyr expects a gross margin of 73% this quarter.')).toBe('gross margin');
  });
  it('gives "down from 17%" the measure of the share it is the earlier value of', () => {
    const s = "Zephyr's revenue from Ostmark fell to 13% of its total, down from 17% a year earlier.";
    const f = extractFigures(s)[1]!;
    expect(measureOf(f, s, f.index, f.end)).toBe('share of revenue');
  });
  it('reads a ceiling on chips as a cap, not a count', () => {
    expect(measure('Each country would be capped at about 50,000 advanced GPUs through 2027.')).toBe('chip cap');
    expect(measure('A validated end user may hold up to 320,000 GPUs over two years.')).toBe('chip cap');
    expect(measure('The rule sets a cap equivalent to roughly 50,000 advanced GPUs per country.')).toBe('chip cap');
    // Output "limited by" packaging is still output.
    expect(measure('Zephyr is likely to produce about 200,000 accelerators in 2025, limited by access to packaging.')).toBe('production');
  });
});

describe('measureOf for a share of something named before', () => {
  it('reads "of that revenue" as a share of revenue, not of "that"', () => {
    expect(measure('Zephyr said the unit brought in less than 2 per cent of that revenue.')).toBe('share of revenue');
    // A flow other than revenue named as the part is what the share is of: not the revenue billed somewhere.
    expect(measure('But Zephyr said shipments to Ostmark made up less than 2 per cent of that revenue.')).toBe('share of shipments');
    expect(measure('Customers billed in Ostmark accounted for 18 per cent of revenue.')).toBe('share of revenue');
  });
});

describe('measureOf for sales lost', () => {
  it('reads sales a company loses to something as lost revenue, not revenue it made', () => {
    expect(measure('The company said export curbs cost it roughly $2.5 billion in sales in the quarter.')).toBe('lost revenue');
    expect(measure('The outlook reflects a loss of about $8 billion in Z9 revenue because of the new licence rule.')).toBe('lost revenue');
    expect(measure('Orbis reported first-quarter revenue of about $44 billion.')).toBe('revenue');
    expect(measure('Orbis lost $1.2 billion on revenue of $3.7 billion last year.')).not.toBe('lost revenue');
  });
});

describe('measureOf for users', () => {
  it('reads the period of users named right before the count\'s verb', () => {
    expect(measure("Orbis's daily active users exceeded 22 million in January.")).toBe('daily active users');
    expect(measure('Its monthly users topped 100 million.')).toBe('monthly active users');
    expect(measure('Users of the Orbis app grew to 100 million.')).toBe('users');
  });
});

describe('measureOf for active parameters', () => {
  it('reads the parameters each token touches as the active parameters', () => {
    expect(measure('Serving it takes a multi-GPU node even though each token only touches 32B parameters.')).toBe('active parameters');
    expect(measure('Orbis-2 has 32B parameters.')).toBe('parameter count');
    expect(measure('Each token only passes through 21 billion of the parameters.')).toBe('active parameters');
  });
  it('reads "the number of parameters activated for each token is" as the active parameters, the total number as the count', () => {
    expect(measure('The number of parameters activated for each token is 21 billion.')).toBe('active parameters');
    expect(measure('The number of active parameters is 21 billion.')).toBe('active parameters');
    expect(measure('The total number of parameters is 400 billion.')).toBe('parameter count');
  });
  it('reads a count the design activates as the active parameters, not the total', () => {
    expect(measure('The sparse design activates 21 billion of Orbis-2\'s 400 billion parameters per token.')).toBe('active parameters');
    expect(measure('The sparse design has 400 billion parameters.')).toBe('parameter count');
  });
  it('reads a count its clause says works on each token as the active parameters, not the total beside it', () => {
    /** The measure of the figure holding `text` in an invented sentence (the shortest, not a "21 billion of its 400 billion" span). */
    const of = (s: string, text: string) => {
      const f = extractFigures(s).filter((g) => g.text.includes(text)).sort((a, b) => a.text.length - b.text.length)[0]!;
      return measureOf(f, s, f.index, f.end);
    };
    const s = 'Orbis-2 weighs in at about 400 billion parameters, but only 21 billion of them fire for any given token.';
    expect(of(s, '21 billion')).toBe('active parameters');
    expect(of(s, '400 billion')).toBe('parameter count');
    expect(of('Of its 400 billion parameters, 21 billion are used per token.', '21 billion')).toBe('active parameters');
    expect(of('Of its 400 billion parameters, 21 billion are used per token.', '400 billion')).toBe('parameter count');
    expect(of('It is a 400 billion parameter model that switches on 21 billion for each token.', '400 billion')).toBe('parameter count');
    expect(of('Orbis-2 has 400 billion parameters and was trained on 9 trillion tokens.', '400 billion')).toBe('parameter count');
    // Or at each moment of running.
    const moment = 'It has 400 billion parameters across 128 experts, so about 21 billion parameters do the work at any moment.';
    expect(of(moment, '21 billion')).toBe('active parameters');
    expect(of(moment, '400 billion')).toBe('parameter count');
    expect(of("The design activates 21 billion of the model's 400 billion parameters for each token.", '400 billion')).toBe('parameter count');
    expect(of("The design activates 21 billion of the model's 400 billion parameters for each token.", '21 billion')).toBe('active parameters');
    expect(of('A dense 70-billion-parameter model does about twice the arithmetic per token of Orbis-2.', '70-billion')).toBe('parameter count');
  });
});

describe('measureOf for a discounted token price', () => {
  it('reads a price in a sentence opened by an off-peak or cache-hit phrase as discounted', () => {
    expect(measure("In the off-peak window, Orbis-2's output price drops to about $0.55 per million tokens.")).toBe('API price (output, discounted)');
    expect(measure('During off-peak hours, output from Orbis-2 costs $0.55 per million tokens.')).toBe('API price (output, discounted)');
    expect(measure('On a cache hit, input to Orbis-2 costs $0.07 per million tokens.')).toBe('API price (input, discounted)');
    expect(measure("At standard rates, Orbis-2's output price is $2.19 per million tokens.")).toBe('API price (output)');
    // An opening phrase with a figure of its own is not one setting the sentence.
    expect(measure('Off-peak prices fell 75%, and output costs $2.19 per million tokens at standard rates.')).not.toBe('API price (output, discounted)');
  });
});

describe('measureOf for market value won back', () => {
  it('reads value clawed back or added as a gain, not as what the company is worth', () => {
    expect(measure('Orbis shares rebounded on Tuesday, clawing back about $120 billion of the value they lost a day earlier.')).toBe('market value gain');
    expect(measure('Orbis added $80 billion in market value on Tuesday.')).toBe('market value gain');
    expect(measure('Investors valued Orbis at $120 billion.')).toBe('valuation');
  });
});

describe('measureOf for orders not shipped', () => {
  it('reads orders a company could not ship apart from what customers ordered', () => {
    expect(measure('Zephyr said it was unable to ship an additional $1.5 billion of X9 orders in the quarter.')).toBe('unshipped orders');
    expect(measure('Buyers ordered at least $12 billion worth of X9 chips in the quarter.')).toBe('orders');
  });
});

describe('measureOf for a grant', () => {
  it('reads "a $5 million grant" and "a grant of $5 million" as a grant, whatever it pays for', () => {
    expect(measure('Lawmakers are weighing a $5.6 million grant to help the university build a GPU cluster.')).toBe('grant');
    expect(measure('The state approved a grant of $5.6 million for new servers.')).toBe('grant');
  });
});

describe('measureOf for an amount stated as a share', () => {
  it('does not read the measure the share is of as the amount\'s ("$2 billion is about 10% of the revenue")', () => {
    expect(measure('$2 billion is about 10% of the revenue analysts expected Orbis to report.')).toBe('amount');
    expect(measure('The $2 billion charge is about 10% of the revenue analysts expected.')).toBe('charge');
    expect(measure('Orbis reported revenue of $2 billion.')).toBe('revenue');
  });
});

describe('measureOf for revenue', () => {
  it('reads income verbs as revenue, and a share of a company\'s revenue as a share of revenue', () => {
    expect(measure('Orbis made about $17 billion from China last year.')).toBe('revenue');
    expect(measure('China brought in $5.5 billion in the quarter.')).toBe('revenue');
    expect(measure('That is roughly 14% of Orbis\'s revenue.')).toBe('share of revenue');
    expect(measure('That is roughly 41% of Orbis\'s users.')).toBe('share of orbis');
  });
  it('reads a share of revenue handed over to someone else as a levy, not the company\'s share of revenue', () => {
    expect(measure('Licences are granted on condition that Orbis and Zephyr pay the government 15% of the resulting revenue.')).toBe('share of revenue paid');
    expect(measure('The chipmakers must remit 15% of revenue from those sales to the Treasury.')).toBe('share of revenue paid');
    expect(measure('Zephyr will pay 15% of its Ostmark K9 revenue to the government.')).toBe('share of revenue paid');
    // Not where the clause before the share hands nothing over.
    expect(measure('Customers billed abroad accounted for 18% of its revenue.')).toBe('share of revenue');
    expect(measure('Having paid its suppliers, Zephyr says China makes up 18% of its revenue.')).toBe('share of revenue');
  });
  it('names revenue from a place as that place\'s revenue', () => {
    expect(placeScoped('revenue', 'China')).toBe('China revenue');
    expect(placeScoped('valuation', 'China')).toBe('valuation');
  });
});

describe('measureOf for rounds and orders', () => {
  it('keeps a pre-money valuation apart, orders apart from sales, and orders not shipped apart from orders placed', () => {
    expect(measure('The round values Orbis at a pre-money valuation of $1.9 billion.')).toBe('pre-money valuation');
    expect(measure('Orbis was unable to ship $2.5 billion of orders and expects lower sales.')).toBe('unshipped orders');
    expect(measure('Buyers placed orders for Orbis T40 chips worth at least $16 billion in the quarter.')).toBe('orders');
    expect(measure('The shipments of chips were worth about $16 billion.')).toBe('trade value');
  });
});

describe('measureOf for counts', () => {
  it('names what happens to counted chips from the verb before them', () => {
    expect(measure('Zephyr is likely to produce about 200,000 K9 accelerators in 2025.')).toBe('production');
    expect(measure('Orbis bought about 230,000 Acme chips last year.')).toBe('chip purchases');
    expect(measure('Zephyr shipped roughly 450,000 chips of all models.')).toBe('shipments');
    expect(measure('The cluster runs 100,000 GPUs.')).toBe('chip count');
    expect(measure('China imported about 1.4 million AI accelerators in 2024.')).toBe('chip imports');
    expect(measure('Under the export controls, the buyers hold 1,700 GPUs.')).toBe('chip count');
  });
  it('keeps active parameters apart from the total', () => {
    expect(measure('Orbis has 37 billion active parameters.')).toBe('active parameters');
    expect(measure('Orbis has 671 billion total parameters and 37 billion activated per token.')).toBe('parameter count');
  });
  it('names money per chip a chip price', () => {
    expect(measure('At roughly $30,000 per chip the accelerators cost $3 billion.')).toBe('chip price');
  });
});

describe('measureOf for prices and revenue rates', () => {
  it('keeps a cache-hit or off-peak price apart from the list price', () => {
    const s = 'Orbis charges $0.14 per million input tokens for cache hits and $0.55 per million input tokens otherwise.';
    const [hit, list] = extractFigures(s);
    expect(measureOf(hit!, s, hit!.index, hit!.end)).toBe('API price (input, discounted)');
    expect(measureOf(list!, s, list!.index, list!.end)).toBe('API price (input)');
    // A cache miss is the list price; a side named in a label before the figure counts ("Output: $2.2").
    for (const [text, want] of [
      ['Input (cache miss): $0.55 per million tokens', 'API price (input)'],
      ['Input is $0.55 per million tokens when the prompt is not cached.', 'API price (input)'],
      ['Output: $2.2 per million tokens', 'API price (output)'],
    ] as const) {
      const f = extractFigures(text)[0]!;
      expect(measureOf(f, text, f.index, f.end)).toBe(want);
    }
  });
  it('keeps annualised revenue apart from a year\'s revenue', () => {
    expect(measure('Orbis reached annualised revenue of $2 billion.')).toBe('annualised revenue');
    expect(measure('Orbis hit a $2 billion revenue run rate.')).toBe('annualised revenue');
  });
});

describe('measureOf for rates, scores and trade', () => {
  it('names tokens per second a throughput and tokens per question a length, not training data', () => {
    expect(measure('The chip serves about 30 tokens per second.')).toBe('throughput');
    expect(measure('The model uses an average of 23,000 tokens per question.')).toBe('tokens per question');
  });
  it('reads scores, yields, discounts and exports', () => {
    expect(measure('Orbis scores 79.8% on the test.')).toBe('benchmark score');
    expect(measure('Yields on the new line are near 30%.')).toBe('yield');
    expect(measure('Orbis offers 50% off during quiet hours.')).toBe('price change');
    expect(measure('Chip exports reached US$10.4 billion in March.')).toBe('exports');
  });
  it('reads a share of usable chips as a yield, and a figure after "valued … at" as a valuation', () => {
    expect(measure('Only about 20% of the Zephyr Z9 chips that Orbis makes are usable, people said.')).toBe('yield');
    expect(measure('Orbis raised the share of usable Z9 chips to nearly 40%.')).toBe('yield');
    expect(measure('A round led by Zed values the Orbis maker at $61.5 billion after the investment.')).toBe('valuation');
    expect(measure('A round led by Zed, valuing the Orbis maker at $61.5 billion after the investment.')).toBe('valuation');
    expect(measure('Orbis raised $2 billion in new funding.')).toBe('funding');
    expect(measure('Orbis had only around 20 percent of the Chinese market for AI accelerators.')).toBe('market share');
    expect(measure('Roughly 43% of the downloads came from Ohio.')).toBe('share of downloads');
  });
  it('names a size in GB of memory a memory size', () => {
    expect(measure('The card has 24 GB of memory.')).toBe('memory');
  });
});

describe('measureOf for sizes', () => {
  it('names a size in GB or TB a data size, unless it is memory', () => {
    expect(measure('The training set is 48 TB of text.')).toBe('data size');
  });
});

describe('measureOf: charges', () => {
  it('reads an accounting charge as a charge, and "charges" as a verb as a price', () => {
    expect(measure('Orbis recorded a $4.5 billion charge in its first quarter.')).toBe('charge');
    expect(measure('Orbis expects to record a charge of up to $5.5 billion this quarter.')).toBe('charge');
    expect(measure('Orbis took a $300 million write-down on unsold chips.')).toBe('charge');
    expect(measure('The subscription is priced at $20 a month.')).toBe('price');
    expect(measure('Orbis charges $20 a month for the app.')).toBe('price');
  });
});

describe('measureOf: market value, orders', () => {
  it('reads a market value that fell by an amount, or was erased, as a loss; a remaining one as the market value', () => {
    expect(measure("Orbis's market value fell by $593 billion on Monday.")).toBe('market value loss');
    expect(measure('Orbis shares fell, erasing nearly $600bn of market value.')).toBe('market value loss');
    expect(measure('Orbis has a market value of about $2.9 trillion.')).toBe('market value');
  });
  it('reads an amount named as a fall of the market value ("the $590 billion slump in its market value") as a loss', () => {
    expect(measure("The US$590 billion slump in Orbis's market value on Monday drew attention to its accounts.")).toBe('market value loss');
    expect(measure('A $279 billion one-day drop in market capitalisation followed.')).toBe('market value loss');
    // Not a fall: the value itself.
    expect(measure('The $2.9 trillion market value makes it the largest chipmaker.')).toBe('market value');
  });
  it('reads money ordered as orders', () => {
    expect(measure('Buyers ordered at least $16 billion of Orbis chips.')).toBe('orders');
  });
});

describe('measureOf: tokens', () => {
  it('reads a context window only where "context" is in the count\'s clause or just before it', () => {
    expect(measure('The model can work with up to 4 million tokens of context, far more than rivals.')).toBe('context window');
    expect(measure('Its context window, at 128,000 tokens, is long.')).toBe('context window');
    expect(measure('Pre-training used 14.8 trillion tokens, then the context window was extended twice.')).toBe('training tokens');
  });
});
