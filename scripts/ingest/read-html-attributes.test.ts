import { describe, expect, it } from "vitest";
import { readHtml } from "./read-html.ts";
import { readMeta } from "./header-line.ts";

/** The authors the header reader finds in the text's lines. */
const bylines = (text: string) =>
  text.split("\n\n").flatMap((l) => {
    const m = readMeta(l, true);
    return m?.kind === "byline" ? m.authors : [];
  });

const BODY =
  "<p>The ferry operator said on Monday that its first battery-powered vessel had completed sea trials, two years after the order was placed with a yard in Gdansk.</p>".repeat(
    3,
  );

/** An invented React-rendered blog page: camel-cased attributes, an author card (picture, name, separator, time, reading time) under the headline. */
const reactPage = (
  card: string,
) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Battery swaps at sea — Voltline Blog</title></head><body><div id="__next">
<header><a href="/"><span>Voltline</span></a><nav><a href="/blog">Blog</a></nav></header>
<main><a href="/blog">← Back to blog</a><h1>Battery swaps at sea: what a year of ferry data taught us</h1>${card}${BODY}</main></div></body></html>`;

describe("a page rendered by React", () => {
  it("reads a <time dateTime> written in camel case, and the author card over it", () => {
    const p = readHtml(
      reactPage(
        '<div class="meta"><img src="/a.jpg" alt="Jane Roe"/><span>Jane Roe</span><span aria-hidden="true">·</span><time dateTime="2031-06-02T07:00:00.000Z">June 2, 2031</time><span aria-hidden="true">·</span><span>6 min read</span></div>',
      ),
    );
    expect(p.meta.date).toBe("2031-06-02T07:00");
    expect(bylines(p.text)).toContain("Jane Roe");
  });

  it("reads a name alone over the date as the byline, and not a label over something else", () => {
    const card = readHtml(
      reactPage(
        '<div class="meta"><div><img src="/a.jpg" alt="Jane Roe"/><p>Jane Roe</p></div><p>June 2, 2031</p></div>',
      ),
    );
    expect(bylines(card.text)).toContain("Jane Roe");
    const p = readHtml(
      reactPage(
        '<div class="meta"><span>Ferry Data</span><span>Engineering</span></div>',
      ),
    );
    expect(bylines(p.text)).toEqual([]);
  });
});
