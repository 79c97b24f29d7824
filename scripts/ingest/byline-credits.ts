import { looksLikeOutlet } from './outlet-name.ts';
import type { Byline } from './byline.ts';
import { isNameShaped, isPlace, JOB_WORD, names, parseNameLine, titleCase, words } from './byline-names.ts';

/** Credit lines other than a byline: a row of credits split by semicolons, a role credit ("Text | Name"). */

/**
 * A line of credits separated by semicolons, each read on its own: "Staff reporter, Taipei; Willis Kao,
 * DIGITIMES Asia" gives Willis Kao and the outlet. A part is a name line, a name with its outlet after a
 * comma, or a job title (with a place), which names nobody.
 */
export function parseCreditParts(line: string): Byline | undefined {
  const parts = line.split(/\s*;\s*/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const authors: string[] = [];
  let publisher: string | undefined;
  // "A, Taipei; B, Harbour Wire Asia": when every part has its comma, each part credits one person and says where or for whom.
  const onePerPart = parts.every((p) => p.includes(','));
  for (const p of parts) {
    const first = onePerPart && !JOB_WORD.test(p.split(',')[0]!) ? parseNameLine(p.slice(0, p.indexOf(','))) : undefined;
    if (first?.length === 1) {
      authors.push(...first);
      const desk = p.slice(p.indexOf(',') + 1).trim();
      if (!publisher && (looksLikeOutlet(desk) || /\b\p{Lu}{3,}\b/u.test(desk)) && words(desk) <= 5 && !(words(desk) === 1 && isPlace(titleCase(desk)))) publisher = desk;
      continue;
    }
    const people = parseNameLine(p);
    if (people) {
      authors.push(...people);
      continue;
    }
    const cut = p.indexOf(',');
    const head = cut > 0 ? parseNameLine(p.slice(0, cut)) : undefined;
    const tail = cut > 0 ? p.slice(cut + 1).trim() : '';
    // An outlet is named by a word set in capitals ("DIGITIMES Asia") or an outlet's shape.
    if (head && tail && !publisher && (looksLikeOutlet(tail) || /\b\p{Lu}{3,}\b/u.test(tail)) && words(tail) <= 5) {
      authors.push(...head);
      publisher = tail;
      continue;
    }
    if (JOB_WORD.test(p.split(',')[0]!) && words(p) <= 6) continue;
    return undefined;
  }
  return authors.length ? { authors, ...(publisher ? { publisher } : {}) } : undefined;
}

/** "Text | Name", "Jiemian News reporter | Name", "Reporter：Name": a credit line naming the writer by role. */
const ROLE_CREDIT = /^(?:(\p{Lu}[\p{L}\d&.'’ -]{1,40}?)\s+)?(?:text|words|reporter|writer|author|correspondent)\s*[|｜:：]\s*(\S.{1,60})$/iu;

/**
 * Reads a role credit naming the writer ("Text | Zhang Yiran"); an outlet before the role
 * ("Jiemian News reporter | Qiu Hanlin") is the publisher. Editors', typesetters' and image credits name no author.
 */
export function parseRoleCredit(line: string): Byline | undefined {
  const m = ROLE_CREDIT.exec(line.trim());
  if (!m) return undefined;
  const authors = parseNameLine(m[2]!) ?? (isNameShaped(m[2]!) ? [m[2]!] : undefined);
  if (!authors) return undefined;
  const outlet = m[1]?.trim();
  return { authors, ...(outlet && !JOB_WORD.test(outlet) && /^\p{Lu}/u.test(outlet) ? { publisher: outlet } : {}) };
}

/** "@pvasudev_chips", "@mira.bsky.social" (a handle that is a domain): a social-media handle alone on its line. */
export const HANDLE = /^@(?:[A-Za-z0-9_]{1,30}|[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,4})$/;
