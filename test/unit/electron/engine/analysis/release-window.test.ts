// An ERP that fulfils at release: its fulfilment is in flight until the WMS ships; and rows in flight explain a gap,
// never make one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectorCase, levels } from '../../../../support/detector-case';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-10-28T06:00:00Z';

describe('fulfilments at release and receipts the WMS already holds', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'release-window.driftcase', AS_OF, async (rows) => {
      // Released last night: the ERP took the stock off at release, the order went to the WMS, which ships at 07:10.
      await rows.ledger({ system: 'erp', sku: 'CL-FLC-S', ts: '2026-10-27T21:50:00Z', txn_type: 'fulfillment', qty_delta: -2, reference: 'SO104990' });
      await rows.event({ ts: '2026-10-27T21:50:06Z', path: 'erp->wms', event_type: 'order_release', sku: 'CL-FLC-S', qty: 2, status: 'success', record_ref: 'SO104990' });
      await levels(rows, 'CL-FLC-S', 18, 20, AS_OF);
      // The same without a delivered release: the WMS never heard of the order, a ghost shipment's shape.
      await rows.ledger({ system: 'erp', sku: 'CL-NAP-OAT', ts: '2026-10-27T21:55:00Z', txn_type: 'fulfillment', qty_delta: -4, reference: 'SO104991' });
      await levels(rows, 'CL-NAP-OAT', 16, 20, AS_OF);
      // A receipt the middleware delivered and the WMS received under its own document number: the figures agree.
      await rows.ledger({ system: 'erp', sku: 'CL-FLASK', ts: '2026-10-27T11:40:00Z', txn_type: 'receipt', qty_delta: 30, reference: 'PO8812' });
      await rows.event({ ts: '2026-10-27T11:40:05Z', path: 'erp->wms', event_type: 'receipt', sku: 'CL-FLASK', qty: 30, status: 'success', record_ref: 'PO8812' });
      await rows.ledger({ system: 'wms', sku: 'CL-FLASK', ts: '2026-10-28T05:38:00Z', txn_type: 'receipt', qty_delta: 30, reference: 'WRO-55120' });
      await levels(rows, 'CL-FLASK', 134, 134, AS_OF);
      // Released in the morning, shipped by the 3PL under the web order's number: no document links the two.
      await rows.ledger({ system: 'erp', sku: 'CF-ETH', ts: '2026-10-27T09:00:00Z', txn_type: 'fulfillment', qty_delta: -2, reference: 'SO104700' });
      await rows.event({ ts: '2026-10-27T09:00:05Z', path: 'erp->wms', event_type: 'order_release', sku: 'CF-ETH', qty: 2, status: 'success', record_ref: 'SO104700' });
      await rows.ledger({ system: 'wms', sku: 'CF-ETH', ts: '2026-10-27T14:00:00Z', txn_type: 'ship', qty_delta: -2, reference: '#LP10417' });
      // A ghost beside it: 24 units fulfilled in the ERP only.
      await rows.ledger({ system: 'erp', sku: 'CF-ETH', ts: '2026-10-27T10:12:00Z', txn_type: 'fulfillment', qty_delta: -24, reference: 'SO104711' });
      await levels(rows, 'CF-ETH', 78, 102, AS_OF);
      // Two orders of one unit released; the 3PL shipped the first, naming it, and the second ships after 06:00.
      for (const [order, at] of [['SO104801', '2026-10-27T18:00:00Z'], ['SO104802', '2026-10-27T19:23:00Z']] as const) {
        await rows.ledger({ system: 'erp', sku: 'CL-BOWL', ts: at, txn_type: 'fulfillment', qty_delta: -1, reference: order });
        await rows.event({ ts: at, path: 'erp->wms', event_type: 'order_release', sku: 'CL-BOWL', qty: 1, status: 'success', record_ref: order });
      }
      await rows.ledger({ system: 'wms', sku: 'CL-BOWL', ts: '2026-10-27T20:00:00Z', txn_type: 'ship', qty_delta: -1, reference: 'SO104801' });
      await levels(rows, 'CL-BOWL', 40, 41, AS_OF);
    });
    return () => db.close();
  });

  async function drift(sku: string) {
    const [row] = await db.query<{ status: string; gap_erp_wms: number; erp_in_flight: number }>(
      'SELECT status, gap_erp_wms, erp_in_flight FROM analysis_drift WHERE sku = $sku',
      { sku },
    );
    return row;
  }

  it('keeps a fulfilment whose release reached the WMS in flight until the WMS ships it', async () => {
    expect(await drift('CL-FLC-S')).toEqual({ status: 'in_flight', gap_erp_wms: 0, erp_in_flight: -2 });
  });

  it('still calls a fulfilment no release carried drift', async () => {
    expect(await drift('CL-NAP-OAT')).toEqual({ status: 'drift', gap_erp_wms: -4, erp_in_flight: 0 });
  });

  it('does not set a delivered receipt aside where the figures already agree', async () => {
    expect(await drift('CL-FLASK')).toEqual({ status: 'agree', gap_erp_wms: 0, erp_in_flight: 0 });
  });

  it('takes a WMS move of the same units that names no ERP document for the counterpart, so a ghost keeps its size', async () => {
    expect(await drift('CF-ETH')).toEqual({ status: 'drift', gap_erp_wms: -24, erp_in_flight: 0 });
  });

  it('does not take a WMS move that names another ERP document for the counterpart', async () => {
    expect(await drift('CL-BOWL')).toEqual({ status: 'in_flight', gap_erp_wms: 0, erp_in_flight: -1 });
  });
});
