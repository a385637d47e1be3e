// The grid over the selected table: its pages and matching count, quick-find, column values for the set filter, the
// columns as arranged in the case file, locating a focused row, and exporting what it shows.
import type { AppState, GridQuery, GridSlice } from './types';
import type { SliceFactory } from './slice';
import { describeFocus, gridColumnsKey, selectExportColumns, selectGridFiltered } from './grid-selectors';

/** No sort, no filter, no quick-find: what a freshly shown table starts with. */
export const EMPTY_GRID_QUERY: GridQuery = { sort: [], filter: {}, quickFind: '' };

export const createGridSlice: SliceFactory<GridSlice> =
  ({ api }) =>
  (set, get) => {
    /** Answers for a table the user already left must not touch the current one's state. */
    const stillShowing = (table: string) => table === get().selectedTable;

    return {
      gridQuery: EMPTY_GRID_QUERY,
      matchingRowCount: null,
      gridFilterResets: 0,
      gridRowsRevision: 0,
      gridColumns: null,
      focusLocation: null,
      loadPage: async (request) => {
        const result = await api.getTablePage(request);
        if (!stillShowing(request.table)) return result;
        if (result.ok) {
          set({
            matchingRowCount: result.value.rowCount,
            gridQuery: { sort: request.sort ?? [], filter: request.filter ?? {}, quickFind: request.quickFind ?? '' },
          });
        } else {
          get().showError(result.error);
        }
        return result;
      },
      setQuickFind: (text) => {
        if (text === get().gridQuery.quickFind) return;
        set({ gridQuery: { ...get().gridQuery, quickFind: text } });
      },
      loadColumnValues: (request) => api.getColumnValues(request),
      loadGridColumns: async (table) => {
        const key = gridColumnsKey(get().caseInfo, table);
        const result = await api.getGridPrefs({ table });
        if (key !== gridColumnsKey(get().caseInfo, get().selectedTable)) return;
        if (!result.ok) {
          get().showError(result.error);
          // The grid still shows, in the table's own order.
          set({ gridColumns: { key, columns: [], saved: false } });
          return;
        }
        set({ gridColumns: { key, columns: result.value?.columns ?? [], saved: result.value !== null } });
      },
      saveGridColumns: async (columns) => {
        const table = get().selectedTable;
        if (table === null) return;
        const key = gridColumnsKey(get().caseInfo, table);
        set({ gridColumns: { key, columns, saved: true } });
        const result = await api.saveGridPrefs({ table, columns });
        if (!result.ok) get().showError(result.error);
      },
      locateFocus: async () => {
        const focus = get().gridFocus;
        const table = get().selectedTable;
        if (focus === null || focus.table !== table) return;
        const query = get().gridQuery;
        const locate = (view: GridQuery) =>
          api.locateRow({ table, ...view, source_id: focus.source_id, line_number: focus.line_number });
        let result = await locate(query);
        if (get().gridFocus !== focus) return;
        if (result.ok && result.value.index === null && result.value.inTable && selectGridFiltered(query)) {
          const cleared: GridQuery = { sort: query.sort, filter: {}, quickFind: '' };
          set({ gridQuery: cleared, matchingRowCount: null, gridFilterResets: get().gridFilterResets + 1 });
          get().showNotice(`Filters and quick-find were cleared: they hid the row from ${describeFocus(focus)}`);
          result = await locate(cleared);
          if (get().gridFocus !== focus) return;
        }
        if (!result.ok) {
          get().showError(result.error);
          return;
        }
        if (result.value.index === null) {
          get().showError({ code: 'not_found', message: `${table} has no row from ${describeFocus(focus)}` });
          return;
        }
        set({ focusLocation: { focus, index: result.value.index } });
      },
      exportCsv: async (path) => {
        const table = get().selectedTable;
        if (table === null) {
          get().showError({ code: 'bad_request', message: 'Select a table to export first' });
          return false;
        }
        const { sort, filter, quickFind } = get().gridQuery;
        const columns = selectExportColumns(get() as AppState);
        const result = await api.exportTableCsv({ table, path, sort, filter, quickFind, ...(columns === null ? {} : { columns }) });
        if (!result.ok) {
          get().showError(result.error);
          return false;
        }
        const rows = result.value.rowsWritten.toLocaleString('en-US');
        get().showNotice(`Exported ${rows} rows of ${table} to ${result.value.path}`);
        return true;
      },
      refreshGridRows: () => set({ gridRowsRevision: get().gridRowsRevision + 1 }),
    };
  };
