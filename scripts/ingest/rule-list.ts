/**
 * An ordered list of line rules (first match wins) compiled so that a line is read in a few regex runs
 * instead of one per rule: the chrome rules try some 200 patterns on every line of up to 40 words, and
 * nearly every line matches none of them. The rules anchored at the line's start (every top-level
 * alternative opens with "^") are joined, one alternation per flag set, into a sticky pattern tried only
 * at position 0; an alternation tries its branches in order, so its first branch that matches is the
 * earliest such rule. The other rules (unanchored, or with back-references or named groups, which a join
 * would renumber) are tried one by one, and only those before the earliest anchored hit. The answer is
 * always the loop's: the lowest index whose pattern matches.
 */

/** One joined alternation: the pattern, and for each of its rules the capture group that wraps it. */
interface Joined {
  re: RegExp;
  /** [capture group number, rule index], in rule order. */
  groups: [number, number][];
}

/** The top-level alternatives of a pattern's source (outside groups and character classes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Whether a rule may join an alternation: anchored at the start in every branch, stateless, no group references or names. */
function joinable(re: RegExp): boolean {
  if (re.global || re.sticky || re.multiline || /\\[1-9]|\\k<|\(\?<(?![=!])/.test(re.source)) return false;
  return alternatives(re.source).every((a) => a.startsWith('^'));
}

/** Number of capture groups in a pattern's source (an empty match of "source|" reports them all). */
const captures = (source: string, flags: string) => new RegExp(`${source}|`, flags).exec('')!.length - 1;

export interface RuleList {
  /**
   * The lowest rule index `>= from` whose pattern matches `t` (and whose cheap gate, if `pass` is given,
   * passes: a gate is asked before its pattern is run on its own), or -1.
   */
  next(t: string, from?: number, pass?: (k: number) => boolean): number;
}

/** Compiles the patterns of an ordered rule list (first match wins). */
export function ruleList(patterns: readonly RegExp[]): RuleList {
  const byFlags = new Map<string, number[]>();
  const alone: number[] = [];
  patterns.forEach((re, k) => {
    if (!joinable(re)) return alone.push(k);
    const ks = byFlags.get(re.flags);
    if (ks) ks.push(k);
    else byFlags.set(re.flags, [k]);
  });
  const joined: Joined[] = [...byFlags].map(([flags, ks]) => {
    const groups: [number, number][] = [];
    let g = 1;
    for (const k of ks) {
      groups.push([g, k]);
      g += 1 + captures(patterns[k]!.source, flags);
    }
    return { re: new RegExp(ks.map((k) => `(${patterns[k]!.source})`).join('|'), `${flags}y`), groups };
  });
  /** The earliest anchored rule that matches, by the joined alternations (patterns.length when none does). */
  const firstAnchored = (t: string) => {
    let best = patterns.length;
    for (const { re, groups } of joined) {
      re.lastIndex = 0;
      const m = re.exec(t);
      if (!m) continue;
      for (const [g, k] of groups) {
        if (m[g] !== undefined) {
          if (k < best) best = k;
          break;
        }
      }
    }
    return best;
  };
  return {
    next(t: string, from = 0, pass?: (k: number) => boolean): number {
      const ok = (k: number) => (!pass || pass(k)) && patterns[k]!.test(t);
      // From a later rule (a caller's own scan), or past an anchored hit whose gate failed: the rest one by one (rare, and exact).
      const rest = (start: number) => {
        for (let k = start; k < patterns.length; k++) if (ok(k)) return k;
        return -1;
      };
      if (from > 0) return rest(from);
      const best = firstAnchored(t);
      for (const k of alone) {
        if (k > best) break;
        if (ok(k)) return k;
      }
      if (best === patterns.length) return -1;
      return !pass || pass(best) ? best : rest(best + 1);
    },
  };
}
