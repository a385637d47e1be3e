// Körber (HighJump) SQL Server exports: a transaction log with its date and time in two columns and unsigned
// quantities, and stock by bin; and a mapping that names a date and a time column itself.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const HIGHJUMP = join(FIXTURES, 'presets', 'highjump-tran-log');

describe('HighJump exports', () => {
  const folder = tempFolder();

  it('reads t_tran_log: date and time joined in the warehouse zone, shipments negative, moves inside the warehouse as 0', async () => {
    const harness = await engineWithCase(folder, 'tran-log.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({ paths: [join(HIGHJUMP, 't_tran_log_SLC1.csv')], timeZones: ['wms=America/Denver'] }),
    );
    expect(outcomeFor(summary, 't_tran_log_SLC1.csv')).toMatchObject({ presetId: 'highjump-tran-log', rowsSeen: 5, rowsLoaded: 5, rowsRejected: 0 });
    const ledger = await rows(harness, 'ledger');
    // Denver is UTC-7 in early March (DST starts on the 8th).
    expect(ledger.map((row) => [row.txn_id, row.ts, row.ts_raw, row.txn_type, row.txn_type_raw, row.location, row.qty_delta, row.reference])).toEqual([
      ['5500101', '2026-03-02 16:14:22+00', '2026-03-02 09:14:22.000', 'receipt', 'Receive (Host)', 'SLC1', 24, 'PO7781'],
      ['5500102', '2026-03-02 16:40:05+00', '2026-03-02 09:40:05.000', 'transfer', 'Putaway', 'SLC1', 0, 'PO7781'],
      ['5500103', '2026-03-02 20:02:41+00', '2026-03-02 13:02:41.000', 'pick', 'Pick to Stage', 'SLC1', 0, 'SO22014'],
      ['5500104', '2026-03-02 20:30:00+00', '2026-03-02 13:30:00.000', 'ship', 'Ship Confirm', 'SLC1', -3, 'SO22014'],
      ['5500105', '2026-03-03 15:05:00+00', '2026-03-03 08:05:00.000', 'cycle_count', 'Cycle Count Confirm', 'SLC1', 0, 'CC-0303'],
    ]);
    expect(ledger.map((row) => row.sku)).toEqual(['00881', '00881', '00881', '00881', '00881']);
    const [source] = await rows(harness, 'sources', 'source_id');
    expect(source?.tz_rule).toBe('--tz wms=America/Denver');
  });

  it('reads another layout: tabs, other column order, US dates beside AM/PM times in end_tran_date and end_tran_time', async () => {
    const harness = await engineWithCase(folder, 'tran-log-tsv.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({ paths: [join(HIGHJUMP, 'tran_log_rno.tsv')], timeZones: ['wms=America/Los_Angeles'] }),
    );
    expect(outcomeFor(summary, 'tran_log_rno.tsv')).toMatchObject({ presetId: 'highjump-tran-log', rowsLoaded: 2 });
    expect((await rows(harness, 'ledger')).map((row) => [row.ts, row.txn_type, row.qty_delta])).toEqual([
      ['2026-03-06 00:12:00+00', 'ship', -2],
      ['2026-03-06 01:01:00+00', 'damage', -1],
    ]);
  });

  it('reads t_stored_item as WMS levels per bin, at the warehouse', async () => {
    const harness = await engineWithCase(folder, 'stored-item.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(FIXTURES, 'presets', 'wms-on-hand', 't_stored_item_SLC1.csv')] }));
    expect(outcomeFor(summary, 't_stored_item_SLC1.csv')).toMatchObject({ presetId: 'wms-on-hand', rowsLoaded: 3 });
    expect((await rows(harness, 'snapshots')).map((row) => [row.sku, row.location, row.on_hand, row.unavailable])).toEqual([
      ['00881', 'SLC1', 18, 0],
      ['00881', 'SLC1', 6, 0],
      ['KX-200', 'SLC1', 40, 2],
    ]);
  });

  it('rejects a row whose joined date and time is no time, naming both parts', async () => {
    const path = join(folder, 'tran_log_bad.csv');
    writeFileSync(
      path,
      'tran_log_id,description,start_tran_date,start_tran_time,item_number,wh_id,tran_qty\n' +
        '1,Ship Confirm,2026-03-02 00:00:00.000,1900-01-01 13:30:00.000,A-1,SLC1,2\n' +
        '2,Ship Confirm,not a date,1900-01-01 13:31:00.000,A-1,SLC1,2\n' +
        '3,Ship Confirm,2026-03-02 00:00:00.000,NULL,A-1,SLC1,1\n',
    );
    const harness = await engineWithCase(folder, 'tran-log-bad.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path], timeZones: ['wms=UTC'] }));
    expect(outcomeFor(summary, 'tran_log_bad.csv')).toMatchObject({ presetId: 'highjump-tran-log', rowsSeen: 3, rowsLoaded: 2, rowsRejected: 1 });
    const [reject] = await rows(harness, 'rejects');
    expect(Number(reject?.line_number)).toBe(3);
    expect(String(reject?.reason)).toContain('ts: cannot read "not a date 13:31:00.000" as a time');
    // A time column saying NULL holds no time of day: the row reads its date alone.
    expect((await rows(harness, 'ledger')).map((row) => row.ts)).toEqual(['2026-03-02 13:30:00+00', '2026-03-02 00:00:00+00']);
  });

  it('joins the date and time columns a mapping names, whatever their names', async () => {
    const path = join(folder, 'dock_log.csv');
    writeFileSync(path, 'Day;Clock;Item;Site;Moved\n2026-03-02;07:15;A-1;SLC1;5\n03/02/2026;;A-1;SLC1;-1\n');
    const mapping = join(folder, 'dock-log.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        id: 'dock-log',
        name: 'Dock log',
        system: 'wms',
        kind: 'ledger',
        fields: { ts: { date: ['Day'], time: ['Clock'] }, sku: ['Item'], location: ['Site'], qty_delta: ['Moved'] },
        timeZone: 'UTC',
      }),
    );
    const harness = await engineWithCase(folder, 'dock-log.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path], mappingPath: mapping }));
    expect(outcomeFor(summary, 'dock_log.csv')).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
    expect((await rows(harness, 'ledger')).map((row) => [row.ts, row.ts_raw])).toEqual([
      ['2026-03-02 07:15:00+00', '2026-03-02 07:15'],
      ['2026-03-02 00:00:00+00', '03/02/2026'],
    ]);
  });
});
