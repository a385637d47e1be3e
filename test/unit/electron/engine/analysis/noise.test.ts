// Sync noise: error codes by path and type, duplicates applied or ignored, missing fields, retries.
import { afterEach, describe, expect, it } from 'vitest';
import { summariseNoise } from '../../../../../electron/engine/analysis/noise';
import { prepareAnalysis } from '../../../../../electron/engine/analysis/prepare-analysis';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import caseSchemaSql from '../../../../../electron/engine/sql/case-schema.sql?raw';
import { insertLedgerRows, type LedgerRow } from '../../../../support/case-rows';

interface EventRow {
  source_id?: number;
  ts?: string | null;
  path?: string | null;
  event_type?: string;
  sku?: string | null;
  qty?: number | null;
  status?: string;
  error_code?: string | null;
  error_message?: string | null;
  correlation_id?: string | null;
  idempotency_key?: string | null;
  record_ref?: string | null;
}

const EVENT_COLUMNS = ['ts', 'path', 'event_type', 'sku', 'status', 'error_code', 'error_message', 'correlation_id', 'idempotency_key', 'record_ref'];

let db: CaseDatabase | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

/** A complete, well-formed event; each test spoils or repeats what it is about. */
function event(overrides: EventRow): EventRow {
  return {
    ts: '2026-03-02T10:00:00Z',
    path: 'erp->wms',
    event_type: 'receipt',
    sku: 'SKU-1',
    qty: 5,
    status: 'success',
    record_ref: 'PO-1',
    ...overrides,
  };
}

/** A case holding the given rows, prepared for analysis as a run prepares it. */
async function caseWith(events: EventRow[], ledger: LedgerRow[] = []): Promise<CaseDatabase> {
  db = await CaseDatabase.open(':memory:', { memoryLimit: '512MB', threads: 2 });
  await db.run(caseSchemaSql);
  const shape = JSON.stringify({ ...Object.fromEntries(EVENT_COLUMNS.map((column) => [column, 'VARCHAR'])), qty: 'DOUBLE', source_id: 'INTEGER' });
  await db.run(
    `INSERT INTO events (source_id, line_number, ts, path, event_type, sku, qty, status, error_code, error_message,
                         correlation_id, idempotency_key, record_ref, trigger)
     SELECT coalesce(e.source_id, 1), row_number() OVER (), CAST(e.ts AS TIMESTAMPTZ), e.path, coalesce(e.event_type, 'other'), e.sku, e.qty,
            coalesce(e.status, 'unknown'), e.error_code, e.error_message, e.correlation_id, e.idempotency_key, e.record_ref,
            'unknown'
     FROM (SELECT unnest(from_json($rows, '[' || $shape || ']')) AS e)`,
    { rows: JSON.stringify(events), shape },
  );
  await insertLedgerRows(db, ledger);
  await prepareAnalysis(db.session);
  return db;
}

