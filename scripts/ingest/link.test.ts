import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../core/entity.ts';
import { figureSubject } from './figure-subject.ts';
import { link } from './link.ts';
import { compileGazetteer, findMentions } from '../core/match.ts';
import { ingestArticle } from './pipeline.ts';

const gazetteer = validateGazetteer(
  `
- name: DeepSeek
  type: organisation
  description: A Chinese AI start-up based in Hangzhou.
- name: DeepSeek-R1
  type: model
  aliases: [R1]
  partOf: DeepSeek
  description: DeepSeek's reasoning model.
- name: Kai-Fu Lee
  type: person
  description: Founder of a Chinese AI company.
- name: United States
  type: place
  aliases: [US, U.S.]
  description: A country in the AI race.
`,
  'entities.yaml',
);
const matcher = compileGazetteer(gazetteer);
const names = (text: string) => findMentions(text, matcher).map((m) => text.slice(m.start, m.end));

describe('link: entity matching', () => {
  it('matches whole words, longest alias first', () => {
    expect(names('DeepSeek-R1 beat R1 rivals; DeepSeek’s plan')).toEqual(['DeepSeek-R1', 'R1', 'DeepSeek']);
  });
  it('does not link short names inside other tokens', () => {
    expect(names('TR1 R12 R1x xR1 R1-2 USB thus us')).toEqual([]);
  });
  it('does not link a name as the front of a longer version number (its maker still links), but does before a full stop', () => {
    expect(names('DeepSeek-R1.5 and R1.1 are later releases; R1. 2 more weeks passed, and R1, R1.')).toEqual(['DeepSeek', 'R1', 'R1', 'R1']);
  });
  it('does not link a currency prefix as a place ("US$23.7 billion")', () => {
    expect(names('Revenue of US$23.7 billion came from the US.')).toEqual(['US']);
    expect(findMentions('Revenue of US$23.7 billion came from the US.', matcher)[0]!.start).toBe(41);
  });
  it('does not link an ambiguous bare surname that is not an alias', () => {
    expect(names('Lee argues that the sanctions failed; Kai-Fu Lee agrees.')).toEqual(['Kai-Fu Lee']);
  });
  it('matches aliases ending in punctuation, and is case-sensitive', () => {
    expect(names('the U.S. and the US, not us or deepseek')).toEqual(['U.S.', 'US']);
  });
});

