import { isTagLine, lineChrome, opensLinkList, TAG_LABEL } from './chrome.ts';
import type { BoilerplateReason, Segment } from '../core/article.ts';
import { parseNameLine } from './byline.ts';
import { markContext } from './chrome-context.ts';
import { markMarkdownCaptions } from './chrome-md-captions.ts';
import { markIslands, markMenus } from './chrome-menus.ts';
import { markPhotoCaptions } from './chrome-photo-captions.ts';
import { markQuotes } from './chrome-quote-widgets.ts';
import { markRunningHeaders } from './chrome-running-headers.ts';
import { markFootnotes } from './chrome-footnotes.ts';
import { endsSentence, words, type Unit } from './units.ts';

/**
 * Page chrome that spans lines: a comment form to the end, a company tag block, the link titles
 * under a "Related" heading; then, each in its own file, chrome told by its neighbours
 * (chrome-context.ts), running headers, footnotes, quote widgets, photo captions, menus and islands. Single lines
 * are judged by {@link lineChrome}; author notes at the end are in chrome-bio.ts, the tail's chrome in
 * chrome-tail.ts.
 */

/** Lines that open a comment form; everything after them is the form's tail when it is short. */
// Also a comment section's heading with its count or kind ("Comments 1,204", "💬 Comments 312", "Promoted Comments").
const COMMENT_FORM_START = /^(?:\p{So}\uFE0F?\s*)?(?:(?:leave a (?:reply|comment)|post (?:a )?comment|\d[\d,]*\s+(?:comments?|replies|responses))\b|comments? \(\d+\)|comments?\s+[\d,.]+[KkMm]?$|(?:promoted|top|featured|reader|all) comments$)/iu;
const MAX_FORM_LINE = 200;
/** "Key: value" lines of company profile blocks ("Location: China", "Employees: 10001+"). */
const PROFILE_FIELD =
  /^(?:location|headquarters|hq|employees|staff|founded(?: date| in)?|founders?|ceo|industry|sector|website|funding|total funding|stage|type|status)\s*:\s*\S/i;
/** Tags run together without spaces when a tag cloud is scraped: "B2CBusinessE-commerceFinTech…". */
const isRunTogetherTags = (t: string) => !/\s/.test(t) && t.length >= 16 && (t.match(/[a-z0-9][A-Z]/g) ?? []).length >= 2;

/** A link title under a "Related" heading: short, and not a sentence. */
const isLinkTitle = (t: string) => t.length <= 140 && words(t) <= 16 && !/[.;:,]$/.test(t);

/**
 * Marks the chrome and credits of a whole article: single lines ({@link lineChrome}), and blocks —
 * a comment form to the end, a company tag block, the link titles under a "Related" heading, and a
 * caption in a small block beside a photo credit. Returns segments by unit index. `wc`: the words of each unit.
 */
