// Paging any case table with sort and filters pushed down to DuckDB, and refusing anything that is not a name.
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageRequest } from '../../../../../shared/model/page';
import { engineWithCase, unwrap, type EngineHarness } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

describe('getTablePage', () => {
  const folder = tempFolder();
  let harness: EngineHarness;

  beforeAll(async () => {
    const lines = ['id,sku,qty,ts,status'];
    for (let i = 1; i <= 250; i += 1) {
      const minute = String(i % 60).padStart(2, '0');
      const hour = String(8 + Math.floor(i / 60)).padStart(2, '0');
      lines.push(`${i},SKU-${String(i % 7).padStart(3, '0')},${(i * 37) % 101},2026-11-02T${hour}:${minute}:00Z,${i % 10 === 0 ? 'error' : 'success'}`);
    }
    writeFileSync(join(folder, 'events.csv'), `${lines.join('\n')}\n`);
    harness = await engineWithCase(folder);
    unwrap(await harness.service.handlers.importFiles({ paths: [join(folder, 'events.csv')] }));
  });

  const page = async (request: Partial<PageRequest>) =>
    unwrap(await harness.service.handlers.getTablePage({ table: 'raw_events', startRow: 0, endRow: 100, ...request }));

  it('pages in insertion order with the total count', async () => {
    const first = await page({ startRow: 0, endRow: 100 });
    const third = await page({ startRow: 200, endRow: 300 });
    expect(first.rowCount).toBe(250);
    expect(first.rows).toHaveLength(100);
    expect(first.rows[0]?.id).toBe('1');
    expect(third.rows.map((row) => row.id)).toEqual(Array.from({ length: 50 }, (_, i) => String(201 + i)));
  });

  it('sorts in DuckDB, with ties in a stable order', async () => {
    const result = await page({ sort: [{ column: 'qty', direction: 'desc' }], endRow: 250 });
    const quantities = result.rows.map((row) => Number(row.qty));
    expect(quantities).toEqual([...quantities].sort((a, b) => b - a));
    const again = await page({ sort: [{ column: 'qty', direction: 'desc' }], endRow: 250 });
    expect(again.rows.map((row) => row.id)).toEqual(result.rows.map((row) => row.id));
  });

  it('filters text, numbers and dates, and counts only matching rows', async () => {
    const errors = await page({ filter: { status: { filterType: 'text', type: 'equals', filter: 'ERROR' } } });
    expect(errors.rowCount).toBe(25);
    const sku = await page({ filter: { sku: { filterType: 'text', type: 'endsWith', filter: '003' } } });
    expect(sku.rows.every((row) => row.sku === 'SKU-003')).toBe(true);
    const range = await page({ filter: { qty: { filterType: 'number', type: 'inRange', filter: 10, filterTo: 20 } } });
    expect(range.rows.every((row) => Number(row.qty) >= 10 && Number(row.qty) <= 20)).toBe(true);
    expect(range.rowCount).toBeGreaterThan(0);
    const sameDay = await page({ filter: { ts: { filterType: 'date', type: 'equals', dateFrom: '2026-11-02 00:00:00' } } });
    expect(sameDay.rowCount).toBe(250);
    const before = await page({ filter: { ts: { filterType: 'date', type: 'lessThan', dateFrom: '2026-11-02 00:00:00' } } });
    expect(before.rowCount).toBe(0);
    const through = await page({
      filter: { ts: { filterType: 'date', type: 'inRange', dateFrom: '2026-11-01 00:00:00', dateTo: '2026-11-02 00:00:00' } },
    });
    expect(through.rowCount).toBe(250);
    const after = await page({ filter: { ts: { filterType: 'date', type: 'greaterThan', dateFrom: '2026-11-02 00:00:00' } } });
    expect(after.rowCount).toBe(0);
  });

  it('combines conditions on one column with OR', async () => {
    const result = await page({
      filter: {
        sku: {
          filterType: 'text',
          operator: 'OR',
          conditions: [
            { filterType: 'text', type: 'equals', filter: 'SKU-001' },
            { filterType: 'text', type: 'equals', filter: 'SKU-002' },
          ],
        },
      },
      endRow: 250,
    });
    expect(new Set(result.rows.map((row) => row.sku))).toEqual(new Set(['SKU-001', 'SKU-002']));
    expect(result.rowCount).toBe(72);
  });

  it('treats filter text as a value, never as SQL', async () => {
    const result = await page({ filter: { sku: { filterType: 'text', type: 'contains', filter: "x' OR 1=1 --" } } });
    expect(result.rowCount).toBe(0);
  });

  it('refuses unknown tables and columns with a clear error', async () => {
    const table = await harness.service.handlers.getTablePage({ table: 'raw_events; DROP TABLE sources', startRow: 0, endRow: 10 });
    expect(table).toEqual({ ok: false, error: { code: 'not_found', message: 'The case has no table named "raw_events; DROP TABLE sources"' } });
    const column = await harness.service.handlers.getTablePage({
      table: 'raw_events',
      startRow: 0,
      endRow: 10,
      sort: [{ column: 'qty" DESC, (SELECT 1) --', direction: 'asc' }],
    });
    expect(column.ok).toBe(false);
    expect(!column.ok && column.error.code).toBe('bad_request');
  });

  it('refuses pages that would move rows in bulk', async () => {
    const result = await harness.service.handlers.getTablePage({ table: 'raw_events', startRow: 0, endRow: 5000 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/1 to 1000 rows/);
  });

  it('exports the filtered, sorted view as CSV through DuckDB', async () => {
    const path = join(folder, 'export.csv');
    const result = unwrap(
      await harness.service.handlers.exportTableCsv({
        table: 'raw_events',
        path,
        sort: [{ column: 'id', direction: 'desc' }],
        filter: { status: { filterType: 'text', type: 'equals', filter: 'error' } },
      }),
    );
    expect(result.rowsWritten).toBe(25);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('source_id,line_number,id,sku,qty,ts,status');
    expect(lines[1]?.startsWith('1,251,250,')).toBe(true);
    expect(lines).toHaveLength(26);
  });
});
