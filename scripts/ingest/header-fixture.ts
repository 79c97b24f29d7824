/** What the header tests share: invented article text run through normalise → segment → extract, as the pipeline runs a .txt article. */
import type { Article } from '../core/article.ts';
import { extract } from './extract.ts';
import { normalise } from './normalise.ts';
import { segment } from './segment.ts';

/** A body paragraph long enough to be read as article text. */
export const BODY =
  'The ferry operator said on Monday that its first battery-powered vessel had completed sea trials, two years after the order was placed with a yard in Gdansk.';

export const read = (text: string): Article => {
  const t = normalise(text);
  return extract({ file: 'content/articles/t.txt', text: t, encoding: 'utf-8', warnings: [] }, segment(t), 't');
};

/** The header fields a test compares. */
export const meta = (a: Article) => ({ title: a.title, date: a.date?.iso ?? null, authors: a.authors, publisher: a.publisher ?? null, url: a.url ?? null });
