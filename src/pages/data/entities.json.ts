/** `/data/entities.json`: the gazetteer, with how many source paragraphs name each entity (see src/lib/data.ts). */
import { entitiesFile, entityRecords, jsonResponse } from '../../lib/data.ts';
import { getEntities, getKnowledge } from '../../lib/knowledge.ts';

export async function GET(): Promise<Response> {
  return jsonResponse(entitiesFile, entityRecords(await getEntities(), await getKnowledge()));
}
