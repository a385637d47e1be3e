import { describe, expect, it } from 'vitest';
import type { IGetRowsParams } from 'ag-grid-community';
import type { PageRequest } from '../../../../../shared/model/page';
import { err, ok } from '../../../../../shared/result';
import { createTableDatasource, toPageRequest } from '../../../../../renderer/src/features/grid/datasource';

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
