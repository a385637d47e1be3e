// The grid toolbar's column chooser (ag-grid's tool panel is Enterprise): show or hide each column and move it,
// saved into the case file for this table.
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import type { ArrangedColumn } from '../../store/grid-selectors';

export function ColumnChooser({ columns }: { columns: ArrangedColumn[] }): ReactElement {
  const saveGridColumns = useAppStore((state) => state.saveGridColumns);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const hidden = columns.filter((column) => column.hidden).length;

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const save = (next: ArrangedColumn[]) => void saveGridColumns(next);
  const toggle = (name: string) =>
    save(columns.map((column) => (column.name === name ? { ...column, hidden: !column.hidden } : column)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...columns];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + by, 0, moved);
    save(next);
  };
  const visible = columns.length - hidden;

  return (
    <div className="column-chooser" ref={root}>
      <Button icon="table" aria-expanded={open} data-testid="column-chooser" onClick={() => setOpen(!open)}>
        Columns{hidden > 0 ? ` · ${hidden} hidden` : ''}
      </Button>
      {open && (
        <div className="column-chooser-panel" role="dialog" aria-label="Columns" data-testid="column-chooser-panel">
          <ul className="column-chooser-list">
            {columns.map((column, index) => (
              <li key={column.name} className="column-chooser-item" data-testid="column-chooser-item" data-column={column.name}>
                <label>
                  <input
                    type="checkbox"
                    checked={!column.hidden}
                    // The last visible column stays: a grid without columns shows nothing to click.
                    disabled={!column.hidden && visible === 1}
                    onChange={() => toggle(column.name)}
                  />
                  <span>{column.name}</span>
                </label>
                <button type="button" className="icon-button" aria-label={`Move ${column.name} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  <span className="flip-up"><Icon name="up" size={13} /></span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${column.name} down`}
                  disabled={index === columns.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span className="flip-down"><Icon name="up" size={13} /></span>
                </button>
              </li>
            ))}
          </ul>
          <footer className="column-chooser-footer">
            <button type="button" className="link-button" onClick={() => save(columns.map((column) => ({ ...column, hidden: false })))}>
              Show all
            </button>
            <button type="button" className="link-button" data-testid="column-chooser-reset" onClick={() => save([])}>
              Table order
            </button>
          </footer>
        </div>
      )}
    </div>
  );
}
