// Keyset paging, materialised copies and row location must give exactly what OFFSET paging gives, on real DuckDB,
// for sorts with ties and NULLs in both directions, with filters and quick-find.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterModel, PageRow, SortSpec, ViewQuery } from '../../../../../shared/model/page';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { createCase } from '../../../../../electron/engine/case/case-store';
import { tempFolder } from '../../../../support/temp-folder';
import { getTablePage } from '../../../../../electron/engine/query/table-page';
import { locateRow } from '../../../../../electron/engine/query/locate-row';
import { closeViewCache, forgetViews, viewCache, type ViewTuning } from '../../../../../electron/engine/query/view-cache';
import { viewOf } from '../../../../../electron/engine/query/table-view';

const ROWS = 400;

const TABLE_SQL = `CREATE TABLE ev AS
SELECT 1 + i // 200 AS source_id,
       i % 200 + 2 AS line_number,
       i AS id,
       CASE WHEN i % 11 = 0 THEN NULL ELSE 'SKU-' || lpad((i * 7 % 13)::VARCHAR, 2, '0') END AS sku,
       (['success', 'error', 'retried'])[1 + i * 5 % 3] AS status,
       CASE WHEN i % 17 = 0 THEN NULL
            ELSE TIMESTAMPTZ '2026-11-01 00:00:00+00' + to_seconds((i * 37 % 101) * 1.5) END AS ts,
       CASE WHEN i % 13 = 0 THEN NULL ELSE (i * 3 % 7) / 4.0 END AS qty,
       CAST(i % 9 AS DECIMAL(10, 3)) / 8 AS amount,
       DATE '2026-11-01' + (i % 4)::INTEGER AS day,
       i % 4 = 0 AS flag,
       'note ' || (i % 23)::VARCHAR || CASE WHEN i % 50 = 0 THEN ' Ghost' ELSE '' END AS note
FROM range(${ROWS}) AS t(i)`;

/** Scatter is measured in row groups of 16 rows here, so the copy tuning sees every sorted view as scattered. */
const KEYSET: ViewTuning = { window: 7, smallTableRows: 0, groupRows: 1 << 20, scatteredRowGroups: 1e9, maxViews: 3, maxCopies: 1 };
const COPY: ViewTuning = { ...KEYSET, groupRows: 1, scatteredRowGroups: 0 };

const VIEWS: { name: string; sort: SortSpec[]; filter?: FilterModel; quickFind?: string }[] = [
  { name: 'table order', sort: [] },
  { name: 'ts asc (NULLs)', sort: [{ column: 'ts', direction: 'asc' }] },
  { name: 'ts desc (NULLs)', sort: [{ column: 'ts', direction: 'desc' }] },
  { name: 'sku asc (ties, NULLs)', sort: [{ column: 'sku', direction: 'asc' }] },
  { name: 'sku desc, status asc', sort: [{ column: 'sku', direction: 'desc' }, { column: 'status', direction: 'asc' }] },
  {
    name: 'status desc, filtered',
    sort: [{ column: 'status', direction: 'desc' }],
    filter: { qty: { filterType: 'number', type: 'greaterThan', filter: 0.5 } },
  },
  {
    name: 'qty asc, set filter with NULL, quick-find',
    sort: [{ column: 'qty', direction: 'asc' }],
    filter: { sku: { filterType: 'set', values: ['SKU-03', 'SKU-05', null] } },
    quickFind: 'NOTE 1',
  },
  { name: 'amount desc, day asc', sort: [{ column: 'amount', direction: 'desc' }, { column: 'day', direction: 'asc' }] },
  { name: 'flag asc, qty desc', sort: [{ column: 'flag', direction: 'asc' }, { column: 'qty', direction: 'desc' }] },
];

const folder = tempFolder();
let cases = 0;

async function openDatabase(): Promise<CaseDatabase> {
  cases += 1;
  const { db } = await createCase(join(folder, `keyset-${cases}.driftcase`), { memoryLimit: '256MB', threads: 2 });
  await db.run(TABLE_SQL);
  return db;
}

