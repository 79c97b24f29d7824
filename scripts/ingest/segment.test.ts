import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../tests/helpers/golden.ts';
import { normalise } from './normalise.ts';
import { segment } from './segment.ts';

const seeds = join(import.meta.dirname, '../../content/articles');
const kinds = (text: string) => segment(normalise(text)).map((s) => [s.kind, 'reason' in s ? s.reason : undefined, s.text]);

describe('segment: seed articles (golden files)', () => {
  for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    it(`classifies ${name} as before (UPDATE=1 to accept a change)`, () => {
      const text = normalise(readFileSync(join(seeds, name), 'utf8'));
      const segments = segment(text);
      expectGolden(join(import.meta.dirname, '__golden__', name.replace(/\.txt$/, '.segments.json')), segments);
      // Nothing is lost: every non-empty line of the input is in exactly one segment.
      const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(segments.map((s) => s.text).join('\n')).toBe(lines.join('\n'));
    });
  }
});

describe('segment: general rules, on text that is not a seed', () => {
  it('finds headline, date line and byline at the top', () => {
    const s = segment('Chips, Cheaper\n\nPublished: March 5, 2024\nBy Ada Lovelace | Example Times\n\nThe body starts here and is long enough to be a paragraph of text.');
    expect(s.map((x) => x.kind)).toEqual(['title', 'date', 'byline', 'paragraph']);
    expect(s[2]).toMatchObject({ authors: ['Ada Lovelace'], publisher: 'Example Times' });
  });

  it('does not take a long first line or a sentence for a headline', () => {
    expect(segment(`${'word '.repeat(80).trim()}\n\nSecond.`)[0]?.kind).toBe('paragraph');
    expect(segment('This is a sentence that ends with a period.\n\nMore.')[0]?.kind).toBe('paragraph');
  });

  it('turns numbered section lines into headings, but not numbered sentences', () => {
    const body = 'A paragraph that follows the heading and is comfortably longer than eighty characters in all.';
    expect(segment(`T\n\n7. Where the Money Goes\n\n${body}`)[1]?.kind).toBe('heading');
    expect(segment(`T\n\n7. Prices fell by half.\n\n${body}`)[1]?.kind).toBe('paragraph');
  });

  it('keeps photo credits and bare links as credits with their URL', () => {
    const s = segment('T\n\nImage courtesy of Reuters: https://example.com/a.jpg.\n\nBody text, long enough to be read as a paragraph of the article.\n\nhttps://example.org/photo/1');
    expect(s.filter((x) => x.kind === 'credit').map((x) => ('url' in x ? x.url : ''))).toEqual([
      'https://example.com/a.jpg',
      'https://example.org/photo/1',
    ]);
  });

  it('never makes a javascript: URL a link', () => {
    const s = segment('T\n\nPhoto by Eve: javascript:alert(1)\n\nBody text.');
    const credit = s.find((x) => x.kind === 'credit');
    expect(credit && 'url' in credit ? credit.url : undefined).toBeUndefined();
  });

  it('removes chrome lines and a comment-form tail, with reasons', () => {
    const s = segment('T\n\nAdvertisement\n\nReal text of the article.\n\nShare this:\nLeave a comment\nName *\nEmail *\nPost Comment');
    expect(kinds('T\n\nAdvertisement\n\nReal text.')[1]).toEqual(['boilerplate', 'page chrome', 'Advertisement']);
    expect(s.filter((x) => x.kind === 'boilerplate').map((x) => ('reason' in x ? x.reason : ''))).toEqual([
      'page chrome', 'page chrome', 'comment form', 'comment form', 'comment form', 'comment form',
    ]);
  });

  it('keeps a "Leave a reply" sentence that is followed by long article text', () => {
    const long = 'This is article text, not a form: it is long enough to be a paragraph. '.repeat(4);
    const s = segment(`T\n\nLeave a reply if you disagree\n\n${long}`);
    expect(s.some((x) => x.kind === 'paragraph' && x.text === long.trim())).toBe(true);
  });

  it('removes a company profile block: doubled name, run-together tags, key-value lines', () => {
    const s = segment('T\n\nAcme Robotics\nAcme Robotics\nRoboticsHardwareArtificialIntelligence\nHeadquarters: Berlin\nFounded: 2015\nThe article text begins here, and it is a proper sentence.');
    expect(s.filter((x) => x.kind === 'boilerplate')).toHaveLength(5);
    expect(s.at(-1)?.kind).toBe('paragraph');
  });

  it('joins hard-wrapped lines but keeps one-line paragraphs apart', () => {
    expect(segment('T\n\nThis line is wrapped\nin the middle of a sentence.\nThis is a new paragraph.').map((x) => x.text)).toEqual([
      'T',
      'This line is wrapped in the middle of a sentence.',
      'This is a new paragraph.',
    ]);
  });

  it('does not join a one-to-three-word label to a line opening with a lower-case brand', () => {
    const s = segment('AI\nxAI raises $6 billion to expand its cluster in Memphis\nRhea Vandermolen\n\nElon Musk\'s xAI has raised $6 billion in a new funding round that values the company at $80 billion, a filing shows.');
    expect(s.find((x) => x.kind === 'title')).toMatchObject({ text: 'xAI raises $6 billion to expand its cluster in Memphis' });
  });

  it('keeps a short "by Name" line apart from the headline above it, but joins a wrapped sentence tail', () => {
    const s = segment('Ferry operator orders three battery ships\nby Staff Writer\n\nThe yard said the order was placed\nby Harbour Lines in March.');
    expect(s.map((x) => x.text)).toEqual(['Ferry operator orders three battery ships', 'by Staff Writer', 'The yard said the order was placed by Harbour Lines in March.']);
  });

  it('handles CJK and RTL headlines', () => {
    expect(segment('人工智能竞赛\n\n这是正文。')[0]).toMatchObject({ kind: 'title', text: '人工智能竞赛' });
    expect(segment('سباق الذكاء الاصطناعي\n\nنص المقال.')[0]).toMatchObject({ kind: 'title' });
  });
});
