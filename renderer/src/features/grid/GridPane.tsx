// The main pane: the selected table's name, matching row count and toolbar (quick-find, columns) above its grid.
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Icon } from '../../components/Icon';
import { formatCount, formatRows } from '../../components/format';
import { selectRowCounts, selectSelectedTableInfo } from '../../store/selectors';
import { selectArrangedColumns } from '../../store/grid-selectors';
import { ColumnChooser } from './ColumnChooser';
import { QuickFindBox } from './QuickFindBox';
import { TableGrid } from './TableGrid';
import './grid.css';

const COPIED_NOTE_MS = 1800;

export function GridPane(): ReactElement {
  const table = useAppStore(selectSelectedTableInfo);
  const matchingRowCount = useAppStore((state) => state.matchingRowCount);
  const gridQuery = useAppStore((state) => state.gridQuery);
  const tables = useAppStore((state) => state.tables);
  const selectedTable = useAppStore((state) => state.selectedTable);
  const caseInfo = useAppStore((state) => state.caseInfo);
  const gridColumns = useAppStore((state) => state.gridColumns);
  const loadGridColumns = useAppStore((state) => state.loadGridColumns);
  const counts = selectRowCounts({ tables, selectedTable, matchingRowCount, gridQuery });
  const columns = selectArrangedColumns({ tables, selectedTable, caseInfo, gridColumns });
  const [copied, setCopied] = useState<string | null>(null);
  const copiedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const tableName = table?.name ?? null;
  const arranged = columns !== null;
  useEffect(() => {
    if (tableName !== null && !arranged) void loadGridColumns(tableName);
  }, [tableName, arranged, loadGridColumns]);
  useEffect(() => () => clearTimeout(copiedTimer.current), []);

  const onCopied = useCallback((what: string) => {
    setCopied(what);
    clearTimeout(copiedTimer.current);
    copiedTimer.current = setTimeout(() => setCopied(null), COPIED_NOTE_MS);
  }, []);

  if (table === null || counts === null) {
    return (
      <div className="empty-pane">
        <Icon name="table" size={28} />
        <p>No table to show yet.</p>
        <p className="muted">Import CSV files with the buttons above; each file becomes a table.</p>
      </div>
    );
  }

  return (
    <section className="grid-pane" aria-label={`Table ${table.name}`}>
      <header className="grid-header">
        <h2 className="grid-title">{table.name}</h2>
        <span className="grid-meta">{table.columns.length} columns</span>
        <span className="row-count" data-testid="row-count" data-count={counts.matching}>
          {counts.filtered ? `${formatCount(counts.matching)} of ${formatRows(counts.total)}` : formatRows(counts.matching)}
        </span>
        {counts.filtered && <span className="filter-chip">filtered</span>}
        <span className="grid-copied" role="status" data-testid="grid-copied">
          {copied}
        </span>
        <div className="grid-tools">
          <QuickFindBox key={table.name} table={table.name} />
          {columns !== null && <ColumnChooser columns={columns} />}
        </div>
      </header>
      {columns === null ? (
        <div className="grid-host grid-loading" data-testid="grid" />
      ) : (
        <TableGrid key={table.name} table={table} columns={columns} initialQuery={gridQuery} onCopied={onCopied} />
      )}
    </section>
  );
}
