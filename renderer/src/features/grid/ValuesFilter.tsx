// The set-of-values column filter (ag-grid's own is Enterprise): the column's values with their counts under the
// grid's other filters, from the engine; tick values to keep, or type to keep every value containing the text.
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import type { ColumnValues, PageRow, SetCondition, TextCondition } from '../../../../shared/model/page';
import { useAppStore } from '../../app/store-context';
import { formatCount } from '../../components/format';

/** What the filter hands the grid: a substring search, or the exact values ticked. */
export type ValuesModel = SetCondition | TextCondition;

const LIST_LIMIT = 200;
const SEARCH_DELAY_MS = 300;

type Listing = { values: ColumnValues | null; problem: string | null };

export function ValuesFilter({ model, onModelChange, column }: CustomFilterProps<PageRow, unknown, ValuesModel>): ReactElement {
  const columnName = column.getColId();
  const table = useAppStore((state) => state.selectedTable);
  const gridQuery = useAppStore((state) => state.gridQuery);
  const loadColumnValues = useAppStore((state) => state.loadColumnValues);
  const [search, setSearch] = useState(model?.filterType === 'text' ? (model.filter ?? '') : '');
  const [listing, setListing] = useState<Listing>({ values: null, problem: null });

  // The engine filters every row; the grid never asks the browser whether a row passes.
  useGridFilter({ doesFilterPass: useCallback(() => true, []) });

  useEffect(() => {
    if (table === null) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      void loadColumnValues({
        table,
        column: columnName,
        filter: gridQuery.filter,
        quickFind: gridQuery.quickFind,
        search,
        limit: LIST_LIMIT,
      }).then((result) => {
        if (!current) return;
        setListing(result.ok ? { values: result.value, problem: null } : { values: null, problem: result.error.message });
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [table, columnName, gridQuery.filter, gridQuery.quickFind, search, loadColumnValues]);

  const listed = listing.values?.values ?? [];
  const picked = model?.filterType === 'set' ? new Set(model.values) : null;
  const isTicked = (value: string | null) => picked === null || picked.has(value);

  const typeSearch = (text: string) => {
    setSearch(text);
    onModelChange(text.trim() === '' ? null : { filterType: 'text', type: 'contains', filter: text.trim() });
  };
  const toggle = (value: string | null) => {
    const current = picked ?? new Set(listed.map((entry) => entry.value));
    const next = new Set(current);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    onModelChange({ filterType: 'set', values: [...next] });
  };
  const allTicked = picked === null;
  const truncated = listing.values !== null && listing.values.distinct > listed.length;

  return (
    <div className="values-filter" data-testid="values-filter">
      <div className="ag-filter-body values-filter-search">
        <input
          // Not type=search: Escape closes the popup, and must not clear the text (and the filter) on the way.
          type="text"
          value={search}
          placeholder="Search values…"
          aria-label={`Search the values of ${columnName}`}
          data-testid="values-filter-search"
          onChange={(event) => typeSearch(event.target.value)}
        />
      </div>
      <label className="values-filter-row values-filter-all">
        <input
          type="checkbox"
          checked={allTicked}
          onChange={() => onModelChange(allTicked ? { filterType: 'set', values: [] } : null)}
        />
        <span className="values-filter-label">{search.trim() === '' ? '(Select all)' : '(All containing the search)'}</span>
      </label>
      <div className="values-filter-list" role="group" aria-label={`Values of ${columnName}`}>
        {listing.problem !== null && <p className="values-filter-note error-text">{listing.problem}</p>}
        {listing.values === null && listing.problem === null && <p className="values-filter-note muted">Loading values…</p>}
        {listing.values !== null && listed.length === 0 && <p className="values-filter-note muted">No values match.</p>}
        {listed.map((entry) => (
          <label className="values-filter-row" key={entry.value ?? '\u0000null'} data-testid="values-filter-value">
            <input type="checkbox" checked={isTicked(entry.value)} onChange={() => toggle(entry.value)} />
            <span className={`values-filter-label${entry.value === null || entry.value === '' ? ' muted' : ''}`}>
              {entry.value === null ? '(NULL)' : entry.value === '' ? '(empty)' : entry.value}
            </span>
            <span className="values-filter-count">{formatCount(entry.count)}</span>
          </label>
        ))}
      </div>
      <footer className="values-filter-footer">
        <span className="muted">
          {truncated
            ? `The ${formatCount(listed.length)} most frequent of ${formatCount(listing.values?.distinct ?? 0)} values`
            : listing.values === null
              ? ''
              : `${formatCount(listing.values.distinct)} values`}
        </span>
        <button
          type="button"
          className="values-filter-clear"
          onClick={() => {
            setSearch('');
            onModelChange(null);
          }}
        >
          Clear
        </button>
      </footer>
    </div>
  );
}
