// Paths read from flow names where an export gives none: Boomi process names, Mule thread names, bracketed routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { fillRoutesFromFlows } from '../../../../../electron/engine/ingest/flow-routes';
import caseSchemaSql from '../../../../../electron/engine/sql/case-schema.sql?raw';
import keyMacrosSql from '../../../../../electron/engine/sql/key-macros.sql?raw';

const FLOWS = [
  '[MuleRuntime].uber.01: [ns-shopify-connector-prod].shopify-orders-to-ns.CPU_LITE @f82a8081',
  '[MuleRuntime].uber.02: [ns-shopify-connector-prod].ns-to-shopify-sync.CPU_LITE @54a17ca7',
  '[NS to WMS] nightly job',
  'NS Item Receipt -> ShipBob',
  '[dh-netsuite-shiphero-papi].shiphero-cyclecount-to-ns',
];

describe('paths read from flow names', () => {
  let db: CaseDatabase;
  let paths: Record<string, string | null>;
  let types: Record<string, string>;

  beforeAll(async () => {
    db = await CaseDatabase.open(':memory:', { memoryLimit: '512MB', threads: 2 });
    await db.run(caseSchemaSql);
    await db.run(keyMacrosSql);
    await db.run(
      `INSERT INTO events (source_id, line_number, ts, flow, event_type, status, trigger)
       SELECT 1, i, TIMESTAMPTZ '2026-03-02 10:00:00+00', flow, 'other', 'success', 'unknown'
       FROM (SELECT unnest($flows::VARCHAR[]) AS flow, unnest(range(1, len($flows::VARCHAR[]) + 1)) AS i)`,
      { flows: FLOWS },
    );
    await fillRoutesFromFlows(db.session, null);
    const rows = await db.query<{ flow: string; path: string | null; event_type: string }>(
      'SELECT flow, path, event_type FROM events ORDER BY line_number',
    );
    paths = Object.fromEntries(rows.map((row) => [row.flow, row.path]));
    types = Object.fromEntries(rows.map((row) => [row.flow, row.event_type]));
  });

  afterAll(() => db.close());

  it('reads a Mule flow by its own name, not by the app the thread names in brackets', () => {
    expect(paths[FLOWS[0] ?? '']).toBe('storefront->erp');
    expect(paths[FLOWS[1] ?? '']).toBe('erp->storefront');
  });

  it('still reads a route written only in brackets, and a process name with an arrow', () => {
    expect(paths[FLOWS[2] ?? '']).toBe('erp->wms');
    expect(paths[FLOWS[3] ?? '']).toBe('erp->wms');
  });

  it('reads a cycle count written as one word (a Mule flow cyclecount-to-ns) as an adjustment to the ERP', () => {
    expect([paths[FLOWS[4] ?? ''], types[FLOWS[4] ?? '']]).toEqual(['wms->erp', 'adjustment']);
  });
});
