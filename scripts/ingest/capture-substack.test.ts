import { describe, expect, it } from 'vitest';
import { ingestArticle } from './pipeline.ts';

const ingest = (file: string, text: string) => ingestArticle({ file, bytes: new TextEncoder().encode(text) });
const story = 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.';

describe('Substack', () => {
  it('reads the publication named by the platform\'s subscribe box, and takes the box out', () => {
    const a = ingest('post.txt', `Ferry tolls rise on the northern route\nBy Ingrid Solberg\nMarch 30, 2025\n${story}\nThanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.\n${story.replace('Monday', 'Tuesday')}`);
    expect(a.publisher).toBe('Harbour Notes');
    expect(a.body.map((b) => b.text)).not.toContain('Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.');
  });

  it('needs the box\'s own wording: a sentence thanking readers names no publication', () => {
    expect(ingest('post.txt', `Ferry tolls rise on the northern route\n${story}\nThanks for reading Harbour Notes this year.`).publisher).toBeUndefined();
  });
});
