// The data grid over one case table: ag-grid's Infinite Row Model, paged, sorted and filtered by the engine.
import { useMemo, type ReactElement } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { TableInfo } from '../../../../shared/model/case';
import type { PageRow } from '../../../../shared/model/page';
import { useAppStore } from '../../app/store-context';
import { columnDefsFor, DEFAULT_COL_DEF } from './column-defs';
import { createTableDatasource } from './datasource';
import { gridTheme } from './grid-setup';

const PAGE_SIZE = 100;

export function TableGrid({ table }: { table: TableInfo }): ReactElement {
  const loadPage = useAppStore((state) => state.loadPage);
  const columnDefs = useMemo(() => columnDefsFor(table.columns), [table.columns]);
  // A new TableInfo arrives after every import, so the rows are fetched again when the table grew.
  const datasource = useMemo(() => createTableDatasource(table.name, loadPage), [table, loadPage]);

  return (
    <div className="grid-host" data-testid="grid">
      <AgGridReact<PageRow>
        theme={gridTheme}
        loadThemeGoogleFonts={false}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={PAGE_SIZE}
        maxBlocksInCache={50}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL_DEF}
        suppressFieldDotNotation
        enableCellTextSelection
        animateRows={false}
      />
    </div>
  );
}
