// A WMS that lists a SKU's stock by bin, lot or licence plate holds the SKU's level as the sum of those rows.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectorCase } from '../../../../support/detector-case';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-03-04T18:00:00Z';
const EARLIER = '2026-03-03T18:00:00Z';

describe('stock listed by bin', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'bins.driftcase', AS_OF, async (rows) => {
      await rows.snapshot({ system: 'erp', sku: '00881', on_hand: 24, captured_at: AS_OF });
      await rows.snapshot({ system: 'wms', sku: '00881', on_hand: 18, captured_at: AS_OF });
      await rows.snapshot({ system: 'wms', sku: '00881', on_hand: 6, captured_at: AS_OF });
      // A file holding two captures of one SKU: the later one is its level, not the sum of both.
      await rows.snapshot({ system: 'erp', sku: 'KX-200', on_hand: 40, captured_at: AS_OF });
      await rows.snapshot({ system: 'wms', sku: 'KX-200', on_hand: 35, captured_at: EARLIER });
      await rows.snapshot({ system: 'wms', sku: 'KX-200', on_hand: 40, captured_at: AS_OF });
    });
    return () => db.close();
  });

  it('adds up the rows of one capture, and keeps captures apart', async () => {
    const drift = await db.query<{ sku: string; wms: number; erp: number; status: string }>(
      'SELECT sku, wms, erp, status FROM analysis_drift ORDER BY sku',
    );
    expect(drift).toEqual([
      { sku: '00881', wms: 24, erp: 24, status: 'agree' },
      { sku: 'KX-200', wms: 40, erp: 40, status: 'agree' },
    ]);
  });
});
