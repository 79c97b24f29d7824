import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../core/entity.ts';
import { findCandidates, formatCandidate } from './candidates.ts';

const gazetteer = validateGazetteer(
  `
- name: Zephyr Labs
  type: organisation
  description: An invented AI laboratory for tests.
- name: Mara Quell
  type: person
  description: An invented founder for tests.
`,
  'entities.yaml',
);

const article = (file: string, ...paragraphs: string[]) => ({
  file,
  body: paragraphs.map((text, i) => ({ type: 'paragraph' as const, text, line: 3 + 2 * i })),
});

describe('findCandidates', () => {
  const candidates = findCandidates(
    [
      article('content/articles/a.txt', 'Analysts said Zephyr Labs hired Tobias Arnholt from Brightwater Capital, and that its Orbis-7B model beat Kestrel-2.', 'Mara Quell said Tobias Arnholt would lead research.'),
      article('content/articles/b.txt', 'According to Tobias Arnholt, the Orbis-7B weights will be released by Zephyr Labs next month.'),
      article('content/articles/c.txt', 'Shares of Brightwater Capital rose after Kestrel-2 shipped.', 'Later, Brightwater Capital said Mara Quell was an adviser.'),
    ],
    gazetteer,
  );
  const byName = new Map(candidates.map((c) => [c.name, c]));

  it('lists people, organisations and products named in two or more articles, with counts and places', () => {
    expect(byName.get('Tobias Arnholt')).toEqual({
      name: 'Tobias Arnholt',
      type: 'person',
      articles: 2,
      mentions: 3,
      where: [{ file: 'content/articles/a.txt', line: 3 }, { file: 'content/articles/b.txt', line: 3 }],
    });
    expect(byName.get('Orbis-7B')?.type).toBe('product');
    expect(byName.get('Kestrel-2')?.articles).toBe(2);
    expect(byName.get('Brightwater Capital')).toMatchObject({ type: 'organisation', articles: 2 });
  });

  it('leaves out names the gazetteer has, and names in only one article', () => {
    expect([...byName.keys()].some((n) => /Zephyr|Quell/.test(n))).toBe(false);
    expect(findCandidates([article('content/articles/a.txt', 'Tobias Arnholt met Ilse Varga.')], gazetteer)).toEqual([]);
  });

  it('formats a candidate as a line a contributor can follow', () => {
    expect(formatCandidate(byName.get('Tobias Arnholt')!)).toBe('Tobias Arnholt (person): 2 articles, 3 paragraphs — content/articles/a.txt:3, content/articles/b.txt:3');
  });
});
