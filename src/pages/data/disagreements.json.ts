/** `/data/disagreements.json`: the ledger's disagreements, most important first (see src/lib/data.ts). */
import { disagreementRecords, disagreementsFile, jsonResponse } from '../../lib/data.ts';
import { getKnowledge } from '../../lib/knowledge.ts';

export async function GET(): Promise<Response> {
  return jsonResponse(disagreementsFile, disagreementRecords(await getKnowledge()));
}
