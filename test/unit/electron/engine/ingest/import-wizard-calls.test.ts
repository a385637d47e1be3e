// The engine calls behind the import wizard: listing files, presets, previews with an edited mapping and per-file
// zones, importing with a mapping for one file, and saving a mapping outside the client's folders.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MappingDocument } from '../../../../../shared/model/mapping';
import { loadMappingFile } from '../../../../../electron/engine/ingest/mapping-file';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', '..', '..', 'resources', 'sample');
const UNMATCHED = join(FIXTURES, 'presets', '_unmatched');
const RELAY = join(UNMATCHED, 'acme-relay.jsonl');

const RELAY_MAPPING: MappingDocument = {
  id: 'acme-relay',
  name: 'Acme relay',
  system: 'middleware',
  kind: 'events',
  fields: {
    event_id: ['relay_id'],
    ts: ['received'],
    status: ['outcome'],
    sku: { column: ['body'], json: '$.lines[0].sku' },
    trigger: { constant: 'listener' },
  },
  values: { status: { nacked: 'rejected', parked: 'error' } },
  timeZone: 'America/Chicago',
};

describe('import wizard calls', () => {
  const folder = tempFolder();

  it('lists the files an import of a folder would read, with their paths below it', async () => {
    const harness = await engineWithCase(folder, 'list.driftcase');
    const listing = unwrap(await harness.service.handlers.listImportFiles({ paths: [SAMPLE, join(folder, 'nothing-here')] }));
    expect(listing.files.map((file) => file.relativePath)).toEqual([
      'InventoryByLocation-20260920-2035.csv',
      'NS_Transaction_Search_Results.csv',
      'integration-log.csv',
      'inventory_export-20260920-2254.csv',
      'on-hand-20260920-2320.csv',
      'shiphero_inventory_changes.ndjson',
    ]);
    expect(listing.files[0]?.bytes).toBeGreaterThan(0);
    expect(listing.unusable).toEqual([{ path: join(folder, 'nothing-here'), reason: `${join(folder, 'nothing-here')}: no such file or folder` }]);
    const presets = unwrap(await harness.service.handlers.listPresets({}));
    expect(presets.find((preset) => preset.id === 'generic-event-log')).toMatchObject({ system: 'middleware', kind: 'events' });
  });

  it('previews a file with an edited mapping: its rules narrowed to the columns found, values typed and mapped', async () => {
    const harness = await engineWithCase(folder, 'inline.driftcase');
    const preview = unwrap(await harness.service.handlers.previewImport({ path: RELAY, mapping: RELAY_MAPPING, rows: 2 }));
    expect(preview).toMatchObject({ mappingId: 'acme-relay', reason: 'mapping file "Acme relay"', tzRule: 'mapping: America/Chicago' });
    expect(preview.fieldRules).toEqual(RELAY_MAPPING.fields);
    expect(preview.rows.map((row) => [row.line_number, row.typed_ts, row.raw_sku, row.typed_status, row.typed_trigger])).toEqual([
      ['1', '2026-03-11 13:00:02.12+00', 'TEE-BLK-M', 'rejected', 'listener'],
      ['2', '2026-03-11 13:15:02.48+00', 'TEE-BLK-M', 'error', 'listener'],
    ]);

    // A preset's many spellings of a column come back as the one this file has.
    const detected = unwrap(await harness.service.handlers.previewImport({ path: join(SAMPLE, 'integration-log.csv'), rows: 1 }));
    expect(detected.fieldRules).toMatchObject({ event_id: ['log_id'], ts: ['time'], sku: ['item_sku'] });

    const broken = await harness.service.handlers.previewImport({ path: RELAY, mapping: { ...RELAY_MAPPING, id: 'Bad Id', fields: {} } });
    expect(!broken.ok && broken.error.message).toMatch(/^Mapping file the edited mapping: id: use lower-case letters/);
    expect(!broken.ok && broken.error.message).toMatch(/fields: this events mapping needs a rule for ts/);
  });

  it('warns of naive times only where no rule gives a zone, and matches file rules on the path below the folder', async () => {
    const harness = await engineWithCase(folder, 'zones.driftcase');
    const ledger = join(SAMPLE, 'NS_Transaction_Search_Results.csv');
    const bare = unwrap(await harness.service.handlers.previewImport({ path: ledger, rows: 1 }));
    expect(bare).toMatchObject({ naiveWithoutZone: true, tzRule: 'none given: naive times would be read as UTC' });
    const zoned = unwrap(await harness.service.handlers.previewImport({ path: ledger, rows: 1, timeZones: ['erp=America/New_York'] }));
    expect(zoned).toMatchObject({ naiveWithoutZone: false, tzRule: '--tz erp=America/New_York' });
    const offsets = unwrap(await harness.service.handlers.previewImport({ path: join(SAMPLE, 'integration-log.csv'), rows: 1 }));
    expect(offsets).toMatchObject({ naiveWithoutZone: false, tzRule: null });
    // A snapshot with no time column whose capture time is in its name, naive; one whose rows carry it in UTC.
    const named = unwrap(await harness.service.handlers.previewImport({ path: join(SAMPLE, 'InventoryByLocation-20260920-2035.csv'), rows: 1 }));
    expect(named.naiveWithoutZone).toBe(true);
    const captured = unwrap(await harness.service.handlers.previewImport({ path: join(SAMPLE, 'on-hand-20260920-2320.csv'), rows: 1 }));
    expect(captured.naiveWithoutZone).toBe(false);

    const nested = join(folder, 'exports', 'netsuite');
    mkdirSync(nested, { recursive: true });
    copyFileSync(ledger, join(nested, 'ledger.csv'));
    const byFile = unwrap(
      await harness.service.handlers.previewImport({
        path: join(nested, 'ledger.csv'),
        relativePath: 'netsuite/ledger.csv',
        timeZones: ['./netsuite/ledger.csv=America/Chicago'],
        rows: 1,
      }),
    );
    expect(byFile).toMatchObject({ tzRule: '--tz ./netsuite/ledger.csv=America/Chicago', naiveWithoutZone: false });
    expect(byFile.rows[0]?.typed_ts).toBe('2026-09-18 11:01:00+00');
  });

  it('imports a folder with an edited mapping for one file and a chosen preset for another', async () => {
    const harness = await engineWithCase(folder, 'mapped.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({
        paths: [UNMATCHED],
        mappings: { [RELAY]: RELAY_MAPPING },
        presetOverrides: { [join(UNMATCHED, 'orders.csv')]: 'generic-event-log' },
      }),
    );
    const byName = Object.fromEntries(summary.files.map((file) => [file.relativePath, [file.status, file.presetId, file.table]]));
    expect(byName['acme-relay.jsonl']).toEqual(['loaded', 'acme-relay', 'events']);
    expect(byName['customers.csv']).toEqual(['loaded_raw', null, 'raw_customers']);
    expect(byName['orders.csv']?.[1]).toBe('generic-event-log');
    const events = unwrap(
      await harness.service.handlers.getTablePage({ table: 'events', startRow: 0, endRow: 10, sort: [{ column: 'line_number', direction: 'asc' }] }),
    );
    expect(events.rows.filter((row) => row.sku === 'TEE-BLK-M').length).toBeGreaterThan(0);

    const refused = await harness.service.handlers.importFiles({ paths: [RELAY], mappings: { [RELAY]: { ...RELAY_MAPPING, kind: 'ledger' } } });
    expect(!refused.ok && refused.error.message).toMatch(/^Mapping file the mapping edited for .*acme-relay\.jsonl: /);
  });

  it('saves a mapping as a file --mapping reads, never inside a folder being imported or already imported', async () => {
    const harness = await engineWithCase(folder, 'save.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [join(SAMPLE, 'integration-log.csv')] }));

    const target = join(folder, 'mappings', 'acme-relay.json');
    expect(unwrap(await harness.service.handlers.saveMapping({ path: target, mapping: RELAY_MAPPING, inputs: [UNMATCHED] }))).toEqual({ path: target });
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(RELAY_MAPPING);
    expect((await loadMappingFile(target)).id).toBe('acme-relay');

    const intoImport = await harness.service.handlers.saveMapping({ path: join(UNMATCHED, 'x.json'), mapping: RELAY_MAPPING, inputs: [UNMATCHED] });
    expect(!intoImport.ok && intoImport.error.message).toMatch(/one of the client's folders being read/);
    // A file given as an input stands for its folder.
    const besideFile = await harness.service.handlers.saveMapping({ path: join(UNMATCHED, 'y.json'), mapping: RELAY_MAPPING, inputs: [RELAY] });
    expect(besideFile.ok).toBe(false);
    // The folders the case already holds files from are off limits too.
    const intoCase = await harness.service.handlers.saveMapping({ path: join(SAMPLE, 'z.json'), mapping: RELAY_MAPPING, inputs: [] });
    expect(!intoCase.ok && intoCase.error.message).toMatch(/would be written inside/);
    expect([join(UNMATCHED, 'x.json'), join(UNMATCHED, 'y.json'), join(SAMPLE, 'z.json')].some((path) => existsSync(path))).toBe(false);

    const notJson = await harness.service.handlers.saveMapping({ path: join(folder, 'm.txt'), mapping: RELAY_MAPPING, inputs: [] });
    expect(!notJson.ok && notJson.error.message).toMatch(/\.json file/);
    const faulty = await harness.service.handlers.saveMapping({ path: join(folder, 'bad.json'), mapping: { ...RELAY_MAPPING, system: undefined }, inputs: [] });
    expect(!faulty.ok && faulty.error.message).toMatch(/system: expected one of erp, wms, storefront, middleware/);
    expect(existsSync(join(folder, 'bad.json'))).toBe(false);
  });
});
