// Import of client files into a case: canonical rows in UTC, rejects with line and reason, the manifest, no loss.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../../../shared/model/import';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const csv = (name: string) => join(FIXTURES, 'csv', name);
const NASTY_JSONL = join(FIXTURES, 'jsonl', 'events-nasty.jsonl');

describe('importFiles', () => {
  const folder = tempFolder();
  const clientFolder = tempFolder('driftscope-client-');

  it('accounts for every line of every fixture: rows seen = loaded + rejected, in the outcome and the manifest', async () => {
    const harness = await engineWithCase(folder, 'all.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({ paths: [join(FIXTURES, 'csv'), join(FIXTURES, 'jsonl')] }),
    );
    expect(summary.files).toHaveLength(11);
    for (const file of summary.files) {
      expect(['loaded', 'loaded_raw'], file.path).toContain(file.status);
      expect(file.rowsSeen, file.path).toBe(file.rowsLoaded + file.rowsRejected);
    }
    const sources = await rows(harness, 'sources', 'source_id');
    expect(sources).toHaveLength(11);
    for (const source of sources) {
      expect(Number(source.rows_seen)).toBe(Number(source.rows_loaded) + Number(source.rows_rejected));
    }
    const rejects = await rows(harness, 'rejects');
    expect(rejects).toHaveLength(summary.rowsRejected);
  });

  it('reads JSON lines into events: nested payload SKU, offsets, epoch times, big ids as text', async () => {
    const harness = await engineWithCase(folder, 'jsonl.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [NASTY_JSONL] }));
    expect(outcomeFor(summary, 'events-nasty.jsonl')).toMatchObject({
      status: 'loaded',
      presetId: 'generic-event-log',
      system: 'middleware',
      kind: 'events',
      table: 'events',
      format: 'jsonl',
      rowsSeen: 7,
      rowsLoaded: 3,
      rowsRejected: 4,
    });
    const events = await rows(harness, 'events');
    expect(events.map((event) => [event.line_number, event.event_id, event.ts, event.sku, event.qty, event.status, event.event_type])).toEqual([
      ['1', 'E1', '2026-11-02 08:00:00+00', 'P-1', 5, 'success', 'receipt'],
      ['2', 'E2', '2026-11-02 13:05:00+00', 'P-2', -2, 'error', 'shipment_confirm'],
      ['8', 'E6', '2026-11-02 09:00:00+00', 'P-6', 3, 'success', 'receipt'],
    ]);
    expect(events[1]).toMatchObject({ ts_raw: '2026-11-02T08:05:00-05:00', status_raw: 'FAILED', event_type_raw: 'shipment' });
  });

  it('keeps file order in the canonical tables, whether or not the reader refused lines', async () => {
    const harness = await engineWithCase(folder, 'order.driftcase');
    unwrap(
      await harness.service.handlers.importFiles({
        paths: [join(FIXTURES, '..', '..', 'resources', 'sample'), join(FIXTURES, 'presets', 'boomi-executions')],
      }),
    );
    const page = unwrap(await harness.service.handlers.getTablePage({ table: 'events', startRow: 0, endRow: 1000 }));
    const order = page.rows.map((row) => [Number(row.source_id), Number(row.line_number)] as const);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(order).toEqual(sorted);
    expect(Number(page.rows[0]?.line_number)).toBe(2);
  });

  it('rejects each bad JSON line with its line number and reason, and skips blank lines', async () => {
    const harness = await engineWithCase(folder, 'jsonl-rejects.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [NASTY_JSONL] }));
    const rejects = await rows(harness, 'rejects');
    expect(rejects.map((reject) => [reject.line_number, reject.reason])).toEqual([
      ['3', 'not valid JSON'],
      ['5', 'ts: cannot read "not a time" as a time'],
      ['6', 'qty: "abc" is not a number'],
      ['7', 'not a text line: holds binary or control characters'],
    ]);
    expect(String(rejects[0]?.raw_line)).toContain('"event_id":"E3"');
  });

  it('reads gzipped JSON lines, JSON arrays and Parquet like plain files', async () => {
    const harness = await engineWithCase(folder, 'shapes.driftcase');
    const shapes = join(folder, 'shapes');
    mkdirSync(shapes);
    const lines = readFileSync(NASTY_JSONL);
    writeFileSync(join(shapes, 'events.jsonl.gz'), gzipSync(lines));
    const valid = lines
      .toString('latin1')
      .split('\n')
      .filter((line) => line.startsWith('{') && line.endsWith('}') && !line.includes('not a time') && !line.includes('"abc"'));
    writeFileSync(join(shapes, 'events-array.json'), `[\n${valid.join(',\n')}\n]`);
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [shapes] }));
    expect(outcomeFor(summary, 'events.jsonl.gz')).toMatchObject({ format: 'jsonl+gzip', rowsLoaded: 3, rowsRejected: 4 });
    expect(outcomeFor(summary, 'events-array.json')).toMatchObject({ format: 'json', rowsLoaded: 3, rowsRejected: 0 });
    const parquet = join(shapes, 'events.parquet');
    const scratch = await CaseDatabase.open(':memory:');
    await scratch.run(
      `COPY (SELECT 'EVT-' || i AS event_id, '2026-11-02T08:00:00Z' AS occurred_at, 'receipt' AS event_type, 'success' AS status, 'P-' || i AS sku
             FROM range(5) t(i)) TO $path (FORMAT parquet)`,
      { path: parquet },
    );
    scratch.close();
    const second = unwrap(await harness.service.handlers.importFiles({ paths: [parquet] }));
    expect(outcomeFor(second, 'events.parquet')).toMatchObject({ format: 'parquet', presetId: 'generic-event-log', rowsLoaded: 5 });
  });

  it('keeps a file no preset recognises as a typed raw table, saying why, with source and line on every row', async () => {
    const harness = await engineWithCase(folder, 'raw.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [csv('malformed-rows.csv')] }));
    const outcome = outcomeFor(summary, 'malformed-rows.csv');
    expect(outcome).toMatchObject({ status: 'loaded_raw', table: 'raw_malformed_rows', kind: 'raw', rowsLoaded: 2, rowsRejected: 2 });
    expect(outcome.warnings.join(' ')).toMatch(/not recognised/);
    const loaded = await rows(harness, 'raw_malformed_rows');
    expect(loaded.map((row) => [row.line_number, row.sku, row.qty])).toEqual([
      ['2', 'C-1', '5'],
      ['5', 'C-4', '9'],
    ]);
    const rejects = await rows(harness, 'rejects');
    expect(rejects.map((reject) => [reject.line_number, reject.raw_line])).toEqual([
      ['3', '2,2026-11-02T08:05:00Z,C-2'],
      ['4', '3,2026-11-02T08:10:00Z,C-3,7,surplus'],
    ]);
    expect(String(rejects[0]?.reason)).toMatch(/MISSING COLUMNS/);
    expect(String(rejects[1]?.reason)).toMatch(/TOO MANY COLUMNS/);
  });

  it('reads a BOM + CRLF snapshot, semicolons with a quoted newline, tabs and gzip', async () => {
    const harness = await engineWithCase(folder, 'dialects.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({
        paths: [csv('bom-crlf.csv'), csv('semicolon-quoted-newline.csv'), csv('tabs.tsv'), csv('gzipped.csv.gz')],
      }),
    );
    expect(outcomeFor(summary, 'bom-crlf.csv')).toMatchObject({ presetId: 'wms-on-hand', table: 'snapshots', rowsLoaded: 3 });
    const snapshots = await rows(harness, 'snapshots');
    expect(snapshots.map((row) => [row.sku, row.location, row.on_hand, row.system])).toEqual([
      ['A-1', 'ATL1', 10, 'wms'],
      ['A-2', 'ATL1', 0, 'wms'],
      ['A-3', 'DFW2', 7, 'wms'],
    ]);
    const quoted = await rows(harness, 'raw_semicolon_quoted_newline');
    expect(quoted.map((row) => row.note)).toEqual(['line one\nline two', 'semi;colon inside']);
    expect((await rows(harness, 'raw_tabs')).map((row) => row.sku)).toEqual(['D-1', 'D-2']);
    expect(outcomeFor(summary, 'gzipped.csv.gz')).toMatchObject({ format: 'csv+gzip', rowsLoaded: 3 });
  });

  it('reads a Windows-1252 export as such and says so, instead of garbling or dropping it', async () => {
    const harness = await engineWithCase(folder, 'enc.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [csv('windows-1252.csv')] }));
    const outcome = outcomeFor(summary, 'windows-1252.csv');
    expect(outcome).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
    expect(outcome.warnings.join(' ')).toMatch(/not valid UTF-8: read as Windows-1252/);
    expect((await rows(harness, 'raw_windows_1252')).map((row) => row.desc)).toEqual(['café', 'plain']);
  });

  it('reads naive times in the zone a --tz rule gives, and flags them as UTC when none does', async () => {
    const harness = await engineWithCase(folder, 'zones.driftcase');
    const netsuite = join(FIXTURES, 'presets', 'netsuite-transactions-csv', 'transactions-display-names.csv');
    const zoned = unwrap(await harness.service.handlers.importFiles({ paths: [netsuite], timeZones: ['erp=America/Chicago'] }));
    expect(outcomeFor(zoned, 'transactions-display-names.csv')).toMatchObject({ tzRule: '--tz erp=America/Chicago', warnings: [] });
    const [first] = await rows(harness, 'ledger');
    expect(first).toMatchObject({ ts_raw: '11/3/2026 4:05 pm', ts: '2026-11-03 22:05:00+00', system: 'erp' });

    const other = await engineWithCase(folder, 'zones-none.driftcase');
    const naive = unwrap(await other.service.handlers.importFiles({ paths: [netsuite] }));
    const outcome = outcomeFor(naive, 'transactions-display-names.csv');
    expect(outcome.tzRule).toBe('none given: naive times read as UTC');
    expect(outcome.warnings.join(' ')).toMatch(/are written without a zone and no --tz rule covers this file/);
    const [utc] = await rows(other, 'ledger');
    expect(utc?.ts).toBe('2026-11-03 16:05:00+00');
  });

  it('refuses an unknown zone before loading anything', async () => {
    const harness = await engineWithCase(folder, 'badzone.driftcase');
    const result = await harness.service.handlers.importFiles({ paths: [NASTY_JSONL], timeZones: ['erp=Mars/Base'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(!result.ok && result.error.message).toMatch(/Mars\/Base/);
    expect(await rows(harness, 'sources', 'source_id')).toEqual([]);
  });

  it('applies a mapping file to a file no preset knows', async () => {
    const harness = await engineWithCase(folder, 'mapping.driftcase');
    const relay = join(FIXTURES, 'presets', '_unmatched', 'acme-relay.jsonl');
    const summary = unwrap(
      await harness.service.handlers.importFiles({
        paths: [relay],
        mappingPath: join(FIXTURES, '..', '..', 'docs', 'mapping-example.json'),
      }),
    );
    const outcome = outcomeFor(summary, 'acme-relay.jsonl');
    expect(outcome).toMatchObject({ status: 'loaded', kind: 'events', rowsRejected: 0 });
    expect(outcome.rowsLoaded).toBeGreaterThan(0);
    expect(outcome.matchReason).toMatch(/^mapping file/);
    const events = await rows(harness, 'events');
    expect(events.every((event) => typeof event.sku === 'string' && event.sku !== '')).toBe(true);
  });

  it('loads a rotated log oldest first', async () => {
    const harness = await engineWithCase(folder, 'rotated.driftcase');
    const logs = join(folder, 'logs');
    mkdirSync(logs);
    const line = (id: string, time: string) =>
      `{"event_id":"${id}","occurred_at":"${time}","event_type":"receipt","status":"success","sku":"R-1"}\n`;
    writeFileSync(join(logs, 'sync.log'), line('E3', '2026-11-03T00:00:00Z'));
    writeFileSync(join(logs, 'sync.log.1'), line('E2', '2026-11-02T00:00:00Z'));
    writeFileSync(join(logs, 'sync.log.2.gz'), gzipSync(line('E1', '2026-11-01T00:00:00Z')));
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [logs] }));
    expect(summary.files.map((file) => file.relativePath)).toEqual(['sync.log.2.gz', 'sync.log.1', 'sync.log']);
    expect((await rows(harness, 'events')).map((event) => event.event_id)).toEqual(['E1', 'E2', 'E3']);
  });

  it('takes pipe-delimited .psv and .tab exports from a folder, and leaves files that hold no data out', async () => {
    const harness = await engineWithCase(folder, 'extensions.driftcase');
    const dump = join(folder, 'bin_history');
    mkdirSync(dump);
    writeFileSync(join(dump, 'location_change_log_BHW-01.psv'), 'sku|warehouse|change_in_on_hand|created_at\nSRL-1|BHW-01|-2|2027-04-16T10:00:00Z\n');
    writeFileSync(join(dump, 'counts.tab'), 'sku\twarehouse\tchange_in_on_hand\tcreated_at\nSRL-2\tBHW-01\t1\t2027-04-16T11:00:00Z\n');
    writeFileSync(join(dump, 'scan.pdf'), '%PDF-1.7 binary');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [dump] }));
    expect(summary.files.map((file) => [file.relativePath, file.presetId])).toEqual([
      ['counts.tab', 'wms-inventory-changes'],
      ['location_change_log_BHW-01.psv', 'wms-inventory-changes'],
    ]);
  });

  it('hashes each file into the manifest and detects a re-import of the same content', async () => {
    const harness = await engineWithCase(folder, 'hash.driftcase');
    const copy = join(folder, 'same-content.csv');
    copyFileSync(csv('bom-crlf.csv'), copy);
    const first = unwrap(await harness.service.handlers.importFiles({ paths: [csv('bom-crlf.csv')] }));
    const again = unwrap(await harness.service.handlers.importFiles({ paths: [copy] }));
    const expected = createHash('sha256').update(readFileSync(csv('bom-crlf.csv'))).digest('hex');
    expect(first.files[0]?.sha256).toBe(expected);
    expect(again.files[0]).toMatchObject({ status: 'already_imported', rowsLoaded: 0 });
    const sources = await rows(harness, 'sources', 'source_id');
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      sha256: expected,
      file_name: 'bom-crlf.csv',
      relative_path: 'bom-crlf.csv',
      bytes: '62',
      preset_id: 'wms-on-hand',
      system: 'wms',
      kind: 'snapshots',
      encoding: 'utf-8',
    });
  });

  it('reports a missing path as a failed file and still loads the others', async () => {
    const harness = await engineWithCase(folder, 'missing.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({ paths: [join(folder, 'nope.csv'), csv('tabs.tsv')] }),
    );
    expect(outcomeFor(summary, 'nope.csv')).toMatchObject({ status: 'failed' });
    expect(outcomeFor(summary, 'nope.csv').message).toMatch(/nope\.csv: no such file or folder/);
    expect(outcomeFor(summary, 'tabs.tsv')).toMatchObject({ status: 'loaded_raw', rowsLoaded: 2 });
  });

  it('pushes progress that ends with every file and byte done', async () => {
    const harness = await engineWithCase(folder, 'progress.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [csv('bom-crlf.csv'), csv('tabs.tsv')] }));
    const progress = harness.events
      .filter((entry) => entry.event === 'onImportProgress')
      .map((entry) => entry.payload as ImportProgress);
    const last = progress.at(-1);
    expect(progress.some((p) => p.phase === 'loading' && p.currentFile?.endsWith('tabs.tsv'))).toBe(true);
    expect(last).toMatchObject({ phase: 'done', filesDone: 2, filesTotal: 2, rowsLoaded: 5 });
    expect(last?.bytesDone).toBe(last?.bytesTotal);
  });

  it('never writes into the folder it reads from', async () => {
    const source = clientFolder;
    copyFileSync(NASTY_JSONL, join(source, 'events.jsonl'));
    const before = readFileSync(join(source, 'events.jsonl'));
    const harness = await engineWithCase(folder, 'readonly.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [source] }));
    expect(readdirSync(source)).toEqual(['events.jsonl']);
    expect(readFileSync(join(source, 'events.jsonl')).equals(before)).toBe(true);
  });
});
