/**
 * Names of outlets, public bodies and firms, as a header line or a byline writes them: "The Token
 * Ledger", "Ministry of Commerce", "Crane & Whitlow LLP", "© 2025 Harbour Gazette". Split from
 * byline.ts (which reads people's names) so each file does one job.
 */

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** Words that make a short capitalised line an outlet, not a person. */
export const OUTLET_WORD =
  /\b(?:news|times|post|journal|review|daily|ledger|insider|wire|weekly|monthly|quarterly|herald|tribune|gazette|observer|report|media|magazine|today|monitor|watch|chronicle|press|telegraph|economist|digest|dispatch|bulletin|register|standard|express|network|radio|tv|online|blog|labs?|institute|group|agency|pod|podcast|brief|notes|letter|forums?)\b/i;
/** A public body's or institution's name, which may be long ("Ministry of Commerce of the People's Republic of China"). */
export const BODY_NAME = /\b(?:committee|ministry|department|institute|center|centre|council|agency|bureau|office|commission|university|foundation|administration|parliament|senate|house|government)\b/i;
/** A newsroom desk, not a person: "Tech & Policy Desk", "Reuters Staff". */
export const DESK = /^[\p{L} &'’.-]{2,40}\b(?:desk|staff|team|newsroom|editors|editorial board)$/iu;
/** A company's legal form closing its name: "LLP", ", LP", "Inc.", "GmbH", "Berhad". */
export const LEGAL_FORM = /(?:,?\s)(?:LLP|LLC|L\.L\.C\.|LP|L\.P\.|Inc\.?|INC\.?|Ltd\.?|LTD\.?|Corp\.|CORP\.|Limited|LIMITED|GmbH|AG|S\.A\.|SA|plc|PLC|Berhad|Bhd\.?|N\.V\.|B\.V\.|Pte\.? Ltd\.?|Co\., Ltd\.?|K\.K\.|AB|ASA|Oy|S\.p\.A\.)$/u;

/** A short line naming a site or outlet: "The Token Ledger", "TechPulse", "example.com", "Rest of World". */
/** "Search & Section Navigation", "Main Menu", "Site Index": a label of a page's menus (no outlet's name, headline or person). */
// "Today's Paper", "Today's Edition": a link to the day's print edition is a menu item too.
export const MENU_LABEL = /\b(?:navigation|nav|menu|sitemap|site index|site map)$|^today['’]s\s+(?:paper|edition|issue|print edition|e-?paper)$/i;

export function looksLikeOutlet(text: string): boolean {
  const t = text.trim();
  // "Crane & Whitlow LLP", "KESTREL HILL CAPITAL MANAGEMENT, LP", "Acme Robotics Inc.": a company's legal form closing the line names a firm, not a person or a headline.
  if (t.length <= 60 && words(t) <= 7 && LEGAL_FORM.test(t) && /^\p{Lu}/u.test(t)) return true;
  // "v0.9: X and Y support": a label and its headline after a colon are no name.
  // "Stargate and the $5.6m question": an amount of money or a percentage is a headline's, never in a name.
  if (t.length > 60 || /[.!?,;:]$/.test(t) || /\d{3,}/.test(t) || /\S:\s/.test(t) || /[$€£¥₹]\s?\d|\d\s?%/u.test(t)) return false;
  // "Back to blog", "← Return to News": a link back to a page of the site names the page, not the site.
  if (/^(?:[←‹«<]\s*)?(?:back|return|go|skip|jump)\s+to\b/i.test(t)) return false;
  // "Search & Section Navigation", "Main Menu", "Site Index": a label of the page's menus names no outlet.
  if (MENU_LABEL.test(t)) return false;
  const ws = t.split(/\s+/);
  if (ws.length > 6) return false;
  // "The world in brief", "The big read": "The" and no other capital is a section's label in sentence case; a name capitalises
  // its words ("The Ferry post", "The Token Ledger").
  if (/^The\s/.test(t) && ws.length >= 2 && ws.slice(1).every((w) => !/^[\p{Lu}\d]/u.test(w))) return false;
  // A name capitalises its long words ("The Token Ledger", "Rest of World"); "The DeepSeek shock", "Chips and the question"
  // are headlines in sentence case. (A word of the outlet's kind, "The Ferry post", still names one.)
  // ("The Vector homepage": the masthead's link text names where the link goes after the name.)
  const titled = t.replace(/\s+(?:home ?page|front page|logo)$/i, '').split(/\s+/).every((w) => w.length < 4 || !/^\p{Ll}/u.test(w));
  return (
    OUTLET_WORD.test(t) ||
    (/^The\s+\p{Lu}/u.test(t) && titled) ||
    // "Le Courrier du Port", "El Diario", "Die Hafenzeitung": a title opening with another language's definite article.
    /^(?:Le|La|Les|El|Il|Lo|Die|Der|Das|Het|Os|As)\s+\p{Lu}/u.test(t) ||
    /^[\p{L}\d-]+\.(?:com|net|org|io|ai|co|news|cn|uk|de|fr|jp)$/iu.test(t) ||
    // A run-together brand ("TechPulse") alone on its line; "DeepSeek Rising" is a headline.
    (ws.length === 1 && /\p{Ll}\p{Lu}/u.test(t)) ||
    (/\b(?:of|and)\b|\s&\s/.test(t) && titled)
  );
}

/** "Qwen Team", "The Kimi Team": a lab's or site's team named as the writer is no person, so no author. */
export const TEAM_NAME = /^(?:the )?\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*)?\s+team$/iu;

/**
 * Copyright lines, read in one place (the header's site evidence, the masthead and footer readers, the footer zone of the chrome rules):
 * a notice anywhere in a line; a line that is one, written mark first ("© 2025 Holder. All rights reserved.") or holder first
 * ("KAPITAL ASIA © 2025. All rights reserved.", as many site templates print it); and the holder it names.
 */
/** A copyright notice anywhere in a line: "©", "(c)", "Copyright". */
export const COPYRIGHT_NOTICE = /©|\(c\)|\bcopyright\b/i;
/** A line of the footer's notice: a copyright notice, or "All rights reserved." alone. */
export const COPYRIGHT_LINE = /©|\(c\)|\bcopyright\b|\ball rights reserved\b/i;
/** A copyright line's opening mark: "Copyright", "©", "(c)". */
export const COPYRIGHT_MARK = /^(?:copyright|©|\(c\))/i;
/** Everything before a copyright line's holder: its mark, years and separators ("© 2024–2025, "). */
export const COPYRIGHT_LEAD = /^(?:copyright|©|\(c\)|\s|\d|[-–,])*/i;
/** "Holder © 2025.", "Holder Copyright 2024–2025, all rights reserved": the holder, the mark, its years, then the rest. */
const HOLDER_FIRST = /^(\p{Lu}[^©]{1,60}?)\s*(?:©|\(c\)|copyright)\s*((?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?)\s*(?:[.,|]\s*)?(.*)$/iu;

/** A copyright line as a notice opening with its mark ("Holder © 2025. All rights reserved." → "© 2025 Holder. All rights reserved."), or undefined. */
export function asNotice(line: string): string | undefined {
  const t = line.trim();
  if (COPYRIGHT_MARK.test(t)) return t;
  const m = HOLDER_FIRST.exec(t);
  // Only a holder alone before the mark: "Photo © 2025 Jane Doe" credits a picture, "Terms · © 2025 X" is a row of links.
  if (!m || /[|·•]|\b(?:photo|image|picture|graphic)\b/i.test(m[1]!) || m[1]!.split(/\s+/).length > 6) return undefined;
  return `© ${m[2]} ${m[1]!.trim().replace(/[,.]$/, '')}.${m[3] ? ` ${m[3]}` : ''}`;
}

/** "All rights reserved" as sites write it in other languages too; a notice's holder ends before it. */
export const RIGHTS_RESERVED = /(?<!\p{L})(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|alla rättigheter förbehållna|alle rettigheter reservert|版权所有|著作権所有)(?!\p{L})/iu;

/**
 * The owner a notice (written mark first) names, as the site writes it: after the mark, its years and "by"; before "All rights
 * reserved" in any language, a spaced dash or bar and the links after it, a closing year ("© Harbour Gazette, 2031") and a full stop.
 * `year` tells whether the notice gives a year, before or after the owner.
 */
export function noticeOwner(notice: string): { owner: string; year: boolean } {
  const lead = notice.replace(COPYRIGHT_LEAD, '');
  const year = /\d/.test(notice.slice(0, notice.length - lead.length)) || /(?:^|[\s,])(?:19|20)\d{2}\s*$/.test(notice.split(RIGHTS_RESERVED)[0]!.replace(/[\s.,]+$/, ''));
  let owner = lead.replace(/^by\s+/i, '');
  const cut = owner.search(RIGHTS_RESERVED);
  if (cut >= 0) owner = owner.slice(0, cut);
  owner = owner.split(/\s+[|·•—–-]\s+/u)[0]!.replace(/[\s.,]+$/, '').replace(/,?\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?$/, '').replace(/[\s.,]+$/, '');
  return { owner: owner.trim(), year };
}

/** The lines that are copyright notices, each written mark first. */
export const copyrightNotices = (lines: readonly string[]) => lines.flatMap((l) => asNotice(l) ?? []);

/** The holder a copyright line names: the words after its mark and years, up to a full stop, a bar, a year or "All rights reserved". */
export function copyrightHolder(line: string): string | undefined {
  const notice = asNotice(line) ?? (COPYRIGHT_NOTICE.test(line) ? line.slice(line.search(COPYRIGHT_NOTICE)) : undefined);
  if (!notice) return undefined;
  const rest = notice.replace(COPYRIGHT_LEAD, '').replace(/^©\s*(?:(?:19|20)\d{2}\s*)?/, '');
  // The owner as noticeOwner reads it (after "by", before a dash, a bar or "All rights reserved" in any language), up to a year or a full stop.
  return (/^(.*?)(?:\s+(?:19|20)\d{2}\b|[.|]\s|[.|]?$)/i.exec(noticeOwner(rest).owner)?.[1] ?? '').replace(/,$/, '').trim() || undefined;
}

/**
 * An agency written by its initials ("FNA") in a dateline, spelled out on a copyright line
 * ("© 2031 Formosa News Agency.") or alone on a line (its masthead), or by its short name ("Lodestar") that its
 * masthead writes in full ("Lodestar Wire"): the full name. Undefined when no such line spells it.
 */
export function spelledOut(acronym: string, lines: readonly string[]): string | undefined {
  // "(Lodestar)" in the dateline, "Lodestar Wire" alone on its line (the masthead): the agency's short name, and its full one.
  // A logo's alt text ("Lodestar Wire logo") names the site as its masthead does.
  if (/^\p{Lu}\p{Ll}+$/u.test(acronym)) return lines.map((l) => l.trim().replace(/\s+logo$/i, '')).find((l) => l.startsWith(`${acronym} `) && l.split(/\s+/).length <= 3 && OUTLET_WORD.test(l.slice(acronym.length)) && !COPYRIGHT_MARK.test(l));
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return undefined;
  const n = acronym.length;
  // The copyright line first: it writes the name as its owner does, with its article ("© 2031 The Allied Press" over a masthead's "Allied Press").
  const byOwner = lines.map((l) => asNotice(l) ?? l).sort((a, b) => Number(COPYRIGHT_MARK.test(b.trim())) - Number(COPYRIGHT_MARK.test(a.trim())));
  for (const line of byOwner) {
    // A copyright line opens with the name; a masthead line is the name alone.
    const copyright = COPYRIGHT_MARK.test(line.trim());
    let ws = line.replace(COPYRIGHT_LEAD, '').trim().split(/\s+/);
    const article = ws[0] === 'The' && acronym[0] !== 'T' ? 'The ' : '';
    if (article) ws = ws.slice(1);
    if (!copyright && ws.length !== n) continue;
    const head = ws.slice(0, n);
    if (head.length === n && head.every((w, k) => w[0] === acronym[k] && /^\p{Lu}\p{Ll}/u.test(w))) return article + head.join(' ').replace(/[.,;]$/, '');
  }
  return undefined;
}

/** "Logo Harbour Gazette", "Logo of the Harbour Gazette", "Logo: Harbour Gazette": a logo's alt text written with the word first. */
const LOGO_FIRST = /^logo(?:\s+of)?\s*[:–—-]?\s+(?=\p{Lu}|the\s)/iu;
/** A masthead line without the word "logo" its image's alt text put before the name. */
export const withoutLogoWord = (t: string) => t.replace(LOGO_FIRST, '');
