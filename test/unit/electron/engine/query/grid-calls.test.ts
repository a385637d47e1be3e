// The grid's engine calls through the service: quick-find, the set filter and its value list, locating a row,
// column preferences kept in the case file (hidden from the table list), and export of the view.
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngineService } from '../../../../../electron/engine/engine-service';
import { engineWithCase, unwrap, type EngineHarness } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

describe('grid engine calls', () => {
  const folder = tempFolder();
  let harness: EngineHarness;

  beforeAll(async () => {
    const lines = ['id,sku,qty,note,status'];
    for (let i = 1; i <= 120; i += 1) {
      const note = i % 30 === 0 ? 'Ghost shipment suspected' : i % 7 === 0 ? '' : `ok ${i}`;
      lines.push(`${i},SKU-${String(i % 4).padStart(3, '0')},${i % 9},${note},${i % 10 === 0 ? 'error' : 'success'}`);
    }
    writeFileSync(join(folder, 'events.csv'), `${lines.join('\n')}\n`);
    harness = await engineWithCase(folder);
    unwrap(await harness.service.handlers.importFiles({ paths: [join(folder, 'events.csv')] }));
  });

  const handlers = () => harness.service.handlers;

  it('finds text across the text columns, case-insensitively, together with column filters', async () => {
    const found = unwrap(await handlers().getTablePage({ table: 'raw_events', startRow: 0, endRow: 100, quickFind: 'GHOST' }));
    expect(found.rowCount).toBe(4);
    expect(found.rows.map((row) => row.id)).toEqual(['30', '60', '90', '120']);
    const combined = unwrap(
      await handlers().getTablePage({
        table: 'raw_events',
        startRow: 0,
        endRow: 100,
        quickFind: 'ghost',
        filter: { sku: { filterType: 'set', values: ['SKU-002'] } },
      }),
    );
    expect(combined.rows.map((row) => row.id)).toEqual(['30', '90']);
    const sqlish = unwrap(await handlers().getTablePage({ table: 'raw_events', startRow: 0, endRow: 10, quickFind: "%' OR 1=1 --" }));
    expect(sqlish.rowCount).toBe(0);
  });

  it('lists a column’s values with counts under the other filters, most frequent first, with a search', async () => {
    const statuses = unwrap(await handlers().getColumnValues({ table: 'raw_events', column: 'status' }));
    expect(statuses).toEqual({ values: [{ value: 'success', count: 108 }, { value: 'error', count: 12 }], distinct: 2 });
    const underFilter = unwrap(
      await handlers().getColumnValues({
        table: 'raw_events',
        column: 'status',
        filter: { status: { filterType: 'set', values: ['error'] }, qty: { filterType: 'number', type: 'equals', filter: 0 } },
      }),
    );
    // The column's own filter is left out; the qty filter applies (ids 9, 18, ..., of which 90 is an error).
    expect(underFilter.values).toEqual([{ value: 'success', count: 12 }, { value: 'error', count: 1 }]);
    const searched = unwrap(await handlers().getColumnValues({ table: 'raw_events', column: 'note', search: 'GHO', limit: 5 }));
    expect(searched).toEqual({ values: [{ value: 'Ghost shipment suspected', count: 4 }], distinct: 1 });
    const limited = unwrap(await handlers().getColumnValues({ table: 'raw_events', column: 'note', limit: 3 }));
    expect(limited.values).toHaveLength(3);
    expect(limited.values[0]).toEqual({ value: null, count: 17 });
    expect(limited.distinct).toBeGreaterThan(90);
  });

  it('filters by a set of values, NULL included when asked', async () => {
    const page = unwrap(
      await handlers().getTablePage({
        table: 'raw_events',
        startRow: 0,
        endRow: 200,
        filter: { note: { filterType: 'set', values: [null, 'ok 1'] } },
      }),
    );
    expect(page.rowCount).toBe(18);
    const none = unwrap(
      await handlers().getTablePage({ table: 'raw_events', startRow: 0, endRow: 10, filter: { note: { filterType: 'set', values: [] } } }),
    );
    expect(none.rowCount).toBe(0);
  });

  it('locates a row by file and line under the sort and filters, or says the filters hide it', async () => {
    const sort = [{ column: 'qty', direction: 'desc' as const }];
    const everything = unwrap(await handlers().getTablePage({ table: 'raw_events', startRow: 0, endRow: 200, sort }));
    const index = everything.rows.findIndex((row) => row.id === '35');
    expect(unwrap(await handlers().locateRow({ table: 'raw_events', sort, source_id: 1, line_number: 36 }))).toEqual({ index, inTable: true });
    const hidden = await handlers().locateRow({ table: 'raw_events', sort, quickFind: 'ghost', source_id: 1, line_number: 36 });
    expect(unwrap(hidden)).toEqual({ index: null, inTable: true });
    expect(unwrap(await handlers().locateRow({ table: 'raw_events', source_id: 1, line_number: 999 }))).toEqual({ index: null, inTable: false });
    const noLines = await handlers().locateRow({ table: 'sources', source_id: 1, line_number: 2 });
    expect(noLines.ok).toBe(false);
  });

  it('keeps column preferences in the case file, out of the table list, across reopening', async () => {
    expect(unwrap(await handlers().getGridPrefs({ table: 'raw_events' }))).toBeNull();
    const prefs = { table: 'raw_events', columns: [{ name: 'note', hidden: false }, { name: 'qty', hidden: true }] };
    unwrap(await handlers().saveGridPrefs(prefs));
    const names = unwrap(await handlers().listTables({})).map((table) => table.name);
    expect(names).not.toContain('grid_prefs');
    const missing = await handlers().saveGridPrefs({ table: 'no_such_table', columns: [] });
    expect(missing.ok).toBe(false);

    const reopened = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: '256MB' } });
    harness.service.close();
    unwrap(await reopened.handlers.openCase({ path: harness.casePath }));
    expect(unwrap(await reopened.handlers.getGridPrefs({ table: 'raw_events' }))).toEqual(prefs);
    reopened.close();
    unwrap(await harness.service.handlers.openCase({ path: harness.casePath }));
  });

  it('exports the view with its quick-find, filter, sort and chosen columns', async () => {
    const path = join(folder, 'view.csv');
    const written = unwrap(
      await handlers().exportTableCsv({
        table: 'raw_events',
        path,
        quickFind: 'ghost',
        filter: { status: { filterType: 'set', values: ['error'] } },
        sort: [{ column: 'id', direction: 'desc' }],
        columns: ['note', 'id'],
      }),
    );
    expect(written.rowsWritten).toBe(4);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toEqual([
      'note,id',
      'Ghost shipment suspected,120',
      'Ghost shipment suspected,90',
      'Ghost shipment suspected,60',
      'Ghost shipment suspected,30',
    ]);
  });
});
