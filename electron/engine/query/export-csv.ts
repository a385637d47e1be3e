// Writes a table's view (filters, quick-find, sort, chosen columns) to a CSV file with DuckDB's COPY; rows never
// pass through JavaScript.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import type { ExportCsvRequest, ExportCsvResult } from '../../../shared/model/page';
import type { Session } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';
import exportViewSql from '../sql/query/export-view.sql?raw';
import { requireColumn } from './filter-sql';
import { fillSql } from './sql-fragments';
import { tableView, whereSql } from './table-view';

export class ExportPathError extends Error {}

export async function exportTableCsv(session: Session, request: ExportCsvRequest): Promise<ExportCsvResult> {
  if (!isAbsolute(request.path)) throw new ExportPathError(`${request.path}: give an absolute path for the CSV`);
  if (!existsSync(dirname(request.path))) throw new ExportPathError(`${dirname(request.path)}: no such folder`);
  const view = await tableView(session, request);
  const columns =
    request.columns === undefined || request.columns.length === 0
      ? '*'
      : request.columns.map((name) => quoteIdentifier(requireColumn(view.table.columns, name).name)).join(', ');
  const sql = fillSql(exportViewSql, { table: view.table.name }, { columns, where: whereSql(view), order: view.orderSql });
  const [written] = await session.query<{ Count: string }>(sql, { ...view.params, export_path: request.path });
  return { path: request.path, rowsWritten: Number(written?.Count ?? 0) };
}
