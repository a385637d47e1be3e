// The Infinite Row Model's datasource: each block the grid asks for becomes one getTablePage request.
import type { IDatasource, IGetRowsParams, SortModelItem } from 'ag-grid-community';
import type { FilterModel, PageRequest, PageResponse, SortSpec } from '../../../../shared/model/page';
import type { Result } from '../../../../shared/result';

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
  params: Pick<IGetRowsParams, 'startRow' | 'endRow' | 'sortModel' | 'filterModel'>,
): PageRequest {
  return {
    table,
    startRow: params.startRow,
    endRow: params.endRow,
    sort: toSortSpecs(params.sortModel),
    filter: toFilterModel(params.filterModel),
  };
}

export function createTableDatasource(table: string, loadPage: LoadPage): IDatasource {
  return {
    getRows: (params) => {
      void loadPage(toPageRequest(table, params)).then((result) => {
        if (result.ok) params.successCallback(result.value.rows, result.value.rowCount);
        else params.failCallback();
      });
    },
  };
}
