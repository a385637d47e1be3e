// The Infinite Row Model's datasource: each block the grid asks for becomes one getTablePage request, with the
// grid's sort and column filters and the quick-find text; its rows arrive with their annotations attached.
import type { IDatasource, IGetRowsParams, SortModelItem } from 'ag-grid-community';
import type { FilterModel, PageRequest, PageResponse, SortSpec } from '../../../../shared/model/page';
import type { Result } from '../../../../shared/result';
import { withRowNotes } from './row-notes';

export type LoadPage = (request: PageRequest) => Promise<Result<PageResponse>>;

export function toSortSpecs(sortModel: SortModelItem[]): SortSpec[] {
  return sortModel.map(({ colId, sort }) => ({ column: colId, direction: sort }));
}

/** ag-grid's filter model, which has FilterModel's shape because column-defs.ts picks only those filters. */
export function toFilterModel(filterModel: unknown): FilterModel {
  if (typeof filterModel !== 'object' || filterModel === null) return {};
  return filterModel as FilterModel;
}

export function toPageRequest(
  table: string,
  quickFind: string,
  params: Pick<IGetRowsParams, 'startRow' | 'endRow' | 'sortModel' | 'filterModel'>,
): PageRequest {
  return {
    table,
    startRow: params.startRow,
    endRow: params.endRow,
    sort: toSortSpecs(params.sortModel),
    filter: toFilterModel(params.filterModel),
    quickFind,
  };
}

/** A datasource per table and quick-find text: a new text is a new datasource, which refetches from the top. */
export function createTableDatasource(table: string, quickFind: string, loadPage: LoadPage): IDatasource {
  return {
    getRows: (params) => {
      void loadPage(toPageRequest(table, quickFind, params)).then((result) => {
        if (result.ok) params.successCallback(withRowNotes(result.value.rows, result.value.annotated), result.value.rowCount);
        else params.failCallback();
      });
    },
  };
}
