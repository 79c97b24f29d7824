import { describe, expect, it } from 'vitest';
import { bestSentences, citedSentences, paragraphSentences, sentenceId } from './best-sentence.ts';

// Paragraph 5 of content/articles/001_33b46b2abbfb9f43.txt, as the ingest cleans it.
const P5 =
  'This achievement is even more remarkable considering the resources available to DeepSeek. The company’s V3 large-language model, announced in December, was reportedly trained using a mere $5.6 million worth of computing power. This is a stark contrast to the more than $100 million that was reportedly used to train OpenAI’s GPT-4. DeepSeek’s V3 model has been benchmarked against models from OpenAI and Anthropic, with DeepSeek claiming parity in performance. Andrej Karpathy, a prominent AI researcher who previously worked at Tesla and OpenAI, has described DeepSeek’s ability to train its leading-edge AI on a “joke of a budget” as highly impressive.';

describe('best sentence of a cited paragraph', () => {
  it('splits a paragraph into its sentences, with ids p5-s1 …', () => {
    expect(paragraphSentences(P5).map((s) => s.text.slice(0, 20))).toEqual([
      'This achievement is ',
      'The company’s V3 lar',
      'This is a stark cont',
      'DeepSeek’s V3 model ',
      'Andrej Karpathy, a p',
    ]);
    expect(sentenceId('p5', 0)).toBe('p5-s1');
  });

  it('picks the sentence that shares the citing sentence’s figures and words, not the opening', () => {
    expect(bestSentences('DeepSeek’s V3 model was reportedly trained for $5.6 million of computing power.', P5)).toEqual([1]);
    expect(bestSentences('Andrej Karpathy called the budget a “joke”.', P5)).toEqual([4]);
    expect(bestSentences('DeepSeek claims parity with models from OpenAI and Anthropic.', P5)).toEqual([3]);
  });

  it('adds the sentence holding a figure the best one lacks', () => {
    // $5.6 million is in sentence 2, $100 million in sentence 3.
    expect(bestSentences('V3 cost $5.6 million to train, against more than $100 million for GPT-4.', P5)).toEqual([1, 2]);
  });

  it('gives the preview text with ellipses for left-out text, and the anchor of the first chosen sentence', () => {
    const c = citedSentences('Karpathy called it a “joke of a budget”.', 'p5', P5);
    expect(c.anchor).toBe('p5-s5');
    expect(c.text).toMatch(/^… Andrej Karpathy.*highly impressive\.$/);
    const two = citedSentences('V3 cost $5.6 million, GPT-4 more than $100 million.', 'p5', P5);
    expect(two.text).toMatch(/^… The company’s V3 .* GPT-4\. …$/);
    expect(citedSentences('Anything.', 'p2', 'One sentence only.')).toEqual({ anchor: 'p2-s1', text: 'One sentence only.' });
    expect(citedSentences('Anything.', 'p2', '')).toEqual({ anchor: 'p2', text: '' });
  });
});
