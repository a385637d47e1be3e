import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../../../../shared/model/case';
import { columnDefsFor } from '../../../../../renderer/src/features/grid/column-defs';
import { ValuesFilter } from '../../../../../renderer/src/features/grid/ValuesFilter';
import { NOTES_COLUMN } from '../../../../../renderer/src/features/grid/row-notes';
import { cellText, rowText } from '../../../../../renderer/src/features/grid/clipboard';

const COLUMNS: ColumnInfo[] = [
  { name: 'sku', duckdbType: 'VARCHAR', kind: 'text' },
  { name: 'qty', duckdbType: 'DOUBLE', kind: 'number' },
  { name: 'ts', duckdbType: 'TIMESTAMP WITH TIME ZONE', kind: 'date' },
];

describe('grid column definitions', () => {
  it('follow the arranged order and visibility, with the filter that suits each kind', () => {
    const defs = columnDefsFor(COLUMNS, [
      { name: 'ts', hidden: false },
      { name: 'sku', hidden: true },
      { name: 'qty', hidden: false },
    ]);
    expect(defs.map((def) => [def.colId, def.hide])).toEqual([
      ['ts', false],
      ['sku', true],
      ['qty', false],
    ]);
    expect(defs.find((def) => def.colId === 'sku')?.filter).toBe(ValuesFilter);
    expect(defs.find((def) => def.colId === 'qty')?.filter).toBe('agNumberColumnFilter');
    expect(defs.find((def) => def.colId === 'ts')?.filter).toBe('agDateColumnFilter');
  });
});

describe('the annotation badge column', () => {
  it('leads, pinned and fixed, only for tables whose rows can carry annotations', () => {
    const arranged = [{ name: 'sku', hidden: false }, { name: 'qty', hidden: false }];
    expect(columnDefsFor(COLUMNS, arranged).map((def) => def.colId)).toEqual(['sku', 'qty']);
    const defs = columnDefsFor(COLUMNS, arranged, true);
    expect(defs.map((def) => def.colId)).toEqual([NOTES_COLUMN, 'sku', 'qty']);
    expect(defs[0]).toMatchObject({ pinned: 'left', lockPosition: 'left', suppressMovable: true, sortable: false, filter: false });
  });
});

describe('copying from the grid', () => {
  it('copies NULL as nothing and a row as tab-separated cells in the shown order', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(12.5)).toBe('12.5');
    expect(rowText({ sku: 'A\tB', qty: null, ts: '2026-11-02 08:00:00+00' }, ['ts', 'sku', 'qty'])).toBe(
      '2026-11-02 08:00:00+00\tA B\t',
    );
  });
});
