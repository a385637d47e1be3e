// Hand-made findings for the report's unit tests: one verdict whose text fields can be set to anything.
import { FINDINGS_SCHEMA, type Findings, type Verdict } from '../../../../../shared/model/findings';
import type { SkuHistory } from '../../../../../shared/model/history';
import type { ReportInput } from '../../../../../electron/engine/report/report-input';

export function verdictWith(fields: Partial<Verdict> = {}): Verdict {
  return {
    sku: 'SKU-1',
    location: 'Reno DC',
    cluster: 'phantom_stock',
    confidence: 0.9,
    units: 12,
    drift: { erp: 20, wms: 8, storefront: 20 },
    bucket: 'on_hand',
    first_check: 'The inbound PO receipt handoff ERP->WMS.',
    evidence: [{ table: 'events', source_file: 'relay.log', source_id: 1, line: 7, ts: '2026-11-20T10:00:00.000Z', summary: 'erp->wms receipt rejected' }],
    checklist: {
      last_modified: { erp: '2026-11-20T10:00:00.000Z', wms: null, storefront: null },
      changed_last: 'erp',
      last_known_good: '2026-11-20T09:00:00.000Z',
      first_divergence: '2026-11-20T10:00:00.000Z',
      direction: 'inbound',
      steps: [1, 2, 3, 4, 5].map((step) => ({ step: step as 1 | 2 | 3 | 4 | 5, title: `check ${step}`, clean: step !== 2, finding: `finding ${step}` })),
      conclusion: 'Explained by phantom_stock.',
    },
    ...fields,
  };
}

export function findingsWith(verdicts: Verdict[]): Findings {
  return {
    schema: FINDINGS_SCHEMA,
    generated_at: '2026-11-21T00:00:00.000Z',
    app_version: '0.1.0',
    settings: { in_flight_s: 900, as_of: null, window_s: 3600 },
    as_of: '2026-11-20T12:00:00.000Z',
    summary: {
      skus: 3,
      drifting: verdicts.length,
      units: verdicts.reduce((total, verdict) => total + verdict.units, 0),
      by_cluster: [{ cluster: 'phantom_stock', skus: verdicts.length, units: verdicts.reduce((total, verdict) => total + verdict.units, 0) }],
      events: 10,
      rejected_rows: 0,
      time_span: { from: '2026-11-20T00:00:00.000Z', to: '2026-11-20T12:00:00.000Z' },
    },
    sources: [
      {
        file: 'relay.log',
        sha256: 'ab'.repeat(32),
        bytes: 2048,
        system: 'middleware',
        kind: 'events',
        preset: null,
        tz_rule: null,
        warnings: null,
        rows_loaded: 10,
        rejected: 0,
        first_ts: '2026-11-20T00:00:00.000Z',
        last_ts: '2026-11-20T12:00:00.000Z',
        gaps: [],
      },
    ],
    verdicts,
    sync_mode: [{ path: 'erp->wms', mode: 'clock', period_s: 1800, jitter_s: 2, lag_s: null, events: 10, evidence: 'every 30 min' }],
    noise: { duplicates_applied: 0, duplicates_ignored: 0, errors_by_code: [], missing_fields: [], retries: { retried: 0, succeeded_later: 0, never_succeeded: 0 } },
    coverage: [{ path: 'erp->wms', event_type: 'receipt', seen: 3, failed: 1, gap: false }],
  };
}

export function historyOf(verdict: Verdict): SkuHistory {
  return {
    sku: verdict.sku,
    location: verdict.location,
    as_of: '2026-11-20T12:00:00.000Z',
    opening: { erp: 8, wms: 8, storefront: null },
    steps: [
      { system: 'erp', ts: '2026-11-20T10:00:00.000Z', level: 20, delta: 12, table: 'ledger', source_id: 1, source_file: 'erp.csv', line: 3 },
      { system: 'storefront', ts: '2026-11-20T10:05:00.000Z', level: 20, delta: null, table: 'events', source_id: 1, source_file: 'relay.log', line: 9 },
    ],
    last_known_good: '2026-11-20T09:00:00.000Z',
    first_divergence: '2026-11-20T10:00:00.000Z',
  };
}

/** A report input over these findings: no star (the largest drifts have pages) and no annotation unless given. */
export function reportInputOf(findings: Findings, histories: SkuHistory[], fields: Partial<ReportInput> = {}): ReportInput {
  return {
    findings,
    histories,
    pageChoice: { basis: 'largest', top: 10, missing: [] },
    starred: [],
    annotations: [],
    caseName: 'case',
    ...fields,
  };
}
