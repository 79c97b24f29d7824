import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from './pipeline.ts';
import type { Segment } from '../core/article.ts';
import { markContainers } from './chrome-containers.ts';
import type { El } from './read-html-blocks.ts';
import { containerRoles, type ContainerRole } from './read-html-containers.ts';
import { units, words } from './units.ts';

const P1 = 'The orchard cooperative said on Friday that its apple harvest had fallen sharply this year, after a late frost and a dry summer hit the valley.';
const P2 = 'Its chair told members that the cooperative would ask the regional government for help with the cost of new irrigation before next spring.';
const P3 = 'Growers in the neighbouring valleys reported smaller losses, which the cooperative put down to their higher ground and their older trees.';

const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>Frost cuts the apple harvest | Valley Courier</title></head><body><main><article><h1>Frost cuts the apple harvest</h1>${body}</article></main></body></html>`;
const ingest = (html: string) => ingestArticle({ file: 'frost.html', bytes: new TextEncoder().encode(html) });

describe("a saved page's containers by their role", () => {
  it('reads the role from the tag or the words of the class, innermost first, and leaves a line the page also shows outside them', () => {
    const { document } = parseHTML(
      `<html><body><p>${P1}</p><figure><img src="a.jpg"><figcaption>Pickers at dawn.</figcaption></figure><div class="side-rail"><h3>Partner offers</h3><div class="promo-box"><p>Join our weekly letter.</p></div></div><aside><p>${P1}</p></aside></body></html>`,
    );
    const roles = containerRoles(document.body as unknown as El);
    expect(roles.get('Pickers at dawn.')).toBe('caption');
    expect(roles.get('Partner offers')).toBe('aside');
    expect(roles.get('Join our weekly letter.')).toBe('promo');
    expect(roles.has(P1)).toBe(false);
  });

  it("reads a caption holding its credit in a span as the one line the page shows", () => {
    const { document } = parseHTML(`<html><body><p>${P1}</p><figure><img src="a.jpg"><figcaption>Pickers at dawn in April 2025. <span class="credit">Ada Fenwick for the Valley Courier</span></figcaption></figure></body></html>`);
    expect(containerRoles(document.body as unknown as El).get('Pickers at dawn in April 2025. Ada Fenwick for the Valley Courier')).toBe('caption');
  });

  it('removes a short phrase with no finite verb right under a block holding only an image, never a sentence of the story there', () => {
    const cap = 'Crop losses mapped by the cooperative';
    const said = 'The cooperative said the figures were provisional.';
    const a = ingest(page(`<p>${P1}</p><p><img src="chart.png"></p><p><span>${cap}</span></p><p>${P2}</p><p><img src="b.png"></p><p>${said}</p><p>${P3}</p>`));
    expect(a.boilerplate.find((b) => b.text === cap)?.reason).toBe('image');
    expect(a.body.map((b) => b.text)).toContain(said);
  });

  it("removes a figcaption that names a model with a digit in its name (a name, not a figure)", () => {
    const cap = "Zephyr Z3's scores against other open models, from the lab's model card.";
    const a = ingest(page(`<p>${P1}</p><figure><img src="chart.png"><figcaption>${cap}</figcaption></figure><p>${P2}</p><p>${P3}</p>`));
    expect(a.boilerplate.find((b) => b.text === cap)?.reason).toBe('image');
  });

  it("removes a caption, an advert and a newsletter box the saved page marks, but not the story's lines", () => {
    const a = ingest(
      page(
        `<div class="image__lede"><img src="orchard.jpg"><div class="image__caption">An orchard near the river.</div></div><p>${P1}</p><p>${P2}</p><p>${P3}</p>` +
          `<div class="newsletter-signup"><h3>The Orchard Letter</h3><p>Everything growers need to know, once a week.</p></div><section class="rail__sponsored"><h2>Our partners</h2><a href="https://ads.example">This loan has 0% interest for a year</a></section>`,
      ),
    );
    const removed = new Map(a.boilerplate.map((b) => [b.text, b.reason]));
    expect(removed.get('An orchard near the river.')).toBe('image');
    expect(removed.get('Everything growers need to know, once a week.')).toBe('share or subscribe prompt');
    expect(a.body.map((b) => b.text)).not.toContain('This loan has 0% interest for a year');
    expect(a.body.map((b) => b.text)).toEqual([P1, P2, P3]);
  });

  it('leaves a sentence in a side box (a pull quote or a fact box is the story’s), a line with a figure, and lines the rules took', () => {
    const fact = 'The valley grows a third of the region’s apples.';
    const us = units(`${P1}\n\n${fact}\n\nMore from the valley\n\nPickers earned 12 euros an hour.\n\nJoin our weekly letter.`);
    const taken = new Map<number, Segment>();
    const roles = new Map<string, ContainerRole>([[fact, 'aside'], ['More from the valley', 'aside'], ['Pickers earned 12 euros an hour.', 'caption'], ['Join our weekly letter.', 'aside']]);
    markContainers(us, taken, us.map((u) => words(u.text)), roles);
    expect([...taken.values()].map((s) => s.text)).toEqual(['More from the valley', 'Join our weekly letter.']);
  });
});
