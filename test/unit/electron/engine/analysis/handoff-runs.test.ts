// A move made after the last run of the flow that carries it to the other system is in flight; a flow that stopped
// running, or runs too seldom to tell its clock, carries nothing, so what it left behind stays drift.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectorCase, levels } from '../../../../support/detector-case';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2027-03-30T06:00:00Z';

/** A flow that ran every `everyMinutes` from a day before the as-of instant until `lastRun`. */
function runs(lastRun: string, everyMinutes: number): string[] {
  const last = Date.parse(lastRun);
  const first = Date.parse(AS_OF) - 24 * 3600 * 1000;
  const times: string[] = [];
  for (let at = last; at >= first; at -= everyMinutes * 60 * 1000) times.push(new Date(at).toISOString());
  return times.reverse();
}

describe('moves the handoff has not run for yet', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'handoff-runs.driftcase', AS_OF, async (rows) => {
      // The 3PL's receiving orders reach the ERP hourly at :40; the last run was 05:40, the stow at 05:43.
      for (const ts of runs('2027-03-30T05:40:12Z', 60)) {
        await rows.event({ ts, path: 'wms->erp', event_type: 'receipt', flow: 'WRO to Item Receipt', status: 'success', sku: null });
      }
      await rows.ledger({ system: 'wms', sku: 'TARP', ts: '2027-03-30T05:43:09Z', txn_type: 'receipt', qty_delta: 10, reference: '48241' });
      await levels(rows, 'TARP', 2, 12, AS_OF);
      // Shipments go to the ERP every 30 minutes; the 05:20 shipment was due at 05:50 and never came.
      for (const ts of runs('2027-03-30T05:50:36Z', 30)) {
        await rows.event({ ts, path: 'wms->erp', event_type: 'shipment_confirm', flow: 'Shipment to Fulfillment', status: 'success', sku: null });
      }
      await rows.ledger({ system: 'wms', sku: 'FLEECE', ts: '2027-03-30T05:20:00Z', txn_type: 'ship', qty_delta: -1, reference: '401577220' });
      await levels(rows, 'FLEECE', 30, 29, AS_OF);
      // Counts were polled hourly until the poller stopped at 00:30, five runs ago: a count since then is stranded.
      for (const ts of runs('2027-03-30T00:30:00Z', 60)) {
        await rows.event({ ts, path: 'wms->erp', event_type: 'adjustment', flow: 'Cycle count poller', status: 'success', sku: null });
      }
      await rows.ledger({ system: 'wms', sku: 'LAMP', ts: '2027-03-30T05:41:07Z', txn_type: 'cycle_count', qty_delta: 1, reference: 'CC-77' });
      await levels(rows, 'LAMP', 40, 41, AS_OF);
      // Returns are logged only when there is one, every six hours or so: the last at 02:10 says nothing of the next.
      for (const ts of runs('2027-03-30T02:10:00Z', 360)) {
        await rows.event({ ts, path: 'wms->erp', event_type: 'return', flow: 'Returns', status: 'success', sku: null });
      }
      await rows.ledger({ system: 'wms', sku: 'MUG', ts: '2027-03-30T03:00:00Z', txn_type: 'return', qty_delta: 1, reference: 'RMA-5' });
      await levels(rows, 'MUG', 10, 11, AS_OF);
    });
    return () => db.close();
  });

  async function drift(sku: string) {
    const [row] = await db.query<{ status: string; gap_erp_wms: number; wms_in_flight: number }>(
      'SELECT status, gap_erp_wms, wms_in_flight FROM analysis_drift WHERE sku = $sku',
      { sku },
    );
    return row;
  }

  it('sets aside a receipt stowed after the receiving flow\'s last run, 17 minutes before the snapshots', async () => {
    expect(await drift('TARP')).toEqual({ status: 'in_flight', gap_erp_wms: 0, wms_in_flight: 10 });
  });

  it('keeps a shipment the flow has run for since as drift', async () => {
    expect(await drift('FLEECE')).toEqual({ status: 'drift', gap_erp_wms: 1, wms_in_flight: 0 });
  });

  it('keeps a count made after the poller stopped as drift', async () => {
    expect(await drift('LAMP')).toEqual({ status: 'drift', gap_erp_wms: -1, wms_in_flight: 0 });
  });

  it('keeps a return three hours old as drift when returns are logged only every few hours', async () => {
    expect(await drift('MUG')).toEqual({ status: 'drift', gap_erp_wms: -1, wms_in_flight: 0 });
  });
});
