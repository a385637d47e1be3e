// One canonical row in full, with the file it came from, for the record drawer.
import type { RowRecord, RowRecordRequest } from '../../../shared/model/timeline';
import type { Session } from '../db/case-database';
import { withIdentifiers } from '../db/sql-template';
import { EngineError } from '../engine-error';
import { requireTable } from '../query/table-catalog';
import recordSourceSql from '../sql/timeline/record-source.sql?raw';
import rowRecordSql from '../sql/timeline/row-record.sql?raw';

export async function rowRecord(session: Session, request: RowRecordRequest): Promise<RowRecord> {
  const table = await requireTable(session, request.table);
  const names = new Set(table.columns.map((column) => column.name));
  if (!names.has('source_id') || !names.has('line_number')) {
    throw new EngineError('bad_request', `Rows of ${table.name} are not located by source file and line`);
  }
  const where = { source_id: request.source_id, line_number: request.line_number };
  const [row] = await session.query(withIdentifiers(rowRecordSql, { table: table.name }), where);
  if (row === undefined) {
    const line = request.line_number === null ? 'without a line' : `line ${request.line_number}`;
    throw new EngineError('not_found', `${table.name} has no row from source ${request.source_id} at ${line}`);
  }
  const [source] = await session.query(recordSourceSql, { source_id: request.source_id });
  return {
    table: table.name,
    source_id: request.source_id,
    line_number: request.line_number,
    fields: table.columns.map((column) => ({ name: column.name, type: column.duckdbType, value: row[column.name] ?? null })),
    source:
      source === undefined
        ? null
        : {
            file_name: String(source.file_name),
            relative_path: (source.relative_path as string | null) ?? null,
            path: String(source.path),
            system: (source.system as string | null) ?? null,
            kind: (source.kind as string | null) ?? null,
            preset_name: (source.preset_name as string | null) ?? null,
          },
  };
}
