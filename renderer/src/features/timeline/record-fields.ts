// How the record drawer shows a canonical row's values: times in the display zone, payloads pretty-printed.
import type { RecordField } from '../../../../shared/model/timeline';
import { formatInstant } from '../../store/zone-time';

/** The instant of a DuckDB time value as it crosses the contract (`2026-09-18 12:59:03.5+00`), or null. */
export function parseCaseInstant(text: string): number | null {
  const iso = text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** A field's value as text: times in the zone (with its short name), the rest as stored. */
export function fieldText(field: RecordField, zone: string): string | null {
  if (field.value === null) return null;
  if (field.type.startsWith('TIMESTAMP WITH TIME ZONE') && typeof field.value === 'string') {
    const ms = parseCaseInstant(field.value);
    if (ms !== null) return formatInstant(ms, zone, { zoneName: true });
  }
  return String(field.value);
}

/** A payload indented when it is JSON, else as it was written. */
export function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/** The fields worth reading first for each kind of row; every field is listed below them anyway. */
const KEY_FIELDS: Record<string, string[]> = {
  events: ['ts', 'ts_raw', 'status', 'status_raw', 'path', 'flow', 'event_type', 'sku', 'location', 'qty', 'error_code', 'error_message', 'record_ref', 'correlation_id', 'idempotency_key', 'event_id'],
  ledger: ['ts', 'ts_raw', 'system', 'txn_type', 'txn_type_raw', 'sku', 'location', 'qty_delta', 'reference', 'alt_reference', 'txn_id', 'status'],
  snapshots: ['captured_at', 'system', 'sku', 'location', 'on_hand', 'available', 'committed', 'last_modified'],
};

export function keyFields(table: string, fields: RecordField[]): RecordField[] {
  const names = KEY_FIELDS[table] ?? [];
  return names.flatMap((name) => fields.filter((field) => field.name === name));
}
