/**
 * What an address says about the site's name, for the readers that check a name against an address (header-host.ts,
 * header-site-evidence.ts): which of its labels can name a site, and whether a label spells a name. One owner, so the
 * two readers agree on which labels count and on what spelling a name means.
 */

/** Labels of an address that name no site: subdomains, generic second-level labels, a mailbox's or a desk's host. */
export const GENERIC_LABEL = /^(?:www\d?|m|mobile|amp|en|english|news|blog|blogs|co|com|org|net|gov|ac|edu|mail|email|info|press|media)$/i;
/** Second-level labels under a country's domain ("com" in example.com.cn) and the documentation domain (RFC 2606 "example"). */
export const SUFFIX_LABEL = /^(?:com|co|org|net|gov|ac|edu|ne|or|go|example)$/i;

/** A name's letters and digits in lower case, without a leading "The": "The Plains-Ledger" → "plainsledger". */
export const squash = (t: string) =>
  t
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\d]/gu, '');

/**
 * Whether an address label (lower case) spells the name: the whole of it, most of it ("plainsledger" in "Abilene Plains-Ledger"),
 * or the name shortened from the label's start ("harbourledger" for "Harbour Ledg").
 */
export function spells(label: string, name: string): boolean {
  const s = squash(name);
  return s === label || (s.includes(label) && label.length >= 0.6 * s.length) || (label.startsWith(s) && s.length >= 0.7 * label.length);
}
