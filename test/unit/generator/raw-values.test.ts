// The generator's raw spellings: each one normalises, through Driftscope's own vocabulary, to what the generator means.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_VALUES } from '../../../electron/engine/ingest/vocabulary';
import {
  CLOCK_TRIGGERS,
  EVENT_TRIGGERS,
  EVENT_TYPE_SPELLINGS,
  NETSUITE_TXN_TYPE,
  NETSUITE_TYPES,
  STATUS_STYLES,
  WMS_CONSUMPTION_UNKNOWN,
  WMS_REASONS,
} from '../../../test/generator/raw-values';

const normalised = (field: keyof typeof BUILT_IN_VALUES, raw: string): string | undefined =>
  BUILT_IN_VALUES[field][raw.trim().toLowerCase()];

const EVENT_TYPE_OF: Record<keyof typeof EVENT_TYPE_SPELLINGS, string> = {
  receipt: 'receipt',
  order_release: 'order_release',
  shipment_confirm: 'shipment_confirm',
  adjustment: 'adjustment',
  cycle_count: 'adjustment',
  damage: 'adjustment',
  return: 'return',
  inventory_sync: 'inventory_sync',
  planning_signal: 'planning_signal',
  forecast: 'planning_signal',
  safety_stock: 'planning_signal',
  reorder_point: 'planning_signal',
};

describe('generator raw values', () => {
  it('spells every event type so that it normalises to the intended type', () => {
    for (const [kind, spellings] of Object.entries(EVENT_TYPE_SPELLINGS) as [keyof typeof EVENT_TYPE_SPELLINGS, string[]][]) {
      for (const raw of spellings) expect(normalised('event_type', raw), raw).toBe(EVENT_TYPE_OF[kind]);
    }
  });

  it('spells statuses and triggers in every style so that they normalise', () => {
    for (const style of STATUS_STYLES) {
      for (const [status, raw] of Object.entries(style)) expect(normalised('status', raw), raw).toBe(status);
    }
    for (const raw of CLOCK_TRIGGERS) expect(normalised('trigger', raw), raw).toBe('scheduled');
    for (const raw of EVENT_TRIGGERS) expect(normalised('trigger', raw), raw).toBe('listener');
  });

  it('types NetSuite transactions and WMS reasons as the ledger analysis expects', () => {
    for (const [kind, names] of Object.entries(NETSUITE_TYPES) as [keyof typeof NETSUITE_TYPES, readonly string[]][]) {
      for (const raw of names) expect(normalised('txn_type', raw), raw).toBe(NETSUITE_TXN_TYPE[kind]);
    }
    for (const { spellings, txnType } of Object.values(WMS_REASONS)) {
      for (const raw of spellings) expect(normalised('txn_type', raw), raw).toBe(txnType);
    }
    for (const raw of WMS_CONSUMPTION_UNKNOWN) expect(normalised('txn_type', raw), raw).toBeUndefined();
  });
});
