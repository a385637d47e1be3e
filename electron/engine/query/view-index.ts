// The index of a grid view: anchors every `window` rows, computed in one DuckDB pass, and keyset pages from them.
import type { PageRow } from '../../../shared/model/page';
import type { Session } from '../db/case-database';
import viewAnchorsSql from '../sql/query/view-anchors.sql?raw';
import viewPageSql from '../sql/query/view-page.sql?raw';
import { ParamBinder } from './filter-sql';
import { atOrAfter, atOrBefore, between, type KeyPoint } from './keyset-sql';
import { fillSql } from './sql-fragments';
import { whereSql, type TableView } from './table-view';

export interface ViewIndex {
  rowCount: number;
  window: number;
  /** The first row of each window (index i * window) and the last. */
  firsts: KeyPoint[];
  lasts: KeyPoint[];
  /** Storage row groups one window touches, on average: 1 to a few when the order follows the table's. */
  rowGroupsPerWindow: number;
}

interface AnchorRow {
  [column: string]: string | number | boolean | null;
  first_rowid: string;
  last_rowid: string;
  window_rows: string;
  row_groups: string;
}

export async function buildViewIndex(session: Session, view: TableView, window: number, groupRows: number): Promise<ViewIndex> {
  const keys = view.sort.map((_term, i) => i);
  const sql = fillSql(
    viewAnchorsSql,
    { table: view.table.name },
    {
      key_columns: view.sort.map((term, i) => `${term.sql} AS k${i}, `).join(''),
      anchor_keys: keys
        .map((i) => `CAST(arg_min_null(k${i}, pos) AS VARCHAR) AS k${i}, CAST(arg_max_null(k${i}, pos) AS VARCHAR) AS l${i},`)
        .join(' '),
      order: view.orderSql,
      where: whereSql(view),
    },
  );
  const rows = await session.query<AnchorRow>(sql, { ...view.params, window, group_rows: groupRows });
  const text = (value: AnchorRow[string] | undefined) => (value === null || value === undefined ? null : String(value));
  let rowCount = 0;
  let groups = 0;
  for (const row of rows) {
    rowCount += Number(row.window_rows);
    groups += Number(row.row_groups);
  }
  return {
    rowCount,
    window,
    firsts: rows.map((row) => ({ keys: keys.map((i) => text(row[`k${i}`])), rowid: Number(row.first_rowid) })),
    lasts: rows.map((row) => ({ keys: keys.map((i) => text(row[`l${i}`])), rowid: Number(row.last_rowid) })),
    rowGroupsPerWindow: rows.length === 0 ? 0 : groups / rows.length,
  };
}

/** Rows [start, end) of the view: a keyset query from the first row of start's window to the last of end's. */
export async function keysetPage(session: Session, view: TableView, index: ViewIndex, start: number, end: number): Promise<PageRow[]> {
  if (start >= index.rowCount) return [];
  const first = Math.floor(start / index.window);
  const last = Math.min(Math.ceil(end / index.window), index.firsts.length) - 1;
  const binder = new ParamBinder('k');
  const from = index.firsts[first] as KeyPoint;
  const to = index.lasts[last] as KeyPoint;
  const bounds = [...between(view, from, to, binder), atOrAfter(view, from, binder), atOrBefore(view, to, binder)];
  const sql = fillSql(viewPageSql, { table: view.table.name }, { where: whereSql(view, ...bounds), order: view.orderSql });
  return session.query<PageRow>(sql, {
    ...view.params,
    ...binder.params,
    page_limit: end - start,
    page_offset: start - first * index.window,
  });
}
