// Duplicates after a timeout, receipts named by their ERP number, shipments against unfulfilled orders, late-copied snapshots.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCase } from '../../../../../electron/engine/case/case-store';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { prepareAnalysis } from '../../../../../electron/engine/analysis/prepare-analysis';
import { detectorCase, levels } from '../../../../support/detector-case';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-03-28T18:00:00Z';

describe('a timed-out delivery the ERP applied twice under documents of its own', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'after-timeout.driftcase', AS_OF, async (rows) => {
      // The WMS writes one -4 adjustment; its wms->erp delivery times out and is sent again under the same correlation
      // id; the ERP posted it twice, each under its own number and naming nothing, at whole minutes (the first one
      // before the first attempt was even logged). Only the first attempt carries the SKU.
      await rows.ledger({ system: 'wms', sku: 'LAMP', ts: '2026-03-27T09:15:07Z', txn_type: 'adjustment', qty_delta: -4, reference: 'CC-4410' });
      await rows.event({ ts: '2026-03-27T09:15:40Z', path: 'wms->erp', event_type: 'adjustment', sku: 'LAMP', qty: -4, status: 'error', status_raw: 'timeout', correlation_id: 'corr-7731' });
      await rows.event({ ts: '2026-03-27T09:18:10Z', path: 'wms->erp', event_type: 'adjustment', sku: null, status: 'success', correlation_id: 'corr-7731' });
      for (const [txn, ts] of [['ADJ-20931', '2026-03-27T09:15:00Z'], ['ADJ-20932', '2026-03-27T09:18:00Z']] as const) {
        await rows.ledger({ system: 'erp', sku: 'LAMP', ts, txn_type: 'adjustment', qty_delta: -4, txn_id: txn });
      }
      await levels(rows, 'LAMP', 16, 20, AS_OF);
      // The same timeout and resend, applied once by the ERP; the SKU drifts by the same 4 units for another reason.
      await rows.ledger({ system: 'wms', sku: 'VASE', ts: '2026-03-27T11:30:07Z', txn_type: 'adjustment', qty_delta: -4, reference: 'CC-4420' });
      await rows.event({ ts: '2026-03-27T11:30:40Z', path: 'wms->erp', event_type: 'adjustment', sku: 'VASE', qty: -4, status: 'error', status_raw: 'timeout', correlation_id: 'corr-7740' });
      await rows.event({ ts: '2026-03-27T11:33:10Z', path: 'wms->erp', event_type: 'adjustment', sku: null, status: 'success', correlation_id: 'corr-7740' });
      await rows.ledger({ system: 'erp', sku: 'VASE', ts: '2026-03-27T11:33:00Z', txn_type: 'adjustment', qty_delta: -4, txn_id: 'ADJ-20940' });
      await levels(rows, 'VASE', 12, 16, AS_OF);
    });
    return () => db.close();
  });

  it('calls the second ERP row a duplicate application accounting for the 4 units', async () => {
    expect(await db.query("SELECT sku, cluster, units FROM analysis_verdicts WHERE sku = 'LAMP'")).toEqual([
      { sku: 'LAMP', cluster: 'duplicate_application', units: 4 },
    ]);
    const [applied] = await db.query<{ summary: string }>(
      "SELECT summary FROM analysis_hits WHERE cluster = 'duplicate_application' AND sku_key = 'LAMP' AND effect IS NOT NULL",
    );
    expect(applied?.summary).toContain('ERP adjustment ADJ-20932 of -4 units: applied again (2 of 2 rows');
  });

  it('finds no duplicate when the ERP applied the resent delivery once', async () => {
    expect(await db.query("SELECT count(*)::INT AS hits FROM analysis_hits WHERE cluster = 'duplicate_application' AND sku_key = 'VASE'")).toEqual([
      { hits: 0 },
    ]);
    expect(await db.query("SELECT cluster FROM analysis_verdicts WHERE sku = 'VASE'")).toEqual([{ cluster: 'unexplained' }]);
  });
});

