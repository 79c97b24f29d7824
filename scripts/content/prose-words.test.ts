import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../site.config.ts';
import { parseMdx, parsePage } from '../citations/parse.ts';
import { proseWords } from './prose-words.ts';
import { findTopicFiles } from '../core/topics.ts';

/** Topic pages are long enough to explain and short enough to read (CONTRIBUTING.md, "Length"). */
const MIN_WORDS = 900;
const MAX_WORDS = 1800;

describe('proseWords', () => {
  it('counts paragraphs, headings, list items and table cells, not diagrams, frontmatter, imports or punctuation', () => {
    const page = [
      '---',
      'title: Not counted here',
      '---',
      "import { Aside } from '@astrojs/starlight/components';",
      '',
      '## Two words',
      '',
      'Three more words<Cite source="x" p="1" /> — ¶ here.',
      '',
      '- a list item',
      '',
      '| Head | Cell |',
      '| --- | --- |',
      '| one | two three |',
      '',
      '```mermaid',
      'flowchart LR',
      '  A["many words in a diagram"] --> B',
      '```',
    ].join('\n');
    // 2 + 4 + 3 + 2 + 3
    expect(proseWords(parseMdx(page))).toBe(14);
  });
});

describe('topic pages', () => {
  const pages = findTopicFiles(paths.content);
  it.each(pages)(`%s has ${MIN_WORDS}–${MAX_WORDS} words of prose`, (file) => {
    const words = proseWords(parsePage(readFileSync(join(paths.content, file), 'utf8'), file));
    expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(words).toBeLessThanOrEqual(MAX_WORDS);
  });
});
