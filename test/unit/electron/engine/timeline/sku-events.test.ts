import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SYNC_TICKS, MAX_TIMELINE_MARKERS } from '../../../../../shared/model/timeline';
import type { EngineService } from '../../../../../electron/engine/engine-service';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', '..', '..', 'resources', 'sample');
const ZONES = ['erp=America/New_York', 'wms=America/New_York', 'storefront=America/New_York'];
/** A phantom-stock SKU of the sample: its erp->wms receipt failed (resources/sample.ground_truth.json). */
const SKU = { sku: 'HD_GRY_M', location: 'Savannah_Port' };
const HOT = { sku: 'HOT_SKU', location: 'Atlanta_FC' };
const HOT_EVENTS = MAX_TIMELINE_MARKERS + 500;
const HOT_ERRORS = 50;

/** A generic middleware log with more events for one SKU than a timeline answer carries, a few of them errors. */
function writeHotLog(path: string): void {
  const header = 'log_id,record_type,trigger_type,item_sku,error_code,integration,direction,qty,time,doc_number,trace_id,event_key,status,site,error_detail';
  const start = Date.parse('2026-09-19T00:00:00Z');
  const lines = Array.from({ length: HOT_EVENTS }, (_, i) => {
    const failed = i % Math.floor(HOT_EVENTS / HOT_ERRORS) === 0 && i / Math.floor(HOT_EVENTS / HOT_ERRORS) < HOT_ERRORS;
    const time = new Date(start + i * 15_000).toISOString();
    return [9_000_000 + i, 'inventory update', 'realtime', HOT.sku, failed ? 'E500' : '', 'Inventory Levels (NetSuite -> Shopify)',
      'ERP > STOREFRONT', 10, time, '', `t${i}`, `hot-${i}`, failed ? 500 : 200, 'Atlanta.FC', failed ? 'boom' : ''].join(',');
  });
  writeFileSync(path, [header, ...lines].join('\n') + '\n');
}