describe('a resent receipt the middleware names by its PO while the WMS names the ERP receipt', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'receipt-chain.driftcase', AS_OF, async (rows) => {
      // ERP receipt IR-20890 from PO-6163; the erp->wms delivery names the PO, timed out, and was resent under the same
      // key; the WMS added 24 twice, each row naming IR-20890.
      await rows.ledger({ system: 'erp', sku: 'POLE', ts: '2026-03-27T15:08:51Z', txn_type: 'receipt', qty_delta: 24, reference: 'PO-6163', txn_id: 'IR-20890' });
      await rows.event({ ts: '2026-03-27T15:15:35Z', path: 'erp->wms', event_type: 'receipt', sku: 'POLE', status: 'error', record_ref: 'PO-6163', idempotency_key: 'IR-20890-1' });
      await rows.event({ ts: '2026-03-27T15:30:07Z', path: 'erp->wms', event_type: 'receipt', sku: 'POLE', status: 'success', record_ref: 'PO-6163', idempotency_key: 'IR-20890-1' });
      for (const ts of ['2026-03-27T15:15:08Z', '2026-03-27T15:30:11Z']) {
        await rows.ledger({ system: 'wms', sku: 'POLE', ts, txn_type: 'receipt', qty_delta: 24, reference: 'IR-20890' });
      }
      await levels(rows, 'POLE', 81, 105, AS_OF);
      // Two receipts of one PO, each delivered (the delivery resent once) and each applied once by the WMS.
      for (const [txn, ts] of [['IR-30001', '2026-03-27T10:00:00Z'], ['IR-30002', '2026-03-27T11:00:00Z']] as const) {
        await rows.ledger({ system: 'erp', sku: 'TARP', ts, txn_type: 'receipt', qty_delta: 5, reference: 'PO-7000', txn_id: txn });
        await rows.ledger({ system: 'wms', sku: 'TARP', ts, txn_type: 'receipt', qty_delta: 5, reference: txn });
      }
      for (const ts of ['2026-03-27T10:05:00Z', '2026-03-27T10:20:00Z']) {
        await rows.event({ ts, path: 'erp->wms', event_type: 'receipt', sku: 'TARP', status: 'success', record_ref: 'PO-7000', idempotency_key: 'PO-7000-1' });
      }
      await levels(rows, 'TARP', 40, 40, AS_OF);
    });
    return () => db.close();
  });

  it('follows the PO to the ERP receipt and calls the WMS row applied again a duplicate application', async () => {
    expect(await db.query("SELECT sku, cluster, units FROM analysis_verdicts WHERE sku = 'POLE'")).toEqual([
      { sku: 'POLE', cluster: 'duplicate_application', units: 24 },
    ]);
  });

  it('finds no duplicate where each of a PO\'s receipts was applied once', async () => {
    expect(await db.query("SELECT count(*)::INT AS hits FROM analysis_hits WHERE cluster = 'duplicate_application' AND sku_key = 'TARP'")).toEqual([
      { hits: 0 },
    ]);
  });
});

