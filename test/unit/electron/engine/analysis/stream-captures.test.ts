// A stream of levels stamped one by one (webhooks kept as snapshots) is history: the snapshot files' capture is the
// as-of instant, and a file copied long after its export is dated by them, not by the stream's last level.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareAnalysis, resolveAsOf } from '../../../../../electron/engine/analysis/prepare-analysis';
import { createCase } from '../../../../../electron/engine/case/case-store';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { addSource, caseRows } from '../../../../support/case-rows';
import { tempFolder } from '../../../../support/temp-folder';

describe('levels captured one by one beside snapshot files', () => {
  const folder = tempFolder();
  let db: CaseDatabase;
  let asOf = '';
  let captures: { file_name: string; capture_ts: string }[] = [];

  beforeAll(async () => {
    ({ db } = await createCase(join(folder, 'streams.driftcase'), { memoryLimit: '512MB', threads: 2 }));
    const rows = await caseRows(db);
    const wms = await addSource(db, { file: 'wms/levels.csv', system: 'wms', kind: 'snapshots', table: 'snapshots' });
    // Copied to the consultant's laptop weeks later: its file time says nothing.
    const erp = await addSource(db, { file: 'erp/balance.csv', system: 'erp', kind: 'snapshots', table: 'snapshots', modifiedAt: '2026-11-27T10:00:00Z' });
    const hooks = await addSource(db, { file: 'storefront/webhooks.jsonl', system: 'storefront', kind: 'snapshots', table: 'snapshots' });
    for (const sku of ['A-1', 'A-2', 'A-3']) {
      await rows.snapshot({ source: wms, system: 'wms', sku, on_hand: 10, captured_at: '2026-10-28T06:00:00Z' });
      await rows.snapshot({ source: erp, system: 'erp', sku, on_hand: 10 });
    }
    await rows.snapshot({ source: hooks, system: 'storefront', sku: 'A-1', on_hand: null, available: 9, captured_at: '2026-10-28T07:12:00Z' });
    await rows.snapshot({ source: hooks, system: 'storefront', sku: 'A-2', on_hand: null, available: 8, captured_at: '2026-10-28T08:40:00Z' });
    await rows.snapshot({ source: hooks, system: 'storefront', sku: 'A-1', on_hand: null, available: 7, captured_at: '2026-10-28T09:02:31Z' });
    await db.withSession(async (session) => {
      await prepareAnalysis(session);
      asOf = await resolveAsOf(session, null);
      captures = await session.query(
        `SELECT s.file_name, strftime(c.capture_ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS capture_ts
         FROM analysis_source_capture c JOIN sources s USING (source_id) ORDER BY s.source_id`,
      );
    });
  });

  afterAll(() => db.close());

  it('takes the snapshot files’ capture as the as-of instant, not the stream’s last level', () => {
    expect(asOf).toBe('2026-10-28T06:00:00.000Z');
  });

  it('dates a file copied long after its export by the snapshot files’ capture', () => {
    expect(captures.find((row) => row.file_name === 'balance.csv')?.capture_ts).toBe('2026-10-28T06:00:00Z');
  });
});
