// One page of any case table, filtered and sorted in DuckDB; only the page's rows cross into JavaScript. Small tables
// page with OFFSET; large ones from their view's copy, else by keyset from the view's index, so a page costs about
// the same at row 0 and at row 5,000,000. The page's rows then get their annotations, looked up for those rows only.
import type { PageRequest, PageResponse, PageRow } from '../../../shared/model/page';
import type { CaseDatabase, QueryParams, Session } from '../db/case-database';
import viewCopyPageSql from '../sql/query/view-copy-page.sql?raw';
import viewCountSql from '../sql/query/view-count.sql?raw';
import viewPageSql from '../sql/query/view-page.sql?raw';
import { keysBindable } from './keyset-sql';
import { pageAnnotations } from './page-annotations';
import { fillSql } from './sql-fragments';
import { viewOf, whereSql, type TableView } from './table-view';
import { GRID_CACHE, viewCache, type ViewTuning } from './view-cache';
import { keysetPage } from './view-index';

/** The most rows one page may carry. */
export const MAX_PAGE_ROWS = 1000;

export class PageRangeError extends Error {}

export async function getTablePage(db: CaseDatabase, request: PageRequest, tuning?: ViewTuning): Promise<PageResponse> {
  const { startRow: start, endRow: end } = request;
  if (!Number.isInteger(start) || start < 0 || end - start <= 0 || end - start > MAX_PAGE_ROWS) {
    throw new PageRangeError(`A page is 1 to ${MAX_PAGE_ROWS} rows from a start row of 0 or more`);
  }
  const page = await viewPage(db, request, tuning);
  const annotated = await pageAnnotations(db.session, request.table, page.rows);
  return annotated === undefined ? page : { ...page, annotated };
}

async function viewPage(db: CaseDatabase, request: PageRequest, tuning?: ViewTuning): Promise<PageResponse> {
  const { startRow: start, endRow: end } = request;
  const cache = viewCache(db, tuning);
  const { info: table, version } = await cache.table(request.table);
  const view = viewOf(table, request);
  if (table.rowCount < cache.tuning.smallTableRows || !keysBindable(view)) {
    return { rows: await offsetPage(db.session, view, start, end), rowCount: await countView(db.session, view) };
  }
  // The first page of a new view is read before its index starts building, so the two do not share the cores:
  // that page is what the user waits for after changing the sort (a SKU sort's first page took twice as long).
  if (cache.peek(view, version) === null && start < cache.tuning.window) {
    const first = { rows: await offsetPage(db.session, view, start, end), rowCount: await countView(db.session, view) };
    cache.view(view, version);
    return first;
  }
  const cached = cache.view(view, version);
  if (cached.copy !== null && cached.ready !== null) {
    return { rows: await copyPage(db.session, cached.copy, start, end), rowCount: cached.ready.rowCount };
  }
  // The first pages need no index: OFFSET is cheap near the top, and the view shows while its index builds.
  if (cached.ready === null && start < cache.tuning.window) {
    return { rows: await offsetPage(db.session, view, start, end), rowCount: await countView(db.session, view) };
  }
  const index = await cached.index;
  return { rows: await keysetPage(db.session, view, index, start, end), rowCount: index.rowCount };
}

/** Rows of the view, or of those meeting extra conditions too (whose values are in extraParams). */
export async function countView(session: Session, view: TableView, extra: string[] = [], extraParams: QueryParams = {}): Promise<number> {
  const sql = fillSql(viewCountSql, { table: view.table.name }, { where: whereSql(view, ...extra) });
  const [count] = await session.query<{ row_count: string }>(sql, { ...view.params, ...extraParams });
  return Number(count?.row_count ?? 0);
}

function offsetPage(session: Session, view: TableView, start: number, end: number): Promise<PageRow[]> {
  const sql = fillSql(viewPageSql, { table: view.table.name }, { where: whereSql(view), order: view.orderSql });
  return session.query<PageRow>(sql, { ...view.params, page_limit: end - start, page_offset: start });
}

function copyPage(session: Session, copy: string, start: number, end: number): Promise<PageRow[]> {
  const sql = fillSql(viewCopyPageSql, { cache: GRID_CACHE, copy });
  return session.query<PageRow>(sql, { page_start: start, page_end: end });
}
