// The main pane: the selected table's name and matching row count above its grid.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Icon } from '../../components/Icon';
import { formatCount, formatRows } from '../../components/format';
import { selectRowCounts, selectSelectedTableInfo } from '../../store/selectors';
import { TableGrid } from './TableGrid';

export function GridPane(): ReactElement {
  const table = useAppStore(selectSelectedTableInfo);
  const matchingRowCount = useAppStore((state) => state.matchingRowCount);
  const gridQuery = useAppStore((state) => state.gridQuery);
  const tables = useAppStore((state) => state.tables);
  const selectedTable = useAppStore((state) => state.selectedTable);
  const counts = selectRowCounts({ tables, selectedTable, matchingRowCount, gridQuery });

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
      </header>
      <TableGrid key={table.name} table={table} />
    </section>
  );
}
