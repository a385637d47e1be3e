// Writes a table's filtered, sorted view to a CSV file with DuckDB's COPY; rows never pass through JavaScript.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import type { ExportCsvRequest, ExportCsvResult } from '../../../shared/model/page';
import type { Session } from '../db/case-database';
import { tableView } from './table-view';

export class ExportPathError extends Error {}

export async function exportTableCsv(session: Session, request: ExportCsvRequest): Promise<ExportCsvResult> {
  if (!isAbsolute(request.path)) throw new ExportPathError(`${request.path}: give an absolute path for the CSV`);
  if (!existsSync(dirname(request.path))) throw new ExportPathError(`${dirname(request.path)}: no such folder`);
  const view = await tableView(session, request);
  const [written] = await session.query<{ Count: string }>(
    `COPY (${view.selectSql}) TO $export_path (HEADER, DELIMITER ',')`,
    { ...view.params, export_path: request.path },
  );
  return { path: request.path, rowsWritten: Number(written?.Count ?? 0) };
}
