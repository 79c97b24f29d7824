import { spawnSync } from 'node:child_process';

/**
 * When a committed file last changed, from git (`git log -1 --format=%cI -- <file>`): the commit date,
 * so two builds of the same commit give the same pages. Undefined where there is no git history (a
 * copy of the project without `.git`, an uncommitted new file): the page then shows no date.
 * A shallow clone (CI's default depth 1) gives the date of its one commit; deploys fetch full history.
 */
export function lastCommitDate(file: string, cwd = process.cwd()): Date | undefined {
  const r = spawnSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd, encoding: 'utf8' });
  const iso = r.status === 0 ? r.stdout.trim() : '';
  return iso ? new Date(iso) : undefined;
}
