// The crosswalk inferred from hand-made cases whose systems name things in ways the dump generator never does.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CrosswalkEntry } from '../../../../../shared/model/crosswalk';
import { addSource } from '../../../../support/case-rows';
import { at, crosswalkCase, mappings, type CrosswalkCase } from './crosswalk-case';

describe('locations matched across systems', () => {
  let kase: CrosswalkCase;
  let entries: CrosswalkEntry[];

  beforeAll(async () => {
    kase = await crosswalkCase();
    const { rows } = kase;
    const receipt = (system: string, location: string, reference: string) =>
      rows.ledger({ system, location, reference, sku: 'S1', ts: at('09:00'), txn_type: 'receipt', qty_delta: 1 });
    // The ERP and the WMS name both warehouses their own way; their ledgers share the documents.
    for (const po of ['PO-1', 'PO-2', 'PO-3', 'PO-4', 'PO-5']) {
      await receipt('erp', 'Main Warehouse', `Purchase Order #${po}`);
      await receipt('wms', 'WH-01', po);
    }
    for (const so of ['SO-11', 'SO-12', 'SO-13', 'SO-14']) {
      await receipt('erp', 'West Coast DC', so);
      await receipt('wms', 'WH-02', so);
    }
    // A transfer from one warehouse to the other, and an order split across both, prove nothing.
    await receipt('erp', 'Main Warehouse', 'TR-9');
    await receipt('wms', 'WH-02', 'TR-9');
    await receipt('erp', 'Main Warehouse', 'SO-20');
    await receipt('erp', 'West Coast DC', 'SO-20');
    await receipt('wms', 'WH-01', 'SO-20');
    // A location whose two documents went one to each warehouse of the other system stays unmatched.
    for (const [ref, wms] of [['X-1', 'WH-01'], ['X-2', 'WH-02']] as const) {
      await receipt('erp', 'Overflow', ref);
      await receipt('wms', wms, ref);
    }
    // A location only one system knows.
    await receipt('erp', 'Returns Cage', 'RMA-1');
    // The middleware logs warehouses by a numeric id of its own.
    for (const po of ['PO-1', 'PO-2', 'PO-3']) {
      await rows.event({ ts: at('09:01'), path: 'erp->wms', event_type: 'receipt', status: 'success', location: '1001', record_ref: po, sku: 'S1' });
    }
    // The storefront names them otherwise again; its snapshot holds the same figures as the WMS's (S5 holds 14
    // in both warehouses: a chance likeness).
    for (const [sku, main, west] of [['S1', 10, 20], ['S2', 11, 21], ['S3', 12, 22], ['S4', 13, 23], ['S5', 14, 14]] as const) {
      await rows.snapshot({ system: 'wms', sku, location: 'WH-01', on_hand: main });
      await rows.snapshot({ system: 'wms', sku, location: 'WH-02', on_hand: west });
      await rows.snapshot({ system: 'storefront', sku, location: 'Shop Main', on_hand: main });
      await rows.snapshot({ system: 'storefront', sku, location: 'Shop West', on_hand: west });
    }
    // A spelling that differs only in case and punctuation.
    await rows.snapshot({ system: 'erp', sku: 'S1', location: 'MAIN-WAREHOUSE', on_hand: 10 });
    entries = await kase.infer('location');
  });

  it('gives each warehouse one identity, named by the WMS, whatever each system calls it', () => {
    expect(mappings(entries)).toEqual([
      'erp:Main Warehouse -> wh01',
      'erp:Overflow -> overflow',
      'erp:Returns Cage -> returnscage',
      'erp:West Coast DC -> wh02',
      'middleware:1001 -> wh01',
      'storefront:Shop Main -> wh01',
      'storefront:Shop West -> wh02',
      'wms:WH-01 -> wh01',
      'wms:WH-02 -> wh02',
    ]);
  });

  it('says how each pair was matched: shared references, scored by support and exclusivity', async () => {
    const main = await kase.entry('location', 'erp', 'Main Warehouse');
    // 5 purchase orders; the split order does not count. The transfer (Main Warehouse's 6th reference) and
    // Overflow's X-1 (WH-01's 6th) cost exclusivity: 5 of 6 on each side.
    expect(main).toMatchObject({ method: 'shared_reference', support: 5, matched_system: 'wms', matched_value: 'WH-01' });
    expect(main?.evidence).toBe("5 shared references with wms 'WH-01', e.g. PO1 (83% exclusive)");
    expect(main?.confidence).toBeCloseTo((5 / 6) * (5 / 6), 3);
    // WH-02 shares 4 orders with West Coast DC and one reference each with Main Warehouse and Overflow: 4 of 6.
    expect((await kase.entry('location', 'erp', 'West Coast DC'))?.evidence).toBe(
      "4 shared references with wms 'WH-02', e.g. SO11 (67% exclusive)",
    );
    expect(await kase.entry('location', 'middleware', '1001')).toMatchObject({ method: 'shared_reference', support: 3, matched_value: 'WH-01' });
  });

  it('matches the storefront by the figures its snapshot shares with the WMS', async () => {
    expect(await kase.entry('location', 'storefront', 'Shop West')).toMatchObject({
      method: 'shared_figures',
      support: 5,
      matched_system: 'wms',
      matched_value: 'WH-02',
      evidence: "5 SKUs with the same figure as wms 'WH-02', e.g. S1 (83% exclusive)",
    });
  });

  it('matches spellings that differ in case and punctuation, and leaves the unproven unmatched', async () => {
    expect(await kase.entry('location', 'erp', 'MAIN-WAREHOUSE')).toMatchObject({ raw_value: 'Main Warehouse' });
    for (const raw of ['Overflow', 'Returns Cage']) {
      expect(await kase.entry('location', 'erp', raw)).toMatchObject({
        method: 'unmatched',
        matched_system: null,
        confidence: null,
        evidence: 'no counterpart found in another system',
      });
    }
  });
});

