import { nameCase, parseNameLine } from './byline-names.ts';

/** A name line with the writer's job title on it: "Jane Doe Technology editor", "JANE DOE / HG staff writer". */

/** A job title closing a name line: "Technology editor", "Senior Correspondent", "staff writer". */
// Or a company's titles, as an engineering blog or newsroom credits its writers: "Inference Lead", "Staff Engineer", "Head of Research".
const JOB_TAIL = /^(?:[\p{L}-]+\s+){0,2}(?:reporter|editor|correspondent|writer|columnist|analyst|producer|contributor|journalist|engineer|lead|manager|scientist|researcher|director|(?:co-?)?founder|ceo|cto|cfo|coo|partner|fellow|designer|developer|architect|officer|president|specialist|strategist|economist|consultant)$|^(?:head|vp|director|chief)\s+of\s+\p{L}[\p{L} &-]{1,30}$/iu;

const TRAILING_EMAIL = /\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/** "Jane Doe Technology editor": a name with its job title after it, on one line without a comma. */
export function parseNameWithJob(line: string): string[] | undefined {
  // "Jane Doe Global technology editor and Ola Nordmann": names joined by "and", one or more with its job title after it.
  const joined = line.trim().split(/\s+(?:and|&)\s+/);
  if (joined.length === 2 || joined.length === 3) {
    const withJob = joined.map((p) => oneNameWithJob(p));
    const people = joined.map((p, k) => withJob[k] ?? (parseNameLine(p)?.length === 1 ? parseNameLine(p) : undefined));
    if (withJob.some((p) => p) && people.every((p) => p)) return people.flatMap((p) => p!);
  }
  return oneNameWithJob(line);
}

function oneNameWithJob(line: string): string[] | undefined {
  // "JANE DOE / HG staff writer", "Jane Doe, Ledger staff writer": the name, a slash or comma, then the job title.
  // "Jane Doe : Reporter, Harbour Weekly": a colon may stand there too, and the outlet may follow the job after a comma.
  const parts = /^([^,/|:]{3,40}?)\s*[,/|:]\s*([^,/|:]{3,40}?)(?:,\s*\p{Lu}[^,/|:]{2,40})?$/u.exec(line.trim());
  if (parts && JOB_TAIL.test(parts[2]!.trim())) {
    const people = parseNameLine(/\p{Ll}/u.test(parts[1]!) ? parts[1]! : nameCase(parts[1]!));
    if (people?.length === 1) return people;
  }
  // "Jane Doe, author of Harbour AM", "Jane Doe, host of The Ferry Pod": a name, then what the writer makes (lower case after the comma).
  const maker = /^([^,/|]{3,40}?),\s+(?:co-?)?(?:author|host|editor|founder|creator|writer)\s+of\s+\S.{0,60}$/u.exec(line.trim());
  if (maker) {
    const people = parseNameLine(maker[1]!);
    if (people?.length === 1) return people;
  }
  // "Jane Doe Tech Correspondent jane@example.com": an e-paper's author line ends with the reporter's address.
  // "By Jane Doe Technology correspondent": the "By" is not part of the name.
  const ws = line.trim().replace(TRAILING_EMAIL, '').replace(/^by\s+(?=\p{Lu})/iu, '').split(/\s+/);
  if (ws.length < 3 || ws.length > 6 || /[,;:|]/.test(line)) return undefined;
  for (const n of [2, 3]) {
    const job = ws.slice(n).join(' ');
    if (!job || !JOB_TAIL.test(job)) continue;
    const people = parseNameLine(ws.slice(0, n).join(' '));
    if (people?.length === 1) return people;
  }
  return undefined;
}
