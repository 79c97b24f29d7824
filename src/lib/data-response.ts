/**
 * Responses for the public data files, written record by record. At 10,000 articles figures.json is
 * ~170 MB: building the whole array, a validated copy of it and one string before the response held
 * the build's memory peak. Here each record is made, validated against its schema and serialised in
 * turn, so only the output bytes accumulate. A JSON file holds one record per line (compact: the
 * one-space indentation of `JSON.stringify(array, null, 1)` made figures.json twice its CSV's size);
 * the CSV's bytes are those of one csv-stringify call over the whole array (data-response.test.ts).
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'astro/zod';

/** Records per chunk: large enough that per-chunk overhead vanishes, small enough to stay a few MB. */
const BATCH = 500;

function* batches<T>(records: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const r of records) {
    batch.push(r);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * A data file's response. In a build (src/integrations/data-files.ts gives the directory) its bytes go
 * straight to the file, one chunk at a time, and the response has no body, so Astro writes nothing and
 * never holds the file; in dev the bytes are the response.
 */
async function dataFile(name: string, chunks: Iterable<string>, type: string): Promise<Response> {
  const dir: string | undefined = import.meta.env.DATA_FILES_DIR;
  if (dir === undefined) return streamed(chunks, type);
  await mkdir(dir, { recursive: true });
  await pipeline(Readable.from(chunks), createWriteStream(join(dir, name)));
  return new Response(null, { headers: { 'Content-Type': type } });
}

function streamed(chunks: Iterable<string>, type: string): Response {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.iterator]();
  // A pull stream: the next chunk is made only when the previous one was read.
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': type } });
}

/**
 * The JSON text of an array, one record at a time: `[`, each record compact on a line of its own
 * (a record's JSON never holds a raw newline), `]` and a closing newline; `[]` when there is none.
 * Still one JSON document, and a reader can take it line by line.
 */
export function* jsonArrayChunks<T>(item: z.ZodType<T>, records: Iterable<T>, size = BATCH): Generator<string> {
  let first = true;
  for (const batch of batches(records, size)) {
    const parts = batch.map((r) => JSON.stringify(item.parse(r)));
    yield `${first ? '[\n' : ',\n'}${parts.join(',\n')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * The JSON data file `name` (as in its URL: `figures.json`): every record validated against its schema,
 * so a file never breaks its documented shape. `size`: records serialised and written together (fewer
 * for large records, whose chunk lives until it is written).
 */
export function jsonArrayResponse<T>(name: string, item: z.ZodType<T>, records: Iterable<T>, size = BATCH): Promise<Response> {
  return dataFile(name, jsonArrayChunks(item, records, size), 'application/json; charset=utf-8');
}

/** CSV text (RFC 4180, quoted by csv-stringify, CRLF rows) with a header row, one batch of records at a time. */
export function* csvChunks<T extends Record<string, unknown>>(item: z.ZodType<T>, columns: readonly string[], records: Iterable<T>, size = BATCH): Generator<string> {
  const options = { columns: [...columns], record_delimiter: '\r\n' } as const;
  let header = true;
  for (const batch of batches(records, size)) {
    yield stringify(batch.map((r) => item.parse(r)), { ...options, header });
    header = false;
  }
  if (header) yield stringify([], { ...options, header: true });
}

/** The CSV data file `name` (as in its URL: `figures.csv`). */
export function csvResponse<T extends Record<string, unknown>>(name: string, item: z.ZodType<T>, columns: readonly string[], records: Iterable<T>): Promise<Response> {
  return dataFile(name, csvChunks(item, columns, records), 'text/csv; charset=utf-8');
}