/** The reference: every row of the view by plain ORDER BY ... OFFSET, written here independently of the engine. */
async function referenceIds(db: CaseDatabase, view: (typeof VIEWS)[number]): Promise<string[]> {
  const where: string[] = [];
  if (view.name.startsWith('status desc')) where.push('qty > 0.5');
  if (view.name.startsWith('qty asc')) {
    where.push("(sku IN ('SKU-03', 'SKU-05') OR sku IS NULL)");
    where.push("(contains(lower(sku), 'note 1') OR contains(lower(status), 'note 1') OR contains(lower(note), 'note 1'))");
  }
  const order = [...view.sort.map((s) => `${s.column} ${s.direction.toUpperCase()} NULLS LAST`), 'rowid'].join(', ');
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM ev ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order}`,
  );
  return rows.map((row) => String(row.id));
}

const ids = (rows: PageRow[]) => rows.map((row) => String(row.id));

async function waitForCopy(db: CaseDatabase, query: ViewQuery): Promise<void> {
  const { info, version } = await viewCache(db).table('ev');
  const cached = viewCache(db).view(viewOf(info, query), version);
  await cached.index;
  for (let i = 0; i < 200 && cached.copy === null; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(cached.copy).not.toBeNull();
}

describe.each([
  ['keyset pages from anchors', KEYSET],
  ['pages from materialised copies', COPY],
])('%s', (_label, tuning) => {
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await openDatabase();
    viewCache(db, tuning);
  });
  afterAll(async () => {
    await closeViewCache(db);
    db.close();
  });

  it.each(VIEWS)('pages $name exactly as OFFSET would', async (view) => {
    const expected = await referenceIds(db, view);
    const query = { table: 'ev', sort: view.sort, filter: view.filter, quickFind: view.quickFind };
    // The first request builds the index; pages near the top are answered by OFFSET meanwhile.
    await getTablePage(db, { ...query, startRow: 0, endRow: 5 });
    if (tuning === COPY && view.sort.length > 0) await waitForCopy(db, query);
    // Pages of one row at and around anchors (every 7th row), then runs of pages straddling anchors, to the end.
    const pages = [0, 6, 7, 8, 13, 14, 15, expected.length - 1].map((start) => [start, start + 1]);
    for (const size of [10, 23]) {
      for (let start = 3; start < expected.length + size; start += size) pages.push([start, start + size]);
    }
    for (const [start, end] of pages as [number, number][]) {
      const page = await getTablePage(db, { ...query, startRow: start, endRow: end });
      expect(ids(page.rows), `${view.name}: rows ${start} to ${end}`).toEqual(expected.slice(start, end));
      expect(page.rowCount).toBe(expected.length);
    }
  });

  it.each(VIEWS)('locates rows of $name at their OFFSET index', async (view) => {
    const expected = await referenceIds(db, view);
    const query = { table: 'ev', sort: view.sort, filter: view.filter, quickFind: view.quickFind };
    await getTablePage(db, { ...query, startRow: 0, endRow: 5 });
    if (tuning === COPY && view.sort.length > 0) await waitForCopy(db, query);
    for (const id of [0, 11, 17, 34, 50, 143, 199, 200, 286, 399]) {
      const located = await locateRow(db, { ...query, source_id: 1 + Math.floor(id / 200), line_number: (id % 200) + 2 });
      const index = expected.indexOf(String(id));
      expect(located, `${view.name}: row ${id}`).toEqual({ index: index === -1 ? null : index, inTable: true });
    }
    expect(await locateRow(db, { ...query, source_id: 9, line_number: 2 })).toEqual({ index: null, inTable: false });
  });
});

describe('the view cache', () => {
  it('keeps only a few views, and starts afresh when the table’s rows change', async () => {
    const db = await openDatabase();
    const cache = viewCache(db, { ...KEYSET, maxViews: 2 });
    const { info, version } = await cache.table('ev');
    const byTs = viewOf(info, { table: 'ev', sort: [{ column: 'ts', direction: 'asc' }] });
    const first = cache.view(byTs, version);
    cache.view(viewOf(info, { table: 'ev', sort: [{ column: 'sku', direction: 'asc' }] }), version);
    cache.view(viewOf(info, { table: 'ev', sort: [{ column: 'qty', direction: 'asc' }] }), version);
    expect(cache.peek(byTs, version)).toBeNull();
    await first.index.catch(() => undefined);

    const sorted = { table: 'ev', sort: [{ column: 'qty', direction: 'asc' as const }] };
    expect((await getTablePage(db, { ...sorted, startRow: 390, endRow: 410 })).rowCount).toBe(ROWS);
    await db.run('INSERT INTO ev SELECT * FROM ev WHERE id < 10');
    const after = await getTablePage(db, { ...sorted, startRow: 400, endRow: 410 });
    expect(after.rowCount).toBe(ROWS + 10);
    expect(after.rows).toHaveLength(10);
    await closeViewCache(db);
    db.close();
  });

  it('pages rows rewritten in place afresh once its views are let go', async () => {
    const db = await openDatabase();
    viewCache(db, KEYSET);
    const byTs = { table: 'ev', sort: [{ column: 'ts', direction: 'asc' as const }] };
    const firstPage = async () => ids((await getTablePage(db, { ...byTs, startRow: 0, endRow: 5 })).rows);
    // A far page builds the view's index; the rewrite keeps the row count, so the table's version stays the same.
    await getTablePage(db, { ...byTs, startRow: 300, endRow: 310 });
    await db.run("UPDATE ev SET ts = ts - INTERVAL 30 DAY WHERE id >= 390");
    forgetViews(db);
    const expected = (await referenceIds(db, { name: 'ts asc (NULLs)', sort: byTs.sort })).slice(0, 5);
    expect(await firstPage()).toEqual(expected);
    expect(ids((await getTablePage(db, { ...byTs, startRow: 300, endRow: 310 })).rows)).toEqual(
      (await referenceIds(db, { name: 'ts asc (NULLs)', sort: byTs.sort })).slice(300, 310),
    );
    await closeViewCache(db);
    db.close();
  });
});
