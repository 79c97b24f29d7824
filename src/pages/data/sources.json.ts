/** `/data/sources.json`: every source article as cleaned by the ingest (see src/lib/data.ts). */
import { sourceRecord, sourceRecords } from '../../lib/data.ts';
import { jsonArrayResponse } from '../../lib/data-response.ts';
import { getSources, withBody } from '../../lib/sources.ts';

export async function GET(): Promise<Response> {
  const sources = (await getSources()).toSorted((a, b) => (a.slug < b.slug ? -1 : 1));
  // One body at a time: each body is read when its record is written, and dropped after.
  return jsonArrayResponse('sources.json', sourceRecord, sourceRecords(sources.values().map(withBody)));
}
