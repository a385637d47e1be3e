// Pure reads of the import wizard: zone rules per file, the Load request, mapping edits and the mapped preview cells.
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../shared/model/import';
import {
  columnRule,
  effectiveFieldRule,
  fileStatus,
  filesWithoutZone,
  isPreviewStale,
  previewCell,
  previewFields,
  previewKeyOf,
  previewRequestOf,
  ruleParts,
  selectUnloadedFiles,
  slugOf,
  starterMapping,
  unmappedRawValues,
  wizardCounts,
  wizardImportChoices,
  wizardTimeZones,
  withFieldRule,
  withKind,
  withNullValues,
  withTimeZone,
  withValueMap,
  type ImportWizardState,
  type WizardFile,
} from '../../../../renderer/src/store/import-wizard-selectors';
import { outcome } from '../fake-api';
import { newWizardFile } from '../../../../renderer/src/store/import-wizard-slice';

const PREVIEW: ImportPreview = {
  path: '/x/log.csv',
  format: 'csv',
  encoding: 'utf-8',
  warnings: [],
  sampledRecords: null,
  columns: ['time', 'kind', 'state'],
  candidates: [],
  mappingId: 'generic-event-log',
  mappingName: 'Generic middleware event log',
  reason: 'r',
  system: 'middleware',
  kind: 'events',
  resolved: { status: 'state', ts: 'time', event_type: 'kind' },
  fieldRules: { ts: ['time'], status: ['state'], event_type: ['kind'] },
  naiveWithoutZone: true,
  tzRule: null,
  rows: [
    { line_number: '2', raw_ts: 't', typed_ts: 'T', raw_status: 'OK', typed_status: 'unknown', raw_event_type: 'rcv', typed_event_type: 'other' },
    { line_number: '3', raw_ts: 't', typed_ts: null, raw_status: '200', typed_status: 'success', raw_event_type: 'rcv', typed_event_type: 'other' },
  ],
};

function file(fields: Partial<WizardFile> = {}): WizardFile {
  return { ...newWizardFile({ path: '/x/log.csv', relativePath: 'log.csv', bytes: 1 }), ...fields };
}

function wizard(files: WizardFile[]): ImportWizardState {
  return { inputs: ['/x'], files, unusable: [], selected: null, listing: false, editing: false, message: null };
}

