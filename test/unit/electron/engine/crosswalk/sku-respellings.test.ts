// SKUs one system spells two ways across its exports, and renames that must carry every system writing the same spelling.
import { beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../../../support/case-rows';
import { crosswalkCase, mappings, type CrosswalkCase } from './crosswalk-case';

describe('a SKU the storefront respelled between two exports, which the ERP writes under its parent', () => {
  let kase: CrosswalkCase;

  beforeAll(async () => {
    kase = await crosswalkCase();
    const { rows, db } = kase;
    const old = await addSource(db, { file: 'inventory_export_old.csv', system: 'storefront', kind: 'snapshots', table: 'snapshots' });
    const current = await addSource(db, { file: 'inventory_export.csv', system: 'storefront', kind: 'snapshots', table: 'snapshots' });
    for (const sku of ['HOOD-OAT-L', 'HOOD-OAT-M', 'TEE-1', 'TEE-2']) {
      await rows.snapshot({ system: 'erp', sku: `${sku.split('-')[0]} : ${sku}`, on_hand: 5 });
      await rows.snapshot({ system: 'wms', sku, on_hand: 5 });
      await rows.snapshot({ system: 'storefront', sku, on_hand: 5, source: old });
      await rows.snapshot({ system: 'storefront', sku: sku === 'HOOD-OAT-L' ? 'hood-oat-l' : sku, on_hand: 5, source: current });
    }
    // One export writing both spellings: two SKUs, kept apart.
    await rows.snapshot({ system: 'wms', sku: 'CAP-1', on_hand: 1 });
    await rows.snapshot({ system: 'storefront', sku: 'CAP-1', on_hand: 1, source: current });
    await rows.snapshot({ system: 'storefront', sku: 'cap-1', on_hand: 1, source: current });
    await kase.infer('sku');
  });

  it('makes the three spellings one SKU, named as the WMS and the storefront write it', async () => {
    const hood = (await kase.entries('sku')).filter((entry) => entry.raw_key.toUpperCase().endsWith('HOOD-OAT-L'));
    expect(mappings(hood)).toEqual([
      'erp:HOOD : HOOD-OAT-L -> HOOD-OAT-L',
      'storefront:HOOD-OAT-L -> HOOD-OAT-L',
      'storefront:hood-oat-l -> HOOD-OAT-L',
      'wms:HOOD-OAT-L -> HOOD-OAT-L',
    ]);
    expect((await kase.entry('sku', 'storefront', 'hood-oat-l'))?.evidence).toBe(
      "wms 'HOOD-OAT-L', differing only in case (1 SKU of storefront differs this way)",
    );
  });

  it('keeps apart two spellings one export writes side by side', async () => {
    expect(await kase.entry('sku', 'storefront', 'cap-1')).toBeUndefined();
  });
});

describe('spellings renamed together', () => {
  let kase: CrosswalkCase;

  beforeAll(async () => {
    kase = await crosswalkCase();
    const { rows } = kase;
    // The ERP writes every SKU under its parent; the storefront sells only TS-1, too few for a prefix pattern of
    // its own.
    for (const sku of ['TS-1', 'TS-2', 'TS-3']) {
      await rows.snapshot({ system: 'erp', sku: `TEES : ${sku}`, on_hand: 5 });
      await rows.snapshot({ system: 'wms', sku, on_hand: 5 });
    }
    for (const sku of ['TS-1', 'MUG-1', 'MUG-2', 'MUG-3', 'MUG-4']) await rows.snapshot({ system: 'storefront', sku, on_hand: 5 });
    await kase.infer('sku');
  });

  it('carries every system writing the spelling a link renames, so one SKU never becomes two', async () => {
    const ts1 = (await kase.entries('sku')).filter((entry) => entry.raw_key.endsWith('TS-1'));
    expect(mappings(ts1)).toEqual(['erp:TEES : TS-1 -> TS-1', 'storefront:TS-1 -> TS-1', 'wms:TS-1 -> TS-1']);
  });
});

describe('a SKU every system spells its own way', () => {
  let kase: CrosswalkCase;

  beforeAll(async () => {
    kase = await crosswalkCase();
    const { rows } = kase;
    for (const sku of ['CAP : C-1', 'CAP : C-2', 'CAP : C-3']) await rows.snapshot({ system: 'erp', sku, on_hand: 5 });
    for (const sku of ['C-1', 'C-2', 'C-3']) await rows.snapshot({ system: 'wms', sku, on_hand: 5 });
    for (const sku of ['c-1', 'c-2', 'c-3']) await rows.snapshot({ system: 'storefront', sku, on_hand: 5 });
    await kase.infer('sku');
  });

  it('names a SKU by the form most systems write, not by the ERP spelling when every system spells it its own way', async () => {
    const c1 = (await kase.entries('sku')).filter((entry) => entry.raw_key.toUpperCase().endsWith('C-1'));
    expect(mappings(c1)).toEqual(['erp:CAP : C-1 -> C-1', 'storefront:c-1 -> C-1', 'wms:C-1 -> C-1']);
  });
});
