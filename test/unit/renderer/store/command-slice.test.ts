import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { APP_INFO, CASE_INFO, fakeApi, ok, table, outcome } from '../fake-api';

const NOW = new Date(2026, 10, 26, 15, 4, 5);
const LISTING = { path: '/home/me', parent: '/home', entries: [] };

describe('commands in browser mode (in-app chooser)', () => {
  it('explores the sample: chooser prefilled under /tmp, then creates the case and imports the sample folder', async () => {
    const fake = fakeApi({
      listDirectory: async () => ok(LISTING),
      createCase: async ({ path }) => ok({ ...CASE_INFO, path }),
      listTables: async () => ok([table('raw_wms_on_hand', 120)]),
      importFiles: async () =>
        ok({
          files: [
            outcome({
              path: '/app/resources/sample/wms-on-hand.csv',
              status: 'loaded',
              table: 'raw_wms_on_hand',
              rowsSeen: 120,
              rowsLoaded: 120,
            }),
          ],
          rowsLoaded: 120,
          rowsRejected: 0,
        }),
    });
    const store = createAppStore(fake.api, () => NOW);
    store.setState({ appInfo: APP_INFO });

    await store.getState().runCommand('explore-sample');

    const chooser = store.getState().chooser;
    expect(chooser?.purpose).toBe('explore-sample');
    expect(chooser?.input).toBe('/tmp/driftscope-sample-20261126-150405.driftcase');
    expect(chooser?.listing).toEqual(LISTING);
    expect(store.getState().lastFolder).toBe('/home/me');

    await store.getState().confirmChooser();

    expect(store.getState().chooser).toBeNull();
    expect(fake.calls.map((call) => [call.name, call.request])).toEqual([
      ['listDirectory', { path: null }],
      ['createCase', { path: '/tmp/driftscope-sample-20261126-150405.driftcase' }],
      ['listTables', {}],
      ['importFiles', { paths: ['/app/resources/sample'] }],
      ['listTables', {}],
    ]);
    expect(store.getState().selectedTable).toBe('raw_wms_on_hand');
  });

  it('keeps the chooser open with a hint when nothing is chosen', async () => {
    const fake = fakeApi({ listDirectory: async () => ok(LISTING) });
    const store = createAppStore(fake.api, () => NOW);
    store.setState({ appInfo: APP_INFO });

    await store.getState().runCommand('open-case');
    await store.getState().confirmChooser();

    expect(store.getState().chooser?.problem).toBe('Choose a file, or type its path');
    expect(fake.namesCalled()).toEqual(['listDirectory']);
  });

  it('refuses to import before a case is open', async () => {
    const fake = fakeApi({});
    const store = createAppStore(fake.api);
    store.setState({ appInfo: APP_INFO });

    await store.getState().runCommand('import-files');

    expect(store.getState().error?.message).toBe('Create or open a case before importing files');
    expect(store.getState().chooser).toBeNull();
    expect(fake.calls).toEqual([]);
  });
});

describe('commands in the desktop app (native dialogs)', () => {
  const DESKTOP = { ...APP_INFO, mode: 'desktop' as const, nativeDialogs: true };

  it('opens the case the native dialog picked', async () => {
    const fake = fakeApi({
      pickCaseToOpen: async () => ok({ paths: ['/cases/a.driftcase'] }),
      openCase: async ({ path }) => ok({ ...CASE_INFO, path }),
      listTables: async () => ok([]),
    });
    const store = createAppStore(fake.api);
    store.setState({ appInfo: DESKTOP });

    await store.getState().runCommand('open-case');

    expect(fake.namesCalled()).toEqual(['pickCaseToOpen', 'openCase', 'listTables']);
    expect(store.getState().caseInfo?.path).toBe('/cases/a.driftcase');
  });

  it('does nothing when the user cancels the dialog', async () => {
    const fake = fakeApi({ pickImportFolder: async () => ok({ paths: [] }) });
    const store = createAppStore(fake.api);
    store.setState({ appInfo: DESKTOP, caseInfo: CASE_INFO });

    await store.getState().runCommand('import-folder');

    expect(fake.namesCalled()).toEqual(['pickImportFolder']);
    expect(store.getState().error).toBeNull();
  });

  it('suggests the table’s name when exporting', async () => {
    const fake = fakeApi({
      pickExportPath: async () => ok({ paths: ['/out/raw_a.csv'] }),
      exportTableCsv: async ({ path }) => ok({ path, rowsWritten: 3 }),
    });
    const store = createAppStore(fake.api);
    store.setState({ appInfo: DESKTOP, caseInfo: CASE_INFO, selectedTable: 'raw_a' });

    await store.getState().runCommand('export-csv');

    expect(fake.calls[0]).toEqual({ name: 'pickExportPath', request: { suggestedName: 'raw_a.csv' } });
    expect(fake.calls[1]?.name).toBe('exportTableCsv');
  });
});
