// The case home's slice against a fake API: summary and manifest, the paged rejects drill-down, stale answers dropped.
import { describe, expect, it } from 'vitest';
import type { CaseSummary, SourceRecord } from '../../../../shared/model/home';
import type { PageRequest } from '../../../../shared/model/page';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { REJECTS_PAGE_SIZE } from '../../../../renderer/src/store/case-home-slice';
import { CASE_INFO, err, fakeApi, ok } from '../fake-api';

const SUMMARY: CaseSummary = {
  skus: 60,
  events: 934,
  ledgerRows: 692,
  snapshots: 486,
  sources: 1,
  rejects: 120,
  firstInstant: '2026-09-18T04:58:59Z',
  lastInstant: '2026-09-21T03:20:00Z',
  analysis: null,
};

const SOURCE: SourceRecord = {
  sourceId: 7,
  path: '/data/log.csv',
  relativePath: 'log.csv',
  fileName: 'log.csv',
  system: 'middleware',
  kind: 'events',
  format: 'csv',
  encoding: 'utf-8',
  tableName: 'events',
  presetId: 'generic-event-log',
  presetName: 'Generic middleware event log',
  matchReason: 'columns match',
  tzRule: null,
  rowsSeen: 1120,
  rowsLoaded: 1000,
  rowsRejected: 120,
  sha256: 'a'.repeat(64),
  bytes: 10,
  importedAt: '2026-11-26T10:00:00Z',
  warnings: [],
};

describe('case home slice', () => {
  it('reads the summary and the manifest of the open case', async () => {
    const fake = fakeApi({ getCaseSummary: async () => ok(SUMMARY), listSources: async () => ok([SOURCE]) });
    const store = createAppStore(fake.api);
    await store.getState().loadCaseHome();
    expect(fake.calls).toEqual([]);

    store.setState({ caseInfo: CASE_INFO });
    await store.getState().loadCaseHome();
    expect(store.getState()).toMatchObject({ caseSummary: SUMMARY, caseSources: [SOURCE], homeProblem: null });
  });

  it('says why the home could not be read, keeping what it showed', async () => {
    const fake = fakeApi({ getCaseSummary: async () => err('query_failed', 'disk gone'), listSources: async () => ok([SOURCE]) });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, caseSummary: SUMMARY });
    await store.getState().loadCaseHome();
    expect(store.getState()).toMatchObject({ caseSummary: SUMMARY, caseSources: [SOURCE], homeProblem: 'disk gone' });
  });

  it('drops an answer for a case that is no longer open', async () => {
    let answer: (summary: CaseSummary) => void = () => {};
    const fake = fakeApi({
      getCaseSummary: () => new Promise((resolve) => (answer = (summary) => resolve(ok(summary)))),
      listSources: async () => ok([SOURCE]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    const loading = store.getState().loadCaseHome();
    store.setState({ caseInfo: { ...CASE_INFO, path: '/cases/other.driftcase' } });
    answer(SUMMARY);
    await loading;
    expect(store.getState().caseSummary).toBeNull();
  });

  it('pages through one file’s rejects, filtered by its source id and in line order', async () => {
    const fake = fakeApi({
      getTablePage: async (request) =>
        ok({ rows: [{ line_number: request.startRow + 2, reason: 'not valid JSON', raw_line: '{' }], rowCount: 120 }),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, caseSources: [SOURCE] });

    await store.getState().openRejects(7);
    expect(fake.calls[0]?.request).toEqual({
      table: 'rejects',
      startRow: 0,
      endRow: REJECTS_PAGE_SIZE,
      sort: [{ column: 'line_number', direction: 'asc' }],
      filter: { source_id: { filterType: 'number', type: 'equals', filter: 7 } },
    } satisfies PageRequest);
    expect(store.getState().rejectsView).toMatchObject({ page: 0, rowCount: 120, loading: false, rows: [{ line_number: 2 }] });

    await store.getState().showRejectsPage(2);
    expect((fake.calls[1]?.request as PageRequest).startRow).toBe(2 * REJECTS_PAGE_SIZE);
    expect(store.getState().rejectsView?.rows).toEqual([{ line_number: 102, reason: 'not valid JSON', raw_line: '{' }]);

    store.getState().closeRejects();
    expect(store.getState().rejectsView).toBeNull();
    await store.getState().openRejects(99);
    expect(store.getState().rejectsView).toBeNull();
  });

  it('shows a failed page’s reason and ignores an answer that arrives after the panel closed', async () => {
    let answer: () => void = () => {};
    const fake = fakeApi({
      getTablePage: (request) =>
        request.startRow === 0
          ? Promise.resolve(err('query_failed', 'no such table'))
          : new Promise((resolve) => (answer = () => resolve(ok({ rows: [], rowCount: 0 })))),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, caseSources: [SOURCE] });
    await store.getState().openRejects(7);
    expect(store.getState().rejectsView).toMatchObject({ problem: 'no such table', loading: false });

    const late = store.getState().showRejectsPage(1);
    store.getState().closeRejects();
    answer();
    await late;
    expect(store.getState().rejectsView).toBeNull();
  });

  it('forgets the home of a case when another opens', async () => {
    const fake = fakeApi({ createCase: async ({ path }) => ok({ ...CASE_INFO, path }), listTables: async () => ok([]) });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, caseSummary: SUMMARY, caseSources: [SOURCE] });
    await store.getState().createCase('/cases/new.driftcase');
    expect(store.getState()).toMatchObject({ caseSummary: null, caseSources: null, rejectsView: null, importWizard: null });
  });
});
