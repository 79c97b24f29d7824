/** `/data/sources.json`: every source article as cleaned by the ingest (see src/lib/data.ts). */
import { sourceRecord, sourceRecords } from '../../lib/data.ts';
import { jsonArrayResponse } from '../../lib/data-response.ts';
import { getSources, withBody } from '../../lib/sources.ts';

/** Source records serialised and written together. */
const SOURCES_PER_CHUNK = 25;

export async function GET(): Promise<Response> {
  const sources = (await getSources()).toSorted((a, b) => (a.slug < b.slug ? -1 : 1));
  // One body at a time: each body is read when its record is written, and dropped after.
  // A few records a chunk: a source record carries its whole text (≈ 25 KB), and a chunk's records live
  // until its bytes are written, so 500 of them (12 MB) outlived young-generation collections and piled
  // up as old-generation garbage (at 10,000: heap up to 581 MB while this file is written, 218 MB at 25).
  return jsonArrayResponse('sources.json', sourceRecord, sourceRecords(sources.values().map(withBody)), SOURCES_PER_CHUNK);
}
