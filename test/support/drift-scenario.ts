// A hand-made case with one SKU per situation of domain.md: each cluster, the healthy look-alikes, and plain drift.
import type { CaseRows } from './case-rows';

export const AS_OF = '2026-11-20T18:00:00Z';
const at = (hhmm: string, day = '2026-11-20'): string => `${day}T${hhmm}:00Z`;

async function figures(rows: CaseRows, sku: string, erp: number, wms: number, storefront: number | null = erp): Promise<void> {
  await rows.snapshot({ system: 'erp', sku, on_hand: erp, captured_at: AS_OF });
  await rows.snapshot({ system: 'wms', sku, on_hand: wms, captured_at: AS_OF });
  if (storefront !== null) await rows.snapshot({ system: 'storefront', sku, on_hand: storefront, captured_at: AS_OF });
}

/** One SKU per situation of domain.md, each built the way the client's exports would show it. */
export async function buildScenario(rows: CaseRows): Promise<void> {
  // phantom_stock: the ERP received PO100, the erp->wms receipt was rejected twice and never delivered.
  await rows.ledger({ system: 'erp', sku: 'PHANTOM', ts: at('09:00'), txn_type: 'receipt', qty_delta: 10, reference: 'Purchase Order #PO100' });
  for (const ts of [at('09:05'), at('09:20')]) {
    await rows.event({ ts, path: 'erp->wms', event_type: 'receipt', sku: 'PHANTOM', qty: 10, status: 'rejected', error_code: 'E422', record_ref: 'PO-100', correlation_id: 'c-po100' });
  }
  await figures(rows, 'PHANTOM', 60, 50);

  // ghost_shipment: the ERP fulfilled SO200; no release ever reached the WMS.
  await rows.ledger({ system: 'erp', sku: 'GHOST', ts: at('10:00'), txn_type: 'fulfillment', qty_delta: -3, reference: 'Sales Order #SO200' });
  await figures(rows, 'GHOST', 17, 20);

  // phantom_shrinkage: three forecast signals, each followed by a WMS decrement.
  for (const [i, hhmm] of ['11:00', '11:15', '11:30'].entries()) {
    await rows.event({ ts: at(hhmm), path: 'erp->wms', event_type: 'planning_signal', sku: 'SHRINK', qty: 2, status: 'success', record_ref: `PLN-${i}` });
    await rows.ledger({ system: 'wms', sku: 'SHRINK', ts: `2026-11-20T${hhmm}:20Z`, txn_type: 'adjustment', qty_delta: -2, reference: null });
  }
  await figures(rows, 'SHRINK', 30, 24, 24);

  // stranded_adjustment: a WMS cycle count nobody sent on.
  await rows.ledger({ system: 'wms', sku: 'STRAND', ts: at('12:00'), txn_type: 'cycle_count', qty_delta: -4, reference: 'CC-9' });
  await figures(rows, 'STRAND', 40, 36, 36);

  // duplicate_application: the shipment confirmation of SO300 delivered twice and fulfilled twice in the ERP.
  await rows.ledger({ system: 'wms', sku: 'DUP', ts: at('13:00'), txn_type: 'ship', qty_delta: -5, reference: 'SO300' });
  for (const [i, hhmm] of ['13:01', '13:16'].entries()) {
    await rows.event({ ts: at(hhmm), path: 'wms->erp', event_type: 'shipment_confirm', sku: 'DUP', qty: -5, status: 'success', record_ref: 'SO300', idempotency_key: 'ship-SO300' });
    await rows.ledger({ system: 'erp', sku: 'DUP', ts: `2026-11-20T${hhmm}:30Z`, txn_type: 'fulfillment', qty_delta: -5, reference: `Sales Order #SO300`, txn_id: `IF${i}` });
  }
  await figures(rows, 'DUP', 10, 15, 15);

  // healthy: a receipt retried after an error, applied once on each side.
  await rows.ledger({ system: 'erp', sku: 'RETRY', ts: at('09:00'), txn_type: 'receipt', qty_delta: 8, reference: 'PO400' });
  await rows.event({ ts: at('09:01'), path: 'erp->wms', event_type: 'receipt', sku: 'RETRY', qty: 8, status: 'error', error_code: '503', record_ref: 'PO400', correlation_id: 'c-po400' });
  await rows.event({ ts: at('09:16'), path: 'erp->wms', event_type: 'receipt', sku: 'RETRY', qty: 8, status: 'success', record_ref: 'PO400', correlation_id: 'c-po400' });
  await rows.ledger({ system: 'wms', sku: 'RETRY', ts: at('09:17'), txn_type: 'receipt', qty_delta: 8, reference: 'PO400' });
  await figures(rows, 'RETRY', 8, 8);

  // healthy: an ignored duplicate (second delivery marked duplicate, applied once).
  await rows.ledger({ system: 'wms', sku: 'IGNORED', ts: at('14:00'), txn_type: 'ship', qty_delta: -1, reference: 'SO500' });
  await rows.event({ ts: at('14:01'), path: 'wms->erp', event_type: 'shipment_confirm', sku: 'IGNORED', qty: -1, status: 'success', record_ref: 'SO500', idempotency_key: 'ship-SO500' });
  await rows.event({ ts: at('14:16'), path: 'wms->erp', event_type: 'shipment_confirm', sku: 'IGNORED', qty: -1, status: 'duplicate', record_ref: 'SO500', idempotency_key: 'ship-SO500' });
  await rows.ledger({ system: 'erp', sku: 'IGNORED', ts: at('14:02'), txn_type: 'fulfillment', qty_delta: -1, reference: 'SO500' });
  await figures(rows, 'IGNORED', 4, 4);

  // healthy: an order the ERP fulfilled two minutes before the snapshot; the WMS has not shipped it yet.
  await rows.ledger({ system: 'erp', sku: 'INFLIGHT', ts: at('17:58'), txn_type: 'fulfillment', qty_delta: -1, reference: 'SO600' });
  await figures(rows, 'INFLIGHT', 9, 10, 10);

  // healthy: zero everywhere.
  await figures(rows, 'ZERO', 0, 0);

  // drift with no evidence at all.
  await figures(rows, 'MYSTERY', 5, 7, 5);
}

