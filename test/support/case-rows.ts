// Hand-made canonical rows for analysis tests: sources, snapshots, ledger lines and events inserted straight into a case.
import type { CaseDatabase } from '../../electron/engine/db/case-database';
import { quoteIdentifier } from '../../electron/engine/db/quote-identifier';

type Value = string | number | null;

async function insert(db: CaseDatabase, table: string, row: Record<string, Value>): Promise<void> {
  const columns = Object.keys(row);
  const params = Object.fromEntries(columns.map((column, i) => [`v${i}`, row[column] ?? null]));
  await db.run(
    `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) VALUES (${columns.map((_, i) => `$v${i}`).join(', ')})`,
    params,
  );
}

/** Inserts a sources row and returns its id. */
export async function addSource(
  db: CaseDatabase,
  source: { file: string; system: string; kind: string; table: string; modifiedAt?: string },
): Promise<number> {
  await insert(db, 'sources', {
    path: `/client/${source.file}`,
    relative_path: source.file,
    file_name: source.file.split('/').pop() ?? source.file,
    sha256: 'f'.repeat(64),
    bytes: 100,
    modified_at: source.modifiedAt ?? '2026-11-01T00:00:00Z',
    detected_format: 'csv',
    system: source.system,
    kind: source.kind,
    table_name: source.table,
    rows_seen: 0,
    rows_loaded: 0,
    rows_rejected: 0,
  });
  const [row] = await db.query<{ id: number }>('SELECT max(source_id) AS id FROM sources');
  return Number(row?.id);
}

export interface CaseRows {
  snapshot(row: { system: string; sku: string; location?: string; on_hand: number | null; available?: number | null; captured_at?: string | null; source?: number }): Promise<void>;
  ledger(row: {
    system: string;
    sku: string;
    location?: string;
    ts: string;
    txn_type: string;
    /** The type as the export wrote it, when it differs from the normalised one. */
    txn_type_raw?: string;
    qty_delta: number;
    reference?: string | null;
    alt_reference?: string | null;
    txn_id?: string;
    source?: number;
  }): Promise<void>;
  event(row: {
    ts: string;
    path: string | null;
    event_type: string;
    sku?: string | null;
    location?: string | null;
    qty?: number | null;
    status: string;
    /** The status as the export wrote it, when it differs from the normalised one. */
    status_raw?: string;
    record_ref?: string | null;
    correlation_id?: string | null;
    idempotency_key?: string | null;
    error_code?: string | null;
    flow?: string | null;
    trigger?: string;
    source?: number;
  }): Promise<void>;
}

/** Row writers with one source per system and a running line number per table. */
export async function caseRows(db: CaseDatabase, location = 'Reno DC'): Promise<CaseRows> {
  const sources = {
    snapshots: await addSource(db, { file: 'snapshots.csv', system: 'wms', kind: 'snapshots', table: 'snapshots' }),
    ledger: await addSource(db, { file: 'ledger.csv', system: 'erp', kind: 'ledger', table: 'ledger' }),
    events: await addSource(db, { file: 'events.csv', system: 'middleware', kind: 'events', table: 'events' }),
  };
  const lines = { snapshots: 1, ledger: 1, events: 1 };
  const next = (table: keyof typeof lines): number => ++lines[table];
  return {
    snapshot: (row) =>
      insert(db, 'snapshots', {
        source_id: row.source ?? sources.snapshots,
        line_number: next('snapshots'),
        system: row.system,
        sku: row.sku,
        location: row.location ?? location,
        on_hand: row.on_hand,
        available: row.available ?? row.on_hand,
        captured_at: row.captured_at ?? null,
      }),
    ledger: (row) =>
      insert(db, 'ledger', {
        source_id: row.source ?? sources.ledger,
        line_number: next('ledger'),
        system: row.system,
        txn_id: row.txn_id ?? null,
        ts: row.ts,
        ts_raw: row.ts,
        txn_type: row.txn_type,
        txn_type_raw: row.txn_type_raw ?? row.txn_type,
        sku: row.sku,
        location: row.location ?? location,
        qty_delta: row.qty_delta,
        reference: row.reference ?? null,
        alt_reference: row.alt_reference ?? null,
      }),
    event: (row) =>
      insert(db, 'events', {
        source_id: row.source ?? sources.events,
        line_number: next('events'),
        ts: row.ts,
        ts_raw: row.ts,
        path: row.path,
        path_raw: row.path,
        flow: row.flow ?? null,
        event_type: row.event_type,
        event_type_raw: row.event_type,
        sku: row.sku ?? null,
        location: row.location === undefined ? location : row.location,
        qty: row.qty ?? null,
        status: row.status,
        status_raw: row.status_raw ?? row.status,
        error_code: row.error_code ?? null,
        correlation_id: row.correlation_id ?? null,
        idempotency_key: row.idempotency_key ?? null,
        record_ref: row.record_ref ?? null,
        trigger: row.trigger ?? 'unknown',
      }),
  };
}

/** A ledger line for bulk inserts (insertLedgerRows). */
export interface LedgerRow {
  system: string;
  ts: string;
  txn_type: string;
  sku: string;
  qty_delta: number;
  reference: string | null;
}

/** Inserts many ledger lines in one statement (source 2, lines numbered in order). */
export async function insertLedgerRows(db: CaseDatabase, rows: LedgerRow[]): Promise<void> {
  await db.run(
    `INSERT INTO ledger (source_id, line_number, system, ts, txn_type, sku, qty_delta, reference)
     SELECT 2, row_number() OVER (), l.system, CAST(l.ts AS TIMESTAMPTZ), l.txn_type, l.sku, l.qty_delta, l.reference
     FROM (SELECT unnest(from_json($rows, '[{"system":"VARCHAR","ts":"VARCHAR","txn_type":"VARCHAR","sku":"VARCHAR",
           "qty_delta":"DOUBLE","reference":"VARCHAR"}]')) AS l)`,
    { rows: JSON.stringify(rows) },
  );
}
