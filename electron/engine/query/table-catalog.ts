// What tables and columns the case holds, read from DuckDB's catalog; the gate every table name passes.
import type { TableInfo } from '../../../shared/model/case';
import type { Session } from '../db/case-database';
import tableCatalogSql from '../sql/table-catalog.sql?raw';
import tableRowCountsSql from '../sql/table-row-counts.sql?raw';
import { columnKind } from './column-kind';

interface CatalogRow {
  [column: string]: string | number | null;
  table_name: string;
  column_name: string;
  data_type: string;
}

export async function listTables(session: Session): Promise<TableInfo[]> {
  const columns = await session.query<CatalogRow>(tableCatalogSql);
  const counts = await session.query<{ table_name: string; row_count: string }>(tableRowCountsSql);
  const rowCounts = new Map(counts.map((row) => [row.table_name, Number(row.row_count)]));
  const tables = new Map<string, TableInfo>();
  for (const row of columns) {
    let table = tables.get(row.table_name);
    if (table === undefined) {
      table = { name: row.table_name, rowCount: rowCounts.get(row.table_name) ?? 0, columns: [] };
      tables.set(row.table_name, table);
    }
    table.columns.push({ name: row.column_name, duckdbType: row.data_type, kind: columnKind(row.data_type) });
  }
  return [...tables.values()];
}

export async function listTableNames(session: Session): Promise<string[]> {
  return (await listTables(session)).map((table) => table.name);
}

export class UnknownTableError extends Error {}

/** The table's description, or an error naming the table when the case has no such table. */
export async function requireTable(session: Session, name: string): Promise<TableInfo> {
  const table = (await listTables(session)).find((candidate) => candidate.name === name);
  if (table === undefined) throw new UnknownTableError(`The case has no table named "${name}"`);
  return table;
}
