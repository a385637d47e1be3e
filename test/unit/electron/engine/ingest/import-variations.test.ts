// Import of the harder variations: the wide Shopify layout, day- and month-first dates, UTF-16 and Windows-1252
// text, and file order kept when the conversion falls back to joins.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../../../shared/model/import';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

describe('the wide Shopify inventory layout', () => {
  const folder = tempFolder();

  it('loads one snapshot per SKU and location column, "not stocked" as no figure, in file order', async () => {
    const harness = await engineWithCase(folder, 'wide.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({ paths: [join(FIXTURES, 'presets', 'shopify-inventory-wide-csv')] }),
    );
    expect(outcomeFor(summary, 'locations-as-columns.csv')).toMatchObject({
      status: 'loaded',
      presetId: 'shopify-inventory-wide-csv',
      rowsSeen: 6,
      rowsLoaded: 6,
      rowsRejected: 0,
    });
    expect(outcomeFor(summary, 'locations-as-columns.csv').matchReason).toContain(
      '2 location column(s) read as one record per SKU and location: Dallas DC, Reno 3PL',
    );
    const snapshots = await rows(harness, 'snapshots');
    const wide = snapshots.filter((row) => row.source_id === outcomeSourceId(summary, 'locations-as-columns.csv'));
    expect(wide.map((row) => [row.line_number, row.sku, row.location, row.available, row.on_hand, row.system])).toEqual([
      ['2', 'TEE-BLK-M', 'Dallas DC', 112, null, 'storefront'],
      ['2', 'TEE-BLK-M', 'Reno 3PL', 39, null, 'storefront'],
      ['3', 'TEE-BLK-L', 'Dallas DC', 57, null, 'storefront'],
      ['3', 'TEE-BLK-L', 'Reno 3PL', null, null, 'storefront'],
      ['4', 'TOTE-NAT', 'Dallas DC', 15, null, 'storefront'],
      ['4', 'TOTE-NAT', 'Reno 3PL', null, null, 'storefront'],
    ]);
    const semicolons = snapshots.filter((row) => row.source_id === outcomeSourceId(summary, 'bom-semicolon-no-options.csv'));
    expect(semicolons.map((row) => [row.sku, row.location, row.available])).toEqual([
      ['MUG-WHT', 'Warehouse A', 14],
      ['MUG-WHT', 'Store; Main St', null],
      ['MUG-BLK', 'Warehouse A', 0],
      ['MUG-BLK', 'Store; Main St', 7],
      ['MUG-RED', 'Warehouse A', -2],
      ['MUG-RED', 'Store; Main St', null],
    ]);
    const tabs = snapshots.filter((row) => row.source_id === outcomeSourceId(summary, 'tabs-variant-sku.tsv'));
    expect(tabs.map((row) => row.location)).toEqual(['Toronto Warehouse', 'Montréal Store', 'Toronto Warehouse', 'Montréal Store']);
  });

  it('rejects a cell that is no quantity with its line and location, and counts each SKU x location once', async () => {
    const harness = await engineWithCase(folder, 'wide-bad.driftcase');
    const file = join(folder, 'wide-bad.csv');
    writeFileSync(file, 'Handle,Title,SKU,Warehouse A,Warehouse B\nmug,Mug,MUG-1,4,abc\nmug,Mug,,2,3\nmug,Mug,MUG-3,Not stocked,9\n');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [file] }));
    expect(outcomeFor(summary, 'wide-bad.csv')).toMatchObject({ rowsSeen: 6, rowsLoaded: 3, rowsRejected: 3 });
    expect((await rows(harness, 'rejects')).map((row) => [row.line_number, row.reason, row.raw_line])).toEqual([
      ['2', 'available: "abc" is not a number', 'mug,Mug,MUG-1,4,abc'],
      ['3', 'sku: missing', 'mug,Mug,,2,3'],
      ['3', 'sku: missing', 'mug,Mug,,2,3'],
    ]);
    expect((await rows(harness, 'snapshots')).map((row) => [row.sku, row.location, row.available])).toEqual([
      ['MUG-1', 'Warehouse A', 4],
      ['MUG-3', 'Warehouse A', null],
      ['MUG-3', 'Warehouse B', 9],
    ]);
  });
});

