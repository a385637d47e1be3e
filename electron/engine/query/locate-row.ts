// Where one row (by source file and line) sits in a grid view, without numbering the view: the rows before it are
// counted with a keyset condition, or its index is read from the view's copy when there is one.
import type { LocateRowRequest, LocateRowResult } from '../../../shared/model/page';
import type { CaseDatabase } from '../db/case-database';
import rowInViewSql from '../sql/query/row-in-view.sql?raw';
import rowPositionWindowSql from '../sql/query/row-position-window.sql?raw';
import rowTargetSql from '../sql/query/row-target.sql?raw';
import viewCopyPositionSql from '../sql/query/view-copy-position.sql?raw';
import { FilterError, ParamBinder } from './filter-sql';
import { before, keysBindable, type KeyPoint } from './keyset-sql';
import { fillSql } from './sql-fragments';
import { countView } from './table-page';
import { viewOf, whereSql } from './table-view';
import { GRID_CACHE, viewCache, type ViewTuning } from './view-cache';

type Row = Record<string, string | number | boolean | null>;

export async function locateRow(db: CaseDatabase, request: LocateRowRequest, tuning?: ViewTuning): Promise<LocateRowResult> {
  const cache = viewCache(db, tuning);
  const { info: table, version } = await cache.table(request.table);
  for (const name of ['source_id', 'line_number']) {
    if (!table.columns.some((column) => column.name === name)) {
      throw new FilterError(`The table "${table.name}" has no ${name} column, so its rows cannot be found by file and line`);
    }
  }
  const view = viewOf(table, request);
  const bindable = keysBindable(view);
  const keyTexts = bindable ? view.sort.map((term, i) => `, CAST(${term.sql} AS VARCHAR) AS k${i}`).join('') : '';
  const line = request.line_number === null ? 'line_number IS NULL' : 'line_number = $line_number';
  const [target] = await db.query<Row>(fillSql(rowTargetSql, { table: table.name }, { key_texts: keyTexts, line }), {
    source_id: request.source_id,
    ...(request.line_number === null ? {} : { line_number: request.line_number }),
  });
  if (target === undefined) return { index: null, inTable: false };
  const rowid = Number(target.target_rowid);

  if (view.conditions.length > 0) {
    const [match] = await db.query<{ matches: string }>(fillSql(rowInViewSql, { table: table.name }, { where: whereSql(view) }), {
      ...view.params,
      target_rowid: rowid,
    });
    if (Number(match?.matches ?? 0) === 0) return { index: null, inTable: true };
  }

  const cached = cache.peek(view, version);
  if (cached?.copy != null) {
    const [found] = await db.query<{ row_index: string }>(fillSql(viewCopyPositionSql, { cache: GRID_CACHE, copy: cached.copy }), {
      target_rowid: rowid,
    });
    if (found !== undefined) return { index: Number(found.row_index), inTable: true };
  }
  if (!bindable) {
    const sql = fillSql(rowPositionWindowSql, { table: table.name }, { where: whereSql(view), order: view.orderSql });
    const [found] = await db.query<{ row_index: string }>(sql, { ...view.params, target_rowid: rowid });
    return { index: found === undefined ? null : Number(found.row_index), inTable: true };
  }
  const point: KeyPoint = { keys: view.sort.map((_term, i) => (target[`k${i}`] == null ? null : String(target[`k${i}`]))), rowid };
  const binder = new ParamBinder('k');
  return { index: await countView(db.session, view, [before(view, point, binder)], binder.params), inTable: true };
}
