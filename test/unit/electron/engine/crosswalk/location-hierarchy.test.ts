// Locations an export writes under their parents ('East : Atlanta DC', NetSuite's sub-locations) matched to the same place written alone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CrosswalkEntry } from '../../../../../shared/model/crosswalk';
import { at, crosswalkCase, mappings, type CrosswalkCase } from './crosswalk-case';

describe('locations written under their parents', () => {
  let kase: CrosswalkCase;
  let entries: CrosswalkEntry[];

  beforeAll(async () => {
    kase = await crosswalkCase();
    const { rows } = kase;
    const receipt = (system: string, location: string, reference: string) =>
      rows.ledger({ system, location, reference, sku: 'S1', ts: at('09:00'), txn_type: 'receipt', qty_delta: 1 });
    // The ERP's balance export and the WMS share purchase orders at Atlanta DC.
    for (const po of ['PO-1', 'PO-2', 'PO-3']) {
      await receipt('erp', 'Atlanta DC', po);
      await receipt('wms', 'ATL1', po);
    }
    // The ERP's typecode ledger writes the same warehouse under its region, with documents the WMS never saw.
    for (const doc of ['IF-1', 'IF-2']) await receipt('erp', 'East : Atlanta DC', doc);
    // Three levels: the middleware adds the company above what the ERP writes, which is the longest match.
    await receipt('erp', 'East : Brooklyn Store', 'RMA-1');
    await receipt('erp', 'Brooklyn Store', 'RMA-2');
    await rows.event({ ts: at('09:01'), path: 'erp->storefront', event_type: 'adjustment', status: 'success', location: 'Northwind : East : Brooklyn Store', sku: 'S1' });
    // A name two paths of one system end in proves nothing.
    await receipt('erp', 'East : Stock', 'TR-1');
    await receipt('erp', 'West : Stock', 'TR-2');
    await rows.snapshot({ system: 'wms', sku: 'S1', location: 'Stock', on_hand: 1 });
    entries = await kase.infer('location');
  });

  it('gives a location written under its parents the identity of the location it ends in', () => {
    expect(mappings(entries)).toEqual([
      'erp:Atlanta DC -> atl1',
      'erp:Brooklyn Store -> brooklynstore',
      'erp:East : Atlanta DC -> atl1',
      'erp:East : Brooklyn Store -> brooklynstore',
      'erp:East : Stock -> eaststock',
      'erp:West : Stock -> weststock',
      'middleware:Northwind : East : Brooklyn Store -> brooklynstore',
      'wms:ATL1 -> atl1',
      'wms:Stock -> stock',
    ]);
  });

  it('says which parents were left out, as a normalised spelling', async () => {
    expect(await kase.entry('location', 'erp', 'East : Atlanta DC')).toMatchObject({
      method: 'normalised',
      evidence: "erp 'Atlanta DC' under the parent 'East'",
      confidence: 0.9,
      matched_system: 'erp',
      matched_value: 'Atlanta DC',
    });
    expect((await kase.entry('location', 'middleware', 'Northwind : East : Brooklyn Store'))?.evidence).toBe(
      "erp 'East : Brooklyn Store' under the parent 'Northwind'",
    );
    expect(await kase.entry('location', 'erp', 'East : Stock')).toMatchObject({ method: 'unmatched' });
  });
});
