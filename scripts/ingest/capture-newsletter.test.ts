import { describe, expect, it } from 'vitest';
import { ingestArticle } from './pipeline.ts';

const ingest = (file: string, text: string) => ingestArticle({ file, bytes: new TextEncoder().encode(text) });
const story = 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.';

describe("a newsletter platform's footer", () => {
  it('reads the newsletter it names to its reader as the publisher, and takes the footer out', () => {
    const footer = "You're reading **Harbour Notes**. [Unsubscribe]({{ unsubscribe_url }}) · [View in browser]({{ email_url }})";
    const a = ingest('issue.md', `---\ntitle: Ferry tolls rise\n---\n\n${story}\n\n— Ingrid Solberg\n\n---\n\n${footer}\n`);
    expect(a.publisher).toBe('Harbour Notes');
    expect(a.body.map((b) => b.text).join('\n')).not.toContain('Unsubscribe');
    const subscribed = ingest('issue.txt', `Ferry tolls rise on the northern route\nMarch 30, 2025\n${story}\nYou are receiving this email because you subscribed to Fjord Weekly. Unsubscribe`);
    expect(subscribed.publisher).toBe('Fjord Weekly');
  });

  it("needs the footer's own wording: a sentence about reading names no publication", () => {
    expect(ingest('post.txt', `Ferry tolls rise on the northern route\n${story}\nYou're reading this because tolls matter.`).publisher).toBeUndefined();
    expect(ingest('post.txt', `Ferry tolls rise on the northern route\n${story}\nYou are reading the ferry timetable wrong, the operator said.`).publisher).toBeUndefined();
    expect(ingest('post.txt', `Ferry tolls rise on the northern route\n${story}\nYou're reading Harbour Notes, a letter about ferries.`).publisher).toBeUndefined();
  });
});
