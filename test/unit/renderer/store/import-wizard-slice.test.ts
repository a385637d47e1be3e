// The import wizard's slice against a fake API: listing, previews one at a time, presets, zones, mappings, save, drop, Load.
import { describe, expect, it } from 'vitest';
import type { ImportFileList, ImportPreview, ImportPreviewRequest } from '../../../../shared/model/import';
import type { PresetSummary } from '../../../../shared/model/mapping';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { APP_INFO, CASE_INFO, err, fakeApi, ok, table } from '../fake-api';

const PRESETS: PresetSummary[] = [
  { id: 'generic-event-log', name: 'Generic middleware event log', system: 'middleware', kind: 'events', description: '' },
  { id: 'wms-on-hand', name: 'WMS on-hand', system: 'wms', kind: 'snapshots', description: '' },
];

const LISTING: ImportFileList = {
  files: [
    { path: '/data/exports/log.csv', relativePath: 'log.csv', bytes: 100 },
    { path: '/data/exports/sub/stock.csv', relativePath: 'sub/stock.csv', bytes: 50 },
  ],
  unusable: [],
};

function previewOf(request: ImportPreviewRequest): ImportPreview {
  const mapped = request.mapping?.id ?? request.presetId ?? 'generic-event-log';
  return {
    path: request.path,
    format: 'csv',
    encoding: 'utf-8',
    warnings: [],
    sampledRecords: null,
    columns: ['time', 'sku', 'status'],
    candidates: [{ presetId: 'generic-event-log', presetName: 'Generic middleware event log', score: 1, reasons: ['columns time match'] }],
    mappingId: mapped,
    mappingName: mapped,
    reason: 'columns time match',
    system: 'middleware',
    kind: 'events',
    resolved: { ts: 'time', sku: 'sku' },
    fieldRules: { ts: ['time'], sku: ['sku'] },
    naiveWithoutZone: request.timeZones === undefined,
    tzRule: null,
    rows: [{ line_number: '2', raw_ts: '2026-01-01 10:00', typed_ts: '2026-01-01 10:00:00+00', raw_sku: 'A', reason: null }],
  };
}

function wizardApi(extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    listPresets: async () => ok(PRESETS),
    listImportFiles: async () => ok(LISTING),
    previewImport: async (request) => ok(previewOf(request)),
    ...extra,
  });
}

const previewRequests = (fake: ReturnType<typeof fakeApi>) =>
  fake.calls.filter((call) => call.name === 'previewImport').map((call) => call.request as ImportPreviewRequest);

