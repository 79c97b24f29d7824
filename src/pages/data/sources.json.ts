/** `/data/sources.json`: every source article as cleaned by the ingest (see src/lib/data.ts). */
import { jsonResponse, sourceRecords, sourcesFile } from '../../lib/data.ts';
import { getSources, withBody } from '../../lib/sources.ts';

export async function GET(): Promise<Response> {
  const sources = (await getSources()).toSorted((a, b) => (a.slug < b.slug ? -1 : 1));
  // One body at a time: each article's record keeps its text, not the rest of its body.
  return jsonResponse(sourcesFile, sources.flatMap((s) => sourceRecords([withBody(s)])));
}
