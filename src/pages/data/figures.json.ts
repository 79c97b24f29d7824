/** `/data/figures.json`: every figure of the ledger (see src/lib/data.ts). */
import { figureRecord, figureRecords } from '../../lib/data.ts';
import { jsonArrayResponse } from '../../lib/data-response.ts';
import { getKnowledge } from '../../lib/knowledge.ts';

export async function GET(): Promise<Response> {
  return jsonArrayResponse('figures.json', figureRecord, figureRecords(await getKnowledge()));
}
