// Sync mode per path: clock-driven with empty cycles and jitter, event-driven by lag or by spread, mixed, unknown.
import { afterEach, describe, expect, it } from 'vitest';
import { detectSyncModes } from '../../../../../electron/engine/analysis/sync-mode';
import { prepareAnalysis } from '../../../../../electron/engine/analysis/prepare-analysis';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import caseSchemaSql from '../../../../../electron/engine/sql/case-schema.sql?raw';
import { insertLedgerRows, type LedgerRow } from '../../../../support/case-rows';

interface EventRow {
  ts: string | null;
  path: string | null;
  event_type?: string;
  sku?: string | null;
  location?: string | null;
  status?: string;
  record_ref?: string | null;
  trigger?: string;
}

const START = Date.UTC(2026, 2, 2, 0, 0, 0);

/** The instant `seconds` after the start of the test day, as an ISO string. */
function at(seconds: number): string {
  return new Date(START + seconds * 1000).toISOString();
}

/** A deterministic pseudo-random whole number in [low, high] for seed i. */
function spread(i: number, low: number, high: number): number {
  const noise = Math.sin((i + 1) * 12.9898) * 43758.5453;
  return low + Math.floor((noise - Math.floor(noise)) * (high - low + 1));
}

let db: CaseDatabase | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

/** A case holding the given rows, prepared for analysis as a run prepares it. */
async function caseWith(events: EventRow[], ledger: LedgerRow[] = []): Promise<CaseDatabase> {
  db = await CaseDatabase.open(':memory:', { memoryLimit: '512MB', threads: 2 });
  await db.run(caseSchemaSql);
  await db.run(
    `INSERT INTO events (source_id, line_number, ts, path, event_type, sku, location, status, record_ref, trigger)
     SELECT 1, row_number() OVER (), CAST(e.ts AS TIMESTAMPTZ), e.path, coalesce(e.event_type, 'inventory_sync'), e.sku,
            e.location, coalesce(e.status, 'success'), e.record_ref, coalesce(e.trigger, 'unknown')
     FROM (SELECT unnest(from_json($rows, '[{"ts":"VARCHAR","path":"VARCHAR","event_type":"VARCHAR","sku":"VARCHAR",
           "location":"VARCHAR","status":"VARCHAR","record_ref":"VARCHAR","trigger":"VARCHAR"}]')) AS e)`,
    { rows: JSON.stringify(events) },
  );
  await insertLedgerRows(db, ledger);
  await prepareAnalysis(db.session);
  return db;
}

/** A clock-driven path: one batch of 1-4 events every `period` s, jittered, skipping the cycles `empty` picks. */
function clockPath(path: string, period: number, cycles: number, jitter: number, empty: (cycle: number) => boolean, trigger?: string): EventRow[] {
  const rows: EventRow[] = [];
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    if (empty(cycle)) continue;
    const start = cycle * period + spread(cycle, -jitter, jitter);
    for (let j = 0; j < spread(cycle + 3, 1, 4); j += 1) {
      rows.push({ ts: at(start + j), path, sku: `SKU-${(cycle + j) % 9}`, trigger });
    }
  }
  return rows;
}