describe('figureSubject', () => {
  const bySlug = new Map(gazetteer.map((e) => [e.slug, e]));
  const subject = (text: string, figure: string) => {
    const mentions = findMentions(text, matcher);
    const start = text.indexOf(figure);
    return figureSubject({ text, mentions }, { start, end: start + figure.length, measure: 'amount' }, { paragraph: mentions, counted: [], byslug: (slug) => bySlug.get(slug) })?.entity;
  };
  it('takes the nearest entity before a figure, skipping points of comparison', () => {
    // A name inside an aside about another ("X, the model Y was built to match, costs …") is not the subject.
    expect(subject('DeepSeek, the lab DeepSeek-R1 came from, spent $6 million.', '$6 million')).toBe('deepseek');
    expect(subject('DeepSeek, the lab, and DeepSeek-R1 spent $6 million.', '$6 million')).toBe('deepseek-r1');
    expect(subject('DeepSeek matched systems such as DeepSeek-R1 with a cost of merely $6 million.', '$6 million')).toBe('deepseek');
    expect(subject('The US pledged $500 billion, more than DeepSeek.', '$500 billion')).toBe('united-states');
  });
  it('never takes a place made an adjective ("The Hangzhou-based company") as the subject', () => {
    // The test gazetteer places DeepSeek in Hangzhou: "the Hangzhou-based company" is it, "the Paris-based company" is not.
    expect(about('The Hangzhou-based company trained its model on 2,000 chips.', '2,000 chips', 'chip count', 'deepseek')).toEqual({ entity: 'deepseek', from: 'sentence' });
    expect(about('The Paris-based company trained its model on 2,000 chips.', '2,000 chips', 'chip count', 'deepseek')?.from).toBe('context');
    expect(about('The US-based company trained its model on 2,000 chips.', '2,000 chips', 'chip count')?.entity).not.toBe('united-states');
    // Of the organisations the last sentence named, the one placed there, though another was named last.
    const text = 'The Hangzhou-based company trained its model on 2,000 chips.';
    const mentions = findMentions(text, matcher);
    const start = text.indexOf('2,000 chips');
    const other = { ...bySlug.get('deepseek')!, slug: 'acme', name: 'Acme', description: 'A US chip designer.' };
    const byslug = (slug: string) => (slug === 'acme' ? other : bySlug.get(slug));
    const context = { previous: 'acme', organisation: 'acme', organisations: ['deepseek', 'acme'], paragraph: mentions, counted: [], byslug };
    expect(figureSubject({ text, mentions }, { start, end: start + 11, measure: 'chip count' }, context)).toEqual({ entity: 'deepseek', from: 'sentence' });
    expect(about('The US trained its model on 2,000 chips.', '2,000 chips', 'chip count', 'deepseek')?.entity).toBe('united-states');
  });
  it('skips a name inside a long relative clause set off by commas ("X, which R1 matches on most of the reasoning benchmarks DeepSeek reported, costs $15")', () => {
    expect(subject('Kai-Fu Lee, whose lab many observers now rank as a close match for the labs DeepSeek competes with, spent $15 million.', '$15 million')).toBe('kai-fu-lee');
  });
  it('gives the figure on the far side of ", against" to the name after it ("R1 scored 79.8%, against 79.2% for o1")', () => {
    expect(subject('DeepSeek-R1 scored 79.8% on the test, against 79.2% for Kai-Fu Lee.', '79.2%')).toBe('kai-fu-lee');
    expect(subject('DeepSeek-R1 scored 79.8% on the test, against 79.2% for Kai-Fu Lee.', '79.8%')).toBe('deepseek-r1');
  });
  it('gives a figure in a relative clause right after a name to that name, even a point of comparison ("than R1, which activates 37 billion")', () => {
    expect(subject('It is a sparser design than DeepSeek-R1, which activates 37 billion of its 671 billion parameters.', '37 billion')).toBe('deepseek-r1');
  });
  it('skips every name in an aside after an unknown name opening the sentence ("Zorvex, which designs chips for DeepSeek and Kai-Fu Lee, fell 17%")', () => {
    expect(subject('Zorvex, which designs chips for the US and DeepSeek, fell 17 percent.', '17 percent')).toBeUndefined();
    expect(subject('Zorvex, which designs chips for DeepSeek, fell 17 percent.', '17 percent')).toBeUndefined();
  });
  it('takes the owner after "off the value of" as the subject, past a conversion in brackets', () => {
    expect(about('Kai-Fu Lee wiped nearly $600bn (£480bn) off the value of DeepSeek.', 'nearly $600bn', 'market value loss')?.entity).toBe('deepseek');
  });
  it('never takes a name past a contrast after the figure ("…, valued at $1.5 billion, …, while DeepSeek…")', () => {
    expect(about('Zorvex, valued at about $1.5 billion, is growing, while DeepSeek has committed $3 billion.', 'about $1.5 billion', 'valuation')?.entity).not.toBe('deepseek');
  });
  it('skips a name opening a relative clause about the noun before it ("the base model that R1 is built on")', () => {
    expect(subject("DeepSeek's base model that R1 is built on was trained with 3 million GPU-hours.", '3 million GPU-hours')).toBe('deepseek');
    expect(subject('R1 was trained with 3 million GPU-hours.', '3 million GPU-hours')).toBe('deepseek-r1');
  });
  const about = (text: string, figure: string, measure: string, previous?: string) => {
    const mentions = findMentions(text, matcher);
    const start = text.indexOf(figure);
    return figureSubject({ text, mentions }, { start, end: start + figure.length, measure }, { previous, paragraph: mentions, counted: [], byslug: (slug) => bySlug.get(slug) });
  };
  it('never files an organisation measure under a place; "The company" at a sentence start is the entity the text is about', () => {
    expect(about('In the US alone, sales reached $5.5 billion, or 14% of DeepSeek\'s revenue.', '$5.5 billion', 'revenue')?.entity).toBe('deepseek');
    expect(about('The company said the US accounted for $17 billion of its revenue.', '$17 billion', 'revenue', 'deepseek')).toEqual({ entity: 'deepseek', from: 'sentence' });
    expect(about('Sales of $17 billion were reported.', '$17 billion', 'revenue', 'deepseek')).toEqual({ entity: 'deepseek', from: 'context' });
    // Where the paragraph names another organisation, "The company" could be either: a guess.
    const text = 'OpenAI met it. The company said it made $17 billion. OpenAI did not.';
    const start = text.indexOf('$17 billion');
    const asOpenAI = (slug: string) => (slug === 'openai' ? { ...bySlug.get('deepseek')!, slug: 'openai', name: 'OpenAI' } : bySlug.get(slug));
    const withOther = figureSubject({ text, mentions: [] }, { start, end: start + 11, measure: 'revenue' }, { previous: 'deepseek', paragraph: [{ entity: 'openai', start: 0, end: 6 }], counted: [], byslug: asOpenAI });
    expect(withOther).toEqual({ entity: 'deepseek', from: 'context' });
    // An organisation named only after the figure cannot be what "the company" points back to.
    const later = figureSubject({ text, mentions: [] }, { start, end: start + 11, measure: 'revenue' }, { previous: 'deepseek', paragraph: [{ entity: 'openai', start: 53, end: 59 }], counted: [], byslug: asOpenAI });
    expect(later).toEqual({ entity: 'deepseek', from: 'sentence' });
  });
  it('reads "the company" inside a sentence, before the figure, as the entity the text is about', () => {
    // Where the entity last named is a policy, "the company" is the organisation last named.
    const text = 'The company has invested about 12 billion yuan in the campus.';
    const start = text.indexOf('about 12 billion yuan');
    const ctx = { paragraph: [], counted: [], byslug: (slug: string) => bySlug.get(slug) };
    expect(figureSubject({ text, mentions: [] }, { start, end: start + 21, measure: 'investment' }, { ...ctx, previous: 'us-export-controls', organisation: 'bytedance' })).toEqual({ entity: 'bytedance', from: 'sentence' });
    expect(figureSubject({ text, mentions: [] }, { start, end: start + 21, measure: 'investment' }, { ...ctx, previous: 'deepseek', organisation: 'bytedance' })).toEqual({ entity: 'deepseek', from: 'sentence' });
    expect(about('The round, which closed this week, valued the company at about $62 billion.', '$62 billion', 'valuation', 'deepseek')).toEqual({ entity: 'deepseek', from: 'sentence' });
    // ", the company said" right after the figure names the reporting organisation, before any name further on.
    expect(about('Spending reached 31.8bn yuan, the company said, as it took delivery of DeepSeek-R1 licences.', '31.8bn yuan', 'investment', 'deepseek')).toEqual({ entity: 'deepseek', from: 'sentence' });
    expect(about('Spending reached 31.8bn yuan as it took delivery of DeepSeek-R1 licences.', '31.8bn yuan', 'investment', 'deepseek')).toEqual({ entity: 'deepseek-r1', from: 'sentence' });
  });
  it('reads "the start-up" after a model as the model\'s maker, never the model', () => {
    const text = 'The start-up has access to around 50,000 chips.';
    const start = text.indexOf('around 50,000 chips');
    const ctx = { paragraph: [], counted: [], byslug: (slug: string) => bySlug.get(slug) };
    expect(figureSubject({ text, mentions: [] }, { start, end: start + 19, measure: 'chip count' }, { ...ctx, previous: 'deepseek-r1', model: 'deepseek-r1' })).toEqual({ entity: 'deepseek', from: 'sentence' });
    // With no maker known for what was last named, the organisation last named.
    expect(figureSubject({ text, mentions: [] }, { start, end: start + 19, measure: 'chip count' }, { ...ctx, previous: 'united-states', organisation: 'deepseek' })).toEqual({ entity: 'deepseek', from: 'sentence' });
  });
  it('takes a place as the subject only when no organisation or product fits as well', () => {
    expect(about("DeepSeek's revenue from the US fell to 13% of its total.", '13%', 'share of revenue')?.entity).toBe('deepseek');
    expect(about('Roughly 43% of the downloads came from the US, a report on DeepSeek said.', '43%', 'share of downloads')?.entity).toBe('deepseek');
    expect(about('The US pledged $500 billion.', '$500 billion', 'investment')?.entity).toBe('united-states');
    expect(about("In the quarter, the US brought in 14% of DeepSeek's revenue.", '14%', 'share of revenue')?.entity).toBe('deepseek');
    expect(about('The US imported about 1.4 million chips from DeepSeek.', '1.4 million chips', 'chip imports')?.entity).toBe('united-states');
    // After the figure, a place is the subject only within the figure's clause.
    expect(about('It is 5% of the $60 million that one US lab spent.', '$60 million', 'cost')?.entity).toBe('united-states');
    expect(about('Zed had 36 million users in December, people told reporters at a meeting in the US.', '36 million users', 'users')).toBeUndefined();
  });
  it('keeps a product\'s own sales with the product, and other organisation measures with its maker', () => {
    expect(about('R1 brought in $12 billion of sales last year.', '$12 billion', 'revenue')?.entity).toBe('deepseek-r1');
    expect(about('Usage billed at R1 prices would bring in $562,027 a day.', '$562,027', 'revenue')?.entity).toBe('deepseek');
    expect(about('R1 is now valued at $12 billion.', '$12 billion', 'valuation')?.entity).toBe('deepseek');
  });
});

