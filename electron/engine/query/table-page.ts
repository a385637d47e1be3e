// One page of any case table, filtered and sorted in DuckDB; only the page's rows cross into JavaScript.
import type { PageRequest, PageResponse, PageRow } from '../../../shared/model/page';
import type { Session } from '../db/case-database';
import { tableView } from './table-view';

/** The most rows one page may carry. */
export const MAX_PAGE_ROWS = 1000;

export class PageRangeError extends Error {}

export async function getTablePage(session: Session, request: PageRequest): Promise<PageResponse> {
  const limit = request.endRow - request.startRow;
  if (!Number.isInteger(request.startRow) || request.startRow < 0 || limit <= 0 || limit > MAX_PAGE_ROWS) {
    throw new PageRangeError(`A page is 1 to ${MAX_PAGE_ROWS} rows from a start row of 0 or more`);
  }
  const view = await tableView(session, request);
  const rows = await session.query<PageRow>(`${view.selectSql} LIMIT $page_limit OFFSET $page_offset`, {
    ...view.params,
    page_limit: limit,
    page_offset: request.startRow,
  });
  const [count] = await session.query<{ row_count: string }>(view.countSql, view.params);
  return { rows, rowCount: Number(count?.row_count ?? 0) };
}
