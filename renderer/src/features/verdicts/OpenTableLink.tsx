// A link from a board card to the analysis table behind it, opened in the grid.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Icon } from '../../components/Icon';
import './verdicts.css';

export function OpenTableLink({ table }: { table: string }): ReactElement {
  const selectTable = useAppStore((state) => state.selectTable);
  const navigate = useAppStore((state) => state.navigate);
  return (
    <button
      type="button"
      className="open-table"
      title={`Open ${table} in the grid`}
      onClick={() => {
        selectTable(table);
        navigate({ kind: 'data' });
      }}
    >
      <Icon name="table" size={13} />
      {table}
    </button>
  );
}