describe('SKUs matched across systems', () => {
  let kase: CrosswalkCase;
  let entries: CrosswalkEntry[];

  beforeAll(async () => {
    kase = await crosswalkCase();
    const { rows } = kase;
    const stock = async (skus: Partial<Record<'erp' | 'wms' | 'storefront', string[]>>) => {
      for (const [system, list] of Object.entries(skus)) {
        for (const sku of list) await rows.snapshot({ system, sku, on_hand: 5 });
      }
    };
    await stock({
      // case
      erp: ['tee-blk-m', 'MUG-1', '000123', 'TS-1', 'TS-2', 'TS-3', 'a-01', '0042', 'LONELY', 'Z-1'],
      wms: ['TEE-BLK-M', 'MUG-1', '123', 'TS-1', 'TS-2', 'TS-3', 'A-01', 'A-1', 'KIT-Z-1'],
      storefront: ['TEE-BLK-M', ' MUG-1 ', 'TEES-TS-1', 'TEES-TS-2', 'TEES-TS-3', 'A-01', '42', '042'],
    });
    entries = await kase.infer('sku');
  });

  it('maps spellings differing in case, whitespace, zero padding or a parent prefix to the spelling most systems use', () => {
    expect(mappings(entries)).toEqual([
      'erp:000123 -> 000123',
      'erp:MUG-1 -> MUG-1',
      'erp:TS-1 -> TS-1',
      'erp:TS-2 -> TS-2',
      'erp:TS-3 -> TS-3',
      'erp:a-01 -> A-01',
      'erp:tee-blk-m -> TEE-BLK-M',
      'storefront: MUG-1  -> MUG-1',
      'storefront:A-01 -> A-01',
      'storefront:TEE-BLK-M -> TEE-BLK-M',
      'storefront:TEES-TS-1 -> TS-1',
      'storefront:TEES-TS-2 -> TS-2',
      'storefront:TEES-TS-3 -> TS-3',
      'wms:123 -> 000123',
      'wms:A-01 -> A-01',
      'wms:MUG-1 -> MUG-1',
      'wms:TEE-BLK-M -> TEE-BLK-M',
      'wms:TS-1 -> TS-1',
      'wms:TS-2 -> TS-2',
      'wms:TS-3 -> TS-3',
    ]);
  });

  it('names the difference of each spelling and how many SKUs of that system differ alike', async () => {
    expect(await kase.entry('sku', 'erp', 'tee-blk-m')).toMatchObject({
      method: 'normalised',
      evidence: "wms 'TEE-BLK-M', differing only in case (2 SKUs of erp differ this way)",
      support: 2,
      matched_value: 'TEE-BLK-M',
    });
    expect((await kase.entry('sku', 'wms', '123'))?.evidence).toBe("erp '000123', differing only in leading zeros (1 SKU of wms differs this way)");
    expect((await kase.entry('sku', 'storefront', ' MUG-1 '))?.evidence).toMatch(/^erp 'MUG-1', differing only in surrounding whitespace/);
    expect((await kase.entry('sku', 'storefront', 'TEES-TS-2'))?.evidence).toBe(
      "erp 'TS-2' under the prefix 'TEES-' (3 SKUs of storefront differ this way)",
    );
    expect(await kase.entry('sku', 'wms', 'TEE-BLK-M')).toMatchObject({ method: 'exact', confidence: 1 });
  });

  it('never joins forms that collide within one system, nor a prefix that only a chance SKU or two follow', async () => {
    // The WMS holds both, the storefront both 42 and 042: padding cannot tell them apart.
    expect(await kase.entry('sku', 'wms', 'A-1')).toBeUndefined();
    expect(await kase.entry('sku', 'erp', '0042')).toBeUndefined();
    expect(await kase.entry('sku', 'storefront', '42')).toBeUndefined();
    // One WMS kit is not a pattern.
    expect(await kase.entry('sku', 'wms', 'KIT-Z-1')).toBeUndefined();
    // A SKU no other system spells differently needs no row.
    expect(await kase.entry('sku', 'erp', 'LONELY')).toBeUndefined();
  });
});