describe('slash dates, day or month first', () => {
  const folder = tempFolder();
  const dates = (name: string) => join(FIXTURES, 'dates', name);

  it('reads each column in the order its own values settle, and says when none does', async () => {
    const harness = await engineWithCase(folder, 'dates.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({
        paths: [dates('day-first.csv'), dates('month-first.csv'), dates('ambiguous.csv')],
        timeZones: ['UTC'],
      }),
    );
    for (const name of ['day-first.csv', 'month-first.csv', 'ambiguous.csv']) {
      expect(outcomeFor(summary, name), name).toMatchObject({ status: 'loaded', rowsRejected: 0 });
    }
    expect(outcomeFor(summary, 'day-first.csv').warnings).toEqual([]);
    expect(outcomeFor(summary, 'ambiguous.csv').warnings).toEqual([
      'column "occurred_at": no date settles whether "03/04/2026 09:30" and the like are day or month first (no day ' +
        'above 12): read month first (MM/DD/YYYY); a mapping with "dateOrder": "day-first" reads them the other way',
    ]);
    const events = await rows(harness, 'events');
    expect(events.map((row) => [row.event_id, row.ts])).toEqual([
      ['A1', '2026-03-04 09:30:00+00'],
      ['A2', '2026-05-06 10:00:00+00'],
      ['D1', '2026-04-03 09:30:00+00'],
      ['D2', '2026-03-25 10:00:00+00'],
      ['D3', '2026-11-04 16:05:00+00'],
      ['M1', '2026-03-04 09:30:00+00'],
      ['M2', '2026-03-25 10:00:00+00'],
      ['M3', '2026-11-04 16:05:00+00'],
    ]);
  });

  it('refuses a column that writes both orders, saying why, and reads a preset’s file in the order its values settle', async () => {
    const harness = await engineWithCase(folder, 'dates-refused.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({ paths: [dates('mixed.csv'), dates('netsuite-day-first.csv')], timeZones: ['UTC'] }),
    );
    expect(outcomeFor(summary, 'mixed.csv')).toMatchObject({ status: 'failed', rowsLoaded: 0 });
    expect(outcomeFor(summary, 'mixed.csv').message).toContain(
      'column "occurred_at" mixes day-first dates ("25/03/2026 10:00" on line 3) and month-first dates ' +
        '("03/25/2026 10:00" on line 4), so a date such as 04/03/2026 in it could mean either',
    );
    expect(outcomeFor(summary, 'netsuite-day-first.csv')).toMatchObject({ status: 'loaded', rowsLoaded: 2, rowsRejected: 0 });
    expect(outcomeFor(summary, 'netsuite-day-first.csv').warnings).toContain(
      'column "Date Created" writes day-first dates ("25/11/2026 9:00 am" on line 3), not month first as NetSuite ' +
        'transaction saved search (CSV) usually does: read day first',
    );
    expect(await rows(harness, 'events')).toEqual([]);
    expect((await rows(harness, 'ledger')).map((row) => row.ts)).toEqual(['2026-11-03 16:05:00+00', '2026-11-25 09:00:00+00']);
  });

  it('keeps a preset’s declared order when its values show both, rejecting each date written the other way', async () => {
    const harness = await engineWithCase(folder, 'dates-declared.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [dates('netsuite-mixed.csv')], timeZones: ['UTC'] }));
    expect(outcomeFor(summary, 'netsuite-mixed.csv')).toMatchObject({ rowsSeen: 3, rowsLoaded: 2, rowsRejected: 1 });
    expect((await rows(harness, 'ledger')).map((row) => [row.txn_id, row.ts])).toEqual([
      ['IR-1', '2026-11-03 16:05:00+00'],
      ['IR-3', '2026-11-25 09:00:00+00'],
    ]);
    expect((await rows(harness, 'rejects')).map((row) => [row.line_number, row.reason])).toEqual([
      ['3', 'ts: "25/11/2026 9:00 am" is written day first, but this file\'s dates are month first (MM/DD/YYYY)'],
    ]);
  });

  it('reads a day-first mapping declared by a mapping file', async () => {
    const harness = await engineWithCase(folder, 'dates-mapping.driftcase');
    const mapping = join(folder, 'netsuite-uk.json');
    writeFileSync(mapping, JSON.stringify({ extends: 'netsuite-transactions-csv', id: 'netsuite-uk', name: 'NetSuite UK', dateOrder: 'day-first' }));
    const summary = unwrap(
      await harness.service.handlers.importFiles({ paths: [dates('netsuite-day-first.csv')], mappingPath: mapping, timeZones: ['UTC'] }),
    );
    expect(outcomeFor(summary, 'netsuite-day-first.csv')).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
    expect((await rows(harness, 'ledger')).map((row) => row.ts)).toEqual(['2026-11-03 16:05:00+00', '2026-11-25 09:00:00+00']);
  });
});

