// One ERP location written with and without its parents by two exports (a saved search, a SuiteQL pull) still holds
// its documents at one location, so they link another system's spelling of it.
import { beforeAll, describe, expect, it } from 'vitest';
import { crosswalkCase, type CrosswalkCase } from './crosswalk-case';

describe('references an ERP writes at two spellings of one location', () => {
  let kase: CrosswalkCase;

  beforeAll(async () => {
    kase = await crosswalkCase('parent-spelling-references.driftcase');
    const { rows } = kase;
    for (const [n, receipt] of ['IR-20879', 'IR-20890', 'RMA-7721'].entries()) {
      const ts = `2027-01-1${n + 1}T10:00:00Z`;
      for (const location of ['DC-East Carlisle', 'Talus Ridge : Distribution : DC-East Carlisle']) {
        await rows.ledger({ system: 'erp', sku: 'TR-PL-CRB', location, ts, txn_type: 'receipt', qty_delta: 24, reference: receipt });
      }
      await rows.ledger({ system: 'wms', sku: 'TR-PL-CRB', location: 'V2FyZWhvdXNlOjc3MjE0', ts, txn_type: 'receipt', qty_delta: 24, reference: receipt });
    }
    await kase.infer('location');
  });

  it('links the WMS warehouse id to the ERP location by the documents they share', async () => {
    expect(await kase.entry('location', 'wms', 'V2FyZWhvdXNlOjc3MjE0')).toMatchObject({
      method: 'shared_reference',
      matched_system: 'erp',
      support: 3,
    });
  });
});
