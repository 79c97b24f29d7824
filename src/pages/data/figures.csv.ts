/** `/data/figures.csv`: the figures of /data/figures.json as CSV (RFC 4180, quoted by csv-stringify), one row per figure. */
import { FIGURE_COLUMNS, figureRecord, figureRecords } from '../../lib/data.ts';
import { csvResponse } from '../../lib/data-response.ts';
import { getKnowledge } from '../../lib/knowledge.ts';

export async function GET(): Promise<Response> {
  return csvResponse('figures.csv', figureRecord, FIGURE_COLUMNS, figureRecords(await getKnowledge()));
}
