import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
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
    await expect(jsonArrayResponse(record, bad).text()).rejects.toThrow(/n/);
    await expect(csvResponse(record, ['a'], bad).text()).rejects.toThrow(/n/);
  });

  it('stream UTF-8 text with the content type of the file', async () => {
    const res = jsonArrayResponse(record, [{ a: 'é中 "q"', n: 1, list: [], maybe: null }]);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(await res.text())).toEqual([{ a: 'é中 "q"', n: 1, list: [], maybe: null }]);
  });
});
