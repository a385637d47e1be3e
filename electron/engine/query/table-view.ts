// The SQL of a filtered, sorted view over one case table, shared by paging and export.
import type { FilterModel, SortSpec } from '../../../shared/model/page';
import type { QueryParams, Session } from '../db/case-database';
import { quoteIdentifier } from '../db/quote-identifier';
import { orderByClause, whereClause } from './filter-sql';
import { requireTable } from './table-catalog';

export interface TableView {
  /** All matching rows in a stable order (ties broken by insertion order). */
  selectSql: string;
  countSql: string;
  params: QueryParams;
}

export async function tableView(
  session: Session,
  view: { table: string; filter?: FilterModel; sort?: SortSpec[] },
): Promise<TableView> {
  const table = await requireTable(session, view.table);
  const from = quoteIdentifier(table.name);
  const where = whereClause(view.filter, table.columns);
  const orderBy = orderByClause(view.sort, table.columns);
  const order = orderBy === '' ? 'ORDER BY rowid' : `${orderBy}, rowid`;
  return {
    selectSql: `SELECT * FROM ${from} ${where.sql} ${order}`,
    countSql: `SELECT count(*) AS row_count FROM ${from} ${where.sql}`,
    params: where.params,
  };
}
