// Chain of custody (re-hashing originals) and cancelling an import, which must leave the case as it was.
import { appendFileSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../../../shared/model/import';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

describe('verifySources', () => {
  const folder = tempFolder();

  it('reports originals that are unchanged, changed or missing, at their path or under a new root', async () => {
    const exports = join(folder, 'exports');
    mkdirSync(join(exports, 'wms'), { recursive: true });
    copyFileSync(join(FIXTURES, 'csv', 'bom-crlf.csv'), join(exports, 'wms', 'on-hand.csv'));
    copyFileSync(join(FIXTURES, 'jsonl', 'events-nasty.jsonl'), join(exports, 'events.jsonl'));
    copyFileSync(join(FIXTURES, 'csv', 'tabs.tsv'), join(exports, 'extra.tsv'));
    const harness = await engineWithCase(folder);
    unwrap(await harness.service.handlers.importFiles({ paths: [exports] }));

    const clean = unwrap(await harness.service.handlers.verifySources({ root: null }));
    expect(clean).toMatchObject({ unchanged: 3, changed: 0, missing: 0 });

    appendFileSync(join(exports, 'events.jsonl'), '{"tampered":true}\n');
    rmSync(join(exports, 'extra.tsv'));
    const report = unwrap(await harness.service.handlers.verifySources({ root: null }));
    expect(report).toMatchObject({ unchanged: 1, changed: 1, missing: 1 });
    expect(report.checks.find((check) => check.path.endsWith('events.jsonl'))).toMatchObject({ status: 'changed' });

    const moved = join(folder, 'moved');
    mkdirSync(join(moved, 'wms'), { recursive: true });
    copyFileSync(join(exports, 'wms', 'on-hand.csv'), join(moved, 'wms', 'on-hand.csv'));
    const elsewhere = unwrap(await harness.service.handlers.verifySources({ root: moved }));
    expect(elsewhere.checks.find((check) => check.path === join(moved, 'wms', 'on-hand.csv'))).toMatchObject({ status: 'unchanged' });
  });
});

describe('cancelImport', () => {
  const folder = tempFolder();

  it('stops the file being loaded and rolls it back, leaving no rows and no manifest entry', async () => {
    const big = join(folder, 'big-events.csv');
    const generator = await CaseDatabase.open(':memory:');
    await generator.run(
      `COPY (SELECT 'E' || i AS event_id, '2026-11-02T08:00:00Z' AS occurred_at, 'receipt' AS event_type,
                    'success' AS status, 'SKU-' || (i % 5000) AS sku, i % 7 AS qty
             FROM range(3000000) t(i)) TO $path (HEADER)`,
      { path: big },
    );
    generator.close();
    const harness = await engineWithCase(folder);
    const running = harness.service.handlers.importFiles({ paths: [big] });
    // Cancel once DuckDB reports the file's load under way, which also shows progress inside one file is pushed.
    const loading = () =>
      harness.events.some((entry) => {
        const fraction = (entry.payload as ImportProgress).fileFraction;
        return entry.event === 'onImportProgress' && fraction !== null && fraction !== undefined && fraction > 0 && fraction < 1;
      });
    for (let waited = 0; !loading() && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loading()).toBe(true);
    expect(unwrap(await harness.service.handlers.cancelImport({}))).toEqual({ cancelled: true });
    const summary = unwrap(await running);
    expect(summary.files[0]).toMatchObject({ status: 'cancelled', rowsLoaded: 0 });
    const tables = unwrap(await harness.service.handlers.listTables({}));
    expect(tables.find((table) => table.name === 'events')?.rowCount).toBe(0);
    expect(tables.find((table) => table.name === 'sources')?.rowCount).toBe(0);
    expect(unwrap(await harness.service.handlers.cancelImport({}))).toEqual({ cancelled: false });
  });
});
