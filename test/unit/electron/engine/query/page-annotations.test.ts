// Grid pages carry the event annotations of exactly their annotated rows, looked up for the page's rows only.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageRequest, PageResponse, PageRow } from '../../../../../shared/model/page';
import { engineWithCase, unwrap, type EngineHarness } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', '..', '..', 'resources', 'sample');
const ZONES = ['erp=America/New_York', 'wms=America/New_York', 'storefront=America/New_York'];

const target = (row: PageRow | undefined) => ({ kind: 'event' as const, source_id: Number(row?.source_id), line_number: Number(row?.line_number) });

/** The page's annotated rows as `source:line` with their tags, read off the rows the indexes point at. */
function annotatedRows(page: PageResponse): Record<string, string[]> {
  return Object.fromEntries(
    (page.annotated ?? []).map(({ index, notes }) => {
      const row = page.rows[index];
      return [`${String(row?.source_id)}:${String(row?.line_number)}`, notes.map((note) => note.tag)];
    }),
  );
}

describe('annotations on grid pages', () => {
  const folder = tempFolder();
  let harness: EngineHarness;
  const page = async (request: Partial<PageRequest> & { table: string }) =>
    unwrap(await harness.service.handlers.getTablePage({ startRow: 0, endRow: 100, ...request }));

  beforeAll(async () => {
    harness = await engineWithCase(folder);
    unwrap(await harness.service.handlers.importFiles({ paths: [SAMPLE], timeZones: ZONES }));
  }, 60_000);

  it('marks exactly the annotated rows of the page, with every note oldest first', async () => {
    const first = await page({ table: 'events' });
    expect(first.annotated).toEqual([]);
    const [a, b] = [first.rows[3], first.rows[57]];
    const beyond = (await page({ table: 'events', startRow: 100, endRow: 200 })).rows[10];
    const service = harness.service.handlers;
    unwrap(await service.saveAnnotation({ target: target(a), tag: 'note', comment: 'first look <b>odd</b>' }));
    unwrap(await service.saveAnnotation({ target: target(a), tag: 'confirmed_root_cause', comment: 'client confirmed' }));
    unwrap(await service.saveAnnotation({ target: target(b), tag: 'false_positive', comment: '' }));
    unwrap(await service.saveAnnotation({ target: target(beyond), tag: 'note', comment: 'on the next page' }));

    const again = await page({ table: 'events' });
    expect(again.annotated?.map((row) => row.index)).toEqual([3, 57]);
    expect(again.annotated?.[0]?.notes).toEqual([
      { tag: 'note', comment: 'first look <b>odd</b>' },
      { tag: 'confirmed_root_cause', comment: 'client confirmed' },
    ]);
    expect(annotatedRows(again)).toEqual({
      [`${String(a?.source_id)}:${String(a?.line_number)}`]: ['note', 'confirmed_root_cause'],
      [`${String(b?.source_id)}:${String(b?.line_number)}`]: ['false_positive'],
    });
    // The next page holds only its own annotated row, at its index there.
    const next = await page({ table: 'events', startRow: 100, endRow: 200 });
    expect(next.annotated).toEqual([{ index: 10, notes: [{ tag: 'note', comment: 'on the next page' }] }]);
  });

  it('follows the row wherever the view puts it: sorted, filtered, one row long', async () => {
    const first = await page({ table: 'events' });
    const a = first.rows[3];
    const only = await page({
      table: 'events',
      filter: { line_number: { filterType: 'number', type: 'equals', filter: Number(a?.line_number) } },
      sort: [{ column: 'source_id', direction: 'desc' }],
    });
    const index = only.rows.findIndex((row) => row.source_id === a?.source_id);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(only.annotated?.map((row) => row.index)).toEqual([index]);
  });

  it('marks ledger rows too, and leaves tables whose rows are no canonical row unmarked', async () => {
    const ledger = await page({ table: 'ledger', startRow: 20, endRow: 40 });
    const row = ledger.rows[5];
    const saved = unwrap(await harness.service.handlers.saveAnnotation({ target: target(row), tag: 'note', comment: 'ledger line' }));
    expect(saved.table).toBe('ledger');
    expect((await page({ table: 'ledger', startRow: 20, endRow: 40 })).annotated).toEqual([
      { index: 5, notes: [{ tag: 'note', comment: 'ledger line' }] },
    ]);
    // The same file and line in another table's page is that table's own row, not an event: no badge.
    expect((await page({ table: 'sources' })).annotated).toBeUndefined();
    expect((await page({ table: 'annotations' })).annotated).toBeUndefined();
    expect((await page({ table: 'events', startRow: 100_000, endRow: 100_100 })).annotated).toEqual([]);
  });

  it('drops the mark once the annotation is deleted', async () => {
    const all = unwrap(await harness.service.handlers.listAnnotations({ kind: 'event' }));
    for (const annotation of all) unwrap(await harness.service.handlers.deleteAnnotation({ id: annotation.id }));
    expect((await page({ table: 'events' })).annotated).toEqual([]);
    expect((await page({ table: 'events', startRow: 100, endRow: 200 })).annotated).toEqual([]);
    expect((await page({ table: 'ledger', startRow: 20, endRow: 40 })).annotated).toEqual([]);
  });
});
