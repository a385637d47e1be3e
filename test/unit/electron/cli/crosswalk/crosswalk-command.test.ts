// `driftscope crosswalk` as a user runs it: the pairs and how each was matched, mappings set and removed, exit codes.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CrosswalkEntry } from '../../../../../shared/model/crosswalk';
import { createCase } from '../../../../../electron/engine/case/case-store';
import { caseRows } from '../../../../support/case-rows';
import { driftscope } from '../../../../support/run-cli';
import { tempFolder } from '../../../../support/temp-folder';

describe('driftscope crosswalk', () => {
  const folder = tempFolder();
  const casePath = join(folder, 'cli.driftcase');

  beforeAll(async () => {
    const { db } = await createCase(casePath, { memoryLimit: '512MB', threads: 2 });
    const rows = await caseRows(db);
    for (const po of ['PO-1', 'PO-2']) {
      await rows.ledger({ system: 'erp', location: 'Atlanta DC', reference: po, sku: 'sku-001', ts: '2026-11-20T09:00:00Z', txn_type: 'receipt', qty_delta: 1 });
      await rows.ledger({ system: 'wms', location: 'ATL1', reference: po, sku: 'SKU-001', ts: '2026-11-20T09:05:00Z', txn_type: 'receipt', qty_delta: 1 });
    }
    await rows.snapshot({ system: 'storefront', location: 'Atlanta Fulfillment Center', sku: 'SKU-001', on_hand: 4 });
    db.close();
  });

  it('prints each value with its identity and how it was matched', async () => {
    const result = await driftscope('crosswalk', '--case', casePath);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Locations: 3 value\(s\) \(2 shared_reference, 1 unmatched\)/);
    expect(result.stdout).toMatch(/erp\s+Atlanta DC\s+atl1\s+shared_reference\s+0\.67\s+2 shared references with wms 'ATL1', e\.g\. PO1 \(100% exclusive\)/);
    expect(result.stdout).toMatch(/storefront\s+Atlanta Fulfillment Center\s+atlantafulfillmentcenter\s+unmatched\s+-\s+no counterpart/);
    expect(result.stdout).toMatch(/erp\s+sku-001\s+SKU-001\s+normalised\s+0\.95\s+wms 'SKU-001', differing only in case/);
  });

  it('sets and removes mappings, then prints the crosswalk as JSON', async () => {
    const set = await driftscope('crosswalk', '--case', casePath, '--set', 'storefront:location:Atlanta Fulfillment Center=Atlanta DC', '--json');
    expect(set.code).toBe(0);
    expect(set.stderr).toContain("Mapped storefront location 'Atlanta Fulfillment Center' to atl1 (set by the user: same as erp 'Atlanta DC')");
    const crosswalk = JSON.parse(set.stdout) as { locations: CrosswalkEntry[]; skus: CrosswalkEntry[] };
    expect(crosswalk.locations.map((entry) => [entry.system, entry.canonical_key, entry.method])).toEqual([
      ['wms', 'atl1', 'shared_reference'],
      ['erp', 'atl1', 'shared_reference'],
      ['storefront', 'atl1', 'user'],
    ]);
    expect(crosswalk.skus.map((entry) => `${entry.system}:${entry.raw_value} -> ${entry.canonical_key}`)).toEqual([
      'erp:sku-001 -> SKU-001',
      'wms:SKU-001 -> SKU-001',
      'storefront:SKU-001 -> SKU-001',
    ]);
    const unset = await driftscope('crosswalk', '--case', casePath, '--unset', 'storefront:location:Atlanta Fulfillment Center', '--kind', 'location');
    expect(unset.stderr).toContain("Removed your mapping of storefront location 'Atlanta Fulfillment Center'");
    expect(unset.stdout).toMatch(/storefront\s+Atlanta Fulfillment Center\s+atlantafulfillmentcenter\s+unmatched/);
  });

  it('exits 2 for a malformed mapping and 1, with one line, for a system the case does not know', async () => {
    const malformed = await driftscope('crosswalk', '--case', casePath, '--set', 'storefront:bin:x=y');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/expected system:kind:raw=canonical/);
    const unknown = await driftscope('crosswalk', '--case', casePath, '--set', 'pos:location:x=y');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('driftscope: Unknown system "pos": the case knows erp, middleware, storefront, wms');
  });
});
