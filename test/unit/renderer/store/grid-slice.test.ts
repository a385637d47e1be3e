import { describe, expect, it } from 'vitest';
import type { FilterModel, PageRequest } from '../../../../shared/model/page';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { CASE_INFO, err, fakeApi, ok } from '../fake-api';

const FILTER: FilterModel = { sku: { filterType: 'text', type: 'contains', filter: '00' } };

describe('grid slice', () => {
  it('records the matching count and the query of the selected table’s pages', async () => {
    const fake = fakeApi({ getTablePage: async () => ok({ rows: [{ sku: 'SKU-001' }], rowCount: 42 }) });
    const store = createAppStore(fake.api);
    store.setState({ selectedTable: 't' });
    const request: PageRequest = {
      table: 't',
      startRow: 0,
      endRow: 100,
      sort: [{ column: 'sku', direction: 'asc' }],
      filter: FILTER,
    };

    const result = await store.getState().loadPage(request);

    expect(result.ok).toBe(true);
    expect(store.getState().matchingRowCount).toBe(42);
    expect(store.getState().gridQuery).toEqual({ sort: request.sort, filter: FILTER });
  });

  it('ignores answers for a table the user already left', async () => {
    const store = createAppStore(
      fakeApi({ getTablePage: async () => err('query_failed', 'boom') }).api,
    );
    store.setState({ selectedTable: 'now' });

    await store.getState().loadPage({ table: 'before', startRow: 0, endRow: 100 });

    expect(store.getState().error).toBeNull();
    expect(store.getState().matchingRowCount).toBeNull();
  });

  it('exports with the grid’s current sort and filter and confirms with a notice', async () => {
    const fake = fakeApi({ exportTableCsv: async ({ path }) => ok({ path, rowsWritten: 1234 }) });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, selectedTable: 't', gridQuery: { sort: [], filter: FILTER } });

    expect(await store.getState().exportCsv('/out/t.csv')).toBe(true);

    expect(fake.calls[0]?.request).toEqual({ table: 't', path: '/out/t.csv', sort: [], filter: FILTER });
    expect(store.getState().notice).toBe('Exported 1,234 rows of t to /out/t.csv');
  });
});
