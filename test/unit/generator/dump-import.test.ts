// Generated dumps through the real importer: every file recognised by its intended preset, every row accounted for.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FilterModel } from '../../../shared/model/page';
import { NAIVE_AS_UTC_RULE } from '../../../electron/engine/ingest/zone-policy';
import { generateDump } from '../../../test/generator/generate-dump';
import { engineWithCase, unwrap } from '../../support/engine-harness';
import { tempFolder } from '../../support/temp-folder';

const PATHS = ['erp->wms', 'wms->erp', 'wms->storefront', 'erp->storefront'];

describe.each([1, 2, 3])('the dump of seed %i', (seed) => {
  const folder = tempFolder(`driftscope-dump-${seed}-`);

  it('imports with each file recognised, loaded and rejected exactly as the ground truth says', async () => {
    const dump = join(folder, 'dump');
    const truth = await generateDump({ seed, outDir: dump, skus: 60, days: 3 });
    const { service } = await engineWithCase(folder);
    const summary = unwrap(
      await service.handlers.importFiles({ paths: truth.files.map((file) => join(dump, file.path)), timeZones: truth.time_zones }),
    );
    const outcomes = Object.fromEntries(summary.files.map((file) => [file.relativePath, file]));
    for (const file of truth.files) {
      const outcome = outcomes[file.path.split('/').pop() ?? ''];
      expect(outcome, file.path).toBeDefined();
      expect([outcome?.status, outcome?.presetId], file.path).toEqual(['loaded', file.preset]);
      expect(outcome?.tzRule, `${file.path}: the ground truth's zones cover every naive time`).not.toBe(NAIVE_AS_UTC_RULE);
      const counts = [outcome?.rowsLoaded, outcome?.rowsRejected];
      expect(counts, `${file.path}: ${outcome?.message}`).toEqual([file.records, file.malformed_lines.length]);
    }

    const count = async (table: string, filter: FilterModel): Promise<number> =>
      unwrap(await service.handlers.getTablePage({ table, startRow: 0, endRow: 1, filter })).rowCount;
    const text = (type: 'equals' | 'notEqual', filter: string) => ({ filterType: 'text' as const, type, filter });
    expect(await count('events', { event_type: text('equals', 'other') })).toBe(0);
    expect(await count('events', { status: text('equals', 'unknown') })).toBe(0);
    expect(
      await count('events', { path: { filterType: 'text', operator: 'AND', conditions: PATHS.map((path) => text('notEqual', path)) } }),
    ).toBe(0);
    const consumptionRows = truth.verdicts
      .filter((verdict) => verdict.cluster === 'phantom_shrinkage')
      .reduce((sum, verdict) => sum + verdict.references.length, 0);
    expect(await count('ledger', { system: text('equals', 'wms'), txn_type: text('equals', 'other') })).toBeLessThanOrEqual(consumptionRows);
    // In the ERP only return authorizations are `other`: NetSuite posts the return on the receipt created from one.
    const authorizations = { filterType: 'text' as const, operator: 'OR' as const, conditions: ['Return Authorization', 'RtnAuth'].map((raw) => text('equals', raw)) };
    expect(await count('ledger', { system: text('equals', 'erp'), txn_type: text('equals', 'other') })).toBe(
      await count('ledger', { system: text('equals', 'erp'), txn_type_raw: authorizations }),
    );
    const rejects = unwrap(await service.handlers.getTablePage({ table: 'rejects', startRow: 0, endRow: 100 })).rows;
    expect(rejects.map((row) => Number(row.line_number)).sort((a, b) => a - b)).toEqual(
      truth.files.flatMap((file) => file.malformed_lines).sort((a, b) => a - b),
    );
  });
});
