// The crosswalk of generated dumps whose systems name warehouses and SKUs their own way, against the answer key.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDump } from '../../../../generator/generate-dump';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const locationKey = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** 14: warehouses named each system its own way, WMS SKUs without zero padding; 23: storefront SKUs under a parent prefix. */
describe.each([14, 23])('the crosswalk of generated dump seed %i', (seed) => {
  it('gives each warehouse one identity across the systems, and each respelled SKU the catalogue one', async () => {
    const folder = tempFolder();
    const dump = join(folder, 'dump');
    const truth = await generateDump({ seed, outDir: dump, skus: 60, days: 3 });
    expect(truth.naming.own_location_names).toBe(true);
    const { service } = await engineWithCase(folder);
    unwrap(await service.handlers.importFiles({ paths: truth.files.map((file) => join(dump, file.path)), timeZones: truth.time_zones }));

    const locations = unwrap(await service.handlers.listCrosswalk({ kind: 'location', limit: 500 })).entries;
    const identity = (system: string, name: string) =>
      locations.find((entry) => entry.system === system && entry.raw_key === locationKey(name))?.canonical_key;
    for (const warehouse of truth.naming.locations) {
      const wms = locationKey(warehouse.wms);
      expect([identity('erp', warehouse.erp), identity('wms', warehouse.wms), identity('storefront', warehouse.storefront)]).toEqual([wms, wms, wms]);
    }
    expect(locations.filter((entry) => entry.method === 'unmatched')).toEqual([]);

    expect(truth.naming.sku_variants.length).toBeGreaterThan(10);
    const skus = unwrap(await service.handlers.listCrosswalk({ kind: 'sku', limit: 500 })).entries;
    for (const variant of truth.naming.sku_variants) {
      const entry = skus.find((candidate) => candidate.system === variant.system && candidate.raw_key === variant.written);
      expect([variant.written, entry?.canonical_key, entry?.method]).toEqual([variant.written, variant.sku, 'normalised']);
    }
  }, 60_000);
});