describe('link stage', () => {
  const article = ingestArticle({
    file: 'content/articles/t.txt',
    bytes: new TextEncoder().encode(
      'DeepSeek and R1\n\nDeepSeek said R1 cost $5.6 million. DeepSeek was founded in 2023, and the US reacted.\n\nPrices fell 90% at DeepSeek.',
    ),
  });
  const linked = link(article, matcher);

  it('links the first mention of each entity per paragraph, never headings or the title', () => {
    const [p1, p2] = linked.body.filter((b) => b.type === 'paragraph');
    const linkedText = (b: typeof p1) => (b?.type === 'paragraph' ? b.links.map((l) => b.text.slice(l.start, l.end)) : []);
    expect(linkedText(p1)).toEqual(['DeepSeek', 'R1', 'US']);
    expect(linkedText(p2)).toEqual(['DeepSeek']);
    expect(p1?.type === 'paragraph' && p1.links.map((l) => l.entity)).toEqual(['deepseek', 'deepseek-r1', 'united-states']);
    // Offsets, sorted and inside the text: the paragraph text is stored once.
    for (const b of linked.body) {
      if (b.type !== 'paragraph') continue;
      let at = 0;
      for (const l of b.links) {
        expect(l.start).toBeGreaterThanOrEqual(at);
        expect(l.end).toBeGreaterThan(l.start);
        at = l.end;
      }
      expect(at).toBeLessThanOrEqual(b.text.length);
    }
  });

  it('records mentions and years by the offsets of their sentence, figures with their subject', () => {
    const sentence = 'DeepSeek was founded in 2023, and the US reacted.';
    const p1 = 'DeepSeek said R1 cost $5.6 million. DeepSeek was founded in 2023, and the US reacted.';
    const at = { p: 1, start: p1.indexOf(sentence), end: p1.indexOf(sentence) + sentence.length };
    expect(linked.mentions.find((m) => m.entity === 'united-states')).toEqual({ entity: 'united-states', ...at });
    expect(linked.figures.map((f) => [f.text, f.entity, f.p])).toEqual([
      ['$5.6 million', 'deepseek-r1', 1],
      ['90%', 'deepseek', 2],
    ]);
    expect(linked.years).toEqual([{ ...at, year: 2023, entities: ['deepseek', 'united-states'] }]);
    // The offsets point into the paragraph's own text.
    const para = linked.body.find((b) => b.type === 'paragraph' && b.n === 1);
    expect(para?.type === 'paragraph' && para.text.slice(at.start, at.end)).toBe(sentence);
    expect(linked.figures.map((f) => p1.slice(f.start, f.end))[0]).toBe('DeepSeek said R1 cost $5.6 million.');
  });
});

