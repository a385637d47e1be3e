// The last known-good moment: an agreement that held only between the two legs of one document does not count.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../../../electron/engine/case/case-store';
import { createEngineService, type EngineService } from '../../../../../electron/engine/engine-service';
import type { Findings } from '../../../../../shared/model/findings';
import { caseRows } from '../../../../support/case-rows';
import { unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-11-20T18:00:00Z';
const at = (hhmm: string): string => `2026-11-20T${hhmm}:00Z`;

describe('last known-good moment and first divergence', () => {
  const folder = tempFolder();
  const casePath = join(folder, 'known-good.driftcase');
  let service: EngineService;
  let findings: Findings;

  beforeAll(async () => {
    const { db } = await createCase(casePath, { memoryLimit: '512MB', threads: 2 });
    const rows = await caseRows(db);
    // Both systems start at 20. The ERP fulfils SO1, which the WMS never ships (the fault). Later the WMS ships SO2:
    // for the five minutes until the ERP fulfils SO2 too, both say 17 by chance.
    await rows.ledger({ system: 'erp', sku: 'GHOST', ts: at('10:00'), txn_type: 'fulfillment', qty_delta: -3, reference: 'SO1' });
    await rows.ledger({ system: 'wms', sku: 'GHOST', ts: at('12:00'), txn_type: 'ship', qty_delta: -3, reference: 'SO2' });
    await rows.ledger({ system: 'erp', sku: 'GHOST', ts: at('12:05'), txn_type: 'fulfillment', qty_delta: -3, reference: 'SO2' });
    await rows.snapshot({ system: 'erp', sku: 'GHOST', on_hand: 14, captured_at: AS_OF });
    await rows.snapshot({ system: 'wms', sku: 'GHOST', on_hand: 17, captured_at: AS_OF });
    // A real agreement: SO3 shipped and fulfilled, then a WMS count nobody sent on breaks it.
    await rows.ledger({ system: 'wms', sku: 'COUNT', ts: at('10:00'), txn_type: 'ship', qty_delta: -3, reference: 'SO3' });
    await rows.ledger({ system: 'erp', sku: 'COUNT', ts: at('10:02'), txn_type: 'fulfillment', qty_delta: -3, reference: 'SO3' });
    await rows.ledger({ system: 'wms', sku: 'COUNT', ts: at('10:30'), txn_type: 'cycle_count', qty_delta: -2, reference: 'CC-1' });
    await rows.snapshot({ system: 'erp', sku: 'COUNT', on_hand: 17, captured_at: AS_OF });
    await rows.snapshot({ system: 'wms', sku: 'COUNT', on_hand: 15, captured_at: AS_OF });
    db.close();
    service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: '512MB', threads: 2 } });
    unwrap(await service.handlers.openCase({ path: casePath }));
    findings = unwrap(await service.handlers.analyzeCase({ as_of: AS_OF }));
  });
  afterAll(() => service.close());

  const checklistOf = (sku: string) => findings.verdicts.find((verdict) => verdict.sku === sku)?.checklist;

  it('skips an agreement held only while one order was between its WMS and ERP legs', () => {
    expect(checklistOf('GHOST')).toMatchObject({ last_known_good: null, first_divergence: '2026-11-20T10:00:00.000Z' });
  });

  it('keeps an agreement that the other system’s change of another quantity ended', () => {
    expect(checklistOf('COUNT')).toMatchObject({
      last_known_good: '2026-11-20T10:02:00.000Z',
      first_divergence: '2026-11-20T10:30:00.000Z',
    });
  });
});
