// Previewing a file: the preset it matches, the field map and the first records as typed, with nothing written.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREVIEW_HEAD_BYTES } from '../../../../../electron/engine/ingest/preview-file';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

describe('previewImport', () => {
  const folder = tempFolder();
  const netsuite = join(FIXTURES, 'presets', 'netsuite-transactions-csv', 'transactions-display-names.csv');

  it('shows the detected preset, the field map and the first records as they would be stored', async () => {
    const harness = await engineWithCase(folder, 'preview.driftcase');
    const preview = unwrap(
      await harness.service.handlers.previewImport({ path: netsuite, timeZones: ['erp=America/Chicago'], rows: 3 }),
    );
    expect(preview).toMatchObject({
      format: 'csv',
      mappingId: 'netsuite-transactions-csv',
      system: 'erp',
      kind: 'ledger',
      tzRule: '--tz erp=America/Chicago',
    });
    expect(preview.candidates[0]?.presetId).toBe('netsuite-transactions-csv');
    expect(preview.resolved).toMatchObject({ ts: 'Date Created', sku: 'Item', qty_delta: 'Quantity' });
    expect(preview.rows.map((row) => [row.line_number, row.typed_ts, row.typed_txn_type, row.typed_qty_delta])).toEqual([
      ['2', '2026-11-03 22:05:00+00', 'receipt', 48],
      ['3', '2026-11-03 22:20:00+00', 'order', 2],
      ['4', '2026-11-03 23:02:00+00', 'fulfillment', -2],
    ]);
    const tables = unwrap(await harness.service.handlers.listTables({}));
    expect(tables.every((table) => table.rowCount === 0)).toBe(true);
  });

  it('shows refused records with their reason, and says when nothing recognises a file', async () => {
    const harness = await engineWithCase(folder, 'preview-bad.driftcase');
    const nasty = unwrap(await harness.service.handlers.previewImport({ path: join(FIXTURES, 'jsonl', 'events-nasty.jsonl') }));
    expect(nasty.rows.filter((row) => row.reason !== null).map((row) => [row.line_number, row.reason])).toEqual([
      ['3', 'not valid JSON'],
      ['5', 'ts: cannot read "not a time" as a time'],
      ['6', 'qty: "abc" is not a number'],
    ]);
    const unknown = unwrap(
      await harness.service.handlers.previewImport({ path: join(FIXTURES, 'presets', '_unmatched', 'customers.csv') }),
    );
    expect(unknown).toMatchObject({ mappingId: null, rows: [], candidates: [] });
    expect(unknown.reason).toMatch(/^not recognised/);
  });

  it('reads a file with the preset the user chose', async () => {
    const harness = await engineWithCase(folder, 'preview-choice.driftcase');
    const chosen = unwrap(
      await harness.service.handlers.previewImport({ path: join(FIXTURES, 'csv', 'bom-crlf.csv'), presetId: 'wms-on-hand' }),
    );
    expect(chosen).toMatchObject({ mappingId: 'wms-on-hand', reason: 'chosen by the user' });
    const wrong = await harness.service.handlers.previewImport({ path: join(FIXTURES, 'csv', 'bom-crlf.csv'), presetId: 'nope' });
    expect(!wrong.ok && wrong.error.message).toMatch(/No preset "nope"/);
  });

  it('reads only the start of a large file, says so, and keeps line numbers past a malformed line', async () => {
    const harness = await engineWithCase(folder, 'preview-large.driftcase');
    // Lines of about 50 bytes: twice the bytes a preview reads.
    const records = Math.ceil((PREVIEW_HEAD_BYTES * 2) / 50);
    const lines = ['event_id,occurred_at,event_type,sku,qty,status'];
    for (let i = 0; i < records; i += 1) lines.push(`E${i},2026-09-18T00:00:00Z,receipt,SKU-${i % 7},${i % 5},success`);
    // A line with too many columns right after the header: every later record's line number moves down by one.
    lines.splice(2, 0, 'broken,line,with,far,too,many,columns,here');
    const path = join(folder, 'large-events.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const large = unwrap(await harness.service.handlers.previewImport({ path, rows: 3 }));
    expect(large.sampledRecords).toBeGreaterThan(records / 3);
    expect(large.sampledRecords).toBeLessThan(records * 0.6);
    expect(large.rows.map((row) => [row.line_number, row.raw_event_id])).toEqual([
      ['2', 'E0'],
      ['4', 'E1'],
      ['5', 'E2'],
    ]);
    const gzipped = join(folder, 'large-events.csv.gz');
    writeFileSync(gzipped, gzipSync(readFileSync(path)));
    const packed = unwrap(await harness.service.handlers.previewImport({ path: gzipped, rows: 3 }));
    expect(packed.sampledRecords).toBe(large.sampledRecords);
    expect(packed.rows).toEqual(large.rows);
    const small = unwrap(await harness.service.handlers.previewImport({ path: netsuite }));
    expect(small.sampledRecords).toBeNull();
  });
});
