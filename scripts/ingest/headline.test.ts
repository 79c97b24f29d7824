import { describe, expect, it } from 'vitest';
import { abbreviates, chooseHeadline, plain, splitTitle } from './headline.ts';
import { units } from './units.ts';

describe('headline helpers', () => {
  it('knows an abbreviation of a name by initials or by letters of one word', () => {
    expect(abbreviates('HG Weekly', 'Harbour Gazette Weekly')).toBe(true);
    expect(abbreviates('HZ Times', 'Hanzhou Times')).toBe(true);
    expect(abbreviates('Harbour Gazette', 'Harbour Gazette')).toBe(false);
    expect(abbreviates('XY Weekly', 'Harbour Gazette Weekly')).toBe(false);
  });

  it('chooses the headline by score: never a breadcrumb, a section label, a tagline row or a columned line', () => {
    const us = units('Transport / Ports\nMarkets\nFerry engineer | ex-shipyard | Writer\nNordic Ports        Sector Note\nElectric Ferry Finishes Its Sea Trials');
    const ts = us.map((u) => plain(u.text));
    expect(chooseHeadline([0, 1, 2, 3, 4], us, ts, () => false)).toBe(4);
    // A Markdown level-one heading outranks a longer line before it.
    const md = units('Ferries are finally going electric in the north\n# Ferry Trials');
    expect(chooseHeadline([0, 1], md, md.map((u) => plain(u.text)), () => false)).toBe(1);
  });

  it('splits the outlet off a headline and drops a domain in brackets', () => {
    expect(splitTitle('Electric Ferry Finishes Its Sea Trials | Harbour Gazette', () => false)).toEqual({ title: 'Electric Ferry Finishes Its Sea Trials', publisher: 'Harbour Gazette' });
    expect(splitTitle('Electric Ferry Finishes Its Sea Trials (gazette.example.org)', () => false)).toEqual({ title: 'Electric Ferry Finishes Its Sea Trials' });
    // A headline set in black lenticular brackets, as Chinese posts do; brackets inside a headline stay.
    expect(splitTitle('【Ferry operator: tolls to rise by a fifth on the northern route】', () => false)).toEqual({ title: 'Ferry operator: tolls to rise by a fifth on the northern route' });
    expect(splitTitle('【渡轮】票价上涨五分之一', () => false)).toEqual({ title: '【渡轮】票价上涨五分之一' });
  });

  it('removes a glued pixel or embed tag, but keeps any other angle-bracket text of the headline as text', () => {
    expect(splitTitle('Electric Ferry Finishes Its Sea Trials<img src="https://px.example.org/p.gif" width=1 height=1>', () => false)).toEqual({ title: 'Electric Ferry Finishes Its Sea Trials' });
    expect(splitTitle('The <blink> tag and other relics of the early web', () => false)).toEqual({ title: 'The <blink> tag and other relics of the early web' });
    expect(splitTitle('Why </title><script>alert(1)</script> still matters', () => false)).toEqual({ title: 'Why </title><script>alert(1)</script> still matters' });
  });
});

describe('splitTitle: the kind of page after a dash', () => {
  it('keeps it in the title, naming no outlet', () => {
    expect(splitTitle('Berth rules for electric tugs – Questions & Answers', () => false)).toEqual({ title: 'Berth rules for electric tugs – Questions & Answers' });
    expect(splitTitle('Harbour strike enters third day — Live Updates', () => false)).toEqual({ title: 'Harbour strike enters third day — Live Updates' });
    expect(splitTitle('Harbour strike enters third day - Fjord Post', () => false)).toEqual({ title: 'Harbour strike enters third day', publisher: 'Fjord Post' });
  });
});
