import { describe, expect, it } from 'vitest';
import { byText } from './chrome.test-helpers.ts';


const HEAD = 'Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2031\n\n';
const P1 = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
const P2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';

describe('a comment section', () => {
  it('removes the heading, each commenter, their time and their text', () => {
    const k = byText(`${HEAD}${P1}\n\n${P2}\n\n2 thoughts on "Ferry line doubles its fleet"\nOla Nordmann\nMarch 4, 2031 at 8:12 am\nThe docks are the real bottleneck here.\nReply\nIngrid Berg\n9:40 pm\nGood news for the western routes, finally.`);
    for (const t of ['2 thoughts on "Ferry line doubles its fleet"', 'Ola Nordmann', 'March 4, 2031 at 8:12 am', 'The docks are the real bottleneck here.', 'Good news for the western routes, finally.']) expect(k.get(t), t).toBe('comment form');
    expect(k.get(P2)).toBe('paragraph');
  });

  it("keeps a story's section headed \"Comments\" without commenters under it", () => {
    const k = byText(`${HEAD}${P1}\n\nComments\nThe harbour office said the plan was sound and would be approved in April.\n${P2}`);
    expect(k.get('The harbour office said the plan was sound and would be approved in April.')).toBe('paragraph');
  });

  it('looks for the section in the second half of the text only', () => {
    const k = byText(`${HEAD}Comments\nOla Nordmann\n9:40 pm\n${P1}\n\n${P2}\n\n${P1}`);
    expect(k.get(P2)).toBe('paragraph');
  });
});

describe('a comment section as a newsletter platform lays it out', () => {
  it('reads a commenter already taken for chrome and a date without its year', () => {
    const k = byText(`${HEAD}${P1}\n\n${P2}\n\n${P1.replace('Monday', 'Tuesday')}\n\nDiscussion about this post\nComments\nWrite a comment...\nIngrid Berg\nMar 4\nThe docks are the real bottleneck here.\nLike (2)\nReply`);
    expect(k.get('The docks are the real bottleneck here.')).toBe('comment form');
    expect(k.get('Mar 4')).not.toBe('paragraph');
    expect(k.get(P2)).toBe('paragraph');
  });
});