describe('link stage: figure subjects and measures', () => {
  const linked = link(
    ingestArticle({
      file: 'content/articles/s.txt',
      bytes: new TextEncoder().encode(
        [
          'Subjects',
          '',
          'DeepSeek said R1 was trained for $6 million on 2,048 GPUs. The company is valued at $3 billion.',
          '',
          'It also runs 10,000 GPUs. In 2024 the US pledged $500 billion, more than DeepSeek.',
        ].join('\n'),
      ),
    }),
    matcher,
  );
  const rows = linked.figures.map((f) => [f.text, f.unit, f.measure, f.entity, f.subjectFrom]);

  it('takes the most specific subject that fits the measure, never the counted thing or a comparison', () => {
    expect(rows).toEqual([
      ['$6 million', 'USD', 'training cost', 'deepseek-r1', 'sentence'],
      ['2,048 GPUs', 'GPU', 'chip count', 'deepseek-r1', 'sentence'],
      // "The company" opening the sentence refers to the entity the text is about: named, not guessed.
      ['$3 billion', 'USD', 'valuation', 'deepseek', 'sentence'],
      ['10,000 GPUs', 'GPU', 'chip count', 'deepseek-r1', 'context'],
      ['$500 billion', 'USD', 'investment', 'united-states', 'sentence'],
    ]);
  });
  it('keeps years for the timeline, and no bare numbers in the ledger', () => {
    expect(linked.years.map((y) => y.year)).toEqual([2024]);
  });
});

describe('link stage: appositives', () => {
  const figuresOf = (text: string) =>
    link(ingestArticle({ file: 'content/articles/a.txt', bytes: new TextEncoder().encode(`Appositives\n\n${text}`) }), matcher).figures.map((f) => [f.text, f.entity]);

  it('never carries a point of comparison to the next sentence ("the most popular since X")', () => {
    expect(figuresOf('DeepSeek-R1 is the most talked-about model since Kai-Fu Lee’s first one. It has 671 billion parameters.')).toEqual([['671 billion parameters', 'deepseek-r1']]);
    expect(figuresOf('DeepSeek-R1 is cheaper than Kai-Fu Lee’s favourite. It has 671 billion parameters.')).toEqual([['671 billion parameters', 'deepseek-r1']]);
  });
  it('gives a model measure stated with "it" and the maker named to the model the text was last about', () => {
    expect(figuresOf('DeepSeek released DeepSeek-R1 on Monday.\n\nIt was trained on 14.8 trillion tokens, and DeepSeek says it used a new optimizer.')).toEqual([['14.8 trillion tokens', 'deepseek-r1']]);
    // Without "it" pointing back, the maker stays.
    expect(figuresOf('DeepSeek released DeepSeek-R1 on Monday.\n\nDeepSeek says its newest model family was trained on 14.8 trillion tokens.')).toEqual([['14.8 trillion tokens', 'deepseek']]);
  });
  it('gives no subject to a sentence whose own subject is a name the gazetteer lacks, rather than the one the text last named', () => {
    expect(figuresOf('DeepSeek shipped a model on Monday. TSMC in January set its budget at $40 billion.')).toEqual([['$40 billion', undefined]]);
    expect(figuresOf('DeepSeek shipped a model on Monday. Shares of Zorvex fell 13.3% in New York.')).toEqual([['13.3%', undefined]]);
    expect(figuresOf('DeepSeek shipped a model on Monday. The Hang Seng Tech Index has risen 31% this year.')).toEqual([['31%', undefined]]);
    // Not a part of the business, a pronoun, or a common noun opening the sentence.
    expect(figuresOf('DeepSeek shipped a model on Monday. AI Cloud revenue grew 26% in the quarter.')).toEqual([['26%', 'deepseek']]);
    expect(figuresOf('DeepSeek shipped a model on Monday. Its Chinese rivals cut prices by 50%.')).toEqual([['50%', 'deepseek']]);
    expect(figuresOf('DeepSeek shipped a model on Monday. Startups can rent chips at $2 an hour.')).toEqual([['$2 an hour', 'deepseek']]);
    // Nor a common noun's acronym ("The API price", "GPU rental").
    expect(figuresOf('DeepSeek updated R1 on Monday. The API price is unchanged at about $2.20 per million output tokens.')).toEqual([['about $2.20 per million output tokens', 'deepseek-r1']]);
    // A name the gazetteer lacks, then an aside naming one it knows: the aside's name is not the subject.
    expect(figuresOf('Kestrel Labs, a rival of DeepSeek, has about 300 employees.')).toEqual([['about 300 employees', undefined]]);
    // After a sentence about a name the gazetteer lacks, "the company" is not what the text named before it.
    expect(figuresOf('DeepSeek shipped a model on Monday. Zorvex Semiconductor shares fell 9%. The company said it employs about 4,000 people.')).toEqual([
      ['9%', undefined],
      ['about 4,000 people', undefined],
    ]);
    // A phrase opening with a preposition is not the sentence's subject.
    expect(figuresOf('DeepSeek shipped a model on Monday. On SWE-bench Verified, a test of coding, it scores 65.8%.')).toEqual([['65.8%', 'deepseek']]);
  });
  it('gives chips used for a training stage to the model the text was last about, where the maker is named', () => {
    expect(figuresOf('DeepSeek described DeepSeek-R1 in a paper.\n\nThe company said it used 512 H800 chips for the reinforcement-learning stage.')).toEqual([['512 H800 chips', 'deepseek-r1']]);
    // Chips it has, not used for training, stay the maker's.
    expect(figuresOf('DeepSeek described DeepSeek-R1 in a paper.\n\nThe company said it has 50,000 H800 chips in all.')).toEqual([['50,000 H800 chips', 'deepseek']]);
  });
  it('skips a name in a long relative clause between the subject and its figure', () => {
    expect(figuresOf('Kai-Fu Lee, who is integrating DeepSeek’s R1 model into his Weixin messaging app, rose 3.2% in the poll.')).toEqual([['3.2%', 'kai-fu-lee']]);
  });
  it('gives a figure in "A, B\'s backer with …" to A, and keeps a possessive subject elsewhere', () => {
    expect(figuresOf('Kai-Fu Lee, DeepSeek’s largest backer with about $13 billion committed, spoke first.')).toEqual([['about $13 billion', 'kai-fu-lee']]);
    expect(figuresOf('Kai-Fu Lee said DeepSeek’s new model cost $6 million.')).toEqual([['$6 million', 'deepseek']]);
  });
});

