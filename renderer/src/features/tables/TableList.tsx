// The sidebar: the case's tables with their row counts (clicking one shows it in the grid).
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Icon } from '../../components/Icon';
import { formatCount } from '../../components/format';

export function TableList(): ReactElement {
  const tables = useAppStore((state) => state.tables);
  const selectedTable = useAppStore((state) => state.selectedTable);
  const selectTable = useAppStore((state) => state.selectTable);

  return (
    <aside className="sidebar">
      <div className="sidebar-heading">
        <span>Tables</span>
        <span className="sidebar-count">{tables.length}</span>
      </div>
      <ul className="table-list" data-testid="table-list">
        {tables.map((table) => (
          <li key={table.name}>
            <button
              type="button"
              className={table.name === selectedTable ? 'table-item selected' : 'table-item'}
              aria-current={table.name === selectedTable ? 'true' : undefined}
              data-testid={`table-item-${table.name}`}
              title={`${table.name}: ${table.columns.length} columns`}
              onClick={() => selectTable(table.name)}
            >
              <Icon name="table" size={14} />
              <span className="table-item-name">{table.name}</span>
              <span className="table-item-count">{formatCount(table.rowCount)}</span>
            </button>
          </li>
        ))}
      </ul>
      {tables.length === 0 && <p className="sidebar-empty">No tables yet. Import the client's exports to add some.</p>}
    </aside>
  );
}
