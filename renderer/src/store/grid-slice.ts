// Pages of the selected table for the grid, the count matching its filter, and exporting what it shows.
import type { GridQuery, GridSlice } from './types';
import type { SliceFactory } from './slice';

/** No sort, no filter: what a freshly shown table starts with. */
export const EMPTY_GRID_QUERY: GridQuery = { sort: [], filter: {} };

export const createGridSlice: SliceFactory<GridSlice> =
  ({ api }) =>
  (set, get) => ({
    gridQuery: EMPTY_GRID_QUERY,
    matchingRowCount: null,
    loadPage: async (request) => {
      const result = await api.getTablePage(request);
      // Answers for a table the user already left must not touch the current one's state.
      if (request.table !== get().selectedTable) return result;
      if (result.ok) {
        set({
          matchingRowCount: result.value.rowCount,
          gridQuery: { sort: request.sort ?? [], filter: request.filter ?? {} },
        });
      } else {
        get().showError(result.error);
      }
      return result;
    },
    exportCsv: async (path) => {
      const table = get().selectedTable;
      if (table === null) {
        get().showError({ code: 'bad_request', message: 'Select a table to export first' });
        return false;
      }
      const { sort, filter } = get().gridQuery;
      const result = await api.exportTableCsv({ table, path, sort, filter });
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      const rows = result.value.rowsWritten.toLocaleString('en-US');
      get().showNotice(`Exported ${rows} rows of ${table} to ${result.value.path}`);
      return true;
    },
  });
