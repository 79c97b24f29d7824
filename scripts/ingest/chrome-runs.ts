import type { BoilerplateReason, Segment } from '../core/article.ts';
import { type Unit } from './units.ts';

/**
 * Runs of same-shaped lines after the story, each of which alone could be text but which together are
 * the page's (marked after the header is read, so a date or a URL among them is the header's first):
 * - a metadata dump closing the text: `key: value` lines with identifier keys, as a notes app or a
 *   clipper writes its record under the note ("id: 8c1f…", "created_time: …", "source_url: …");
 * - a tag list with post counts, one tag a line ("kimi 4" / "ai 1043" / "llms 902");
 * - a footer's years, one a line ("2002" / "2003" / "2004": an archive or a copyright range).
 * Only runs, and only after the story's last long paragraph: a single "ai 1043" or a YAML example
 * inside the story is left alone.
 */

/**
 * A metadata record's line: an identifier key (lower case, snake or kebab case) and a value of one token, or none.
 * A Markdown file's soft-wrapped lines reach here joined into one unit ("id: 8c1f… parent_id: 2d7e… created_time: …"), so a unit may hold several.
 */
const KEY_VALUE = /^(?:[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*_?:(?:\s+(?![a-z][a-z0-9_-]*:(?:\s|$))\S+)?(?:\s+|$))+$/;
const KEY = /(?:^|\s)[a-z][a-z0-9_-]*:(?=\s|$)/g;
/** A tag and its count of posts: "ai 1043", "open-weights 61", "llms (902)". */
const COUNTED_TAG = /^[\p{Ll}\d][\p{Ll}\d.+#-]{0,30}\s+(?:\d{1,6}|\(\d{1,6}\))$/u;
/** A year alone on a line. */
const YEAR = /^(?:19|20)\d{2}$/;
/** Fewest lines of a metadata dump, of a counted tag list and of a list of years. */
const MIN_DUMP = 4;
const MIN_TAGS = 3;
const MIN_YEARS = 3;
/** Words of a long paragraph: the story's. */
const LONG = 20;

/** Marks, into `taken`, the runs of metadata, counted tags and years after the story's last long paragraph. */
export function markRuns(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[]): void {
  let lastLong = -1;
  for (let i = 0; i < us.length; i++) if (wc[i]! >= LONG && !taken.has(i)) lastLong = i;
  if (lastLong < 0) return;
  const drop = (i: number, reason: BoilerplateReason) => {
    if (!taken.has(i)) taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  };
  // How many lines of the run a unit holds (a joined unit of a dump holds several).
  const runs = (test: (t: string) => boolean, min: number, reason: BoilerplateReason, closing: boolean, count: (t: string) => number = () => 1) => {
    for (let i = lastLong + 1; i < us.length; i++) {
      let j = i;
      let lines = 0;
      while (j < us.length && test(us[j]!.text.trim())) lines += count(us[j++]!.text);
      // A dump closes the text: a YAML or config example further up is the story's.
      if (lines >= min && (!closing || j === us.length)) for (let k = i; k < j; k++) drop(k, reason);
      i = j;
    }
  };
  runs((t) => KEY_VALUE.test(t), MIN_DUMP, 'page chrome', true, (t) => t.match(KEY)?.length ?? 0);
  runs((t) => COUNTED_TAG.test(t), MIN_TAGS, 'tag list', false);
  runs((t) => YEAR.test(t), MIN_YEARS, 'site footer', false);
}