describe('a storefront that writes each place twice, by name in its export and by id in its webhooks', () => {
  let kase: CrosswalkCase;
  let entries: CrosswalkEntry[];

  beforeAll(async () => {
    kase = await crosswalkCase('two-spellings.driftcase');
    const { rows, db } = kase;
    const byName = await addSource(db, { file: 'shopify/inventory_export.csv', system: 'storefront', kind: 'snapshots', table: 'snapshots' });
    const byId = await addSource(db, { file: 'shopify/webhooks.jsonl', system: 'storefront', kind: 'snapshots', table: 'snapshots' });
    for (const [sku, east, west] of [['S1', 10, 20], ['S2', 11, 21], ['S3', 12, 22], ['S4', 13, 23]] as const) {
      await rows.snapshot({ system: 'erp', sku, location: 'East DC', on_hand: east });
      await rows.snapshot({ system: 'erp', sku, location: 'West DC', on_hand: west });
      await rows.snapshot({ system: 'storefront', sku, location: 'East Warehouse', on_hand: east, source: byName });
      await rows.snapshot({ system: 'storefront', sku, location: 'West Warehouse', on_hand: west, source: byName });
      await rows.snapshot({ system: 'storefront', sku, location: '61938401386', on_hand: east, source: byId });
      await rows.snapshot({ system: 'storefront', sku, location: '61938434154', on_hand: west, source: byId });
    }
    entries = await kase.infer('location');
  });

  it('links both spellings to the place whose figures they share, each scored within its own file', async () => {
    expect(mappings(entries)).toEqual([
      'erp:East DC -> eastdc',
      'erp:West DC -> westdc',
      'storefront:61938401386 -> eastdc',
      'storefront:61938434154 -> westdc',
      'storefront:East Warehouse -> eastdc',
      'storefront:West Warehouse -> westdc',
    ]);
    expect((await kase.entry('location', 'storefront', '61938401386'))?.evidence).toBe(
      "4 SKUs with the same figure as erp 'East DC', e.g. S1 (100% exclusive)",
    );
  });
});

describe('an ERP that writes a matrix item by its NetSuite hierarchical name in one export and by its id in another', () => {
  let kase: CrosswalkCase;

  beforeAll(async () => {
    kase = await crosswalkCase();
    const { rows } = kase;
    for (const sku of ['LO-3310 : LO-3310-OLV-S', 'LO-2041 : LO-2041-NVY-M', 'PARKAS : LO-2041 : LO-2041-NVY-L', 'SOLO-1']) {
      await rows.snapshot({ system: 'erp', sku, on_hand: 5 });
    }
    for (const sku of ['LO-3310-OLV-S', 'LO-2041-NVY-M', 'LO-2041-NVY-L']) {
      await rows.ledger({ system: 'erp', sku, ts: '2026-03-06T15:00:00Z', txn_type: 'receipt', qty_delta: 5 });
    }
    await rows.snapshot({ system: 'wms', sku: 'LO-3310-OLV-S', on_hand: 5 });
    await kase.infer('sku');
  });

  it('links each full name to the item its last level names, even within the one system', async () => {
    expect(await kase.entry('sku', 'erp', 'LO-3310 : LO-3310-OLV-S')).toMatchObject({ canonical_key: 'LO-3310-OLV-S', method: 'normalised' });
    expect(await kase.entry('sku', 'erp', 'LO-2041 : LO-2041-NVY-M')).toMatchObject({ canonical_key: 'LO-2041-NVY-M' });
    expect(await kase.entry('sku', 'erp', 'PARKAS : LO-2041 : LO-2041-NVY-L')).toMatchObject({ canonical_key: 'LO-2041-NVY-L' });
    expect(await kase.entry('sku', 'erp', 'SOLO-1')).toBeUndefined();
  });
});