describe('import wizard selectors', () => {
  it('gives each file with a zone its own rule after the typed ones, named so a file called like a system stays a file', () => {
    const files = [file({ relativePath: 'erp', zone: ' UTC ' }), file({ path: '/x/b.csv', relativePath: 'b.csv' })];
    expect(wizardTimeZones('wms=America/Chicago; Europe/Berlin', files)).toEqual(['wms=America/Chicago', 'Europe/Berlin', './erp=UTC']);
  });

  it('asks for a preview with the mapping over the preset, and knows when the shown one is stale', () => {
    const mapping = { id: 'm', name: 'M', extends: 'generic-event-log' };
    const edited = file({ presetId: 'wms-on-hand', mapping });
    expect(previewRequestOf(edited, ['UTC'])).toEqual({ path: '/x/log.csv', relativePath: 'log.csv', rows: 20, timeZones: ['UTC'], mapping });
    const shown = { ...edited, previewKey: previewKeyOf(previewRequestOf(edited, ['UTC'])) };
    expect(isPreviewStale(shown, ['UTC'])).toBe(false);
    expect(isPreviewStale(shown, [])).toBe(true);
  });

  it('builds Load’s choices: file zones, mappings, and presets only where no mapping wins', () => {
    const mapping = { id: 'm', name: 'M', system: 'wms' as const, kind: 'ledger' as const, fields: {} };
    const choices = wizardImportChoices(
      wizard([
        file({ path: '/x/a.csv', relativePath: 'a.csv', presetId: 'p', mapping }),
        file({ path: '/x/b.csv', relativePath: 'b.csv', presetId: 'q', zone: 'UTC' }),
        file({ path: '/x/c.csv', relativePath: 'c.csv' }),
      ]),
    );
    expect(choices).toEqual({ timeZones: ['./b.csv=UTC'], mappings: { '/x/a.csv': mapping }, presetOverrides: { '/x/b.csv': 'q' } });
    expect(wizardImportChoices(wizard([file()]))).toEqual({});
  });

  it('sorts files by how they would be read, and names those whose naive times no rule covers', () => {
    const files = [
      file({ preview: PREVIEW }),
      file({ preview: { ...PREVIEW, mappingId: null, naiveWithoutZone: false } }),
      file({ preview: PREVIEW, mapping: { id: 'm', name: 'M' } }),
      file({ previewError: 'bad' }),
      file(),
    ];
    expect(files.map(fileStatus)).toEqual(['recognised', 'unrecognised', 'edited', 'error', 'pending']);
    expect(wizardCounts(wizard(files))).toEqual({ files: 5, recognised: 1, edited: 1, unrecognised: 1, failing: 1, pending: 1 });
    expect(filesWithoutZone(wizard(files))).toEqual([
      { relativePath: 'log.csv', system: 'middleware' },
      { relativePath: 'log.csv', system: 'middleware' },
    ]);
  });

  it('shows preview cells as stored: typed where typed, in canonical order', () => {
    expect(previewFields(PREVIEW)).toEqual(['ts', 'event_type', 'status']);
    expect(PREVIEW.rows.map((row) => [previewCell(row, 'ts'), previewCell(row, 'status'), previewCell(row, 'sku')])).toEqual([
      ['T', 'unknown', null],
      [null, 'success', null],
    ]);
    expect(unmappedRawValues(PREVIEW, 'status')).toEqual(['OK']);
    expect(unmappedRawValues(PREVIEW, 'event_type')).toEqual(['rcv']);
  });

  it('starts a mapping from the preset that reads the file, or a blank events mapping named after it', () => {
    const presets = [{ id: 'generic-event-log', name: 'Generic log', system: 'middleware' as const, kind: 'events' as const, description: '' }];
    expect(starterMapping(file({ path: '/x/Relay Log.2026.csv', preview: PREVIEW }), presets)).toEqual({
      extends: 'generic-event-log',
      id: 'relay-log-2026-generic-event-log',
      name: 'Generic log, edited for Relay Log.2026.csv',
      fields: {},
    });
    expect(starterMapping(file({ path: '/x/acme.jsonl.gz' }), presets)).toEqual({
      id: 'acme',
      name: 'Mapping for acme.jsonl.gz',
      system: 'middleware',
      kind: 'events',
      fields: {},
    });
    expect(slugOf('%%%')).toBe('mapping');
  });

  it('edits field rules: removing one over a preset writes null, on its own mapping leaves it out', () => {
    const over = { id: 'm', name: 'M', extends: 'generic-event-log', fields: {} };
    expect(withFieldRule(over, 'sku', null).fields).toEqual({ sku: null });
    const own = { id: 'm', name: 'M', kind: 'events' as const, fields: { sku: ['s'] } };
    expect(withFieldRule(own, 'sku', null).fields).toEqual({});
    expect(effectiveFieldRule(file({ preview: PREVIEW, mapping: withFieldRule(over, 'ts', null) }), 'ts')).toBeNull();
    expect(effectiveFieldRule(file({ preview: PREVIEW, mapping: over }), 'ts')).toEqual(['time']);
    expect(ruleParts({ column: ['body'], json: '$.a' })).toEqual({ kind: 'column', column: 'body', json: '$.a' });
    expect(ruleParts({ constant: 'x' })).toEqual({ kind: 'constant', value: 'x' });
    expect(ruleParts([])).toEqual({ kind: 'none' });
    expect(columnRule('body', ' ')).toEqual(['body']);
    expect(columnRule('body', '$.sku')).toEqual({ column: ['body'], json: '$.sku' });
  });

  it('changes kind keeping only the fields it has, and drops empty value maps, zones and null values', () => {
    const own = { id: 'm', name: 'M', kind: 'events' as const, fields: { ts: ['t'], qty: ['q'] }, values: { status: { a: 'error' } } };
    expect(withKind(own, 'snapshots')).toEqual({ id: 'm', name: 'M', kind: 'snapshots', fields: {} });
    expect(withKind(own, 'ledger').fields).toEqual({ ts: ['t'] });
    expect(withValueMap(own, 'status', {}).values).toBeUndefined();
    expect(withValueMap(own, 'event_type', { rcv: 'receipt' }).values).toEqual({ status: { a: 'error' }, event_type: { rcv: 'receipt' } });
    expect(withTimeZone(own, ' ').timeZone).toBeUndefined();
    expect(withTimeZone(own, 'UTC').timeZone).toBe('UTC');
    expect(withNullValues(own, ' -, n/a ,,').nullValues).toEqual(['-', 'n/a']);
    expect(withNullValues(own, '').nullValues).toBeUndefined();
  });

  it('lists the files of an import that did not load, for the home whose manifest has the rest', () => {
    const summary = {
      files: [outcome({ path: '/a', status: 'loaded' }), outcome({ path: '/b', status: 'cancelled' }), outcome({ path: '/c', status: 'loaded_raw' })],
      rowsLoaded: 0,
      rowsRejected: 0,
    };
    expect(selectUnloadedFiles(summary).map((item) => item.path)).toEqual(['/b', '/c']);
  });
});
