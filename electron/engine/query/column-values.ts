// A column's distinct values with their counts, under the grid's other filters: what the set-of-values filter lists.
import type { ColumnValues, ColumnValuesRequest } from '../../../shared/model/page';
import type { Session } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';
import columnValuesSql from '../sql/query/column-values.sql?raw';
import { ParamBinder, requireColumn } from './filter-sql';
import { fillSql } from './sql-fragments';
import { requireTable } from './table-catalog';
import { viewOf, whereSql } from './table-view';

export const DEFAULT_VALUE_LIMIT = 200;

interface ValueRow {
  [column: string]: string | number | boolean | null;
  value: string | null;
  value_count: string;
  distinct_values: string;
}

export async function getColumnValues(session: Session, request: ColumnValuesRequest): Promise<ColumnValues> {
  const table = await requireTable(session, request.table);
  const column = requireColumn(table.columns, request.column);
  // The column's own filter is left out: the list shows what could be picked, not only what is picked.
  const view = viewOf(table, request, column.name);
  const binder = new ParamBinder('s');
  const search = (request.search ?? '').trim().toLowerCase();
  const extra = search === '' ? [] : [`contains(lower(CAST(${quoteIdentifier(column.name)} AS VARCHAR)), ${binder.bind(search)})`];
  const sql = fillSql(columnValuesSql, { table: table.name, column: column.name }, { where: whereSql(view, ...extra) });
  const rows = await session.query<ValueRow>(sql, {
    ...view.params,
    ...binder.params,
    value_limit: request.limit ?? DEFAULT_VALUE_LIMIT,
  });
  return {
    values: rows.map((row) => ({ value: row.value, count: Number(row.value_count) })),
    distinct: Number(rows[0]?.distinct_values ?? 0),
  };
}
