// Previewing a file: the preset it matches, the field map and the first records as typed, with nothing written.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
