// A case written by schema 4 (ledger rows with one reference) gains the second reference columns when it is opened.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, createCase, openCase } from '../../../../../electron/engine/case/case-store';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { tempFolder } from '../../../../support/temp-folder';

describe('upgrading a schema 4 case', () => {
  const folder = tempFolder();

  const ledgerColumns = async (db: CaseDatabase) => {
    const columns = await db.query<{ name: string }>(
      "SELECT column_name AS name FROM duckdb_columns() WHERE table_name = 'ledger' AND column_name LIKE 'alt%' ORDER BY 1",
    );
    return columns.map((row) => row.name);
  };

  it('adds alt_reference and alt_ref_key to the ledger, keeps its rows, and records the current schema', async () => {
    const path = join(folder, 'v4.driftcase');
    const created = await createCase(path);
    // What a schema 4 case holds: a ledger without the second reference, and version 4 in case_meta.
    await created.db.run('ALTER TABLE ledger DROP COLUMN alt_ref_key');
    await created.db.run('ALTER TABLE ledger DROP COLUMN alt_reference');
    await created.db.run(
      "INSERT INTO ledger (source_id, line_number, system, ts, txn_type, sku, qty_delta, reference, ref_key) VALUES (1, 2, 'erp', '2026-03-02T10:00:00Z', 'fulfillment', 'A-1', -2, 'Sales Order #SO1', 'SO1')",
    );
    await created.db.run("UPDATE case_meta SET value = '4' WHERE key = 'schema_version'");
    expect(await ledgerColumns(created.db)).toEqual([]);
    created.db.close();

    for (const pass of [1, 2]) {
      // The second opening finds the columns there already: the upgrade is idempotent.
      const opened = await openCase(path);
      try {
        expect(opened.info.schemaVersion, `opening ${pass}`).toBe(CASE_SCHEMA_VERSION);
        const [meta] = await opened.db.query<{ value: string }>("SELECT value FROM case_meta WHERE key = 'schema_version'");
        expect(meta?.value).toBe(String(CASE_SCHEMA_VERSION));
        expect(await ledgerColumns(opened.db)).toEqual(['alt_ref_key', 'alt_reference']);
        expect(await opened.db.query('SELECT ref_key, alt_reference, alt_ref_key FROM ledger')).toEqual([
          { ref_key: 'SO1', alt_reference: null, alt_ref_key: null },
        ]);
      } finally {
        opened.db.close();
      }
    }
  });
});
