import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { describe, expect, it, vi } from 'vitest';
import { csvChunks, csvResponse, jsonArrayChunks, jsonArrayResponse } from './data-response.ts';

const record = z.strictObject({ a: z.string(), n: z.number(), list: z.array(z.strictObject({ t: z.string() })), maybe: z.string().nullable() });
type Row = z.infer<typeof record>;
const row: fc.Arbitrary<Row> = fc.record({
  a: fc.string({ unit: 'binary' }),
  n: fc.double({ noNaN: true, noDefaultInfinity: true }),
  list: fc.array(fc.record({ t: fc.string() }), { maxLength: 3 }),
  maybe: fc.option(fc.string(), { nil: null }),
});
// Batches of 3 records and up to 10 records: empty, one partial batch, and records on both sides of batch boundaries.
const SIZE = 3;
const rows = fc.array(row, { maxLength: 10 });

describe('data files written record by record', () => {
  it('give one JSON array with each record compact on a line of its own', () => {
    fc.assert(
      fc.property(rows, (list) => {
        const text = [...jsonArrayChunks(record, list, SIZE)].join('');
        const lines = text.split('\n');
        // Booleans, not expect(): fast-check shrinks a failure to a small array before it is printed.
        return (
          JSON.stringify(JSON.parse(text)) === JSON.stringify(list) &&
          text.endsWith('\n') &&
          (list.length === 0 ? text === '[]\n' : lines.length === list.length + 3 && lines[0] === '[' && lines.at(-2) === ']' && list.every((r, i) => lines[i + 1] === `${JSON.stringify(r)}${i + 1 < list.length ? ',' : ''}`))
        );
      }),
      { numRuns: 200 },
    );
  });

  it('give the bytes of one csv-stringify call over the whole array, header included', () => {
    const columns = ['a', 'n', 'maybe'] as const;
    fc.assert(
      fc.property(rows, (list) => {
        const whole = stringify(list, { header: true, columns: [...columns], record_delimiter: '\r\n' });
        return [...csvChunks(record, columns, list, SIZE)].join('') === whole;
      }),
      { numRuns: 200 },
    );
  });

  it('validate every record against its schema', async () => {
    const bad = [{ a: 'x', n: 1, list: [], maybe: null }, { a: 'y', n: 'two', list: [], maybe: null }] as unknown as Row[];
    await expect((await jsonArrayResponse('bad.json', record, bad)).text()).rejects.toThrow(/n/);
    await expect((await csvResponse('bad.csv', record, ['a'], bad)).text()).rejects.toThrow(/n/);
  });

  it('stream UTF-8 text with the content type of the file', async () => {
    const res = await jsonArrayResponse('one.json', record, [{ a: 'é中 "q"', n: 1, list: [], maybe: null }]);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(await res.text())).toEqual([{ a: 'é中 "q"', n: 1, list: [], maybe: null }]);
  });

  it('in a build, write the same bytes to the file in the data directory and answer with no body', async () => {
    const list: Row[] = Array.from({ length: 7 }, (_, i) => ({ a: `é中 "${i}", x`, n: i / 3, list: [{ t: 'a\nb' }], maybe: i % 2 ? null : 'm' }));
    const served = { json: await (await jsonArrayResponse('f.json', record, list)).text(), csv: await (await csvResponse('f.csv', record, ['a', 'n'], list)).text() };
    const dir = await mkdtemp(join(tmpdir(), 'data-files-'));
    try {
      vi.stubEnv('DATA_FILES_DIR', join(dir, 'data'));
      const json = await jsonArrayResponse('f.json', record, list);
      const csv = await csvResponse('f.csv', record, ['a', 'n'], list);
      expect([json.body, csv.body]).toEqual([null, null]);
      expect(readFileSync(join(dir, 'data', 'f.json'), 'utf8')).toBe(served.json);
      expect(readFileSync(join(dir, 'data', 'f.csv'), 'utf8')).toBe(served.csv);
    } finally {
      vi.unstubAllEnvs();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
