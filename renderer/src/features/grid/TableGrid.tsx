// The data grid over one case table: ag-grid's Infinite Row Model paged, sorted and filtered by the engine, columns
// as arranged in the case, Ctrl/Cmd+C copying, the focused row scrolled to and highlighted, and annotated rows
// badged (fetched again when annotations change).
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellKeyDownEvent,
  ColumnMovedEvent,
  FullWidthCellKeyDownEvent,
  GridApi,
  GridState,
  RowClassParams,
} from 'ag-grid-community';
import { ANNOTATED_ROW_TABLES } from '../../../../shared/model/annotations';
import type { TableInfo } from '../../../../shared/model/case';
import { useAppStore } from '../../app/store-context';
import { isFocusedRow, type ArrangedColumn } from '../../store/grid-selectors';
import type { GridQuery } from '../../store/types';
import { cellText, copyText, rowText } from './clipboard';
import { columnDefsFor, DEFAULT_COL_DEF } from './column-defs';
import { createTableDatasource } from './datasource';
import { gridTheme } from './grid-setup';
import { NOTES_COLUMN, type GridRow } from './row-notes';
import { rowNotesText } from './RowNotesCell';

const PAGE_SIZE = 100;

export function TableGrid({
  table,
  columns,
  initialQuery,
  onCopied,
}: {
  table: TableInfo;
  columns: ArrangedColumn[];
  /** The sort and filters shown before the grid last unmounted (another view was open): they come back with it. */
  initialQuery: GridQuery;
  onCopied: (what: string) => void;
}): ReactElement {
  const grid = useRef<AgGridReact<GridRow>>(null);
  const loadPage = useAppStore((state) => state.loadPage);
  const quickFind = useAppStore((state) => state.gridQuery.quickFind);
  const filterResets = useAppStore((state) => state.gridFilterResets);
  const rowsRevision = useAppStore((state) => state.gridRowsRevision);
  const gridFocus = useAppStore((state) => state.gridFocus);
  const focusLocation = useAppStore((state) => state.focusLocation);
  const countKnown = useAppStore((state) => state.matchingRowCount !== null);
  const locateFocus = useAppStore((state) => state.locateFocus);
  const saveGridColumns = useAppStore((state) => state.saveGridColumns);
  const showError = useAppStore((state) => state.showError);
  const [initialState] = useState<GridState>(() => ({
    sort: { sortModel: initialQuery.sort.map((spec) => ({ colId: spec.column, sort: spec.direction })) },
    filter: { filterModel: initialQuery.filter },
  }));

  const withNotes = ANNOTATED_ROW_TABLES.includes(table.name);
  const columnDefs = useMemo(() => columnDefsFor(table.columns, columns, withNotes), [table.columns, columns, withNotes]);
  // A new TableInfo arrives after every import, so the rows are fetched again when the table grew.
  const datasource = useMemo(() => createTableDatasource(table.name, quickFind, loadPage), [table, quickFind, loadPage]);

  // Read by the row class rule, which the grid calls outside React; set before rows are redrawn.
  const focusRef = useRef(gridFocus);
  const rowClassRules = useMemo(
    () => ({ 'grid-row-focused': (params: RowClassParams<GridRow>) => isFocusedRow(focusRef.current, params.data) }),
    [],
  );

  const firstReset = useRef(filterResets);
  useEffect(() => {
    const api = grid.current?.api;
    // Setting an empty model again would refetch (and scroll to the top) for nothing.
    if (filterResets !== firstReset.current && api !== undefined && Object.keys(api.getFilterModel()).length > 0) {
      api.setFilterModel(null);
    }
  }, [filterResets]);

  // The badges came with the pages: fetch the cached pages again, where the grid is scrolled to.
  const firstRevision = useRef(rowsRevision);
  useEffect(() => {
    if (rowsRevision !== firstRevision.current) grid.current?.api?.refreshInfiniteCache();
  }, [rowsRevision]);

  useEffect(() => {
    if (gridFocus?.table === table.name) void locateFocus();
  }, [gridFocus, table.name, locateFocus]);

  // The index to scroll to once the grid holds that many rows: the view may still be refetching (filters cleared).
  const pendingScroll = useRef<number | null>(null);
  const scrollToFocus = useCallback((api: GridApi<GridRow>) => {
    const index = pendingScroll.current;
    if (index === null || api.getDisplayedRowCount() <= index) return;
    pendingScroll.current = null;
    // The grid grows its scroll area a frame after its row count: until then the scroll is clamped to the top, so
    // it is repeated each frame until the row is in view.
    let frames = 0;
    const scroll = () => {
      if (api.isDestroyed()) return;
      api.ensureIndexVisible(index, 'middle');
      const top = api.getDisplayedRowAtIndex(index)?.rowTop ?? null;
      const { top: viewTop, bottom: viewBottom } = api.getVerticalPixelRange();
      frames += 1;
      if ((top === null || top < viewTop || top > viewBottom) && frames < 30) {
        requestAnimationFrame(scroll);
        return;
      }
      const first = api.getAllDisplayedColumns().find((column) => column.getColId() !== NOTES_COLUMN);
      if (first !== undefined) api.setFocusedCell(index, first);
    };
    scroll();
  }, []);

  useEffect(() => {
    const api = grid.current?.api;
    focusRef.current = gridFocus;
    if (api === undefined) return;
    api.redrawRows();
    if (focusLocation === null || focusLocation.focus !== gridFocus || !countKnown) return;
    pendingScroll.current = focusLocation.index;
    scrollToFocus(api);
  }, [focusLocation, gridFocus, countKnown, scrollToFocus]);

  const copy = useCallback(
    (event: CellKeyDownEvent<GridRow> | FullWidthCellKeyDownEvent<GridRow>) => {
      const key = event.event;
      if (!(key instanceof KeyboardEvent) || !(key.ctrlKey || key.metaKey) || key.key.toLowerCase() !== 'c') return;
      // Text selected inside a cell is copied by the browser itself.
      if ((window.getSelection()?.toString() ?? '') !== '') return;
      if (event.data === undefined || !('column' in event)) return;
      const shown = event.api
        .getAllDisplayedColumns()
        .map((column) => column.getColId())
        .filter((id) => id !== NOTES_COLUMN);
      const id = event.column.getColId();
      const cell = id === NOTES_COLUMN ? rowNotesText(event.data) : cellText(event.data[id]);
      const text = key.shiftKey ? rowText(event.data, shown) : cell;
      key.preventDefault();
      copyText(text).then(
        () => onCopied(key.shiftKey ? 'Row copied' : 'Cell copied'),
        (error: unknown) => showError({ code: 'unsupported', message: error instanceof Error ? error.message : String(error) }),
      );
    },
    [onCopied, showError],
  );

  const saveOrder = useCallback(
    (event: ColumnMovedEvent<GridRow>) => {
      if (!event.finished || !event.source.startsWith('ui')) return;
      const state = event.api.getColumnState().filter((column) => column.colId !== NOTES_COLUMN);
      void saveGridColumns(state.map((column) => ({ name: column.colId, hidden: column.hide === true })));
    },
    [saveGridColumns],
  );

  return (
    <div className="grid-host" data-testid="grid">
      <AgGridReact<GridRow>
        ref={grid}
        theme={gridTheme}
        loadThemeGoogleFonts={false}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={PAGE_SIZE}
        maxBlocksInCache={50}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL_DEF}
        initialState={initialState}
        rowClassRules={rowClassRules}
        suppressFieldDotNotation
        enableCellTextSelection
        animateRows={false}
        onCellKeyDown={copy}
        onColumnMoved={saveOrder}
        onModelUpdated={(event) => scrollToFocus(event.api)}
      />
    </div>
  );
}
