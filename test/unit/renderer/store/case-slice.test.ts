import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { CASE_INFO, err, fakeApi, ok, table } from '../fake-api';

describe('case slice', () => {
  it('creates a case, then loads its tables and selects the first', async () => {
    const fake = fakeApi({
      createCase: async ({ path }) => ok({ ...CASE_INFO, path }),
      listTables: async () => ok([table('raw_a', 3), table('raw_b', 5)]),
    });
    const store = createAppStore(fake.api);

    expect(await store.getState().createCase('/cases/new.driftcase')).toBe(true);

    expect(fake.calls[0]).toEqual({ name: 'createCase', request: { path: '/cases/new.driftcase' } });
    expect(fake.namesCalled()).toEqual(['createCase', 'listTables']);
    const state = store.getState();
    expect(state.caseInfo?.path).toBe('/cases/new.driftcase');
    expect(state.tables.map((t) => t.name)).toEqual(['raw_a', 'raw_b']);
    expect(state.selectedTable).toBe('raw_a');
    expect(state.error).toBeNull();
  });

  it('shows the engine’s error and keeps the current case when opening fails', async () => {
    const fake = fakeApi({ openCase: async () => err('not_found', '/x.driftcase: no such case file') });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });

    expect(await store.getState().openCase('/x.driftcase')).toBe(false);

    expect(store.getState().error).toEqual({ code: 'not_found', message: '/x.driftcase: no such case file' });
    expect(store.getState().caseInfo).toBe(CASE_INFO);
    expect(fake.namesCalled()).toEqual(['openCase']);
  });

  it('keeps the selection across refreshes, prefers a requested table, and falls back to the first', async () => {
    let tables = [table('a', 1), table('b', 2)];
    const store = createAppStore(fakeApi({ listTables: async () => ok(tables) }).api);
    store.setState({ caseInfo: CASE_INFO, selectedTable: 'b' });

    await store.getState().refreshTables();
    expect(store.getState().selectedTable).toBe('b');

    tables = [table('a', 1), table('b', 2), table('c', 3)];
    await store.getState().refreshTables('c');
    expect(store.getState().selectedTable).toBe('c');

    tables = [table('a', 1)];
    await store.getState().refreshTables('missing');
    expect(store.getState().selectedTable).toBe('a');
  });

  it('forgets the case’s tables, import results and grid state when closing', async () => {
    const store = createAppStore(fakeApi({ closeCase: async () => ok(null) }).api);
    store.setState({
      caseInfo: CASE_INFO,
      tables: [table('a', 1)],
      selectedTable: 'a',
      matchingRowCount: 1,
      importSummary: { files: [], rowsLoaded: 0, rowsRejected: 0 },
    });

    expect(await store.getState().closeCase()).toBe(true);

    const state = store.getState();
    expect(state.caseInfo).toBeNull();
    expect(state.tables).toEqual([]);
    expect(state.selectedTable).toBeNull();
    expect(state.matchingRowCount).toBeNull();
    expect(state.importSummary).toBeNull();
  });

  it('resets the grid’s count and query when another table is selected', () => {
    const store = createAppStore(fakeApi({}).api);
    store.setState({
      selectedTable: 'a',
      matchingRowCount: 4,
      gridQuery: { sort: [{ column: 'id', direction: 'desc' }], filter: {}, quickFind: '' },
    });

    store.getState().selectTable('b');

    expect(store.getState().selectedTable).toBe('b');
    expect(store.getState().matchingRowCount).toBeNull();
    expect(store.getState().gridQuery).toEqual({ sort: [], filter: {}, quickFind: '' });
  });
});
