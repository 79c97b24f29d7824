import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/helpers/project.ts';
import { lastCommitDate } from './last-updated.ts';

/** Whether the project is a git checkout with history (a source tarball is not). */
const hasGit = (() => {
  try {
    execFileSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: ROOT, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('last updated, from git', () => {
  it.runIf(hasGit)('gives the commit date of a committed hand-written page, the same on every call', () => {
    const d = lastCommitDate('content/index.mdx', ROOT);
    expect(d).toBeInstanceOf(Date);
    expect(d!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(d!.getTime()).toBeGreaterThan(Date.parse('2024-01-01'));
    expect(lastCommitDate('content/index.mdx', ROOT)!.getTime()).toBe(d!.getTime());
  });

  it('gives nothing for a file git does not know, or outside any repository (no date is invented)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'last-updated-'));
    try {
      writeFileSync(join(dir, 'page.mdx'), 'x');
      expect(lastCommitDate('page.mdx', dir)).toBeUndefined();
      expect(lastCommitDate('content/topics/no-such-page.mdx', ROOT)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
