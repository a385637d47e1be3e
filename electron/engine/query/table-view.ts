// The SQL pieces of a view over one case table (filter, quick-find, sort with rowid as the last tie-breaker), shared
// by paging, locating a row, column values and export.
import type { ColumnInfo, TableInfo } from '../../../shared/model/case';
import type { SortDirection, ViewQuery } from '../../../shared/model/page';
import type { QueryParams, Session } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';
import { filterConditions, ParamBinder, quickFindCondition, requireColumn } from './filter-sql';
import { requireTable } from './table-catalog';

export interface SortTerm {
  column: ColumnInfo;
  /** The quoted column name. */
  sql: string;
  direction: SortDirection;
}

export interface TableView {
  table: TableInfo;
  /** The quoted table name. */
  from: string;
  /** Conditions every row of the view meets (column filters and quick-find), to be ANDed; empty for all rows. */
  conditions: string[];
  params: QueryParams;
  sort: SortTerm[];
  /** ORDER BY terms without the keyword: the sort, NULLs last, then rowid so the order is total and stable. */
  orderSql: string;
  /** Identifies the view's rows and order (not the table's contents): equal keys, equal views. */
  key: string;
}

export async function tableView(session: Session, query: ViewQuery): Promise<TableView> {
  return viewOf(await requireTable(session, query.table), query);
}

/** The view of a table already looked up; `skipColumn` leaves that column's own filter out (its set filter's list). */
export function viewOf(table: TableInfo, query: ViewQuery, skipColumn?: string): TableView {
  const binder = new ParamBinder('f');
  const filter = Object.fromEntries(Object.entries(query.filter ?? {}).filter(([column]) => column !== skipColumn));
  const conditions = filterConditions(filter, table.columns, binder);
  const quickFind = quickFindCondition(query.quickFind, table.columns, binder);
  if (quickFind !== null) conditions.push(quickFind);
  const sort = (query.sort ?? []).map((spec): SortTerm => {
    const column = requireColumn(table.columns, spec.column);
    return { column, sql: quoteIdentifier(column.name), direction: spec.direction };
  });
  const orderSql = [...sort.map((term) => `${term.sql} ${term.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`), 'rowid'].join(', ');
  return {
    table,
    from: quoteIdentifier(table.name),
    conditions,
    params: binder.params,
    sort,
    orderSql,
    key: JSON.stringify([table.name, filter, (query.quickFind ?? '').trim().toLowerCase(), query.sort ?? []]),
  };
}

/** The view's conditions plus extra ones, as one SQL boolean expression. */
export function whereSql(view: TableView, ...extra: string[]): string {
  const all = [...view.conditions, ...extra];
  return all.length === 0 ? 'true' : all.map((condition) => `(${condition})`).join(' AND ');
}