describe('decimal commas', () => {
  const folder = tempFolder();

  it('reads a column its values show writes decimal commas, naming the columns in one warning', async () => {
    const harness = await engineWithCase(folder, 'decimal-comma.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(FIXTURES, 'csv', 'decimal-comma.csv')] }));
    expect(outcomeFor(summary, 'decimal-comma.csv')).toMatchObject({ status: 'loaded', rowsLoaded: 4, rowsRejected: 0 });
    expect(outcomeFor(summary, 'decimal-comma.csv').warnings).toContain(
      'columns "on_hand", "available", "allocated" write decimal commas ("0,000" on line 3): read "1.234,5" as 1234.5 and "5,000" as 5',
    );
    const snapshots = await rows(harness, 'snapshots');
    expect(snapshots.map((row) => [row.sku, row.on_hand, row.available])).toEqual([
      ['KBR-TENT-2P', 12, 10],
      ['KBR-TENT-3P', 0, 0],
      ['KBR-STOVE', 1250, 1000],
      ['KBR-MAT', 3.5, 3.5],
    ]);
  });

  it('reads a column that mixes both marks with a point and rejects the comma values, unless a mapping decides', async () => {
    const harness = await engineWithCase(folder, 'decimal-mixed.driftcase');
    const file = join(FIXTURES, 'csv', 'decimal-mixed.csv');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [file] }));
    expect(outcomeFor(summary, 'decimal-mixed.csv')).toMatchObject({ rowsSeen: 3, rowsLoaded: 2, rowsRejected: 1 });
    expect(outcomeFor(summary, 'decimal-mixed.csv').warnings.join('; ')).toContain(
      'column "qty" mixes 1 value(s) with a decimal comma ("3,5" on line 2) and 1 value(s) with a decimal point ("2.5" on line 3)',
    );
    expect((await rows(harness, 'rejects')).map((row) => [row.line_number, row.reason])).toEqual([['2', 'qty: "3,5" is not a number']]);
    expect((await rows(harness, 'events')).map((row) => row.qty)).toEqual([2.5, 5000]);

    const mapped = await engineWithCase(folder, 'decimal-mapped.driftcase');
    const mapping = join(folder, 'comma.json');
    writeFileSync(mapping, JSON.stringify({ extends: 'generic-event-log', id: 'comma-log', name: 'Comma log', decimalMark: 'comma' }));
    const byMapping = unwrap(await mapped.service.handlers.importFiles({ paths: [file], mappingPath: mapping }));
    expect(outcomeFor(byMapping, 'decimal-mixed.csv')).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
    expect((await rows(mapped, 'rejects')).map((row) => row.reason)).toEqual([
      'qty: "2.5" is not a number written with a decimal comma',
    ]);
    expect((await rows(mapped, 'events')).map((row) => row.qty)).toEqual([3.5, 5]);
  });
});

