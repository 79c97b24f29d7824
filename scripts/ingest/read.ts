import type { DecodedArticle, RawArticle } from '../core/article.ts';
import { IngestError, type IngestProblem } from '../core/problem.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** Share of C0 control characters (other than tab, LF, CR, FF) above which text is treated as binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Stage `read`: decodes an article's bytes into text.
 *
 * UTF-8 is expected (a BOM is dropped). Bytes that are not valid UTF-8 are read as Windows-1252,
 * the superset of Latin-1 that scraped Western text uses, with a warning. Binary files (NUL bytes,
 * or many control characters) and files with no text are errors: they cannot become a page.
 */
export function readArticle({ file, bytes }: RawArticle): DecodedArticle {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError({
      file,
      message: `this looks like a binary file (NUL byte at offset ${nul}), not article text`,
      hint: 'save the article as plain UTF-8 text, or remove the file',
    });
  }
  const warnings: IngestProblem[] = [];
  let text: string;
  let encoding: DecodedArticle['encoding'] = 'utf-8';
  try {
    text = utf8.decode(bytes);
  } catch {
    text = cp1252.decode(bytes);
    encoding = 'windows-1252';
    warnings.push({
      file,
      message: 'the file is not valid UTF-8; it was read as Windows-1252 (Latin-1)',
      hint: 'check accented letters on the page, and re-save the file as UTF-8',
    });
  }
  let controls = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw new IngestError({
      file,
      message: `this looks like a binary file (${controls} control characters), not article text`,
      hint: 'save the article as plain UTF-8 text, or remove the file',
    });
  }
  if (text.trim() === '') {
    throw new IngestError({
      file,
      line: 1,
      message: bytes.length === 0 ? 'the file is empty' : 'the file contains only whitespace',
      hint: 'paste the article text into it (headline on the first line), or remove the file',
    });
  }
  return { file, text, encoding, warnings };
}
