import { describe, expect, it } from 'vitest';
import type { AnalysisRun } from '../../../../shared/model/findings';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { CASE_INFO, err, fakeApi, ok, table } from '../fake-api';
import { BOARD, clusterPage, skuFindings } from './verdict-fixtures';

const RUN: AnalysisRun = {
  generated_at: '2026-11-26T00:00:00.000Z',
  as_of: '2026-11-20T18:00:00.000Z',
  summary: {
    skus: 10,
    drifting: 1,
    units: 10,
    by_cluster: [{ cluster: 'phantom_stock', skus: 1, units: 10 }],
    events: 3,
    rejected_rows: 0,
    time_span: { from: null, to: null },
  },
};

describe('analysis slice', () => {
  it('analyses the case, takes progress while running, then shows the verdict board of the run', async () => {
    let finish: (run: AnalysisRun) => void = () => {};
    const fake = fakeApi({
      runAnalysis: () => new Promise((resolve) => (finish = (run) => resolve(ok(run)))),
      listTables: async () => ok([table('events', 3), table('analysis_verdicts', 1)]),
      getVerdictBoard: async () => ok(BOARD),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, selectedTable: 'events', tables: [table('events', 3)], view: { kind: 'data' } });

    const running = store.getState().analyse();
    expect(store.getState().analysisRunning).toBe(true);
    store.getState().receiveAnalysisProgress({ step: 'Detectors', fraction: 0.4 });
    expect(store.getState().analysisProgress).toEqual({ step: 'Detectors', fraction: 0.4 });
    finish(RUN);
    expect(await running).toBe(true);

    expect(store.getState()).toMatchObject({ analysisRunning: false, analysisProgress: null });
    expect(store.getState().view).toEqual({ kind: 'verdicts', cluster: null });
    expect(store.getState().verdictBoard).toMatchObject({ value: BOARD, loaded: true, loading: false });
    expect(store.getState().tables.map((known) => known.name)).toContain('analysis_verdicts');
    expect(store.getState().selectedTable).toBe('events');
    store.getState().receiveAnalysisProgress({ step: 'Late', fraction: 1 });
    expect(store.getState().analysisProgress).toBeNull();
  });

  it('drops the lists and SKU pages of the previous run when a new one finishes', async () => {
    const fake = fakeApi({
      runAnalysis: async () => ok(RUN),
      listTables: async () => ok([table('events', 3)]),
      getVerdictBoard: async () => ok(BOARD),
      getClusterSkus: async () => ok(clusterPage(1, 0, ['A'])),
      getSkuFindings: async () => ok(skuFindings('A')),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    await store.getState().openClusterList('phantom_stock');
    await store.getState().loadSkuPage('A', 'ATL');
    expect(store.getState().clusterList?.value).not.toBeNull();

    await store.getState().analyse();
    expect(store.getState()).toMatchObject({ clusterList: null, skuPage: null });
  });

  it('does not start while an import runs, and shows the error of a failed run', async () => {
    const fake = fakeApi({ runAnalysis: async () => err('query_failed', 'out of memory') });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, importRunning: true });
    expect(await store.getState().analyse()).toBe(false);
    expect(fake.namesCalled()).toEqual([]);

    store.setState({ importRunning: false, view: { kind: 'data' } });
    expect(await store.getState().analyse()).toBe(false);
    expect(store.getState().error?.message).toBe('out of memory');
    expect(store.getState().view).toEqual({ kind: 'data' });
    expect(fake.namesCalled()).toEqual(['runAnalysis']);
  });
});
