// The built-in vocabulary: every normalised value is one the model allows, and the raw values of real exports map right.
import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES, EVENT_TYPES, TRIGGERS, TXN_TYPES } from '../../../../../shared/model/mapping';
import { PRESETS } from '../../../../../electron/engine/ingest/presets';
import {
  ALLOWED_VALUES,
  BUILT_IN_VALUES,
  FALLBACK_VALUES,
  PATHS,
  VALUE_FIELDS,
  valueMapFor,
  type ValueField,
} from '../../../../../electron/engine/ingest/vocabulary';

const normalise = (field: ValueField, raw: string): string | null => {
  const { map, fallback } = valueMapFor(field);
  return map[raw.trim().toLowerCase()] ?? fallback;
};

function expectAll(field: ValueField, expected: Record<string, string>): void {
  const actual = Object.fromEntries(Object.keys(expected).map((raw) => [raw, normalise(field, raw)]));
  expect(actual).toEqual(expected);
}

describe('vocabulary', () => {
  it('normalises only to values the model allows', () => {
    expect(ALLOWED_VALUES).toEqual({
      event_type: EVENT_TYPES,
      status: EVENT_STATUSES,
      txn_type: TXN_TYPES,
      trigger: TRIGGERS,
      path: PATHS,
    });
    for (const field of VALUE_FIELDS) {
      const stray = Object.entries(BUILT_IN_VALUES[field]).filter(([, value]) => !ALLOWED_VALUES[field].includes(value));
      expect(stray, field).toEqual([]);
      const fallback = FALLBACK_VALUES[field];
      if (fallback !== null) expect(ALLOWED_VALUES[field]).toContain(fallback);
    }
    for (const preset of PRESETS) {
      for (const [field, map] of Object.entries(preset.values ?? {}) as [ValueField, Record<string, string>][]) {
        for (const value of Object.values(map)) expect(ALLOWED_VALUES[field], preset.id).toContain(value);
      }
    }
  });

  it('reaches every normalised value from some raw value', () => {
    for (const field of VALUE_FIELDS) {
      const reached = new Set(Object.values(BUILT_IN_VALUES[field]));
      expect([...ALLOWED_VALUES[field]].filter((value) => !reached.has(value)), field).toEqual([]);
    }
  });

  it('keys every map by trimmed lower-case text', () => {
    for (const field of VALUE_FIELDS) {
      for (const raw of Object.keys(BUILT_IN_VALUES[field])) expect(raw).toBe(raw.trim().toLowerCase());
    }
  });

  it('spells each phrase with spaces, underscores, hyphens, dots or nothing', () => {
    expectAll('event_type', {
      'PO Receipt': 'receipt',
      'po.receipt': 'receipt',
      'order.shipped': 'shipment_confirm',
      // A log's envelope event: the middleware received a message, not goods.
      'document.received': 'other',
      'message_received': 'other',
      PO_RECEIPT: 'receipt',
      'po-receipt': 'receipt',
      PoReceipt: 'receipt',
      'inventory_levels/update': 'inventory_sync',
      'Safety Stock Update': 'planning_signal',
      forecast_update: 'planning_signal',
      order_release: 'order_release',
      shipment_confirm: 'shipment_confirm',
      cycle_count: 'adjustment',
      'Manual Adjustment': 'adjustment',
      RMA: 'return',
      'something new': 'other',
    });
  });

  it('maps statuses, Boomi’s included', () => {
    expectAll('status', {
      success: 'success',
      OK: 'success',
      complete: 'success',
      Completed: 'success',
      succeeded: 'success',
      '200': 'success',
      COMPLETE: 'success',
      COMPLETE_WARN: 'success',
      error: 'error',
      FAILED: 'error',
      failure: 'error',
      ABORTED: 'error',
      abort: 'error',
      fatal: 'error',
      ERROR: 'error',
      rejected: 'rejected',
      DISCARDED: 'rejected',
      invalid: 'rejected',
      '422': 'rejected',
      retry: 'retried',
      retried: 'retried',
      retrying: 'retried',
      ABORTED_RECOVERING: 'retried',
      duplicate: 'duplicate',
      dup: 'duplicate',
      skipped_duplicate: 'duplicate',
      '409': 'duplicate',
      pending: 'pending',
      queued: 'pending',
      ENQUEUED: 'pending',
      INPROCESS: 'pending',
      STARTED: 'pending',
      in_progress: 'pending',
      INFO: 'unknown',
      WARN: 'unknown',
    });
  });

  it('maps NetSuite display names and type codes, and warehouse reasons', () => {
    expectAll('txn_type', {
      'Item Receipt': 'receipt',
      ItemRcpt: 'receipt',
      'Item Fulfillment': 'fulfillment',
      ItemShip: 'fulfillment',
      'Inventory Adjustment': 'adjustment',
      InvAdjst: 'adjustment',
      'Sales Order': 'order',
      SalesOrd: 'order',
      'Return Authorization': 'return',
      RtnAuth: 'return',
      'Transfer Order': 'transfer',
      TrnfrOrd: 'transfer',
      'Inventory Transfer': 'transfer',
      InvTrnfr: 'transfer',
      'Inventory Count': 'cycle_count',
      InvCount: 'cycle_count',
      'Inventory Worksheet': 'adjustment',
      InvWksht: 'adjustment',
      CashSale: 'fulfillment',
      CustInvc: 'other',
      PurchOrd: 'other',
      WOIssue: 'other',
      WOCompl: 'other',
      'cycle count': 'cycle_count',
      'Cycle Count': 'cycle_count',
      damaged: 'damage',
      Received: 'receipt',
      shipped: 'ship',
      'Order Shipped': 'ship',
      returned: 'return',
      'Manual Adjustment': 'adjustment',
      'Order #1043 shipped': 'other',
    });
  });

  it('maps Boomi execution types to triggers', () => {
    expectAll('trigger', {
      exec_sched: 'scheduled',
      retry_sched: 'scheduled',
      exec_listener: 'listener',
      exec_manual: 'manual',
      retry_manual: 'manual',
      test_manual: 'manual',
      sub_process: 'unknown',
      webhook: 'listener',
      batch: 'scheduled',
      cron: 'scheduled',
      'on demand': 'manual',
      nightly: 'unknown',
    });
  });

  it('maps paths written with system names or vendor names, in either direction', () => {
    expect(PATHS).toEqual(['erp->wms', 'erp->storefront', 'wms->erp', 'wms->storefront', 'storefront->erp', 'storefront->wms']);
    expectAll('path', {
      'erp->wms': 'erp->wms',
      'ERP to WMS': 'erp->wms',
      erp_to_wms: 'erp->wms',
      'ERP > WMS': 'erp->wms',
      erp2wms: 'erp->wms',
      'netsuite->shiphero': 'erp->wms',
      'ShipHero → NetSuite': 'wms->erp',
      'wms/storefront': 'wms->storefront',
      'shopify_to_netsuite': 'storefront->erp',
      'warehouse to e-commerce': 'wms->storefront',
      netsuite_to_highjump: 'erp->wms',
    });
    expect(normalise('path', 'po-inbound')).toBeNull();
  });

  it('puts the mapping’s own values over the built-in ones, matched like raw values', () => {
    const { map, fallback } = valueMapFor('status', {
      values: { status: { ' ACKED ': 'success', OK: 'rejected' } },
    });
    expect(map.acked).toBe('success');
    expect(map.ok).toBe('rejected');
    expect(map.failed).toBe('error');
    expect(fallback).toBe('unknown');
    expect(valueMapFor('path').fallback).toBeNull();
    expect(valueMapFor('event_type').fallback).toBe('other');
    expect(valueMapFor('txn_type').fallback).toBe('other');
    expect(valueMapFor('trigger').fallback).toBe('unknown');
    expect(BUILT_IN_VALUES.status.ok).toBe('success');
  });
});
