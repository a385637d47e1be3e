// Pure reads of the grid's state: its columns as arranged, whether its view is filtered, and how a focused row reads.
import type { CaseInfo, ColumnInfo } from '../../../shared/model/case';
import type { GridPrefs } from '../../../shared/model/page';
import { selectSelectedTableInfo } from './selectors';
import type { AppState, GridQuery } from './types';
import type { RowFocus } from './view-slice';

export type ArrangedColumn = GridPrefs['columns'][number];

/** Which case and table a column arrangement belongs to. */
export function gridColumnsKey(caseInfo: CaseInfo | null, table: string | null): string {
  return `${caseInfo?.path ?? ''}\n${table ?? ''}`;
}

/**
 * The table's columns in the saved order with their saved visibility; columns the table gained since are appended
 * shown, and saved names the table no longer has are dropped.
 */
export function arrangeColumns(columns: ColumnInfo[], saved: ArrangedColumn[]): ArrangedColumn[] {
  const names = new Set(columns.map((column) => column.name));
  const kept = saved.filter((column) => names.has(column.name));
  const placed = new Set(kept.map((column) => column.name));
  return [...kept, ...columns.filter((column) => !placed.has(column.name)).map((column) => ({ name: column.name, hidden: false }))];
}

/** The selected table's columns as arranged, or null until its arrangement has loaded (the grid waits for it). */
export function selectArrangedColumns(state: Pick<AppState, 'tables' | 'selectedTable' | 'caseInfo' | 'gridColumns'>): ArrangedColumn[] | null {
  const table = selectSelectedTableInfo(state);
  if (table === null || state.gridColumns?.key !== gridColumnsKey(state.caseInfo, table.name)) return null;
  return arrangeColumns(table.columns, state.gridColumns.columns);
}

/** The columns an export writes: the visible ones in grid order, or null for all when nothing was arranged. */
export function selectExportColumns(state: Pick<AppState, 'tables' | 'selectedTable' | 'caseInfo' | 'gridColumns'>): string[] | null {
  const arranged = selectArrangedColumns(state);
  if (arranged === null || state.gridColumns?.saved !== true) return null;
  return arranged.filter((column) => !column.hidden).map((column) => column.name);
}

export function selectGridFiltered(query: GridQuery): boolean {
  return Object.keys(query.filter).length > 0 || query.quickFind.trim() !== '';
}

/** Where a focused row comes from, as a sentence names it: "source file 3, line 17". */
export function describeFocus(focus: RowFocus): string {
  return focus.line_number === null
    ? `source file ${focus.source_id} (no line number)`
    : `source file ${focus.source_id}, line ${focus.line_number}`;
}

/** Whether a grid row is the focused one; ids arrive as numbers or, for BIGINT, as text. */
export function isFocusedRow(focus: RowFocus | null, row: Record<string, unknown> | undefined): boolean {
  if (focus === null || row === undefined) return false;
  const line = row.line_number;
  return (
    String(row.source_id) === String(focus.source_id) &&
    (focus.line_number === null ? line === null : String(line) === String(focus.line_number))
  );
}
