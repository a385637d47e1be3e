// Celigo's flow run history: one event per run, no SKU, path and type from the flow name, and clock-driven timing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const RUNS = join(FIXTURES, 'presets', 'celigo-flow-runs');

/** A day of runs every 15 minutes of one flow, written as the dashboard's download writes them (London wall time). */
function runHistory(flow: string, runs: number): string {
  const lines = ['Flow,Started,Completed,Duration,Status,Success,Ignored,Errors,Pages'];
  for (let i = 0; i < runs; i += 1) {
    const minutes = i * 15;
    const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const failed = i % 10 === 9;
    lines.push(
      `${flow},23/03/2026 ${clock}:0${i % 7},23/03/2026 ${clock}:4${i % 7},00:00:40,${failed ? 'Completed with errors' : 'Completed'},${20 + i},0,${failed ? 2 : 0},1`,
    );
  }
  return lines.join('\n') + '\n';
}

describe('Celigo flow run history', () => {
  const folder = tempFolder();

  it('reads each run as an event with no SKU: its status, path and type from the flow name, and the run start in the zone given', async () => {
    const harness = await engineWithCase(folder, 'runs.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({ paths: [RUNS], timeZones: ['middleware=Europe/London'] }),
    );
    expect(outcomeFor(summary, 'flow_run_history.csv')).toMatchObject({ presetId: 'celigo-flow-runs', rowsLoaded: 4, rowsRejected: 0 });
    expect(outcomeFor(summary, 'run-history-us.csv')).toMatchObject({ presetId: 'celigo-flow-runs', rowsLoaded: 3, rowsRejected: 0 });
    const events = (await rows(harness, 'events')).map((row) => [
      row.flow,
      row.ts,
      row.status,
      row.status_raw,
      row.path,
      row.event_type,
      row.trigger,
      row.sku,
    ]);
    expect(events).toEqual([
      ['ShipBob Inventory to Shopify (Daventry)', '2026-03-23 00:00:06+00', 'success', 'Completed', 'wms->storefront', 'inventory_sync', 'unknown', null],
      ['NetSuite Inventory to Shopify (Hamburg)', '2026-03-23 00:00:09+00', 'error', 'Completed with errors', 'erp->storefront', 'inventory_sync', 'unknown', null],
      ['ShipBob Inventory to Shopify (Daventry)', '2026-03-23 00:15:07+00', 'success', 'Completed', 'wms->storefront', 'inventory_sync', 'unknown', null],
      ['NetSuite Inventory to Shopify (Hamburg)', '2026-03-23 00:15:05+00', 'success', 'Completed', 'erp->storefront', 'inventory_sync', 'unknown', null],
      // Month first, no seconds, 12-hour clock; London is on GMT until 29 March.
      ['NS Orders to ShipHero', '2026-03-23 13:00:00+00', 'success', 'Completed', 'erp->wms', 'order_release', 'unknown', null],
      ['NS Orders to ShipHero', '2026-03-23 13:30:00+00', 'error', 'Failed', 'erp->wms', 'order_release', 'unknown', null],
      ['NS Orders to ShipHero', '2026-03-23 14:00:00+00', 'unknown', 'Cancelled', 'erp->wms', 'order_release', 'unknown', null],
    ]);
  });

  it('makes runs every 15 minutes clock-driven evidence for their path, and counts failed runs as noise, not as SKU drift', async () => {
    const harness = await engineWithCase(folder, 'analysed.driftcase');
    const file = join(folder, 'flow_run_history.csv');
    writeFileSync(file, runHistory('ShipBob Inventory to Shopify (Daventry)', 96));
    unwrap(await harness.service.handlers.importFiles({ paths: [file], timeZones: ['middleware=Europe/London'] }));
    const findings = unwrap(await harness.service.handlers.analyzeCase({}));
    const sync = findings.sync_mode.find((path) => path.path === 'wms->storefront');
    expect(sync).toMatchObject({ mode: 'clock', period_s: 900, events: 96 });
    expect(findings.verdicts).toEqual([]);
    const failed = findings.noise.errors_by_code.filter((group) => group.path === 'wms->storefront');
    expect(failed.reduce((sum, group) => sum + group.count, 0)).toBe(9);
    expect(findings.coverage.find((row) => row.path === 'wms->storefront' && row.event_type === 'inventory_sync')).toMatchObject({
      seen: 96,
      failed: 9,
      gap: false,
    });
  });
});
