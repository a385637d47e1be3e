import { describe, expect, it } from 'vitest';
import type { FilterModel, LocateRowRequest, PageRequest } from '../../../../shared/model/page';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { gridColumnsKey } from '../../../../renderer/src/store/grid-selectors';
import { CASE_INFO, err, fakeApi, ok } from '../fake-api';

const FILTER: FilterModel = { sku: { filterType: 'text', type: 'contains', filter: '00' } };
const TABLES = [
  {
    name: 't',
    rowCount: 10,
    columns: ['sku', 'qty', 'note'].map((name) => ({ name, duckdbType: 'VARCHAR', kind: 'text' as const })),
  },
];

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
      quickFind: 'ghost',
    };

    const result = await store.getState().loadPage(request);

    expect(result.ok).toBe(true);
    expect(store.getState().matchingRowCount).toBe(42);
    expect(store.getState().gridQuery).toEqual({ sort: request.sort, filter: FILTER, quickFind: 'ghost' });
  });

  it('ignores answers for a table the user already left', async () => {
    const store = createAppStore(fakeApi({ getTablePage: async () => err('query_failed', 'boom') }).api);
    store.setState({ selectedTable: 'now' });

    await store.getState().loadPage({ table: 'before', startRow: 0, endRow: 100 });

    expect(store.getState().error).toBeNull();
    expect(store.getState().matchingRowCount).toBeNull();
  });

  it('exports with the grid’s sort, filter, quick-find and visible columns, and confirms with a notice', async () => {
    const fake = fakeApi({ exportTableCsv: async ({ path }) => ok({ path, rowsWritten: 1234 }) });
    const store = createAppStore(fake.api);
    store.setState({
      caseInfo: CASE_INFO,
      tables: TABLES,
      selectedTable: 't',
      gridQuery: { sort: [], filter: FILTER, quickFind: 'x' },
      gridColumns: { key: gridColumnsKey(CASE_INFO, 't'), columns: [{ name: 'note', hidden: false }, { name: 'qty', hidden: true }], saved: true },
    });

    expect(await store.getState().exportCsv('/out/t.csv')).toBe(true);

    expect(fake.calls[0]?.request).toEqual({
      table: 't',
      path: '/out/t.csv',
      sort: [],
      filter: FILTER,
      quickFind: 'x',
      columns: ['note', 'sku'],
    });
    expect(store.getState().notice).toBe('Exported 1,234 rows of t to /out/t.csv');
  });

  it('loads the columns saved in the case for the selected table, and saves changes back', async () => {
    const fake = fakeApi({
      getGridPrefs: async ({ table }) => ok({ table, columns: [{ name: 'qty', hidden: true }] }),
      saveGridPrefs: async (prefs) => ok(prefs),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, tables: TABLES, selectedTable: 't' });

    await store.getState().loadGridColumns('t');
    expect(store.getState().gridColumns).toEqual({
      key: gridColumnsKey(CASE_INFO, 't'),
      columns: [{ name: 'qty', hidden: true }],
      saved: true,
    });

    await store.getState().saveGridColumns([{ name: 'note', hidden: false }]);
    expect(fake.calls.at(-1)).toEqual({ name: 'saveGridPrefs', request: { table: 't', columns: [{ name: 'note', hidden: false }] } });
    expect(store.getState().gridColumns?.columns).toEqual([{ name: 'note', hidden: false }]);
  });

  it('applies quick-find to the grid’s query', () => {
    const store = createAppStore(fakeApi({}).api);
    store.getState().setQuickFind('PO-1');
    expect(store.getState().gridQuery.quickFind).toBe('PO-1');
  });

  it('locates the focused row under the grid’s sort and filter', async () => {
    const fake = fakeApi({ locateRow: async () => ok({ index: 4321, inTable: true }) });
    const store = createAppStore(fake.api);
    const focus = { table: 't', source_id: 1, line_number: 5 };
    store.setState({ selectedTable: 't', gridFocus: focus, gridQuery: { sort: [{ column: 'sku', direction: 'desc' }], filter: {}, quickFind: '' } });

    await store.getState().locateFocus();

    expect(fake.calls[0]?.request).toEqual({
      table: 't',
      sort: [{ column: 'sku', direction: 'desc' }],
      filter: {},
      quickFind: '',
      source_id: 1,
      line_number: 5,
    });
    expect(store.getState().focusLocation).toEqual({ focus, index: 4321 });
  });

  it('clears the filters that hide the focused row, says so, and locates it again', async () => {
    const requests: LocateRowRequest[] = [];
    const fake = fakeApi({
      locateRow: async (request) => {
        requests.push(request);
        return ok(Object.keys(request.filter ?? {}).length > 0 ? { index: null, inTable: true } : { index: 7, inTable: true });
      },
    });
    const store = createAppStore(fake.api);
    const focus = { table: 't', source_id: 2, line_number: 9 };
    store.setState({ selectedTable: 't', gridFocus: focus, matchingRowCount: 3, gridQuery: { sort: [], filter: FILTER, quickFind: 'q' } });

    await store.getState().locateFocus();

    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({ filter: {}, quickFind: '' });
    expect(store.getState().gridQuery).toEqual({ sort: [], filter: {}, quickFind: '' });
    expect(store.getState().gridFilterResets).toBe(1);
    expect(store.getState().matchingRowCount).toBeNull();
    expect(store.getState().notice).toBe('Filters and quick-find were cleared: they hid the row from source file 2, line 9');
    expect(store.getState().focusLocation).toEqual({ focus, index: 7 });
  });

  it('says so when the table has no such row', async () => {
    const store = createAppStore(fakeApi({ locateRow: async () => ok({ index: null, inTable: false }) }).api);
    store.setState({ selectedTable: 't', gridFocus: { table: 't', source_id: 9, line_number: 1 } });

    await store.getState().locateFocus();

    expect(store.getState().error).toEqual({ code: 'not_found', message: 't has no row from source file 9, line 1' });
    expect(store.getState().focusLocation).toBeNull();
  });
});
