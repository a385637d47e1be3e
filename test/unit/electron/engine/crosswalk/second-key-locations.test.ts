// A 3PL that names shipments by the web order shares them with the ERP's sales orders only through the storefront
// order those carry (the second reference): locations link by it too.
import { beforeAll, describe, expect, it } from 'vitest';
import { crosswalkCase, type CrosswalkCase } from './crosswalk-case';

describe('locations linked by the storefront order an ERP sales order carries', () => {
  let kase: CrosswalkCase;

  beforeAll(async () => {
    kase = await crosswalkCase('second-key-locations.driftcase');
    const { rows } = kase;
    for (const [n, order] of ['TR104381', 'TR104383', 'TR104384'].entries()) {
      await rows.ledger({ system: 'erp', sku: 'TR-HDL-400', location: 'DC-East Carlisle', ts: `2027-01-1${n + 1}T10:00:00Z`, txn_type: 'fulfillment', qty_delta: -1, reference: `SO-5820${n}`, alt_reference: order });
      await rows.ledger({ system: 'wms', sku: 'TR-HDL-400', location: 'V2FyZWhvdXNlOjc3MjE0', ts: `2027-01-1${n + 1}T11:00:00Z`, txn_type: 'ship', qty_delta: -1, reference: order });
    }
    await kase.infer('location');
  });

  it('links the WMS warehouse id to the ERP location whose orders it ships', async () => {
    expect(await kase.entry('location', 'wms', 'V2FyZWhvdXNlOjc3MjE0')).toMatchObject({
      method: 'shared_reference',
      matched_system: 'erp',
      support: 3,
    });
  });
});
