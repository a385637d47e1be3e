import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../../../shared/model/case';
import {
  arrangeColumns,
  gridColumnsKey,
  isFocusedRow,
  selectArrangedColumns,
  selectExportColumns,
  selectGridFiltered,
} from '../../../../renderer/src/store/grid-selectors';
import { CASE_INFO } from '../fake-api';

const COLUMNS: ColumnInfo[] = ['a', 'b', 'c'].map((name) => ({ name, duckdbType: 'VARCHAR', kind: 'text' }));

describe('grid selectors', () => {
  it('arrange columns as saved, appending new columns shown and dropping vanished ones', () => {
    expect(
      arrangeColumns(COLUMNS, [
        { name: 'c', hidden: false },
        { name: 'gone', hidden: false },
        { name: 'a', hidden: true },
      ]),
    ).toEqual([
      { name: 'c', hidden: false },
      { name: 'a', hidden: true },
      { name: 'b', hidden: false },
    ]);
    expect(arrangeColumns(COLUMNS, []).map((column) => column.name)).toEqual(['a', 'b', 'c']);
  });

  it('wait for the arrangement of the selected table of this case, and export only visible columns', () => {
    const tables = [{ name: 't', rowCount: 3, columns: COLUMNS }];
    const key = gridColumnsKey(CASE_INFO, 't');
    const base = { tables, selectedTable: 't', caseInfo: CASE_INFO };
    expect(selectArrangedColumns({ ...base, gridColumns: null })).toBeNull();
    expect(selectArrangedColumns({ ...base, gridColumns: { key: gridColumnsKey(null, 't'), columns: [], saved: false } })).toBeNull();
    const saved = { key, columns: [{ name: 'b', hidden: true }], saved: true };
    expect(selectExportColumns({ ...base, gridColumns: saved })).toEqual(['a', 'c']);
    expect(selectExportColumns({ ...base, gridColumns: { key, columns: [], saved: false } })).toBeNull();
  });

  it('tell a filtered view and the focused row', () => {
    expect(selectGridFiltered({ sort: [], filter: {}, quickFind: '  ' })).toBe(false);
    expect(selectGridFiltered({ sort: [], filter: {}, quickFind: 'x' })).toBe(true);
    const focus = { table: 'events', source_id: 3, line_number: 17 };
    expect(isFocusedRow(focus, { source_id: 3, line_number: '17' })).toBe(true);
    expect(isFocusedRow(focus, { source_id: 3, line_number: '18' })).toBe(false);
    expect(isFocusedRow({ ...focus, line_number: null }, { source_id: 3, line_number: null })).toBe(true);
    expect(isFocusedRow(null, { source_id: 3, line_number: '17' })).toBe(false);
  });
});