describe('a receiving order whose connector timed out once and was retried by hand, logging no key', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'retried-by-hand.driftcase', AS_OF, async (rows) => {
      // The 3PL stowed WRO 48213 (box 9); the connector's receipt call timed out (its error names the WRO), the ERP had
      // posted IR-24419 all the same, and the retry posted IR-24421: two receipts whose memo names the WRO.
      await rows.ledger({ system: 'wms', sku: 'MAT', ts: '2026-03-27T12:20:02Z', txn_type: 'receipt', qty_delta: 12, reference: '48213 9' });
      await rows.event({ ts: '2026-03-27T12:43:32Z', path: 'wms->erp', event_type: 'receipt', sku: null, status: 'retried', error_code: 'ETIMEDOUT', record_ref: '48213' });
      for (const [txn, ts] of [['IR-24419', '2026-03-27T12:40:00Z'], ['IR-24421', '2026-03-27T15:12:00Z']] as const) {
        await rows.ledger({ system: 'erp', sku: 'MAT', ts, txn_type: 'receipt', qty_delta: 12, txn_id: txn, reference: 'PO-2027-0312', alt_reference: 'ShipBob WRO 48213' });
      }
      await levels(rows, 'MAT', 45, 33, AS_OF);
      // The same failure, retried and posted once: no duplicate, whatever else made the gap.
      await rows.ledger({ system: 'wms', sku: 'PAD', ts: '2026-03-27T12:20:02Z', txn_type: 'receipt', qty_delta: 5, reference: '48214 1' });
      await rows.event({ ts: '2026-03-27T12:43:32Z', path: 'wms->erp', event_type: 'receipt', sku: null, status: 'retried', error_code: 'ETIMEDOUT', record_ref: '48214' });
      await rows.ledger({ system: 'erp', sku: 'PAD', ts: '2026-03-27T15:12:00Z', txn_type: 'receipt', qty_delta: 5, txn_id: 'IR-24422', alt_reference: 'ShipBob WRO 48214' });
      await levels(rows, 'PAD', 25, 20, AS_OF);
    });
    return () => db.close();
  });

  it('calls the second ERP receipt a duplicate application of the 12 units', async () => {
    expect(await db.query("SELECT sku, cluster, units FROM analysis_verdicts WHERE sku = 'MAT'")).toEqual([
      { sku: 'MAT', cluster: 'duplicate_application', units: 12 },
    ]);
  });

  it('finds no duplicate where the ERP posted the retried receipt once', async () => {
    expect(await db.query("SELECT count(*)::INT AS hits FROM analysis_hits WHERE cluster = 'duplicate_application' AND sku_key = 'PAD'")).toEqual([
      { hits: 0 },
    ]);
  });
});

describe('a receipt the middleware names by its ERP document number', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'receipt-number.driftcase', AS_OF, async (rows) => {
      // The ERP receipt IR30127, created from PO7122; the middleware's erp->wms receipt names IR30127 and failed twice.
      await rows.ledger({ system: 'erp', sku: 'KETTLE', ts: '2026-03-27T08:00:00Z', txn_type: 'receipt', qty_delta: 12, reference: 'Purchase Order #PO7122', txn_id: 'IR30127' });
      for (const ts of ['2026-03-27T08:05:00Z', '2026-03-27T08:35:00Z']) {
        await rows.event({ ts, path: 'erp->wms', event_type: 'receipt', sku: 'KETTLE', status: 'error', error_code: 'E500', record_ref: 'IR30127' });
      }
      await levels(rows, 'KETTLE', 62, 50, AS_OF);
      // A failed receipt event naming another receipt than the ERP's IR30200 (PO7200): nothing links them.
      await rows.ledger({ system: 'erp', sku: 'GRILL', ts: '2026-03-27T09:00:00Z', txn_type: 'receipt', qty_delta: 6, reference: 'Purchase Order #PO7200', txn_id: 'IR30200' });
      await rows.event({ ts: '2026-03-27T09:05:00Z', path: 'erp->wms', event_type: 'receipt', sku: 'GRILL', status: 'error', error_code: 'E500', record_ref: 'IR39999' });
      await levels(rows, 'GRILL', 56, 50, AS_OF);
    });
    return () => db.close();
  });

  it('calls the receipt phantom stock, citing it by its number and its PO', async () => {
    expect(await db.query("SELECT sku, location, cluster, units FROM analysis_verdicts WHERE sku = 'KETTLE'")).toEqual([
      { sku: 'KETTLE', location: 'Reno DC', cluster: 'phantom_stock', units: 12 },
    ]);
    const hits = await db.query<{ summary: string }>(
      "SELECT summary FROM analysis_hits WHERE cluster = 'phantom_stock' AND sku_key = 'KETTLE' AND evidence_table = 'ledger'",
    );
    expect(hits.map((hit) => hit.summary)).toEqual([
      'ERP receipt of 12 units for IR30127 (Purchase Order #PO7122); its erp->wms receipt failed 2x (E500) and the WMS never received it',
    ]);
  });

  it('leaves a receipt unexplained when the failed event names another document', async () => {
    expect(await db.query("SELECT count(*)::INT AS hits FROM analysis_hits WHERE cluster = 'phantom_stock' AND sku_key = 'GRILL'")).toEqual([
      { hits: 0 },
    ]);
    expect(await db.query("SELECT cluster FROM analysis_verdicts WHERE sku = 'GRILL'")).toEqual([{ cluster: 'unexplained' }]);
  });
});

