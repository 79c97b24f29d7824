import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares `value` (as pretty JSON, or a string as is) with the golden file at `path`.
 * With UPDATE=1 in the environment the golden file is (re)written instead.
 */
export function expectGolden(path: string, value: unknown): void {
  const actual = typeof value === 'string' ? value : `${JSON.stringify(value, null, 1)}\n`;
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`golden file ${path} is missing: run the tests with UPDATE=1 and commit it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
