// Small verdict-board, cluster-page and SKU-findings values for the store tests.
import type { Checklist } from '../../../../shared/model/findings';
import type { ClusterSku, ClusterSkusPage, SkuFindings, VerdictBoard } from '../../../../shared/model/verdicts';

export const BOARD: VerdictBoard = {
  as_of: '2026-11-20T18:00:00.000Z',
  analysed_at: '2026-11-26T00:00:00.000Z',
  skus: 10,
  drifting: 2,
  units: 14,
  clusters: [
    { cluster: 'phantom_stock', skus: 1, units: 10, first_check: 'Check receipts', top: [{ sku: 'A', location: 'ATL', units: 10, confidence: 0.9 }] },
    { cluster: 'unexplained', skus: 1, units: 4, first_check: 'Work through the checklist', top: [{ sku: 'B', location: null, units: 4, confidence: 0.5 }] },
  ],
  noise: {
    duplicates_applied: 1,
    duplicates_ignored: 2,
    errors_by_code: [
      { path: 'erp->wms', event_type: 'receipt', code: 'E42', count: 5, first_seen: null, last_seen: null },
      { path: 'wms->erp', event_type: 'shipment_confirm', code: 'TIMEOUT', count: 2, first_seen: null, last_seen: null },
    ],
    missing_fields: [],
    retries: { retried: 3, succeeded_later: 1, never_succeeded: 2 },
  },
  sync_mode: [{ path: 'erp->wms', mode: 'clock', period_s: 1800, jitter_s: 3, lag_s: null, events: 400, evidence: '90 batches' }],
  coverage: [
    { path: 'erp->wms', event_type: 'receipt', seen: 40, failed: 5, gap: false },
    { path: 'erp->wms', event_type: 'return', seen: 0, failed: 0, gap: true },
  ],
};

export function clusterSku(sku: string, units: number): ClusterSku {
  return { sku, location: 'ATL', units, confidence: 0.8, drift: { erp: 10, wms: 10 - units, storefront: null }, bucket: 'on_hand', drift_units: units, also: [] };
}

export function clusterPage(total: number, offset: number, skus: string[]): ClusterSkusPage {
  return { cluster: 'phantom_stock', first_check: 'Check receipts', total, offset, rows: skus.map((sku, i) => clusterSku(sku, 10 - i)) };
}

const CHECKLIST: Checklist = {
  last_modified: { erp: null, wms: null, storefront: null },
  changed_last: 'wms',
  last_known_good: null,
  first_divergence: null,
  direction: 'inbound',
  steps: [],
  conclusion: 'Explained by phantom_stock.',
};

export function skuFindings(sku: string): SkuFindings {
  return {
    sku,
    location: 'ATL',
    as_of: BOARD.as_of,
    status: 'drift',
    bucket: 'on_hand',
    figures: { erp: 10, wms: 0, storefront: null },
    drift_units: 10,
    verdicts: [
      {
        cluster: 'phantom_stock',
        confidence: 0.9,
        units: 10,
        first_check: 'Check receipts',
        evidence: [{ table: 'events', source_file: 'log.csv', source_id: 3, line: 17, ts: null, summary: 'receipt rejected' }],
        evidence_total: 1,
      },
    ],
    checklist: CHECKLIST,
  };
}
