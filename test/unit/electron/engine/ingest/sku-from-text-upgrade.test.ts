// A case written by schema 5 (events without sku_from) gains the column when it opens, and its events their SKUs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, createCase, openCase } from '../../../../../electron/engine/case/case-store';
import { tempFolder } from '../../../../support/temp-folder';

describe('upgrading a schema 5 case', () => {
  const folder = tempFolder();

  it('adds sku_from to the events and reads the SKU their messages name, once', async () => {
    const path = join(folder, 'v5.driftcase');
    const created = await createCase(path);
    await created.db.run('ALTER TABLE events DROP COLUMN sku_from');
    await created.db.run(
      "INSERT INTO ledger (source_id, line_number, system, ts, txn_type, sku, qty_delta) VALUES (1, 2, 'erp', '2026-03-02T10:00:00Z', 'adjustment', 'FJH-TRAY-OAK', -1)",
    );
    await created.db.run(
      "INSERT INTO events (source_id, line_number, event_type, status, trigger, error_message) VALUES (2, 3, 'adjustment', 'success', 'listener', 'Adjustment CC-DAV-9118 FJH-TRAY-OAK qty -1 posted')",
    );
    await created.db.run("UPDATE case_meta SET value = '5' WHERE key = 'schema_version'");
    await created.db.close();

    for (const pass of [1, 2]) {
      const opened = await openCase(path);
      try {
        expect(opened.info.schemaVersion, `opening ${pass}`).toBe(CASE_SCHEMA_VERSION);
        expect(await opened.db.query('SELECT sku, sku_from FROM events')).toEqual([{ sku: 'FJH-TRAY-OAK', sku_from: 'message' }]);
      } finally {
        await opened.db.close();
      }
    }
  });
});
