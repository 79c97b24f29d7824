/**
 * Samples the resident memory of every process under one root (from /proc) into a memory trace, in
 * the format of memory-sampler.ts (pid, seconds, RSS, then empty heap columns, then the command name).
 * memory-sampler.ts sees only Node processes; this also sees the ones a build starts that are not
 * Node, above all Pagefind's indexer, which held the build's largest peak at 10,000 articles.
 * Linux only: where /proc is missing it records nothing.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';

/** pid → [parent pid, command name] of every process, read from /proc/<pid>/stat. */
function processTable(): Map<number, [number, string]> {
  const table = new Map<number, [number, string]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": the name may hold spaces and parentheses, so split at the last ")".
      const close = stat.lastIndexOf(')');
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      table.set(Number(name), [ppid, stat.slice(stat.indexOf('(') + 1, close)]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

const rssBytes = (pid: number): number | undefined => {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
};

/**
 * Every `ms`, appends a line per descendant of `root` whose command is not `node` (those sample
 * themselves) to `file`. Returns a function that stops the sampling.
 */
export function sampleProcessTree(root: number, file: string, ms = 500): () => void {
  if (!existsSync('/proc')) return () => undefined;
  const t0 = performance.now();
  const timer = setInterval(() => {
    const table = processTable();
    const under = (pid: number) => {
      for (let p: number | undefined = pid, hops = 0; p !== undefined && hops < 64; p = table.get(p)?.[0], hops++) if (p === root) return true;
      return false;
    };
    const t = ((performance.now() - t0) / 1000).toFixed(2);
    for (const [pid, [, comm]] of table) {
      if (pid === root || comm === 'node' || comm === 'MainThread' || !under(pid)) continue;
      const rss = rssBytes(pid);
      if (rss !== undefined) appendFileSync(file, `${pid}\t${t}\t${rss}\t\t\t\t${comm}\n`);
    }
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}