describe('import wizard slice', () => {
  it('opens on the chosen paths, lists their files and previews each one in turn with its path below the folder', async () => {
    const fake = wizardApi();
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, appInfo: APP_INFO });

    await store.getState().openImportWizard(['/data/exports']);

    const wizard = store.getState().importWizard;
    expect(fake.namesCalled()).toEqual(['listPresets', 'listImportFiles', 'previewImport', 'previewImport']);
    expect(fake.calls[1]?.request).toEqual({ paths: ['/data/exports'] });
    expect(previewRequests(fake)).toEqual([
      { path: '/data/exports/log.csv', relativePath: 'log.csv', rows: 20 },
      { path: '/data/exports/sub/stock.csv', relativePath: 'sub/stock.csv', rows: 20 },
    ]);
    expect(store.getState().presets).toEqual(PRESETS);
    expect(wizard?.selected).toBe('/data/exports/log.csv');
    expect(wizard?.files.map((file) => [file.previewing, file.preview?.mappingId, file.columns])).toEqual([
      [false, 'generic-event-log', ['time', 'sku', 'status']],
      [false, 'generic-event-log', ['time', 'sku', 'status']],
    ]);
  });

  it('refuses to open without a case', async () => {
    const fake = wizardApi();
    const store = createAppStore(fake.api);
    await store.getState().openImportWizard(['/data']);
    expect(store.getState().importWizard).toBeNull();
    expect(store.getState().error?.message).toBe('Create or open a case before importing files');
    expect(fake.calls).toEqual([]);
  });

  it('previews again with a chosen preset, the typed zones and a file’s own zone, and keeps a failed preview’s reason', async () => {
    const fake = wizardApi({
      previewImport: async (request) =>
        request.timeZones?.includes('wms=Mars/Base') === true ? err('bad_request', '--tz wms=Mars/Base: Unknown time zone') : ok(previewOf(request)),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, appInfo: APP_INFO });
    await store.getState().openImportWizard(['/data/exports']);

    await store.getState().setImportFilePreset('/data/exports/sub/stock.csv', 'wms-on-hand');
    expect(previewRequests(fake).at(-1)).toEqual({ path: '/data/exports/sub/stock.csv', relativePath: 'sub/stock.csv', rows: 20, presetId: 'wms-on-hand' });

    store.getState().setImportTimeZones('erp=America/Chicago');
    store.getState().setImportFileZone('/data/exports/sub/stock.csv', 'Europe/Berlin');
    await store.getState().refreshImportPreviews();
    const zones = ['erp=America/Chicago', './sub/stock.csv=Europe/Berlin'];
    expect(previewRequests(fake).slice(-2)).toEqual([
      { path: '/data/exports/log.csv', relativePath: 'log.csv', rows: 20, timeZones: zones },
      { path: '/data/exports/sub/stock.csv', relativePath: 'sub/stock.csv', rows: 20, timeZones: zones, presetId: 'wms-on-hand' },
    ]);
    const before = previewRequests(fake).length;
    await store.getState().refreshImportPreviews();
    expect(previewRequests(fake)).toHaveLength(before);

    store.getState().setImportTimeZones('wms=Mars/Base');
    await store.getState().refreshImportPreviews();
    const failed = store.getState().importWizard?.files[0];
    expect(failed?.previewError).toBe('--tz wms=Mars/Base: Unknown time zone');
    expect(failed?.columns).toEqual(['time', 'sku', 'status']);
  });

  it('edits a mapping over the preset that reads the file, previews with it, and saves it with the inputs named', async () => {
    const fake = wizardApi({ saveMapping: async ({ path }) => ok({ path }) });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, appInfo: APP_INFO });
    await store.getState().openImportWizard(['/data/exports']);

    store.getState().editImportMapping();
    const mapping = store.getState().importWizard?.files[0]?.mapping;
    expect(store.getState().importWizard?.editing).toBe(true);
    expect(mapping).toEqual({
      extends: 'generic-event-log',
      id: 'log-generic-event-log',
      name: 'Generic middleware event log, edited for log.csv',
      fields: {},
    });
    const edited = { ...mapping!, fields: { sku: { column: ['status'], json: '$.sku' } } };
    store.getState().changeImportMapping(edited);
    await store.getState().refreshImportPreviews();
    expect(previewRequests(fake).at(-1)).toEqual({ path: '/data/exports/log.csv', relativePath: 'log.csv', rows: 20, mapping: edited });

    expect(await store.getState().saveImportMapping('/maps/log.json')).toBe(true);
    expect(fake.calls.at(-1)).toEqual({ name: 'saveMapping', request: { path: '/maps/log.json', mapping: edited, inputs: ['/data/exports'] } });
    expect(store.getState().importWizard?.message).toEqual({ tone: 'info', text: 'Mapping saved to /maps/log.json' });

    await store.getState().discardImportMapping();
    expect(store.getState().importWizard?.files[0]?.mapping).toBeNull();
    expect(previewRequests(fake).at(-1)).toEqual({ path: '/data/exports/log.csv', relativePath: 'log.csv', rows: 20 });
  });

  it('shows why a mapping could not be saved in the wizard', async () => {
    const fake = wizardApi({ saveMapping: async () => err('bad_request', 'The mapping file would be written inside /data/exports') });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, appInfo: APP_INFO });
    await store.getState().openImportWizard(['/data/exports']);
    store.getState().editImportMapping();
    expect(await store.getState().saveImportMapping('/data/exports/m.json')).toBe(false);
    expect(store.getState().importWizard?.message).toEqual({ tone: 'error', text: 'The mapping file would be written inside /data/exports' });
  });

  it('loads the inputs as given with each file’s zone, preset and mapping, then shows the home', async () => {
    const fake = wizardApi({
      importFiles: async () => ok({ files: [], rowsLoaded: 0, rowsRejected: 0 }),
      listTables: async () => ok([table('events', 3)]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, appInfo: APP_INFO, view: { kind: 'data' } });
    await store.getState().openImportWizard(['/data/exports']);
    store.getState().setImportTimeZones('erp=America/Chicago');
    store.getState().setImportFileZone('/data/exports/log.csv', 'UTC');
    await store.getState().setImportFilePreset('/data/exports/sub/stock.csv', 'wms-on-hand');
    store.getState().editImportMapping();
    const mapping = store.getState().importWizard?.files[0]?.mapping;

    expect(await store.getState().loadImportFiles()).toBe(true);

    expect(fake.calls.find((call) => call.name === 'importFiles')?.request).toEqual({
      paths: ['/data/exports'],
      timeZones: ['erp=America/Chicago', './log.csv=UTC'],
      mappings: { '/data/exports/log.csv': mapping },
      presetOverrides: { '/data/exports/sub/stock.csv': 'wms-on-hand' },
    });
    expect(store.getState().importWizard).toBeNull();
    expect(store.getState().view).toEqual({ kind: 'home' });
  });

  it('comes back with the reason when the import is refused before anything loads', async () => {
    const fake = wizardApi({
      importFiles: async () => err('bad_request', '--tz wms=Mars/Base: Unknown time zone'),
      listTables: async () => ok([]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, appInfo: APP_INFO });
    await store.getState().openImportWizard(['/data/exports']);
    expect(await store.getState().loadImportFiles()).toBe(false);
    expect(store.getState().importWizard?.message).toEqual({ tone: 'error', text: '--tz wms=Mars/Base: Unknown time zone' });
    expect(store.getState().importWizard?.files).toHaveLength(2);
  });

  it('adds dropped files by their path, opens a dropped case file, and says when the browser gives no path', async () => {
    const fake = wizardApi({ openCase: async ({ path }) => ok({ ...CASE_INFO, path }), listTables: async () => ok([]) });
    const dropped = new Map<unknown, string>([
      ['file-a', '/drop/a.csv'],
      ['case', '/cases/b.driftcase'],
    ]);
    const store = createAppStore(fake.api, undefined, (file) => dropped.get(file) ?? '');
    store.setState({ caseInfo: CASE_INFO, appInfo: APP_INFO });

    await store.getState().dropImportFiles(['file-a']);
    expect(store.getState().importWizard?.inputs).toEqual(['/drop/a.csv']);

    await store.getState().dropImportFiles(['from-a-browser']);
    expect(store.getState().importWizard?.message?.text).toMatch(/does not tell Driftscope where a dropped file is/);

    await store.getState().dropImportFiles(['case']);
    expect(store.getState().caseInfo?.path).toBe('/cases/b.driftcase');
    expect(store.getState().importWizard).toBeNull();
  });

  it('removes an input and its files, and keeps Escape for the chooser when one is open over the wizard', async () => {
    const fake = wizardApi({ listImportFiles: async ({ paths }) => ok(paths.length === 0 ? { files: [], unusable: [] } : LISTING) });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO, appInfo: APP_INFO });
    await store.getState().openImportWizard(['/data/exports']);
    await store.getState().removeImportInput('/data/exports');
    expect(store.getState().importWizard).toMatchObject({ inputs: [], files: [], selected: null });

    store.setState({ chooser: { purpose: 'import-files', listing: null, loading: false, problem: null, input: '', selected: [] } });
    store.getState().closeImportWizard();
    expect(store.getState().importWizard).not.toBeNull();
    store.setState({ chooser: null });
    store.getState().closeImportWizard();
    expect(store.getState().importWizard).toBeNull();
  });
});
