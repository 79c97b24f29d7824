/** `/data/figures.json`: every figure of the ledger (see src/lib/data.ts). */
import { figureRecords, figuresFile, jsonResponse } from '../../lib/data.ts';
import { getKnowledge } from '../../lib/knowledge.ts';

export async function GET(): Promise<Response> {
  return jsonResponse(figuresFile, figureRecords(await getKnowledge()));
}