describe('a WMS shipment whose sales order the ERP holds only as an order', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'order-only.driftcase', AS_OF, async (rows) => {
      // Shipped 5 minutes before the snapshots; the ERP has the sales order (which moves no stock), no fulfilment yet.
      await rows.ledger({ system: 'erp', sku: 'CUP', ts: '2026-03-28T14:00:00Z', txn_type: 'order', qty_delta: -3, reference: 'Sales Order #SO5512', txn_id: 'SO5512' });
      await rows.ledger({ system: 'wms', sku: 'CUP', ts: '2026-03-28T17:55:00Z', txn_type: 'ship', qty_delta: -3, reference: 'SO5512' });
      await levels(rows, 'CUP', 20, 17, AS_OF);
      // The same, shipped an hour before the snapshots: past the in-flight window, so drift.
      await rows.ledger({ system: 'erp', sku: 'BOWL', ts: '2026-03-28T14:00:00Z', txn_type: 'order', qty_delta: -2, reference: 'Sales Order #SO5513', txn_id: 'SO5513' });
      await rows.ledger({ system: 'wms', sku: 'BOWL', ts: '2026-03-28T17:00:00Z', txn_type: 'ship', qty_delta: -2, reference: 'SO5513' });
      await levels(rows, 'BOWL', 20, 18, AS_OF);
    });
    return () => db.close();
  });

  it('sets the recent shipment aside as in flight', async () => {
    expect(await db.query("SELECT status, wms_in_flight, gap_erp_wms FROM analysis_drift WHERE sku = 'CUP'")).toEqual([
      { status: 'in_flight', wms_in_flight: -3, gap_erp_wms: 0 },
    ]);
    expect(await db.query("SELECT cluster FROM analysis_verdicts WHERE sku = 'CUP'")).toEqual([]);
  });

  it('still calls an older shipment with no ERP fulfilment drift', async () => {
    expect(await db.query("SELECT status, wms_in_flight, gap_erp_wms FROM analysis_drift WHERE sku = 'BOWL'")).toEqual([
      { status: 'drift', wms_in_flight: 0, gap_erp_wms: 2 },
    ]);
  });
});

