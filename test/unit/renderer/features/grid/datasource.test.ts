import { describe, expect, it } from 'vitest';
import type { IGetRowsParams } from 'ag-grid-community';
import type { PageRequest } from '../../../../../shared/model/page';
import { err, ok } from '../../../../../shared/result';
import { createTableDatasource, toPageRequest } from '../../../../../renderer/src/features/grid/datasource';
import { rowNotesOf, withRowNotes, type GridRow } from '../../../../../renderer/src/features/grid/row-notes';
import { rowNotesText } from '../../../../../renderer/src/features/grid/RowNotesCell';

const FILTER = {
  qty: { filterType: 'number', type: 'greaterThan', filter: 5 },
  occurred_at: {
    filterType: 'date',
    operator: 'OR',
    conditions: [
      { filterType: 'date', type: 'lessThan', dateFrom: '2026-11-01 00:00:00', dateTo: null },
      { filterType: 'date', type: 'greaterThan', dateFrom: '2026-11-05 00:00:00', dateTo: null },
    ],
  },
};

function rowsParams(overrides: Partial<IGetRowsParams>): IGetRowsParams {
  return {
    startRow: 100,
    endRow: 200,
    sortModel: [],
    filterModel: {},
    successCallback: () => {},
    failCallback: () => {},
    ...overrides,
  } as IGetRowsParams;
}

describe('grid datasource', () => {
  it('maps ag-grid’s block, sort model and filter model onto a page request', () => {
    const request = toPageRequest('raw_events', 'ghost', {
      startRow: 100,
      endRow: 200,
      sortModel: [
        { colId: 'sku', sort: 'asc' },
        { colId: 'qty', sort: 'desc' },
      ],
      filterModel: FILTER,
    });

    expect(request).toEqual({
      table: 'raw_events',
      startRow: 100,
      endRow: 200,
      sort: [
        { column: 'sku', direction: 'asc' },
        { column: 'qty', direction: 'desc' },
      ],
      filter: FILTER,
      quickFind: 'ghost',
    });
    expect(toPageRequest('t', '', { startRow: 0, endRow: 100, sortModel: [], filterModel: null }).filter).toEqual({});
  });

  it('hands rows and the total count to the grid, or reports failure', async () => {
    const requests: PageRequest[] = [];
    let answer = ok({ rows: [{ sku: 'A' }], rowCount: 101 });
    const datasource = createTableDatasource('t', 'sku-1', async (request) => {
      requests.push(request);
      return answer;
    });

    const success = await new Promise<[unknown[], number | undefined]>((resolve) =>
      datasource.getRows(rowsParams({ successCallback: (rows, last) => resolve([rows, last]) })),
    );
    expect(success).toEqual([[{ sku: 'A' }], 101]);
    expect(requests[0]?.table).toBe('t');
    expect(requests[0]?.quickFind).toBe('sku-1');

    answer = err('query_failed', 'boom');
    await new Promise<void>((resolve) => datasource.getRows(rowsParams({ failCallback: resolve })));
  });
});

describe('annotations on grid rows', () => {
  const rows = [{ source_id: 3, line_number: '17' }, { source_id: 3, line_number: '18' }, { source_id: 3, line_number: '19' }];

  it('attaches each page row\'s notes to that row only, out of sight of its columns', async () => {
    const notes = [{ tag: 'note' as const, comment: 'odd' }, { tag: 'confirmed_root_cause' as const, comment: '' }];
    const datasource = createTableDatasource('events', '', async () => ok({ rows, rowCount: 3, annotated: [{ index: 1, notes }] }));
    const handed = await new Promise<GridRow[]>((resolve) => datasource.getRows(rowsParams({ successCallback: (page) => resolve(page as GridRow[]) })));
    expect(handed.map(rowNotesOf)).toEqual([[], notes, []]);
    // Its columns are the row's own: what copying and export see.
    expect(Object.fromEntries(Object.entries(handed[1] ?? {}))).toEqual(rows[1]);
    expect(handed[0]).toBe(rows[0]);
    expect(rowNotesText(handed[1])).toBe('Note: odd\nConfirmed root cause');
    expect(rowNotesText(handed[0])).toBe('');
  });

  it('leaves a page without annotations (or of a table without them) as it came', () => {
    expect(withRowNotes(rows)).toEqual(rows);
    expect(withRowNotes(rows, []).map(rowNotesOf)).toEqual([[], [], []]);
    // An index past the page (never sent by the engine) changes nothing.
    expect(withRowNotes(rows, [{ index: 5, notes: [{ tag: 'note', comment: 'x' }] }])).toHaveLength(3);
  });
});
