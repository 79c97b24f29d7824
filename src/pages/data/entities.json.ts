/** `/data/entities.json`: the gazetteer, with how many source paragraphs name each entity (see src/lib/data.ts). */
import { entityRecord, entityRecords } from '../../lib/data.ts';
import { jsonArrayResponse } from '../../lib/data-response.ts';
import { getEntities, getKnowledge } from '../../lib/knowledge.ts';

export async function GET(): Promise<Response> {
  return jsonArrayResponse('entities.json', entityRecord, entityRecords(await getEntities(), await getKnowledge()));
}
