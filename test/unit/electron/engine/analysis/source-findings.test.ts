// The manifest as the findings list it: each export's time range, and silences beyond its usual pauses as gaps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceFindings } from '../../../../../electron/engine/analysis/findings';
import { prepareAnalysis } from '../../../../../electron/engine/analysis/prepare-analysis';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import caseSchemaSql from '../../../../../electron/engine/sql/case-schema.sql?raw';
import { addSource } from '../../../../support/case-rows';

let db: CaseDatabase;

beforeAll(async () => {
  db = await CaseDatabase.open(':memory:', { memoryLimit: '512MB', threads: 2 });
  await db.run(caseSchemaSql);
  // A relay log every 10 minutes for three days, silent for 12 hours on the second day (a rotated file missing).
  const relay = await addSource(db, { file: 'logs/relay.log', system: 'middleware', kind: 'events', table: 'events' });
  await db.run(
    `INSERT INTO events (source_id, line_number, ts, event_type, status, trigger)
     SELECT $source, row_number() OVER (ORDER BY ts), ts, 'inventory_sync', 'success', 'unknown'
     FROM generate_series(TIMESTAMPTZ '2026-11-01 00:00:00+00', TIMESTAMPTZ '2026-11-03 23:50:00+00', INTERVAL 10 MINUTE) AS t(ts)
     WHERE NOT (ts >= TIMESTAMPTZ '2026-11-02 02:00:00+00' AND ts < TIMESTAMPTZ '2026-11-02 14:00:00+00')`,
    { source: relay },
  );
  // An ERP ledger busy by day and quiet every night for 14 hours: its nights are its usual pause, not gaps.
  const ledger = await addSource(db, { file: 'erp/ledger.csv', system: 'erp', kind: 'ledger', table: 'ledger' });
  await db.run(
    `INSERT INTO ledger (source_id, line_number, system, ts, txn_type, sku, qty_delta)
     SELECT $source, row_number() OVER (ORDER BY ts), 'erp', ts, 'receipt', 'SKU-1', 1
     FROM generate_series(TIMESTAMPTZ '2026-11-01 08:00:00+00', TIMESTAMPTZ '2026-11-03 18:00:00+00', INTERVAL 30 MINUTE) AS t(ts)
     WHERE hour(ts AT TIME ZONE 'UTC') BETWEEN 8 AND 17`,
    { source: ledger },
  );
  await addSource(db, { file: 'notes/empty.csv', system: 'wms', kind: 'snapshots', table: 'snapshots' });
  await prepareAnalysis(db.session);
});

afterAll(() => db.close());

describe('source findings', () => {
  it('gives each export its first and last time, its size, and the silence a missing file leaves as a gap', async () => {
    const [relay, ledger, empty] = await sourceFindings(db.session);

    expect(relay).toMatchObject({
      file: 'logs/relay.log',
      bytes: 100,
      first_ts: '2026-11-01T00:00:00.000Z',
      last_ts: '2026-11-03T23:50:00.000Z',
      gaps: [{ from: '2026-11-02T01:50:00.000Z', to: '2026-11-02T14:00:00.000Z' }],
    });
    expect(ledger).toMatchObject({ first_ts: '2026-11-01T08:00:00.000Z', last_ts: '2026-11-03T17:30:00.000Z', gaps: [] });
    expect(empty).toMatchObject({ file: 'notes/empty.csv', first_ts: null, last_ts: null, gaps: null });
  });

  it('reports a ledger’s missing working day, but not a short lull inside a day', async () => {
    await db.run(`DELETE FROM ledger WHERE ts >= TIMESTAMPTZ '2026-11-03 10:00:00+00' AND ts < TIMESTAMPTZ '2026-11-03 12:30:00+00'`);
    const [, lull] = await sourceFindings(db.session);
    expect(lull?.gaps).toEqual([]);

    await db.run(`DELETE FROM ledger WHERE ts >= TIMESTAMPTZ '2026-11-02 00:00:00+00' AND ts < TIMESTAMPTZ '2026-11-03 00:00:00+00'`);
    const [, ledger] = await sourceFindings(db.session);
    expect(ledger?.gaps).toEqual([{ from: '2026-11-01T17:30:00.000Z', to: '2026-11-03T08:00:00.000Z' }]);
  });
});
