import { describe, expect, it } from 'vitest';
import { hostPublisher, headerLineSpellingHost } from './header-host.ts';
import { ingestAll } from './pipeline.ts';

const TEXT = ['The operator did not respond to the Harbour Ledger’s request for comment.', 'Asked about the fares, a spokesman told HarbourLedger the plan was final.', 'Subscribe to HarbourLedger PRO'];

describe("the site named by the article's address and its text", () => {
  it("is the address's label as the text writes it, twice or more, with a capital", () => {
    expect(hostPublisher('https://www.harbourledger.example.com/2031/03/ferry.html', TEXT)).toBe('HarbourLedger');
    expect(hostPublisher('https://news.harbourledger.co.uk/ferry', TEXT)).toBe('HarbourLedger');
  });

  it('is nothing when the text does not write it, writes it once, or only as part of an address or in lower case', () => {
    expect(hostPublisher('https://www.fjordpost.example.com/a', TEXT)).toBeUndefined();
    expect(hostPublisher('https://www.harbourledger.example.com/a', TEXT.slice(1, 2))).toBeUndefined();
    expect(hostPublisher('https://chipwatch.example/p', ['See chipwatch.example/p and https://chipwatch.example/q', 'chipwatch notes', 'more chipwatch notes'])).toBeUndefined();
  });

  it('names the publisher of a clipped article with only a source URL, and never overrides a stated one', () => {
    const md = (extra: string) => `---\nsource: https://www.harbourledger.example.com/2031/03/ferry.html\n${extra}---\n\n# Electric ferry finishes its sea trials\n\n${TEXT.join('\n\n')}\n`;
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(ingestAll([{ file: 'content/articles/clip.md', bytes: enc(md('')) }]).articles[0]?.publisher).toBe('HarbourLedger');
    expect(ingestAll([{ file: 'content/articles/clip.md', bytes: enc(md('publisher: Fjord Post\n')) }]).articles[0]?.publisher).toBe('Fjord Post');
    // A photo credit names the outlet too.
    const credited = `---\nsource: https://www.harbourgazettemag.example.com/ferry\n---\n\n# Electric ferry finishes its sea trials\n\n${TEXT[0]}\n\nPhoto: Maria Jensen/Harbour Gazette Magazine\n\nThe yard expects the second ship next spring, the operator added.\n\nSubscribe to Harbour Gazette Magazine\n`;
    expect(ingestAll([{ file: 'content/articles/c.md', bytes: enc(credited) }]).articles[0]?.publisher).toBe('Harbour Gazette Magazine');
  });

  it('is a name of capitalised words the label shortens ("harbourgazettemag", "Harbour Gazette Magazine"), written twice', () => {
    const lines = ['Maria Jensen/Harbour Gazette Magazine', 'The yard expects the second ship next spring.', 'Get the latest updates from Harbour Gazette Magazine'];
    expect(hostPublisher('https://www.harbourgazettemag.example.com/2031/ferry', lines)).toBe('Harbour Gazette Magazine');
    // Once is not enough; nor is a name the label does not shorten from its start.
    expect(hostPublisher('https://www.harbourgazettemag.example.com/2031/ferry', lines.slice(0, 2))).toBeUndefined();
    expect(hostPublisher('https://www.gazmag.example.com/2031/ferry', lines)).toBeUndefined();
  });
});

describe('headerLineSpellingHost', () => {
  it("takes a header line the address spells letter for letter as the site's name, said once", () => {
    expect(headerLineSpellingHost('https://tidesandtimes.example.dev/post-1', ['Tides & Times', 'Ola Berg'])).toBe('Tides & Times');
    expect(headerLineSpellingHost('https://harbourledger.example.com/a', ['Harbour Ledger'])).toBe('Harbour Ledger');
  });
  it('needs the whole label, several words and a capital', () => {
    expect(headerLineSpellingHost('https://harbourledgerweekly.example.com/a', ['Harbour Ledger'])).toBeUndefined();
    expect(headerLineSpellingHost('https://harbourledger.example.com/a', ['harbour ledger'])).toBeUndefined();
    expect(headerLineSpellingHost('https://harbourledger.example.com/a', ['Harbourledger'])).toBeUndefined();
  });
});