describe('summarising the noise of the handoff layer', () => {
  it('counts failures by path, event type and code, most frequent first, with first and last seen', async () => {
    const database = await caseWith([
      event({ ts: '2026-03-02T10:00:00Z', status: 'error', error_code: 'SKU_NOT_FOUND', error_message: 'item missing' }),
      event({ ts: '2026-03-04T08:30:00Z', status: 'rejected', error_code: 'SKU_NOT_FOUND' }),
      event({ ts: '2026-03-03T09:00:00Z', status: 'error', error_code: ' ' }),
      event({ ts: null, path: 'wms->erp', event_type: 'shipment_confirm', status: 'error', error_code: 'TIMEOUT' }),
      event({ ts: '2026-03-03T09:00:00Z', path: null, status: 'rejected' }),
      event({ status: 'success', error_code: 'SKU_NOT_FOUND' }),
      event({ status: 'retried', error_code: 'SKU_NOT_FOUND' }),
    ]);
    const noise = await summariseNoise(database.session);
    expect(noise.errors_by_code).toEqual([
      { path: 'erp->wms', event_type: 'receipt', code: 'SKU_NOT_FOUND', count: 2, first_seen: '2026-03-02T10:00:00.000Z', last_seen: '2026-03-04T08:30:00.000Z' },
      { path: 'erp->wms', event_type: 'receipt', code: 'error', count: 1, first_seen: '2026-03-03T09:00:00.000Z', last_seen: '2026-03-03T09:00:00.000Z' },
      { path: 'wms->erp', event_type: 'shipment_confirm', code: 'TIMEOUT', count: 1, first_seen: null, last_seen: null },
      { path: null, event_type: 'receipt', code: 'rejected', count: 1, first_seen: '2026-03-03T09:00:00.000Z', last_seen: '2026-03-03T09:00:00.000Z' },
    ]);
    expect(await database.query("SELECT sample_message FROM analysis_noise_errors WHERE code = 'SKU_NOT_FOUND'")).toEqual([
      { sample_message: 'item missing' },
    ]);
  });

  it('tells a duplicate the receiver applied twice from one it ignored', async () => {
    const database = await caseWith(
      [
        // Applied: delivered twice, and the WMS booked receipt PO-77 for SKU-A twice.
        event({ idempotency_key: 'IK-1', record_ref: 'PO-77', sku: 'SKU-A' }),
        event({ idempotency_key: 'IK-1', record_ref: 'PO-77', sku: 'SKU-A', ts: '2026-03-02T10:05:00Z' }),
        // Ignored: delivered twice, the WMS answered 'duplicate' and booked PO-78 once.
        event({ idempotency_key: 'IK-2', record_ref: 'PO-78', sku: 'SKU-A' }),
        event({ idempotency_key: 'IK-2', record_ref: 'PO-78', sku: 'SKU-A', status: 'duplicate' }),
        // Ignored, matched on correlation id + type + SKU for want of an idempotency key; no WMS rows at all.
        event({ correlation_id: 'C-9', record_ref: 'PO-79', sku: 'SKU-B' }),
        event({ correlation_id: 'C-9', record_ref: 'PO-79', sku: 'SKU-B' }),
        // Not duplicates: two lines of one message (same key, different SKUs), a failed try before a success,
        // and a WMS that booked PO-80 twice although it was delivered once.
        event({ idempotency_key: 'IK-3', record_ref: 'PO-80', sku: 'SKU-A' }),
        event({ idempotency_key: 'IK-3', record_ref: 'PO-80', sku: 'SKU-B' }),
        event({ correlation_id: 'C-10', record_ref: 'PO-81', status: 'error' }),
        event({ correlation_id: 'C-10', record_ref: 'PO-81' }),
      ],
      [
        { system: 'wms', ts: '2026-03-02T10:01:00Z', txn_type: 'receipt', sku: 'SKU-A', qty_delta: 5, reference: 'PO-77' },
        { system: 'wms', ts: '2026-03-02T10:06:00Z', txn_type: 'receipt', sku: 'SKU-A', qty_delta: 5, reference: 'PO77' },
        { system: 'erp', ts: '2026-03-02T09:00:00Z', txn_type: 'receipt', sku: 'SKU-A', qty_delta: 5, reference: 'PO-78' },
        { system: 'erp', ts: '2026-03-02T09:01:00Z', txn_type: 'receipt', sku: 'SKU-A', qty_delta: 5, reference: 'PO-78' },
        { system: 'wms', ts: '2026-03-02T10:01:00Z', txn_type: 'receipt', sku: 'SKU-A', qty_delta: 5, reference: 'PO-78' },
        { system: 'wms', ts: '2026-03-02T10:01:00Z', txn_type: 'receipt', sku: 'SKU-A', qty_delta: 5, reference: 'PO-80' },
        { system: 'wms', ts: '2026-03-02T10:02:00Z', txn_type: 'receipt', sku: 'SKU-A', qty_delta: 5, reference: 'PO-80' },
      ],
    );
    const noise = await summariseNoise(database.session);
    expect(noise).toMatchObject({ duplicates_applied: 1, duplicates_ignored: 2 });
    expect(
      await database.query(
        'SELECT dedupe_key, ref_key, CAST(deliveries AS INTEGER) AS deliveries, applied FROM analysis_noise_duplicates ORDER BY dedupe_key',
      ),
    ).toEqual([
      { dedupe_key: 'C-9 / receipt', ref_key: 'PO79', deliveries: 2, applied: false },
      { dedupe_key: 'IK-1', ref_key: 'PO77', deliveries: 2, applied: true },
      { dedupe_key: 'IK-2', ref_key: 'PO78', deliveries: 2, applied: false },
    ]);
  });

  it('counts the events missing each required field, SKU and quantity only where stock moves', async () => {
    const noise = await summariseNoise(
      (
        await caseWith([
          event({}),
          event({ ts: null }),
          event({ sku: '' }),
          event({ event_type: 'adjustment', qty: null }),
          event({ event_type: 'planning_signal', sku: null, qty: null }),
          event({ path: null }),
          event({ status: 'unknown' }),
          event({ record_ref: null }),
          event({ record_ref: null, idempotency_key: 'IK-5' }),
          // A flow's run history carries no SKU, quantity or reference on any line: none is missing there.
          event({ source_id: 2, event_type: 'receipt', sku: null, qty: null, record_ref: null }),
        ])
      ).session,
    );
    expect(noise.missing_fields).toEqual([
      { field: 'ts', count: 1 },
      { field: 'sku', count: 1 },
      { field: 'qty', count: 1 },
      { field: 'path', count: 1 },
      { field: 'status', count: 1 },
      { field: 'reference', count: 1 },
    ]);
  });

  it('does not count a retry that later succeeded as never succeeded', async () => {
    const noise = await summariseNoise(
      (
        await caseWith([
          // Failed, then succeeded with the same correlation id: succeeded later.
          event({ correlation_id: 'C-1', status: 'error', ts: '2026-03-02T10:00:00Z' }),
          event({ correlation_id: 'C-1', status: 'retried', ts: '2026-03-02T10:01:00Z' }),
          event({ correlation_id: 'C-1', status: 'success', ts: '2026-03-02T10:02:00Z' }),
          // Keyed by idempotency key when there is no correlation id: succeeded later.
          event({ idempotency_key: 'IK-7', status: 'rejected', ts: '2026-03-02T11:00:00Z' }),
          event({ idempotency_key: 'IK-7', status: 'success', ts: '2026-03-02T11:05:00Z' }),
          // Rejected and retried, never a success: never succeeded.
          event({ correlation_id: 'C-2', status: 'rejected', ts: '2026-03-02T12:00:00Z' }),
          event({ correlation_id: 'C-2', status: 'retried', ts: '2026-03-02T12:01:00Z' }),
          // The success came before the failure, not after it: never succeeded.
          event({ correlation_id: 'C-3', status: 'success', ts: '2026-03-02T13:00:00Z' }),
          event({ correlation_id: 'C-3', status: 'error', ts: '2026-03-02T13:05:00Z' }),
          // A success with the same correlation id on another path does not rescue it: never succeeded.
          event({ correlation_id: 'C-4', status: 'error', ts: '2026-03-02T14:00:00Z' }),
          event({ correlation_id: 'C-4', status: 'success', path: 'wms->erp', ts: '2026-03-02T14:05:00Z' }),
          // A failure with neither key is a group of its own: never succeeded.
          event({ status: 'error' }),
          // A failed run naming no record (no key, reference or SKU) is no failed record.
          event({ status: 'error', sku: null, record_ref: null }),
          // No failure at all: not a retry.
          event({ correlation_id: 'C-5', status: 'success' }),
        ])
      ).session,
    );
    expect(noise.retries).toEqual({ retried: 6, succeeded_later: 2, never_succeeded: 4 });
  });

  it('reports zeros on a case without events', async () => {
    const noise = await summariseNoise((await caseWith([])).session);
    expect(noise).toEqual({
      duplicates_applied: 0,
      duplicates_ignored: 0,
      errors_by_code: [],
      missing_fields: ['ts', 'sku', 'qty', 'path', 'status', 'reference'].map((field) => ({ field, count: 0 })),
      retries: { retried: 0, succeeded_later: 0, never_succeeded: 0 },
    });
  });
});