export function markChrome(us: readonly Unit[], wc: readonly number[] = us.map((u) => words(u.text))): Map<number, Segment> {
  const out = new Map<number, Segment>();
  const drop = (i: number, reason: BoilerplateReason) => out.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  // A comment form follows the article: a tail holding more words than everything above it is the
  // article itself under a comment count in the page header ("312 comments" on a forum), never a form.
  const above: number[] = [];
  let total = 0;
  for (const n of wc) {
    above.push(total);
    total += n;
  }
  const firstLong = wc.findIndex((n) => n >= 20);
  // Each line is judged once: the link-list rules below look ahead at lines the loop judges later.
  const judged = new Map<number, ReturnType<typeof lineChrome>>();
  const judge = (j: number) => {
    if (!judged.has(j)) judged.set(j, lineChrome(us[j]!.text));
    return judged.get(j);
  };
  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    const next = us[i + 1];
    if (COMMENT_FORM_START.test(u.text) && above[i]! >= total - above[i]! && us.slice(i).every((v) => v.text.length <= MAX_FORM_LINE)) {
      for (let j = i; j < us.length; j++) drop(j, 'comment form');
      break;
    }
    const verdict = judge(i);
    if (verdict && 'credit' in verdict) {
      out.set(i, { kind: 'credit', line: u.line, text: u.text, ...(verdict.url ? { url: verdict.url } : {}) });
      continue;
    }
    if (verdict) {
      drop(i, verdict.reason);
      // Link titles under a link-list heading, in the same block — or in the blocks after it, one
      // title each, when the heading stands alone (a saved page puts each link in a block of its own).
      if (verdict.reason === 'related links' || opensLinkList(u.text)) {
        const alone = us[i + 1]?.block !== u.block;
        // Or a block of titles only, under the heading's own block (a list of links a clipper or an editor set as one block).
        const ownBlock = (j: number) => (us[j]!.block !== us[j - 1]!.block && us[j + 1]?.block !== us[j]!.block) || isTitleBlock(j);
        // The block right under the heading's, every line of it a link title.
        const isTitleBlock = (j: number) => {
          let first = j;
          while (first > 0 && us[first - 1]!.block === us[j]!.block) first--;
          if (us[first - 1]?.block !== u.block) return false;
          for (let k = first; k < us.length && us[k]!.block === us[j]!.block; k++) if (!isLinkTitle(us[k]!.text) || judge(k)) return false;
          return true;
        };
        // The line right before body prose is the headline, not a link (a "Most read" list above it).
        // Once the text has begun, a link title under the heading is a link even with prose after it ("Recommended" mid-story).
        const isLink = (j: number) => (us[j]!.block === u.block || (alone && ownBlock(j))) && isLinkTitle(us[j]!.text) && !judge(j) && !(us[j + 1] && wc[j + 1]! >= 20 && j + 1 <= firstLong);
        // A timestamp between the titles ("4h ago") belongs to the list.
        const isStamp = (j: number) => us[j]!.block === u.block && wc[j]! <= 4 && judge(j) !== undefined;
        while (us[i + 1] && (isLink(i + 1) || (isStamp(i + 1) && us[i + 2] && isLink(i + 2)))) {
          i++;
          if (!isStamp(i)) drop(i, 'related links');
          else {
            const v = judge(i);
            if (v && 'reason' in v) drop(i, v.reason);
          }
        }
      }
      // The tags under a tag list's label.
      if (TAG_LABEL.test(u.text) && us[i + 1] && isTagLine(us[i + 1]!.text)) drop(++i, 'tag list');
      // Or one tag a line: short lines, none a sentence, in the label's block.
      else if (TAG_LABEL.test(u.text)) while (us[i + 1] && us[i + 1]!.block === u.block && wc[i + 1]! <= 3 && !endsSentence(us[i + 1]!.text) && !judge(i + 1)) drop(++i, 'tag list');
      continue;
    }
    // A company tag block opens with a name written twice ("Nvidia" / "Nvidia").
    // A person's name written twice is a profile header (name and display name), left to the byline rules;
    // a tag block has more than the doubled name.
    const lonePerson = next && u.text === next.text && parseNameLine(u.text)?.length === 1 && us[i + 2]?.text !== us[i + 3]?.text && !PROFILE_FIELD.test(us[i + 2]?.text ?? '') && !isRunTogetherTags(us[i + 2]?.text ?? '');
    if (next && u.text === next.text && u.text.length <= 60 && !endsSentence(u.text) && !lonePerson) {
      let j = i;
      while (j < us.length) {
        const v = us[j]!.text;
        if (v === us[j + 1]?.text && v.length <= 60) {
          drop(j, 'company tag block');
          drop(j + 1, 'company tag block');
          j += 2;
        } else if (PROFILE_FIELD.test(v) || isRunTogetherTags(v)) drop(j++, 'company tag block');
        else break;
      }
      i = j - 1;
    }
  }
  markContext(us, out, wc);
  markRunningHeaders(us, out, wc);
  markFootnotes(us, out, wc);
  markQuotes(us, out);
  markMarkdownCaptions(us, out);
  markPhotoCaptions(us, out);
  markMenus(us, out, firstLong);
  markIslands(us, out, wc);
  return out;
}
