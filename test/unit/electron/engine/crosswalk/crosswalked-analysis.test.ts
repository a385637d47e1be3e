// Analysis on crosswalked identities: the hand-made scenario gives the same verdicts whatever each system calls things.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../../../electron/engine/case/case-store';
import { createEngineService, type EngineService } from '../../../../../electron/engine/engine-service';
import type { Findings } from '../../../../../shared/model/findings';
import { caseRows, type CaseRows } from '../../../../support/case-rows';
import { buildScenario } from '../../../../support/drift-scenario';
import { unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

type System = 'erp' | 'wms' | 'storefront';

/** Each system's own name for the one warehouse, and the ERP writing SKUs in lower case. */
const NAMES: Record<System, string> = { erp: 'Main Warehouse', wms: 'WH-01', storefront: '40021' };
const spell = (system: string, sku: string): string => (system === 'erp' ? sku.toLowerCase() : sku);
const named = (system: string): string => NAMES[system as System];

/** The rows as systems that name things their own way write them; the middleware relays its source's spelling. */
function ownNames(rows: CaseRows): CaseRows {
  return {
    snapshot: (row) => rows.snapshot({ ...row, sku: spell(row.system, row.sku), location: named(row.system) }),
    ledger: (row) => rows.ledger({ ...row, sku: spell(row.system, row.sku), location: named(row.system) }),
    event: (row) => {
      const source = row.path?.split('->')[0] ?? 'erp';
      return rows.event({ ...row, sku: row.sku == null ? row.sku : spell(source, row.sku), location: named(source) });
    },
  };
}

const verdictKeys = (findings: Findings) =>
  findings.verdicts
    .map(({ sku, cluster, units, drift }) => `${sku} ${cluster} ${units} erp=${drift.erp} wms=${drift.wms} storefront=${drift.storefront}`)
    .sort();

describe('analysis of a case whose systems name the warehouse and SKUs each their own way', () => {
  const folder = tempFolder('driftscope-crosswalk-');
  let service: EngineService;
  let alike: Findings;
  let own: Findings;

  const analyse = async (name: string, build: (rows: CaseRows) => Promise<void>): Promise<Findings> => {
    const path = join(folder, name);
    const { db } = await createCase(path, { memoryLimit: '512MB', threads: 2 });
    await build(await caseRows(db));
    db.close();
    unwrap(await service.handlers.openCase({ path }));
    return unwrap(await service.handlers.analyzeCase({}));
  };

  beforeAll(async () => {
    service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: '512MB', threads: 2 } });
    alike = await analyse('alike.driftcase', buildScenario);
    own = await analyse('own-names.driftcase', (rows) => buildScenario(ownNames(rows)));
  }, 60_000);
  afterAll(() => service.close());

  it('finds the same verdicts, on the same figures, as when every system names things alike', () => {
    expect(verdictKeys(own)).toEqual(verdictKeys(alike));
    expect(own.summary).toMatchObject({ skus: alike.summary.skus, drifting: alike.summary.drifting });
    expect(new Set(own.verdicts.map((verdict) => verdict.location))).toEqual(new Set(['WH-01']));
  });

  it('reads a SKU history by any system name of its location', async () => {
    for (const location of ['WH-01', 'Main Warehouse', '40021']) {
      const history = unwrap(await service.handlers.getSkuHistory({ sku: 'PHANTOM', location }));
      expect(history.location).toBe('WH-01');
      expect(history.steps.some((step) => step.system === 'erp')).toBe(true);
    }
  });

  it('follows the consultant: a storefront location mapped apart no longer counts as the warehouse', async () => {
    unwrap(await service.handlers.setCrosswalkMapping({ kind: 'location', system: 'storefront', raw: '40021', canonical: 'Pop-up Store' }));
    const apart = unwrap(await service.handlers.analyzeCase({}));
    const phantom = apart.verdicts.find((verdict) => verdict.sku === 'PHANTOM');
    expect(phantom?.drift).toMatchObject({ erp: 60, wms: 50, storefront: null });
    // Every SKU's storefront figure now stands alone, at a location of its own.
    expect(apart.summary.skus).toBe(alike.summary.skus * 2);
    unwrap(await service.handlers.removeCrosswalkMapping({ kind: 'location', system: 'storefront', raw: '40021' }));
    expect(verdictKeys(unwrap(await service.handlers.analyzeCase({})))).toEqual(verdictKeys(alike));
  });
});
