import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { CASE_INFO, fakeApi, ok, table } from '../fake-api';

describe('view slice', () => {
  it('starts an open case on its home and clears a row focus when moving to another view', () => {
    const store = createAppStore(fakeApi({}).api);
    expect(store.getState().view).toEqual({ kind: 'home' });
    store.setState({ gridFocus: { table: 'events', source_id: 1, line_number: 2 }, view: { kind: 'data' } });

    store.getState().navigate({ kind: 'verdicts', cluster: 'ghost_shipment' });

    expect(store.getState().view).toEqual({ kind: 'verdicts', cluster: 'ghost_shipment' });
    expect(store.getState().gridFocus).toBeNull();
  });

  it('focuses a row: selects its table (reloading the list when it is new), then shows the data view', async () => {
    const fake = fakeApi({ listTables: async () => ok([table('events', 10), table('analysis_verdicts', 3)]) });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, tables: [table('events', 10)], selectedTable: 'events' });

    await store.getState().focusRow({ table: 'analysis_verdicts', source_id: 4, line_number: 9 });

    expect(fake.namesCalled()).toEqual(['listTables']);
    expect(store.getState().selectedTable).toBe('analysis_verdicts');
    expect(store.getState().view).toEqual({ kind: 'data' });
    expect(store.getState().gridFocus).toEqual({ table: 'analysis_verdicts', source_id: 4, line_number: 9 });
  });

  it('follows a deep link to a table without asking the engine when the table is known', async () => {
    const fake = fakeApi({});
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, tables: [table('events', 10), table('ledger', 5)], selectedTable: 'events' });

    await store.getState().followRoute({ view: { kind: 'data' }, table: 'ledger', focus: null });

    expect(fake.namesCalled()).toEqual([]);
    expect(store.getState().selectedTable).toBe('ledger');
    expect(store.getState().view).toEqual({ kind: 'data' });
  });

  it('goes back to the home view when the case is closed', async () => {
    const store = createAppStore(fakeApi({ closeCase: async () => ok(null) }).api);
    store.setState({ caseInfo: CASE_INFO, view: { kind: 'sku', sku: 'A', location: null } });

    await store.getState().closeCase();

    expect(store.getState().view).toEqual({ kind: 'home' });
  });
});
