import { describe, expect, it } from 'vitest';
import type { ImportProgress, ImportSummary } from '../../../../shared/model/import';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { CASE_INFO, err, fakeApi, ok, table, outcome } from '../fake-api';

const PROGRESS: ImportProgress = {
  phase: 'loading',
  currentFile: '/data/b.csv',
  filesDone: 0,
  filesTotal: 2,
  bytesDone: 10,
  bytesTotal: 100,
  rowsLoaded: 0,
  fileFraction: null,
};

const SUMMARY: ImportSummary = {
  files: [
    outcome({
      path: '/data/a.csv',
      status: 'already_imported',
      table: 'raw_a',
      sha256: 'aa',
      message: 'same content as before',
    }),
    outcome({ path: '/data/b.csv', status: 'loaded', table: 'raw_b', rowsSeen: 5, rowsLoaded: 4, rowsRejected: 1, sha256: 'bb' }),
  ],
  rowsLoaded: 4,
  rowsRejected: 1,
};

describe('import slice', () => {
  it('runs the import, takes progress while running, then refreshes tables and selects the first loaded one', async () => {
    let finish: (summary: ImportSummary) => void = () => {};
    const fake = fakeApi({
      importFiles: () => new Promise((resolve) => (finish = (summary) => resolve(ok(summary)))),
      listTables: async () => ok([table('raw_a', 7), table('raw_b', 4)]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, selectedTable: 'raw_a', tables: [table('raw_a', 7)] });

    const running = store.getState().importFiles(['/data']);
    expect(store.getState().importRunning).toBe(true);
    store.getState().receiveImportProgress(PROGRESS);
    expect(store.getState().importProgress).toEqual(PROGRESS);

    finish(SUMMARY);
    expect(await running).toBe(true);

    const state = store.getState();
    expect(fake.calls[0]).toEqual({ name: 'importFiles', request: { paths: ['/data'] } });
    expect(fake.namesCalled()).toEqual(['importFiles', 'listTables']);
    expect(state.importRunning).toBe(false);
    expect(state.importProgress).toBeNull();
    expect(state.importSummary).toBe(SUMMARY);
    expect(state.tables.map((t) => t.name)).toEqual(['raw_a', 'raw_b']);
    expect(state.selectedTable).toBe('raw_b');

    store.getState().receiveImportProgress({ ...PROGRESS, phase: 'done' });
    expect(store.getState().importProgress).toBeNull();
  });

  it('shows a failed import’s error and still refreshes the tables', async () => {
    const fake = fakeApi({
      importFiles: async () => err('import_failed', 'disk full'),
      listTables: async () => ok([table('raw_a', 7)]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });

    expect(await store.getState().importFiles(['/data/a.csv'])).toBe(false);

    expect(store.getState().error).toEqual({ code: 'import_failed', message: 'disk full' });
    expect(store.getState().importRunning).toBe(false);
    expect(store.getState().importSummary).toBeNull();
    expect(fake.namesCalled()).toEqual(['importFiles', 'listTables']);
  });

  it('refuses a second import while one runs', async () => {
    const fake = fakeApi({});
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, importRunning: true });

    expect(await store.getState().importFiles(['/data'])).toBe(false);
    expect(fake.calls).toEqual([]);
  });

  it('asks the engine to cancel only while an import runs', async () => {
    const fake = fakeApi({ cancelImport: async () => ok({ cancelled: true }) });
    const store = createAppStore(fake.api);
    await store.getState().cancelImport();
    expect(fake.calls).toEqual([]);
    store.setState({ caseInfo: CASE_INFO, importRunning: true });
    await store.getState().cancelImport();
    expect(fake.namesCalled()).toEqual(['cancelImport']);
  });

  it('sends the typed zones first, then a file’s own zone, preset and mapping from the wizard', async () => {
    const fake = fakeApi({
      importFiles: async () => ok({ files: [], rowsLoaded: 0, rowsRejected: 0 }),
      listTables: async () => ok([]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, importTimeZones: 'erp=UTC' });
    const mappings = { '/data/a.csv': { id: 'a', name: 'A', extends: 'generic-event-log' } };
    await store.getState().importFiles(['/data'], { timeZones: ['./a.csv=Europe/Berlin'], presetOverrides: { '/data/b.csv': 'wms-on-hand' }, mappings });
    expect(fake.calls[0]).toEqual({
      name: 'importFiles',
      request: { paths: ['/data'], timeZones: ['erp=UTC', './a.csv=Europe/Berlin'], presetOverrides: { '/data/b.csv': 'wms-on-hand' }, mappings },
    });
  });

  it('sends the time-zone rules typed in the wizard with the import', async () => {
    const fake = fakeApi({
      importFiles: async () => ok({ files: [], rowsLoaded: 0, rowsRejected: 0 }),
      listTables: async () => ok([]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    store.getState().setImportTimeZones(' erp=America/Chicago, wms=Central Standard Time;\n');
    await store.getState().importFiles(['/data']);
    expect(fake.calls[0]).toEqual({
      name: 'importFiles',
      request: { paths: ['/data'], timeZones: ['erp=America/Chicago', 'wms=Central Standard Time'] },
    });
  });
});

