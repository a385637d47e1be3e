// The crosswalk slice and selectors against the fake API: pages per kind and search, mappings set and removed.
import { describe, expect, it } from 'vitest';
import type { CrosswalkEntry, ListCrosswalkRequest } from '../../../../../shared/model/crosswalk';
import { createAppStore } from '../../../../../renderer/src/store/app-store';
import {
  crosswalkGroups,
  crosswalkRemaining,
  crosswalkTargets,
  currentCrosswalk,
} from '../../../../../renderer/src/store/crosswalk-selectors';
import { CASE_INFO, err, fakeApi, ok, table } from '../../fake-api';

function entry(system: string, raw: string, canonical: string, fields: Partial<CrosswalkEntry> = {}): CrosswalkEntry {
  return {
    kind: 'location',
    system,
    raw_value: raw,
    raw_key: raw.toLowerCase().replace(/[^a-z0-9]/g, ''),
    canonical_key: canonical,
    method: 'shared_reference',
    evidence: `12 shared references with wms 'ATL1', e.g. PO1042 (100% exclusive)`,
    support: 12,
    confidence: 0.92,
    matched_system: 'wms',
    matched_value: 'ATL1',
    records: 40,
    ...fields,
  };
}

const ATLANTA = [entry('wms', 'ATL1', 'atl1'), entry('erp', 'Atlanta DC', 'atl1'), entry('storefront', 'Atlanta Fulfillment Center', 'atl1')];
const DALLAS = [entry('wms', 'DAL1', 'dal1'), entry('erp', 'Dallas DC', 'dal1')];
const METHODS = [{ method: 'shared_reference' as const, count: 5 }];

describe('crosswalk slice', () => {
  it('reads a page of the kind and search asked for, pages on, and drops answers for a case no longer open', async () => {
    const requests: ListCrosswalkRequest[] = [];
    const fake = fakeApi({
      listCrosswalk: async (request) => {
        requests.push(request);
        const rows = request.kind === 'sku' ? [entry('erp', 'sku-1', 'SKU-1', { kind: 'sku', method: 'normalised' })] : [...ATLANTA, ...DALLAS];
        return ok({ entries: rows.slice(request.offset ?? 0, (request.offset ?? 0) + (request.limit ?? 100)), total: rows.length + 150, methods: METHODS });
      },
    });
    const store = createAppStore(fake.api);
    expect(await store.getState().loadCrosswalk()).toBe(false);
    expect(fake.namesCalled()).toEqual([]);

    store.setState({ caseInfo: CASE_INFO });
    expect(await store.getState().loadCrosswalk()).toBe(true);
    expect(requests.at(-1)).toEqual({ kind: 'location', search: '', offset: 0, limit: 100 });
    expect(crosswalkGroups(currentCrosswalk(store.getState())?.entries ?? []).map((group) => [group.identity, group.entries.length])).toEqual([
      ['atl1', 3],
      ['dal1', 2],
    ]);
    expect(crosswalkRemaining(store.getState())).toBe(150);

    await store.getState().loadMoreCrosswalk();
    expect(requests.at(-1)).toMatchObject({ offset: 5 });

    await store.getState().searchCrosswalk('atl');
    expect(requests.at(-1)).toEqual({ kind: 'location', search: 'atl', offset: 0, limit: 100 });
    await store.getState().showCrosswalkKind('sku');
    expect(requests.at(-1)).toEqual({ kind: 'sku', search: '', offset: 0, limit: 100 });
    expect(currentCrosswalk(store.getState())?.entries.map((row) => row.raw_value)).toEqual(['sku-1']);

    // Another case: the rows describe the previous one until its own arrive.
    store.setState({ caseInfo: { ...CASE_INFO, path: '/cases/b.driftcase' } });
    expect(currentCrosswalk(store.getState())).toBeNull();
  });

  it('shows why the crosswalk could not be read', async () => {
    const fake = fakeApi({ listCrosswalk: async () => err('query_failed', 'disk full') });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    expect(await store.getState().loadCrosswalk()).toBe(false);
    expect(store.getState().crosswalkProblem).toBe('disk full');
  });

  it('sets and removes a mapping, then reads the crosswalk and the tables list again and says to analyse again', async () => {
    let mapped = false;
    const fake = fakeApi({
      listCrosswalk: async () =>
        ok({
          entries: mapped ? [...ATLANTA, entry('storefront', 'Store 9', 'atl1', { method: 'user' })] : ATLANTA,
          total: mapped ? 4 : 3,
          methods: METHODS,
        }),
      setCrosswalkMapping: async (request) => {
        mapped = true;
        return ok(entry(request.system, request.raw, 'atl1', { method: 'user' }));
      },
      removeCrosswalkMapping: async () => {
        mapped = false;
        return ok({ removed: true });
      },
      listTables: async () => ok([table('crosswalk', 4)]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    await store.getState().loadCrosswalk();

    expect(await store.getState().setCrosswalkMapping({ kind: 'location', system: 'storefront', raw: 'Store 9', canonical: 'ATL1' })).toBe(true);
    expect(store.getState().crosswalkSaving).toBe(false);
    expect(store.getState().notice).toBe('storefront Store 9 now maps to atl1: analyse again for the verdicts to follow it.');
    expect(currentCrosswalk(store.getState())?.entries.map((row) => row.method)).toContain('user');
    expect(fake.namesCalled()).toEqual(['listCrosswalk', 'setCrosswalkMapping', 'listCrosswalk', 'listTables']);

    expect(await store.getState().removeCrosswalkMapping({ kind: 'location', system: 'storefront', raw: 'Store 9' })).toBe(true);
    expect(store.getState().notice).toMatch(/^Your mapping of storefront Store 9 is removed/);
    expect(currentCrosswalk(store.getState())?.total).toBe(3);
  });

  it('shows a refused mapping as an error and keeps the rows as they were', async () => {
    const fake = fakeApi({
      listCrosswalk: async () => ok({ entries: ATLANTA, total: 3, methods: METHODS }),
      setCrosswalkMapping: async () => err('bad_request', 'Unknown system "pos": the case knows erp, middleware, storefront, wms'),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    await store.getState().loadCrosswalk();
    expect(await store.getState().setCrosswalkMapping({ kind: 'location', system: 'pos', raw: 'x', canonical: 'y' })).toBe(false);
    expect(store.getState().error?.message).toMatch(/Unknown system "pos"/);
    expect(fake.namesCalled()).toEqual(['listCrosswalk', 'setCrosswalkMapping']);
  });
});

describe('crosswalk selectors', () => {
  it('suggests every identity and spelling once, in order', () => {
    expect(crosswalkTargets([...ATLANTA, entry('erp', ' Atlanta DC ', 'atl1')])).toEqual(['atl1', 'ATL1', 'Atlanta DC', 'Atlanta Fulfillment Center']);
  });
});
