/** `/data/figures.csv`: the figures of /data/figures.json as CSV (RFC 4180, quoted by csv-stringify), one row per figure. */
import { stringify } from 'csv-stringify/sync';
import { FIGURE_COLUMNS, figureRecords, figuresFile } from '../../lib/data.ts';
import { getKnowledge } from '../../lib/knowledge.ts';

export async function GET(): Promise<Response> {
  const rows = figuresFile.parse(figureRecords(await getKnowledge()));
  const csv = stringify(rows, { header: true, columns: [...FIGURE_COLUMNS], record_delimiter: '\r\n' });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