describe('link stage: an amount restated in another currency', () => {
  const read = (text: string) =>
    link(ingestArticle({ file: 'content/articles/a.txt', bytes: new TextEncoder().encode(`Conversions\n\n${text}`) }), matcher).figures.map((f) => [f.text, f.unit, f.measure, f.entity]);
  it('gives "$600bn (£480bn)" and "380 billion yuan, or some US$53 billion" one subject and measure', () => {
    const [a, b] = read('DeepSeek will invest 380 billion yuan, or some US$53 billion, in data centres.');
    expect(b!.slice(2)).toEqual(a!.slice(2));
    expect(b![1]).toBe('USD');
    // Read on its own, "£480bn" right before "the value of" would be a valuation.
    const [c, d] = read('DeepSeek has wiped nearly $600bn (£480bn) off the value of its rivals.');
    expect(d!.slice(2)).toEqual(c!.slice(2));
  });
});

describe('link stage: changes', () => {
  const measuresOf = (text: string) =>
    link(ingestArticle({ file: 'content/articles/a.txt', bytes: new TextEncoder().encode(`Changes\n\n${text}`) }), matcher).figures.map((f) => [f.text, f.measure]);

  it('reads a change as a share price only where the sentence names the company', () => {
    expect(measuresOf('DeepSeek fell 17% on Monday.')).toEqual([['17%', 'share price change']]);
    expect(measuresOf('DeepSeek cut its ad budget. Ad spending fell by about 40% month on month.')).toEqual([['about 40%', 'change']]);
    // "Net profit rose" names what changed: not the shares.
    expect(measuresOf("DeepSeek's fourth-quarter net profit rose 57 percent.")).toEqual([['57 percent', 'change']]);
    // A trailing change qualifies the quantity the sentence opened with, however far back.
    expect(measuresOf("DeepSeek's capital expenditure reached $4.4 billion in the three months ended Dec. 31, up 259 percent from a year earlier.").at(-1)).toEqual(['259 percent', 'change']);
    expect(measuresOf('DeepSeek closed at a record in the three months ended Dec. 31, up 25 percent.').at(-1)).toEqual(['25 percent', 'share price change']);
  });
});

describe('link stage: list items', () => {
  const figuresOf = (text: string) =>
    link(ingestArticle({ file: 'content/articles/a.txt', bytes: new TextEncoder().encode(`Prices\n\n${text}`) }), matcher).figures.map((f) => [f.text, f.per, f.measure, f.entity, f.subjectFrom]);

  it('reads "Label: amount" items under an intro ending in a colon as continuing its last sentence', () => {
    expect(figuresOf('DeepSeek cut prices again. The numbers, per million tokens, for R1:\n\n- Input (cache miss): $0.55\n- Output: $2.2\n\nRivals followed.')).toEqual([
      ['$0.55', 'million tokens', 'API price (input)', 'deepseek-r1', 'sentence'],
      ['$2.2', 'million tokens', 'API price (output)', 'deepseek-r1', 'sentence'],
    ]);
    // Without the intro, an item is read on its own.
    expect(figuresOf('DeepSeek cut prices again.\n\n- Output: $2.2')).toEqual([['$2.2', undefined, 'amount', 'deepseek', 'context']]);
  });
});

