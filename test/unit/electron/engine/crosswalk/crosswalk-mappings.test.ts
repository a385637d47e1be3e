// The consultant's crosswalk mappings: set, always winning, kept through re-inference, removed; and refused input.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../../../electron/engine/case/case-store';
import { createEngineService, type EngineService } from '../../../../../electron/engine/engine-service';
import { caseRows } from '../../../../support/case-rows';
import { unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';
import { at, mappings } from './crosswalk-case';

describe('crosswalk mappings through the engine service', () => {
  const folder = tempFolder('driftscope-crosswalk-');
  const casePath = join(folder, 'mappings.driftcase');
  let service: EngineService;

  const locations = async () => unwrap(await service.handlers.listCrosswalk({ kind: 'location' })).entries;

  beforeAll(async () => {
    const { db } = await createCase(casePath, { memoryLimit: '512MB', threads: 2 });
    const rows = await caseRows(db);
    for (const po of ['PO-1', 'PO-2', 'PO-3']) {
      await rows.ledger({ system: 'erp', location: 'Main Warehouse', reference: po, sku: 'W-1', ts: at('09:00'), txn_type: 'receipt', qty_delta: 1 });
      await rows.ledger({ system: 'wms', location: 'WH-01', reference: po, sku: 'W-1', ts: at('09:05'), txn_type: 'receipt', qty_delta: 1 });
    }
    await rows.snapshot({ system: 'storefront', location: 'Store 9', sku: 'WIDGET', on_hand: 3 });
    db.close();
    service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: '512MB', threads: 2 } });
    unwrap(await service.handlers.openCase({ path: casePath }));
  });
  afterAll(() => service.close());

  it('infers the crosswalk of a case built before it existed on first need', async () => {
    expect(mappings(await locations())).toEqual([
      'erp:Main Warehouse -> wh01',
      'storefront:Store 9 -> store9',
      'wms:WH-01 -> wh01',
    ]);
    const page = unwrap(await service.handlers.listCrosswalk({ kind: 'location', search: 'store', limit: 1 }));
    expect(page).toMatchObject({ total: 1, entries: [{ raw_value: 'Store 9', method: 'unmatched' }] });
    expect(page.methods).toEqual([
      { method: 'shared_reference', count: 2 },
      { method: 'unmatched', count: 1 },
    ]);
  });

  it('joins a value to the identity another system spelling names, and lets it win over the inference', async () => {
    const store = unwrap(
      await service.handlers.setCrosswalkMapping({ kind: 'location', system: 'storefront', raw: 'store 9', canonical: 'Main Warehouse' }),
    );
    expect(store).toMatchObject({
      raw_value: 'Store 9',
      canonical_key: 'wh01',
      method: 'user',
      evidence: "set by the user: same as erp 'Main Warehouse'",
      confidence: 1,
      matched_system: 'erp',
    });
    const erp = unwrap(
      await service.handlers.setCrosswalkMapping({ kind: 'location', system: 'erp', raw: 'Main Warehouse', canonical: 'Main Annex' }),
    );
    expect(erp).toMatchObject({ canonical_key: 'mainannex', evidence: "set by the user: an identity of its own, 'mainannex'" });
    expect(mappings(await locations())).toEqual([
      'erp:Main Warehouse -> mainannex',
      'storefront:Store 9 -> wh01',
      'wms:WH-01 -> wh01',
    ]);
  });

  it('keeps the mappings through a re-inference after an import', async () => {
    const more = join(folder, 'more.csv');
    writeFileSync(more, 'sku,warehouse,on_hand,allocated,available,updated_at\nW-1,WH-01,3,0,3,2026-11-20T10:00:00Z\n');
    const summary = unwrap(await service.handlers.importFiles({ paths: [more] }));
    expect(summary.files[0]?.status).toBe('loaded');
    const entries = await locations();
    // Re-inferred: the WMS warehouse now counts the new snapshot row beside its three receipts.
    expect(entries.find((entry) => entry.raw_value === 'WH-01')?.records).toBe(4);
    expect(mappings(entries)).toEqual([
      'erp:Main Warehouse -> mainannex',
      'storefront:Store 9 -> wh01',
      'wms:WH-01 -> wh01',
    ]);
  });

  it('removes a mapping, so the inferred identity applies again', async () => {
    expect(unwrap(await service.handlers.removeCrosswalkMapping({ kind: 'location', system: 'erp', raw: 'MAIN WAREHOUSE' }))).toEqual({
      removed: true,
    });
    expect(unwrap(await service.handlers.removeCrosswalkMapping({ kind: 'location', system: 'erp', raw: 'Main Warehouse' }))).toEqual({
      removed: false,
    });
    const main = (await locations()).find((entry) => entry.raw_value === 'Main Warehouse');
    expect(main).toMatchObject({ canonical_key: 'wh01', method: 'shared_reference', support: 3 });
  });

  it('maps a SKU to the spelling another system writes', async () => {
    const widget = unwrap(await service.handlers.setCrosswalkMapping({ kind: 'sku', system: 'storefront', raw: 'WIDGET', canonical: ' W-1 ' }));
    expect(widget).toMatchObject({ canonical_key: 'W-1', method: 'user', evidence: "set by the user: same as erp 'W-1'", records: 1 });
    expect(mappings(unwrap(await service.handlers.listCrosswalk({ kind: 'sku' })).entries)).toEqual(['storefront:WIDGET -> W-1']);
  });

  it('refuses a system the case does not know, a value with nothing to compare, and malformed requests', async () => {
    const unknown = await service.handlers.setCrosswalkMapping({ kind: 'location', system: 'wsm', raw: 'WH-01', canonical: 'x' });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/Unknown system "wsm"/) });
    const empty = await service.handlers.setCrosswalkMapping({ kind: 'location', system: 'wms', raw: '--', canonical: 'x' });
    expect(empty.ok ? null : empty.error.message).toMatch(/no letters or digits/);
    const target = await service.handlers.setCrosswalkMapping({ kind: 'location', system: 'wms', raw: 'WH-01', canonical: '#' });
    expect(target.ok ? null : target.error.message).toMatch(/"#" has no letters or digits/);
    const kind = await service.handlers.listCrosswalk({ kind: 'bin' } as never);
    expect(kind.ok ? null : kind.error.code).toBe('bad_request');
  });
});
