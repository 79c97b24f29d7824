/** `/data/disagreements.json`: the ledger's disagreements, most important first (see src/lib/data.ts). */
import { disagreementRecord, disagreementRecords } from '../../lib/data.ts';
import { jsonArrayResponse } from '../../lib/data-response.ts';
import { getKnowledge } from '../../lib/knowledge.ts';

export async function GET(): Promise<Response> {
  return jsonArrayResponse('disagreements.json', disagreementRecord, disagreementRecords(await getKnowledge()));
}