describe('timeline calls on the analysed sample', () => {
  const folder = tempFolder();
  let service: EngineService;

  beforeAll(async () => {
    ({ service } = await engineWithCase(folder));
    const before = unwrap(await service.handlers.getSkuEvents(SKU));
    expect(before).toMatchObject({ analysed: false, markers: [], ticks: [], total: 0 });
    unwrap(await service.handlers.importFiles({ paths: [SAMPLE], timeZones: ZONES }));
    unwrap(await service.handlers.analyzeCase({}));
  }, 120_000);

  it('answers calls the timeline makes at once (events, history, levels), which each ready the analysis views', async () => {
    const at = '2026-09-20T12:00:00Z';
    const answers = await Promise.all([
      service.handlers.getSkuEvents(SKU),
      service.handlers.getSkuHistory(SKU),
      service.handlers.getLevelsAsOf({ ...SKU, at }),
      service.handlers.getSkuEvents(SKU),
      service.handlers.getSkuHistory(SKU),
    ]);
    expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.message))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('returns every event of the SKU x location in time order, matched by the location key', async () => {
    const events = unwrap(await service.handlers.getSkuEvents({ sku: SKU.sku, location: 'savannah port' }));
    const page = unwrap(
      await service.handlers.getTablePage({
        table: 'events',
        startRow: 0,
        endRow: 1000,
        filter: {
          sku: { filterType: 'text', type: 'equals', filter: SKU.sku },
          loc_key: { filterType: 'text', type: 'equals', filter: 'savannahport' },
        },
      }),
    );
    expect(events.analysed).toBe(true);
    expect(events.total).toBe(page.rowCount);
    expect(events.markers).toHaveLength(page.rowCount);
    expect(events.truncated).toBe(false);
    const times = events.markers.map((marker) => marker.ts_ms);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(events.markers.map((marker) => marker.status)).toContain('error');
    expect(Date.parse(events.from ?? '')).toBeLessThanOrEqual(times[0] ?? 0);
    expect(events.to).toBe('2026-09-21T03:20:00.000Z');
  });

  it('keeps to the range asked for and refuses a half or reversed range', async () => {
    const whole = unwrap(await service.handlers.getSkuEvents(SKU));
    const middle = whole.markers[Math.floor(whole.markers.length / 2)]?.ts_ms ?? 0;
    const from = new Date(middle).toISOString();
    const to = whole.to ?? '';
    const part = unwrap(await service.handlers.getSkuEvents({ ...SKU, from, to }));
    expect(part.markers.length).toBeGreaterThan(0);
    expect(part.markers.length).toBeLessThan(whole.markers.length);
    expect(part.markers.every((marker) => marker.ts_ms >= middle)).toBe(true);
    expect(part).toMatchObject({ from, to });
    expect((await service.handlers.getSkuEvents({ ...SKU, from })).ok).toBe(false);
    expect((await service.handlers.getSkuEvents({ ...SKU, from: to, to: from })).ok).toBe(false);
  });

  it('puts the clock-driven paths\' ticks on their batches, one period apart', async () => {
    const events = unwrap(await service.handlers.getSkuEvents(SKU));
    const erpToWms = events.ticks.find((path) => path.path === 'erp->wms');
    expect(events.ticks.map((path) => path.path).sort()).toEqual(['erp->wms', 'wms->storefront']);
    expect(erpToWms).toMatchObject({ mode: 'clock', period_s: 1800 });
    const ticks = erpToWms?.ticks_ms ?? [];
    expect(ticks.length).toBe(erpToWms?.tick_count);
    expect(ticks.length).toBeGreaterThan(100);
    expect(ticks.slice(1).every((tick, i) => tick - (ticks[i] ?? 0) === 1_800_000)).toBe(true);
    expect(ticks[0]).toBeGreaterThanOrEqual(Date.parse(events.from ?? ''));
    // Every erp->wms event of the SKU went out with a cycle: within the path's tolerance (36 s) of a tick.
    const scheduled = events.markers.filter((marker) => marker.path === 'erp->wms');
    expect(scheduled.length).toBeGreaterThan(3);
    for (const marker of scheduled) {
      const nearest = Math.min(...ticks.map((tick) => Math.abs(tick - marker.ts_ms)));
      expect(nearest).toBeLessThanOrEqual(36_000);
    }
  });

  it('leaves the ticks out when a range would need too many, still counting them', async () => {
    const events = unwrap(await service.handlers.getSkuEvents({ ...SKU, from: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' }));
    const storefront = events.ticks.find((path) => path.path === 'wms->storefront');
    expect(storefront?.tick_count).toBeGreaterThan(MAX_SYNC_TICKS);
    expect(storefront?.ticks_ms).toEqual([]);
  });

  it('caps a hot SKU\'s markers, keeping every failed event and an even sample of the rest', async () => {
    const hotLog = join(folder, 'hot-sku-log.csv');
    writeHotLog(hotLog);
    unwrap(await service.handlers.importFiles({ paths: [hotLog] }));
    const events = unwrap(await service.handlers.getSkuEvents({ ...HOT, from: '2026-09-18T00:00:00Z', to: '2026-09-22T00:00:00Z' }));
    expect(events.total).toBe(HOT_EVENTS);
    expect(events.truncated).toBe(true);
    expect(events.markers).toHaveLength(MAX_TIMELINE_MARKERS);
    expect(events.markers.filter((marker) => marker.status === 'error')).toHaveLength(HOT_ERRORS);
    const first = events.markers[0]?.ts_ms ?? 0;
    const last = events.markers.at(-1)?.ts_ms ?? 0;
    expect(last - first).toBeGreaterThan(0.95 * (HOT_EVENTS - 1) * 15_000);
  });

  it('gives any located row in full with its file, and the history\'s steps locate theirs', async () => {
    const events = unwrap(await service.handlers.getSkuEvents(SKU));
    const failed = events.markers.find((marker) => marker.status === 'error');
    const record = unwrap(
      await service.handlers.getRowRecord({ table: 'events', source_id: failed?.source_id ?? 0, line_number: failed?.line_number ?? null }),
    );
    const field = (name: string) => record.fields.find((candidate) => candidate.name === name);
    expect(record.source).toMatchObject({ file_name: 'integration-log.csv', system: 'middleware' });
    expect(field('status')?.value).toBe('error');
    expect(field('sku')?.value).toBe(SKU.sku);
    expect(field('ts_raw')?.value).toMatch(/^2026-09-/);
    expect(field('payload')).toMatchObject({ type: 'VARCHAR' });
    expect(field('ts')?.type).toBe('TIMESTAMP WITH TIME ZONE');

    const history = unwrap(await service.handlers.getSkuHistory(SKU));
    const step = history.steps.find((candidate) => candidate.table === 'ledger');
    const ledger = unwrap(await service.handlers.getRowRecord({ table: 'ledger', source_id: step?.source_id ?? 0, line_number: step?.line ?? null }));
    expect(ledger.fields.find((candidate) => candidate.name === 'qty_delta')?.value).toBe(step?.delta);
    expect(ledger.source?.file_name).toBe(step?.source_file);
  });

  it('marks the markers and steps whose rows are annotated, with every note, until the annotations are deleted', async () => {
    const handlers = service.handlers;
    const before = unwrap(await handlers.getSkuEvents(SKU));
    const failed = before.markers.find((marker) => marker.status === 'error');
    const step = unwrap(await handlers.getSkuHistory(SKU)).steps.find((candidate) => candidate.table === 'ledger');
    expect(before.markers.some((marker) => marker.annotations !== undefined)).toBe(false);
    const onEvent = { kind: 'event' as const, source_id: failed?.source_id ?? 0, line_number: failed?.line_number ?? null };
    const onStep = { kind: 'event' as const, source_id: step?.source_id ?? 0, line_number: step?.line ?? null };
    const saved = [
      unwrap(await handlers.saveAnnotation({ target: onEvent, tag: 'note', comment: 'timed out <twice>' })),
      unwrap(await handlers.saveAnnotation({ target: onEvent, tag: 'confirmed_root_cause', comment: '' })),
      unwrap(await handlers.saveAnnotation({ target: onStep, tag: 'false_positive', comment: 'a recount' })),
    ];

    const events = unwrap(await handlers.getSkuEvents(SKU));
    const marked = events.markers.filter((marker) => marker.annotations !== undefined);
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({ source_id: failed?.source_id, line_number: failed?.line_number, status: 'error' });
    expect(marked[0]?.annotations).toEqual([
      { tag: 'note', comment: 'timed out <twice>' },
      { tag: 'confirmed_root_cause', comment: '' },
    ]);
    expect(events.markers).toHaveLength(before.markers.length);
    const steps = unwrap(await handlers.getSkuHistory(SKU)).steps.filter((candidate) => candidate.annotations !== undefined);
    expect(steps.map((candidate) => [candidate.source_id, candidate.line, candidate.annotations])).toEqual([
      [step?.source_id, step?.line, [{ tag: 'false_positive', comment: 'a recount' }]],
    ]);

    for (const annotation of saved) unwrap(await handlers.deleteAnnotation({ id: annotation.id }));
    expect(unwrap(await handlers.getSkuEvents(SKU)).markers.some((marker) => marker.annotations !== undefined)).toBe(false);
    expect(unwrap(await handlers.getSkuHistory(SKU)).steps.some((candidate) => candidate.annotations !== undefined)).toBe(false);
  });

  it('says plainly when a row, or a way to locate rows, does not exist', async () => {
    const missing = await service.handlers.getRowRecord({ table: 'events', source_id: 3, line_number: 999_999 });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    const unlocated = await service.handlers.getRowRecord({ table: 'sources', source_id: 1, line_number: 1 });
    expect(unlocated.ok ? null : unlocated.error.code).toBe('bad_request');
    const unknown = await service.handlers.getRowRecord({ table: 'nope', source_id: 1, line_number: 1 });
    expect(unknown.ok ? null : unknown.error.code).toBe('not_found');
  });
});
