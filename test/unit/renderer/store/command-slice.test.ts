import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { SAMPLE_TIME_ZONES } from '../../../../renderer/src/store/import-wizard-selectors';
import { APP_INFO, CASE_INFO, fakeApi, ok, table } from '../fake-api';

const NOW = new Date(2026, 10, 26, 15, 4, 5);
const LISTING = { path: '/home/me', parent: '/home', entries: [] };

describe('commands in browser mode (in-app chooser)', () => {
  it('explores the sample: chooser prefilled under /tmp, then creates the case and opens the wizard on the sample', async () => {
    const fake = fakeApi({
      listDirectory: async () => ok(LISTING),
      createCase: async ({ path }) => ok({ ...CASE_INFO, path }),
      listTables: async () => ok([table('raw_wms_on_hand', 120)]),
      listPresets: async () => ok([]),
      listImportFiles: async () => ok({ files: [], unusable: [] }),
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
      ['listPresets', {}],
      ['listImportFiles', { paths: ['/app/resources/sample'] }],
    ]);
    expect(store.getState().importWizard?.inputs).toEqual(['/app/resources/sample']);
    // The sample's naive times are New York's; a zone the user typed is kept.
    expect(store.getState().importTimeZones).toBe(SAMPLE_TIME_ZONES);
  });

  it('adds chosen files to the import wizard instead of importing them at once', async () => {
    const fake = fakeApi({
      listDirectory: async () => ok(LISTING),
      listPresets: async () => ok([]),
      listImportFiles: async () => ok({ files: [], unusable: [] }),
    });
    const store = createAppStore(fake.api);
    store.setState({ appInfo: APP_INFO, caseInfo: CASE_INFO, importTimeZones: 'UTC' });
    await store.getState().runCommand('import-folder');
    store.getState().setChooserInput('/data/exports');
    await store.getState().confirmChooser();
    expect(store.getState().importWizard?.inputs).toEqual(['/data/exports']);
    expect(fake.namesCalled()).not.toContain('importFiles');
  });

  it('asks where to save an edited mapping, suggesting its id as the file name', async () => {
    const fake = fakeApi({ listDirectory: async () => ok(LISTING), saveMapping: async ({ path }) => ok({ path }) });
    const store = createAppStore(fake.api);
    const mapping = { id: 'acme-relay', name: 'Acme' };
    const file = {
      path: '/d/a.jsonl',
      relativePath: 'a.jsonl',
      bytes: 1,
      presetId: null,
      mapping,
      zone: '',
      columns: [],
      preview: null,
      previewError: null,
      previewKey: null,
      previewing: false,
    };
    store.setState({
      appInfo: APP_INFO,
      caseInfo: CASE_INFO,
      importWizard: { inputs: ['/d'], files: [file], unusable: [], selected: '/d/a.jsonl', listing: false, editing: true, message: null },
    });
    await store.getState().runCommand('save-mapping');
    expect(store.getState().chooser).toMatchObject({ purpose: 'save-mapping', input: 'acme-relay.json' });
    store.getState().setChooserInput('/maps/acme-relay.json');
    await store.getState().confirmChooser();
    expect(fake.calls.at(-1)).toEqual({ name: 'saveMapping', request: { path: '/maps/acme-relay.json', mapping, inputs: ['/d'] } });
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
