import { describe, expect, it } from 'vitest';
import { readCapture } from './capture.ts';
import { ingestAll } from './pipeline.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const POST = `import { Layout } from '@/components/Layout'
import chart from './ferry-chart.png'

export const post = {
  author: 'Ola Nordmann',
  date: '2031-03-06',
  title:
    'Why the harbour cranes doubled their output',
  description: 'A look at the numbers.',
}

export const metadata = { title: post.title }

export default (props) => <Layout post={post} {...props} />

The harbour authority said its new cranes move twice as many containers an hour.

<Chart src={chart} alt="Containers moved per hour" />

The cranes cost less to run than the diesel ones they replaced, the authority said.`;

describe('MDX code in a Markdown file', () => {
  it('takes ESM blocks and component lines out as page chrome, and reads the exported metadata object', () => {
    const { articles, errors } = ingestAll([{ file: 'content/articles/post.md', bytes: enc(POST) }]);
    expect(errors).toEqual([]);
    const a = articles[0]!;
    expect(a).toMatchObject({ title: 'Why the harbour cranes doubled their output', authors: ['Ola Nordmann'], date: { iso: '2031-03-06' } });
    expect(a.body.map((b) => b.text)).toEqual([
      'The harbour authority said its new cranes move twice as many containers an hour.',
      'The cranes cost less to run than the diesel ones they replaced, the authority said.',
    ]);
    expect(a.boilerplate.map((b) => b.text)).toEqual(expect.arrayContaining(["import chart from './ferry-chart.png'", 'export default (props) => <Layout post={post} {...props} />', '<Chart src={chart} alt="Containers moved per hour" />']));
  });

  it('leaves prose that starts with "import" or "export", HTML tags and a .txt file alone', () => {
    const prose = 'Export controls tightened again this week.\n\nexport figures fell by a third in March, the ministry said.\n\n<img src="a.png" alt="A crane">';
    expect(readCapture(prose, { markdown: true }).tools).not.toContain('mdx');
    expect(readCapture(POST, { markdown: false }).tools).not.toContain('mdx');
  });

  it('reads a publisher and URL, and states no date a value does not give with its year', () => {
    const md = "export const meta = {\n  title: 'Cranes',\n  date: 'March 6',\n  site: 'Harbour Notes',\n  url: 'https://notes.example.org/cranes',\n}\n\nThe harbour authority said its new cranes move twice as many containers an hour.";
    const a = ingestAll([{ file: 'content/articles/m.md', bytes: enc(md) }]).articles[0]!;
    expect(a).toMatchObject({ publisher: 'Harbour Notes', url: 'https://notes.example.org/cranes' });
    expect(a.date).toBeUndefined();
  });
});