describe('an ERP receipt the WMS was told of but has not received yet', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'awaiting-receipt.driftcase', AS_OF, async (rows) => {
      // Received in the ERP 3 hours before the snapshots; its erp->wms receipt, named by the IR number, went through.
      await rows.ledger({ system: 'erp', sku: 'TENT', ts: '2026-03-28T15:00:00Z', txn_type: 'receipt', qty_delta: 24, reference: 'Purchase Order #PO7125', txn_id: 'IR30133' });
      await rows.event({ ts: '2026-03-28T15:01:00Z', path: 'erp->wms', event_type: 'receipt', sku: 'TENT', status: 'success', record_ref: 'IR30133' });
      await levels(rows, 'TENT', 74, 50, AS_OF);
      // The same, two days before the snapshots: the goods should have been put away long since.
      await rows.ledger({ system: 'erp', sku: 'STOVE', ts: '2026-03-26T15:00:00Z', txn_type: 'receipt', qty_delta: 10, reference: 'Purchase Order #PO7126', txn_id: 'IR30134' });
      await rows.event({ ts: '2026-03-26T15:01:00Z', path: 'erp->wms', event_type: 'receipt', sku: 'STOVE', status: 'success', record_ref: 'IR30134' });
      await levels(rows, 'STOVE', 60, 50, AS_OF);
      // Received 3 hours before, but its erp->wms receipt failed: the WMS was never told, so the gap is drift.
      await rows.ledger({ system: 'erp', sku: 'PUMP', ts: '2026-03-28T15:00:00Z', txn_type: 'receipt', qty_delta: 8, reference: 'Purchase Order #PO7127', txn_id: 'IR30135' });
      await rows.event({ ts: '2026-03-28T15:01:00Z', path: 'erp->wms', event_type: 'receipt', sku: 'PUMP', status: 'error', record_ref: 'IR30135' });
      await levels(rows, 'PUMP', 58, 50, AS_OF);
    });
    return () => db.close();
  });

  it('sets a delivered receipt aside as in flight within the receiving window, and no longer after it', async () => {
    expect(await db.query("SELECT sku, status, erp_in_flight, gap_erp_wms FROM analysis_drift WHERE sku IN ('TENT', 'STOVE', 'PUMP') ORDER BY sku")).toEqual([
      { sku: 'PUMP', status: 'drift', erp_in_flight: 0, gap_erp_wms: 8 },
      { sku: 'STOVE', status: 'drift', erp_in_flight: 0, gap_erp_wms: 10 },
      { sku: 'TENT', status: 'in_flight', erp_in_flight: 24, gap_erp_wms: 0 },
    ]);
  });
});

describe('a storefront fed the available figure of its feeder', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'storefront-available.driftcase', AS_OF, async (rows) => {
      const figures = async (sku: string, erp: [number, number], wms: [number, number], storefront: [number, number]) => {
        for (const [system, [onHand, available]] of [['erp', erp], ['wms', wms], ['storefront', storefront]] as const) {
          await rows.snapshot({ system, sku, on_hand: onHand, available, captured_at: AS_OF });
        }
      };
      // The ERP feeds the storefront (its inventory syncs say so; they carry no level here).
      await rows.event({ ts: '2026-03-28T17:00:00Z', path: 'erp->storefront', event_type: 'inventory_sync', sku: 'TOWEL', status: 'success' });
      // The ERP committed 12 to a wholesale order the storefront never sees: on hand differs, available agrees.
      await figures('TOWEL', [60, 48], [60, 60], [48, 48]);
      // The storefront's available is off its feeder's too: drift.
      await figures('MUG', [60, 48], [60, 60], [50, 50]);
    });
    return () => db.close();
  });

  it('agrees when the storefront holds its feeder\'s available figure, and is drift when it holds neither', async () => {
    expect(await db.query("SELECT sku, bucket, status, drift_units FROM analysis_drift WHERE sku IN ('TOWEL', 'MUG') ORDER BY sku")).toEqual([
      { sku: 'MUG', bucket: 'on_hand', status: 'drift', drift_units: 10 },
      { sku: 'TOWEL', bucket: 'on_hand', status: 'agree', drift_units: 0 },
    ]);
  });
});