describe('detecting the sync mode of a path', () => {
  it('finds a clock-driven path and its period through empty cycles and jitter, with no trigger column', async () => {
    // 900 s cycles, a quarter of them empty (gaps of 1800 s and 2700 s), start jitter up to 3 s either way.
    const empty = (cycle: number): boolean => cycle % 4 === 1 || cycle % 9 === 5;
    const events = clockPath('wms->storefront', 900, 120, 3, empty);
    const emptyCycles = Array.from({ length: 120 }, (_, cycle) => cycle).filter(empty).length;
    const [finding] = await detectSyncModes((await caseWith(events)).session);
    expect(finding).toMatchObject({ path: 'wms->storefront', mode: 'clock', period_s: 900, lag_s: null, events: events.length });
    expect(finding?.jitter_s).toBeGreaterThan(0);
    expect(finding?.jitter_s).toBeLessThanOrEqual(6);
    expect(finding?.evidence).toMatch(
      new RegExp(`^${120 - emptyCycles} batches, 100% of gaps within 18 s of a multiple of 900 s \\(${emptyCycles} empty cycles\\), jitter [\\d.]+ s; trigger not recorded$`),
    );
  });

  it('finds the period of a sparse clock path whose cycles are mostly empty', async () => {
    // Only about a third of the 300 s cycles carry anything: gaps of 300, 600, 900, 1200 s ...
    const events = clockPath('erp->wms', 300, 200, 2, (cycle) => spread(cycle, 0, 2) !== 0, 'scheduled');
    const [finding] = await detectSyncModes((await caseWith(events)).session);
    expect(finding).toMatchObject({ mode: 'clock', period_s: 300 });
    expect(finding?.evidence).toMatch(/\d+ events triggered by schedule, 0 by listener$/);
  });

  it('finds an event-driven path and the median lag from its source transactions', async () => {
    const lags: number[] = [];
    const events: EventRow[] = [];
    const ledger: LedgerRow[] = [];
    let time = 0;
    for (let i = 0; i < 41; i += 1) {
      time += spread(i, 200, 3000);
      const lag = spread(i * 3, 2, 30);
      lags.push(lag);
      ledger.push({ system: 'erp', ts: at(time), txn_type: 'receipt', sku: `SKU-${i}`, qty_delta: 5, reference: `Item Receipt #PO-${1000 + i}` });
      // A later row of the same document (billed after the event) must not pair: only rows before the event do.
      if (i % 4 === 0) ledger.push({ system: 'erp', ts: at(time + lag + 5), txn_type: 'other', sku: `SKU-${i}`, qty_delta: 0, reference: `PO-${1000 + i}` });
      events.push({ ts: at(time + lag), path: 'erp->wms', event_type: 'receipt', sku: `SKU-${i}`, record_ref: `po${1000 + i}` });
    }
    const median = [...lags].sort((a, b) => a - b)[20];
    const [finding] = await detectSyncModes((await caseWith(events, ledger)).session);
    expect(finding).toMatchObject({ path: 'erp->wms', mode: 'event', period_s: null, jitter_s: null, lag_s: median });
    expect(finding?.evidence).toContain(`median lag ${median} s after the source transaction (41 of 41 events paired)`);
  });

  it('measures the lag of inventory sync from the latest stock change of the same SKU and location', async () => {
    const events: EventRow[] = [];
    const ledger: LedgerRow[] = [];
    let time = 0;
    for (let i = 0; i < 25; i += 1) {
      time += spread(i, 300, 2000);
      ledger.push({ system: 'wms', ts: at(time - 100), txn_type: 'pick', sku: `SKU-${i % 5}`, qty_delta: -1, reference: null });
      ledger.push({ system: 'wms', ts: at(time), txn_type: 'pick', sku: `SKU-${i % 5}`, qty_delta: -1, reference: null });
      events.push({ ts: at(time + 7), path: 'wms->storefront', sku: `SKU-${i % 5}`, location: null });
    }
    const [finding] = await detectSyncModes((await caseWith(events, ledger)).session);
    expect(finding).toMatchObject({ mode: 'event', lag_s: 7 });
  });

  it('calls a path event-driven when its events recur on a period only because their source transactions do', async () => {
    // The ERP posts receipts every 900 s; each event follows its receipt by 3 to 10 s.
    const events: EventRow[] = [];
    const ledger: LedgerRow[] = [];
    for (let cycle = 0; cycle < 40; cycle += 1) {
      const posted = cycle * 900 + spread(cycle, -2, 2);
      ledger.push({ system: 'erp', ts: at(posted), txn_type: 'receipt', sku: 'SKU-1', qty_delta: 1, reference: `PO-${cycle}` });
      events.push({ ts: at(posted + spread(cycle + 50, 3, 10)), path: 'erp->wms', event_type: 'receipt', record_ref: `PO-${cycle}` });
    }
    const [finding] = await detectSyncModes((await caseWith(events, ledger)).session);
    expect(finding).toMatchObject({ mode: 'event', period_s: null });
    expect(finding?.lag_s).toBeGreaterThanOrEqual(3);
    expect(finding?.lag_s).toBeLessThanOrEqual(10);
    expect(finding?.evidence).toMatch(/^40 batches recur every 900 s \(100% of gaps on a multiple\), but the events follow their source transactions: 90% within [\d.]+ s \(40 of 40 events paired\)/);
  });

  it('falls back on the spread of the gaps when no source rows pair with the events', async () => {
    // Exponential-like gaps: -ln(u) x 600 s for u spread over (0, 1).
    const events: EventRow[] = [];
    let time = 0;
    for (let i = 0; i < 60; i += 1) {
      time += Math.round(-Math.log((spread(i, 1, 997) + 0.5) / 998) * 600) + 6;
      events.push({ ts: at(time), path: 'wms->erp', event_type: 'shipment_confirm', sku: `SKU-${i}`, record_ref: `SO-${i}` });
    }
    const [finding] = await detectSyncModes((await caseWith(events)).session);
    expect(finding).toMatchObject({ mode: 'event', period_s: null, lag_s: null });
    expect(finding?.evidence).toMatch(/^no dominant period( \(the best candidate, [\d,]+ s, fits \d+% of gaps\))?; gaps spread from \d+ s to [\d,]+ s/);
  });

  it('finds a mixed path: a clock sync plus listener-triggered events off the cycle', async () => {
    const clock = clockPath('erp->storefront', 600, 80, 2, (cycle) => cycle % 6 === 2, 'scheduled');
    const listener: EventRow[] = Array.from({ length: 30 }, (_, i) => ({
      ts: at(i * 2 * 600 + 60 + spread(i, 0, 480)),
      path: 'erp->storefront',
      sku: `SKU-${i}`,
      trigger: 'listener',
    }));
    const [finding] = await detectSyncModes((await caseWith([...clock, ...listener])).session);
    expect(finding).toMatchObject({ mode: 'mixed', period_s: 600 });
    expect(finding?.evidence).toMatch(/of a multiple of 600 s .*off-cycle; \d+ events triggered by schedule, 30 by listener/);
  });

  it('tells a mixed path by timing alone when the trigger is not recorded', async () => {
    const clock = clockPath('erp->storefront', 600, 80, 2, (cycle) => cycle % 6 === 2);
    const offCycle: EventRow[] = Array.from({ length: 30 }, (_, i) => ({
      ts: at(i * 2 * 600 + 60 + spread(i, 0, 480)),
      path: 'erp->storefront',
      sku: `SKU-${i}`,
    }));
    const [finding] = await detectSyncModes((await caseWith([...clock, ...offCycle])).session);
    expect(finding).toMatchObject({ mode: 'mixed', period_s: 600 });
  });

  it('lets the trigger break the tie when a few events fall off the cycle', async () => {
    // 80 cycles of 600 s and 6 events in between: 86% of gaps on the cycle, inside the band around 80%.
    const timing = (trigger?: string, offTrigger?: string): EventRow[] => [
      ...clockPath('wms->storefront', 600, 80, 2, () => false, trigger),
      ...Array.from({ length: 6 }, (_, i) => ({ ts: at(i * 12 * 600 + spread(i, 100, 500)), path: 'wms->storefront', sku: 'SKU-1', trigger: offTrigger })),
    ];
    const [untold] = await detectSyncModes((await caseWith(timing())).session);
    expect(untold).toMatchObject({ mode: 'clock', period_s: 600 });
    db?.close();
    const [told] = await detectSyncModes((await caseWith(timing('scheduled', 'listener'))).session);
    expect(told).toMatchObject({ mode: 'mixed', period_s: 600 });
    expect(told?.evidence).toMatch(/\(the triggers decide\)$/);
  });

  it('keeps a path clock-driven when nearly every gap is on the cycle, whatever triggers are recorded', async () => {
    // 80 cycles of 600 s; in 6 of them a listener event fires with the batch, and 2 stray events fall between.
    const events: EventRow[] = [
      ...clockPath('wms->storefront', 600, 80, 2, () => false, 'scheduled'),
      ...Array.from({ length: 6 }, (_, i) => ({ ts: at(i * 13 * 600 + 3), path: 'wms->storefront', sku: 'SKU-2', trigger: 'listener' })),
      ...Array.from({ length: 2 }, (_, i) => ({ ts: at(i * 31 * 600 + 250), path: 'wms->storefront', sku: 'SKU-3', trigger: 'listener' })),
    ];
    const database = await caseWith(events);
    const [finding] = await detectSyncModes(database.session);
    expect(finding).toMatchObject({ mode: 'clock', period_s: 600 });
    expect(await database.query('SELECT rule, period_share FROM analysis_sync_mode')).toEqual([{ rule: 'clock', period_share: 0.951 }]);
  });

  it('finds an event-driven path in a continuous flow that never pauses long enough to form batches', async () => {
    let time = 0;
    const events: EventRow[] = Array.from({ length: 500 }, (_, i) => {
      time += spread(i, 1, 4);
      return { ts: at(time), path: 'storefront->erp', event_type: 'order_release', sku: `SKU-${i % 7}` };
    });
    const [finding] = await detectSyncModes((await caseWith(events)).session);
    expect(finding).toMatchObject({ mode: 'event', period_s: null });
    expect(finding?.evidence).toMatch(/^500 events arrive continuously \(inside a batch 100% of the time/);
  });

  it('says unknown when a path has too few events or too few batches', async () => {
    // 15 timed events and 2 whose time could not be read.
    const few = [...clockPath('wms->erp', 900, 10, 1, () => false).slice(0, 15), { ts: null, path: 'wms->erp' }, { ts: null, path: 'wms->erp' }];
    // 30 events, but in only 3 bursts.
    const bursts: EventRow[] = Array.from({ length: 30 }, (_, i) => ({ ts: at(Math.floor(i / 10) * 3600 + (i % 10)), path: 'erp->wms' }));
    const findings = await detectSyncModes((await caseWith([...few, ...bursts])).session);
    expect(findings).toEqual([
      expect.objectContaining({ path: 'erp->wms', mode: 'unknown', events: 30, evidence: expect.stringMatching(/in only 3 batches/) }),
      expect.objectContaining({ path: 'wms->erp', mode: 'unknown', events: 17, evidence: expect.stringMatching(/^only 15 timed events/) }),
    ]);
  });

  it('returns no rows for a case without events, and one for a path whose times are all unreadable', async () => {
    expect(await detectSyncModes((await caseWith([])).session)).toEqual([]);
    db?.close();
    const untimed = Array.from({ length: 30 }, (): EventRow => ({ ts: null, path: 'wms->erp' }));
    expect(await detectSyncModes((await caseWith(untimed)).session)).toEqual([
      expect.objectContaining({ path: 'wms->erp', mode: 'unknown', events: 30, evidence: expect.stringMatching(/^only 0 timed events/) }),
    ]);
  });

  it('keeps the result in analysis_sync_mode for the grid and the report', async () => {
    const database = await caseWith(clockPath('wms->storefront', 900, 40, 2, () => false));
    await detectSyncModes(database.session);
    const rows = await database.query('SELECT path, mode, rule, CAST(batches AS INTEGER) AS batches FROM analysis_sync_mode');
    expect(rows).toEqual([{ path: 'wms->storefront', mode: 'clock', rule: 'clock', batches: 40 }]);
  });
});