describe('text encodings', () => {
  const folder = tempFolder();
  const encodings = join(FIXTURES, 'encodings');

  it('reads UTF-16 in either byte order, with or without a mark, gzipped too, and Windows-1252, saying so', async () => {
    const harness = await engineWithCase(folder, 'encodings.driftcase');
    const copiesBefore = utf8Copies();
    const expected = {
      'utf16le-bom.txt': ['utf-16le', /UTF-16 text \(little-endian, with a byte-order mark\)/],
      'utf16be-bom.csv': ['utf-16be', /UTF-16 text \(big-endian, with a byte-order mark\)/],
      'utf16le-no-bom.csv': ['utf-16le', /UTF-16 text \(little-endian, without a byte-order mark\)/],
      'utf16le-events.jsonl.gz': ['utf-16le', /UTF-16 text \(little-endian/],
      'windows-1252-quotes.csv': ['windows-1252', /not valid UTF-8: read as Windows-1252/],
    } as const;
    const summary = unwrap(
      await harness.service.handlers.importFiles({ paths: Object.keys(expected).map((name) => join(encodings, name)) }),
    );
    for (const [name, [encoding, note]] of Object.entries(expected)) {
      const outcome = outcomeFor(summary, name);
      expect(outcome, name).toMatchObject({ status: 'loaded', rowsRejected: 0 });
      expect(outcome.warnings.join(' '), name).toMatch(note);
      const [source] = (await rows(harness, 'sources', 'source_id')).filter((row) => row.file_name === name);
      expect(source?.encoding, name).toBe(encoding);
    }
    const snapshots = await rows(harness, 'snapshots');
    expect(snapshots.map((row) => [row.sku, row.location, row.on_hand])).toEqual([
      ['MUG-1', 'Montréal Store', 5],
      ['MUG-2', 'Zürich Lager', 7],
      ['MUG-1', 'Montréal Store', 5],
      ['MUG-2', 'Zürich Lager', 7],
      ['MUG-1', 'Montréal Store', 5],
      ['MUG-2', 'Zürich Lager', 7],
      ['MUG-1', 'Montréal Store', 5],
      ['MUG-2', 'Reno', 7],
    ]);
    const events = await rows(harness, 'events');
    expect(events.map((row) => [row.event_id, row.location, row.status])).toEqual([
      ['E1', 'Montréal Store', 'success'],
      ['E2', 'Zürich Lager', 'error'],
    ]);
    expect(utf8Copies()).toEqual(copiesBefore);
    expect(readdirSync(encodings).sort()).toEqual(
      ['README.md', 'unreadable', 'utf16be-bom.csv', 'utf16le-bom.txt', 'utf16le-events.jsonl.gz', 'utf16le-no-bom.csv', 'windows-1252-quotes.csv'].sort(),
    );
  });

  it('keeps the curly quotes and euro sign of Windows-1252 text', async () => {
    const harness = await engineWithCase(folder, 'cp1252.driftcase');
    const file = join(folder, 'notes-1252.csv');
    writeFileSync(file, Buffer.from('id,note\r\n1,\x93caf\xe9\x94 costs \x803\r\n2,it\x92s\r\n', 'latin1'));
    unwrap(await harness.service.handlers.importFiles({ paths: [file] }));
    expect((await rows(harness, 'raw_notes_1252')).map((row) => row.note)).toEqual(['\u201ccafé\u201d costs \u20ac3', 'it\u2019s']);
  });

  it('reports a file no encoding reads with the file and the reason, and loads the others', async () => {
    const harness = await engineWithCase(folder, 'unreadable.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(encodings, 'unreadable')] }));
    expect(outcomeFor(summary, 'workbook-renamed.csv')).toMatchObject({ status: 'failed', rowsLoaded: 0 });
    expect(outcomeFor(summary, 'workbook-renamed.csv').message).toMatch(
      /workbook-renamed\.csv: not a text file: it is a ZIP archive \(an Excel \.xlsx workbook, or zipped exports\): save a workbook as CSV, or unzip the exports and import their folder$/,
    );
    expect(outcomeFor(summary, 'utf32.csv').message).toMatch(/utf32\.csv: not a text file: it is UTF-32 text/);
    expect(await rows(harness, 'sources', 'source_id')).toEqual([]);
  });
});

describe('file order when the conversion cannot use its CASE shortcuts', () => {
  const folder = tempFolder();

  it('keeps file order and line numbers with many distinct statuses and many lines the reader refused', async () => {
    const harness = await engineWithCase(folder, 'fallbacks.driftcase');
    const file = join(folder, 'many-statuses.csv');
    const lines = ['event_id,occurred_at,event_type,status,sku'];
    for (let i = 0; i < 3000; i += 1) {
      lines.push(i % 37 === 5 ? `bad${i},x,y,z,w,v,u` : `E${i},2026-11-02T08:00:00Z,receipt,state-${i % 400},SKU-${i}`);
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [file] }));
    const outcome = outcomeFor(summary, 'many-statuses.csv');
    expect(outcome.rowsSeen).toBe(outcome.rowsLoaded + outcome.rowsRejected);
    expect(outcome.rowsRejected).toBeGreaterThan(64);
    const page = unwrap(await harness.service.handlers.getTablePage({ table: 'events', startRow: 0, endRow: 1000 }));
    const numbers = page.rows.map((row) => Number(row.line_number));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const row of page.rows) expect(lines[Number(row.line_number) - 1]?.startsWith(`${String(row.event_id)},`), String(row.event_id)).toBe(true);
  });
});

function outcomeSourceId(summary: ImportSummary, fileName: string): number {
  return summary.files.findIndex((file) => file.path.endsWith(fileName)) + 1;
}

function utf8Copies(): string[] {
  const folder = join(tmpdir(), 'driftscope-utf8');
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}