describe('a snapshot file modified long after its capture', () => {
  const folder = tempFolder();
  const STATED = '2026-11-20T10:00:00.000Z';

  interface Analysed {
    asOf: string;
    erpCapturedAt: string;
    erpCapturedBy: string;
  }

  /**
   * Imports a WMS on-hand file (with a capture column at 10:00 unless `wmsStatesCapture` is false), a NetSuite
   * inventory file with no capture column and no date in its name, both files modified at `modified`, and an event
   * log whose last record is at 11:00, after the stated capture; analyses with the default as-of and reads back when
   * the ERP's figures count as captured, and why.
   */
  async function analyse(name: string, modified: string, wmsStatesCapture = true): Promise<Analysed> {
    const dir = join(folder, name);
    mkdirSync(dir, { recursive: true });
    const wmsFile = join(dir, 'on-hand.csv');
    writeFileSync(
      wmsFile,
      wmsStatesCapture
        ? `sku,warehouse,on_hand,available,captured_at\nSKU-1,Reno_DC,10,10,${STATED}\n`
        : 'sku,warehouse,on_hand,available\nSKU-1,Reno_DC,10,10\n',
    );
    const erpFile = join(dir, 'InventoryByLocation.csv');
    writeFileSync(erpFile, 'Item,Display Name,Location,Quantity On Hand,Quantity Available\nSKU-1,Mug,Reno.DC,10,10\n');
    writeFileSync(
      join(dir, 'sync-log.csv'),
      'event_id,occurred_at,path,event_type,sku,location,qty,status\nE1,2026-11-20T11:00:00Z,wms->storefront,inventory_sync,SKU-1,Reno_DC,10,success\n',
    );
    for (const file of [erpFile, wmsFile]) utimesSync(file, new Date(modified), new Date(modified));

    const harness = await engineWithCase(folder, `${name}.driftcase`);
    unwrap(await harness.service.handlers.importFiles({ paths: [dir] }));
    const findings = unwrap(await harness.service.handlers.analyzeCase({}));
    unwrap(await harness.service.handlers.closeCase({}));

    const { db } = await openCase(harness.casePath, { memoryLimit: '512MB', threads: 2 });
    try {
      const [drift] = await db.query<{ captured: string }>(
        "SELECT strftime(erp_captured_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS captured FROM analysis_drift",
      );
      const [snapshot] = await db.withSession(async (session) => {
        await prepareAnalysis(session);
        return session.query<{ captured_by: string }>("SELECT captured_by FROM analysis_snapshots WHERE system = 'erp'");
      });
      return { asOf: findings.as_of ?? '', erpCapturedAt: drift?.captured ?? '', erpCapturedBy: snapshot?.captured_by ?? '' };
    } finally {
      await db.close();
    }
  }

  it('reads a file modified months later as captured at the latest stated capture', async () => {
    const analysed = await analyse('copied-later', '2027-03-15T12:00:00Z');
    expect(analysed.asOf).toBe(STATED);
    expect(analysed.erpCapturedAt).toBe(STATED);
    expect(analysed.erpCapturedBy).toBe('the latest stated capture (its file was modified at 2027-03-15 12:00 UTC, after every record)');
  });

  it('reads it as captured at the latest record when no snapshot states its capture', async () => {
    const analysed = await analyse('nothing-stated', '2027-03-15T12:00:00Z', false);
    expect(analysed.asOf).toBe('2026-11-20T11:00:00.000Z');
    expect(analysed.erpCapturedAt).toBe('2026-11-20T11:00:00.000Z');
    expect(analysed.erpCapturedBy).toBe('the latest record (its file was modified at 2027-03-15 12:00 UTC, after every record)');
  });

  it('reads a file modified months before its records (an archive extracted with its own times) the same way', async () => {
    const analysed = await analyse('modified-before', '2026-06-01T08:00:00Z');
    expect(analysed.asOf).toBe(STATED);
    expect(analysed.erpCapturedAt).toBe(STATED);
    expect(analysed.erpCapturedBy).toBe('the latest stated capture (its file was modified at 2026-06-01 08:00 UTC, before every record)');
  });

  it('keeps the modification time of a file modified within a day of the records', async () => {
    const analysed = await analyse('same-day', '2026-11-20T16:00:00Z');
    expect(analysed.asOf).toBe('2026-11-20T16:00:00.000Z');
    expect(analysed.erpCapturedAt).toBe('2026-11-20T16:00:00.000Z');
    expect(analysed.erpCapturedBy).toBe('file modification time');
  });
});