describe('link stage: who a figure is about, in asides, deals and products', () => {
  // Invented names: a maker with a model and a chip, two backers, a place.
  const g = validateGazetteer(
    `
- name: Corvane
  type: organisation
  description: An invented AI laboratory.
- name: Corvane-7
  type: model
  aliases: [C7]
  partOf: Corvane
  description: The lab's first model.
- name: Corvane-8
  type: model
  aliases: [C8]
  partOf: Corvane
  description: Its next model, built on C7.
- name: Tolvik
  type: organisation
  description: An invented chipmaker.
- name: T40
  type: chip
  partOf: Tolvik
  description: The chipmaker's accelerator.
- name: Brightfund
  type: organisation
  description: An invented investor.
- name: Ostmark
  type: place
  description: An invented country.
`,
    'entities.yaml',
  );
  const m = compileGazetteer(g);
  const figuresOf = (text: string) =>
    link(ingestArticle({ file: 'content/articles/a.txt', bytes: new TextEncoder().encode(`Deals\n\n${text}`) }), m).figures.map((f) => [f.text, f.measure, f.entity, f.subjectFrom]);

  it('skips a name inside a relative clause set off by commas ("X, whose backers include Y, …")', () => {
    expect(figuresOf('Corvane, whose backers include Brightfund, was valued at more than $4 billion.')).toEqual([['more than $4 billion', 'valuation', 'corvane', 'sentence']]);
    expect(figuresOf('The final training run of its C7 model, on which its new C8 chatbot is built, cost just under $6m.')).toEqual([['just under $6m', 'training cost', 'corvane-7', 'sentence']]);
    expect(figuresOf("Tolvik's T40, which C8 runs on, lists at $15 per million input tokens.").map((f) => f[2])).toEqual(['t40']);
    // A decimal point inside the aside does not end it.
    expect(figuresOf('C7, whose training Corvane put at $5.6 million, used 2,048 T40s.').at(-1)![2]).toBe('corvane-7');
    // Without the commas the later name is still the nearest subject.
    expect(figuresOf('C7 and C8 cost $6 million to train.').map((f) => f[2])).toEqual(['corvane-8']);
  });

  it('reads a clause opened by ", and <name>" as having its own subject: names before it are not the figure\'s', () => {
    expect(figuresOf('C8 is about as good as C7 on tests, and Tolvik charges about $2.20 per million output tokens to run it.').map((f) => f[2])).toEqual(['tolvik']);
    // The maker's only model named in the paragraph: the maker's price is the model's.
    expect(figuresOf("Tolvik's T40 is about as fast as a rival, and Corvane charges about $2.20 per million output tokens for C7.").map((f) => f[2])).toEqual(['corvane-7']);
    // Without the clause break the nearest fitting name still wins.
    expect(figuresOf("Tolvik's T40 costs $2 per million output tokens.").map((f) => f[2])).toEqual(['t40']);
    // A comma after the name ends no clause opened by it: the later figure keeps its subject rules.
    expect(figuresOf('C7 scores well, and Corvane, a young lab, was valued at $3 billion.').map((f) => f[2])).toEqual(['corvane']);
  });

  it('points "It" in the next sentence at the earlier sentence\'s own subject, not a name in its agent phrase or relative clause', () => {
    expect(figuresOf('Corvane was founded in 2023 by Brightfund, which also backs Tolvik.\n\nIt employs about 160 people.')).toEqual([['about 160 people', 'headcount', 'corvane', 'sentence']]);
    // Where the sentence has no other name, the name in the relative clause is still what the text was last about.
    expect(figuresOf('A new fund, which backs Tolvik, opened.\n\nIt employs about 40 people.').map((f) => f[2])).toEqual(['tolvik']);
  });

  it('points "the company" in the next sentence past a chip and its maker named only as what was used ("… on Tolvik T40 chips")', () => {
    expect(figuresOf('Corvane says its C7 run took 3.1 million hours on Tolvik T40 chips.\n\nAt $2 an hour, the company put the cost of that run at $6.2 million.').at(-1)).toEqual(['$6.2 million', 'training cost', 'corvane', 'sentence']);
    expect(figuresOf('Corvane trained C8 using Tolvik T40 GPUs.\n\nThe company is valued at $3 billion.').at(-1)![2]).toBe('corvane');
    // A chipmaker that is the sentence's own subject is still what the text goes on about.
    expect(figuresOf('Tolvik sold the chips on credit.\n\nThe company is valued at $3 billion.').at(-1)![2]).toBe('tolvik');
  });

  it('takes "The model" opening a sentence as named when the last sentence naming a model named only that one', () => {
    expect(figuresOf('Buyers are testing C7, an open model from Corvane.\n\nThe model has 1.2 trillion parameters in total.')).toEqual([['1.2 trillion parameters', 'parameter count', 'corvane-7', 'sentence']]);
    // Two models named: which one is a guess.
    expect(figuresOf('Buyers are testing C7 and C8 from Corvane.\n\nThe model has 1.2 trillion parameters in total.').map((f) => f[3])).toEqual(['context']);
    // "The model card" is a thing of the model's, not the model as the sentence's subject.
    expect(figuresOf('Corvane quietly uploaded C7 on Monday.\n\nThe model card lists 1.3 trillion parameters.').map((f) => f[3])).toEqual(['context']);
    // A model only compared with ("outperforms C7") is not what the text goes on about.
    expect(figuresOf('Tolvik says its new flagship outperforms C7 on most tests.\n\nThe model has 1.2 trillion parameters.').map((f) => f[3])).not.toEqual(['sentence']);
  });

  it('takes "It" opening the sentence after one about a model as that model, named, where the paragraph has named only it', () => {
    expect(figuresOf('C7 is an open mixture-of-experts model. It was pre-trained on 12.5 trillion tokens.')).toEqual([['12.5 trillion tokens', 'training tokens', 'corvane-7', 'sentence']]);
    // Its maker or another model named before: "it" may be either.
    expect(figuresOf('Corvane released C7 on Monday. It was pre-trained on 12.5 trillion tokens.').map((f) => f[3])).toEqual(['context']);
    expect(figuresOf('C7 beats C8 on most tests. It was pre-trained on 12.5 trillion tokens.').map((f) => f[3])).toEqual(['context']);
  });

  it('reads "the three-year-old company" before the figure as a reference to the organisation the text is about', () => {
    expect(figuresOf('Corvane is raising about $500 million in a round led by Brightfund.\n\nThe deal would value the three-year-old company at about $3.1 billion.').at(-1)!.slice(2)).toEqual(['corvane', 'sentence']);
  });

  it('never files a figure under a backer or buyer named after it', () => {
    expect(figuresOf('A funding round valued the lab at about $4bn, with investors including Brightfund and Tolvik.').map((f) => f[2])).not.toContain('brightfund');
    expect(figuresOf('A round of $600 million was led by Brightfund.').map((f) => f[2])).not.toContain('brightfund');
    expect(figuresOf('Corvane was busy.\n\nThe round raised about $600 million, the investors said, with Brightfund and Tolvik both taking part.').map((f) => f[2])).not.toContain('brightfund');
    expect(figuresOf('The lab was valued at about $3.3 billion after a round in which Brightfund joined Tolvik as a backer.').map((f) => f[2])).not.toContain('brightfund');
    // A name after the figure that is no backer still is the subject.
    expect(figuresOf('About $600 million went to Brightfund last year.').map((f) => f[2])).toEqual(['brightfund']);
  });

  it("takes a maker's own product named right after it as the subject (\"of Tolvik's T40 chips\")", () => {
    expect(figuresOf("Buyers ordered at least $16 billion of Tolvik's T40 chips in the first quarter.")).toEqual([['at least $16 billion', 'orders', 't40', 'sentence']]);
    expect(figuresOf("Buyers ordered $16 billion of Tolvik's chips.").map((f) => f[2])).toEqual(['tolvik']);
  });

  it('reads "it"/"its" as the entity last named, only where no other name could be meant', () => {
    const last = (text: string) => figuresOf(text).at(-1)!.slice(2);
    expect(last('Corvane grew out of a university lab. Its most recent funding round valued it at about $2.7 billion.')).toEqual(['corvane', 'sentence']);
    expect(last('Corvane grew fast. A funding round last year valued it at about $4bn.')).toEqual(['corvane', 'sentence']);
    // A name the gazetteer knows is no unknown name.
    expect(last('Corvane grew fast. Its Ostmark revenue was $17 billion last year.')).toEqual(['corvane', 'sentence']);
    // A name the gazetteer lacks may be what "its" means; "its" after another noun is that noun's; "it is estimated" stands for nothing.
    expect(last('Corvane grew fast. Mixtral, by contrast, activates 39 billion of its 141 billion parameters.')[1]).toBe('context');
    expect(last('Corvane grew fast. And the team wrote its own kernels so that the 2,048 GPUs kept busy.')[1]).toBe('context');
    expect(last('Corvane grew fast. It is estimated that 50,000 GPUs are in use.')[1]).toBe('context');
  });

  it('keeps "the chipmaker" before a figure over a name after it in another clause, not one in the figure\'s own clause', () => {
    const last = (text: string) => figuresOf(text).at(-1)!.slice(2);
    expect(last('Tolvik rebounded 9% overnight.\n\nOn Monday the chipmaker\'s shares fell 17%, the worst day in its history, after Corvane showed a cheap model.')).toEqual(['tolvik', 'sentence']);
    // In the figure's own clause the name after it is still the subject.
    expect(last('Tolvik rebounded.\n\nThe company said the deal brings in $600 million for Corvane each year.')).toEqual(['corvane', 'sentence']);
  });

  it('takes "the chipmaker" for the one chipmaker of the organisations last named, though another was named after it', () => {
    const last = (text: string) => figuresOf(text).at(-1)!.slice(2);
    // The same fact in several wordings: the chipmaker first or last in the sentence before.
    expect(last('Tolvik lost $90 billion in market value as investors digested Corvane, a lab with a cheap model.\n\nThe chipmaker\'s shares closed down 16.97% in Ostmark.')).toEqual(['tolvik', 'sentence']);
    expect(last('Investors fled after Corvane showed a cheap model, hitting Tolvik hard.\n\nThe chipmaker\'s stock fell 17% by the close.')).toEqual(['tolvik', 'sentence']);
    expect(last('Corvane and Tolvik were both in the news.\n\nShares of the chip maker slid 17% on Monday.')).toEqual(['tolvik', 'sentence']);
    // No chipmaker among them: "the chipmaker" stays unresolved.
    expect(last('Brightfund backed Corvane last year.\n\nThe chipmaker\'s shares fell 17% on Monday.')[1]).toBe('context');
  });

  it('takes the owner named in a possessive right after the figure ("off Tolvik\'s market value") as its subject, over a cause named before', () => {
    expect(figuresOf('After the Corvane shock, which wiped $590 billion off Tolvik\'s market value in a day, rivals fell too.').map((f) => [f[1], f[2]])).toEqual([['market value loss', 'tolvik']]);
    expect(figuresOf('Corvane said buyers abroad made up 18% of Tolvik\'s revenue.').map((f) => f[2])).toEqual(['tolvik']);
    // Not a thing the owner makes or sells: "of Tolvik's chips" leaves the buyer the subject.
    expect(figuresOf('Corvane bought $16 billion of Tolvik\'s chips.').map((f) => f[2])).toEqual(['corvane']);
  });

  it('files a figure inside a relative clause ("…, which has 671 billion") under the name the clause hangs from', () => {
    expect(figuresOf('Corvane says its C8, with 32 billion parameters, keeps up with C7, which has 671 billion.').map((f) => [f[0], f[2]])).toEqual([
      ['32 billion parameters', 'corvane-8'],
      ['671 billion', 'corvane-7'],
    ]);
    // Also where the name is the point of a comparison.
    expect(figuresOf('C8 has 1 trillion parameters. That makes it larger than C7, which has 671 billion parameters.').map((f) => f[2])).toEqual(['corvane-8', 'corvane-7']);
  });

  it('reads ", and the …" naming another thing as a clause of its own: names before it are not its figure\'s', () => {
    expect(figuresOf('C8 has 32 billion parameters, and the smallest of Tolvik\'s models has 1.5 billion.').map((f) => [f[0], f[2]])).toEqual([
      ['32 billion parameters', 'corvane-8'],
      ['1.5 billion', 'tolvik'],
    ]);
    // A clause naming nothing keeps the sentence's subject.
    expect(figuresOf('Corvane trained C8 on 2,048 T40s, and the run cost $5.6 million.').map((f) => f[2]).at(-1)).toBe('corvane-8');
  });

  it('never resolves "the chipmaker" to an organisation that makes no chips, and then takes a name in a later clause only as a guess', () => {
    const last = (text: string) => figuresOf(text).at(-1)!.slice(2);
    // A name in a clause of cause after the figure ("after Corvane showed…") is never its owner: the guess is the entity carried over.
    expect(last('Brightfund backs many labs.\n\nOn Monday the chipmaker\'s shares fell 17%, the worst day in years, after Corvane showed a cheap model.')).toEqual(['brightfund', 'context']);
    // An organisation described as making chips is one.
    expect(last('Tolvik rebounded.\n\nOn Monday the chipmaker\'s shares fell 17%, the worst day in years, after Corvane showed a cheap model.')).toEqual(['tolvik', 'sentence']);
  });

  it('reads "the model" in a sentence naming nothing as the model last named, as a guess where the text named several', () => {
    expect(figuresOf("Corvane trained C8 and C7 on Tolvik's T40 chips.\n\nThe model has 671 billion parameters.").at(-1)!.slice(2)).toEqual(['corvane-7', 'context']);
    // Only one model named before: it is the one.
    expect(figuresOf("Corvane trained C8 on Tolvik's T40 chips.\n\nThe model has 671 billion parameters.").at(-1)!.slice(2)).toEqual(['corvane-8', 'sentence']);
    // Without "the model" the entity last named is carried, as before.
    expect(figuresOf("Corvane trained C8 on Tolvik's T40 chips.\n\nEach rents for $2 an hour.").at(-1)!.slice(2)).toEqual(['t40', 'context']);
  });

  it('files a figure stated jointly by a list of names ("Corvane, Tolvik and Brightfund said they would invest…") under none of them alone', () => {
    expect(figuresOf('C8 was unveiled.\n\nIts backers, Corvane, Tolvik and Brightfund, said they would invest up to $500 billion.').map((f) => f[2])).not.toContain('brightfund');
    expect(figuresOf('C8 was unveiled.\n\nIts backers, Corvane, Tolvik and Brightfund, said they would invest up to $500 billion.').map((f) => f[2])).not.toContain('tolvik');
    // One name alone is still the subject.
    expect(figuresOf('Brightfund said it would invest up to $500 billion.').map((f) => f[2])).toEqual(['brightfund']);
  });

  it('files active parameters and experts, as model measures, under the model, not its maker named beside it', () => {
    expect(figuresOf('C8, from Corvane, goes further: 1.04 trillion parameters in total, with 32 billion active, spread across 384 experts.').map((f) => [f[0], f[2]])).toEqual([
      ['1.04 trillion parameters', 'corvane-8'],
      ['32 billion', 'corvane-8'],
      ['384 experts', 'corvane-8'],
    ]);
  });

  it('files figures on either side of "compared with" under their own side', () => {
    // Names past a comparison after the figure are the other side's.
    expect(figuresOf('Corvane launched C8.\n\nAbroad it charges $0.60 per million input tokens and $2.50 per million output tokens, compared with about $2.2 per million output tokens for T40.').map((f) => [f[0], f[2]])).toEqual([
      ['$0.60 per million input tokens', 'corvane-8'],
      ['$2.50 per million output tokens', 'corvane-8'],
      ['about $2.2 per million output tokens', 't40'],
    ]);
    // A figure past the comparison, with a name right after it, is that name's.
    expect(figuresOf('C8 is priced at $2.19 per million output tokens, compared with $60 for C7.').map((f) => f[2])).toEqual(['corvane-8', 'corvane-7']);
    // With no name after it, the name before still is the subject.
    expect(figuresOf('C8 is priced at $2.19 per million output tokens, compared with $60 a year ago.').map((f) => f[2])).toEqual(['corvane-8', 'corvane-8']);
  });

  it('never takes a name before a contrast ("…, while …") as the subject of a figure after it', () => {
    expect(figuresOf('Corvane grew fast. Corvane trained a model on about 2,000 T40s, while US labs talk about clusters of 100,000 GPUs.').map((f) => [f[0], f[3]])).toEqual([
      ['about 2,000 T40s', 'sentence'],
      ['100,000 GPUs', 'context'],
    ]);
    expect(figuresOf('Corvane has 300 staff; Tolvik has 900 employees.').map((f) => f[2])).toEqual(['corvane', 'tolvik']);
  });

  it('scopes revenue to a place only when the place is in the figure\'s clause', () => {
    expect(figuresOf('Tolvik reported $17.1 billion of revenue from Ostmark.').map((f) => f[1])).toEqual(['Ostmark revenue']);
    expect(figuresOf("Tolvik's revenue was $130.5 billion, which puts Ostmark at about 13%.").map((f) => f[1])[0]).toBe('revenue');
    expect(figuresOf('Tolvik reported $44 billion of revenue for its April quarter even after being shut out of Ostmark.').map((f) => f[1])).toEqual(['revenue']);
    // A place owning a description of the company ("Ostmark's largest contract chipmaker") describes it.
    expect(figuresOf("Tolvik, Ostmark's largest contract chipmaker, reported record annual revenue of $8.03 billion for 2024.").map((f) => f[1])).toEqual(['revenue']);
    expect(figuresOf("Ostmark's share of Tolvik's revenue was $8 billion.").map((f) => f[1])).toEqual(['Ostmark revenue']);
  });
});
