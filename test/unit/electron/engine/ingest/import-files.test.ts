// Import of delimited files into a case: typed rows, rejects with line and reason, manifest, no loss.
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress, ImportSummary } from '../../../../../shared/model/import';
import { engineWithCase, unwrap, type EngineHarness } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const csv = (name: string) => join(FIXTURES, 'csv', name);

async function rows(harness: EngineHarness, table: string, sortColumn?: string) {
  const page = unwrap(
    await harness.service.handlers.getTablePage({
      table,
      startRow: 0,
      endRow: 100,
      sort: sortColumn === undefined ? [] : [{ column: sortColumn, direction: 'asc' }],
    }),
  );
  return page.rows;
}

function outcomeFor(summary: ImportSummary, fileName: string) {
  const outcome = summary.files.find((file) => file.path.endsWith(fileName));
  if (outcome === undefined) expect.fail(`no outcome for ${fileName}`);
  return outcome;
}

describe('importFiles', () => {
  const folder = tempFolder();

  it('loads every fixture file, and for each file rows seen = loaded + rejected', async () => {
    const harness = await engineWithCase(folder, 'all.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(FIXTURES, 'csv')] }));
    expect(summary.files.map((file) => file.path.split('/').pop()).sort()).toEqual([
      'bom-crlf.csv',
      'empty.csv',
      'gzipped.csv.gz',
      'header-only.csv',
      'malformed-rows.csv',
      'semicolon-quoted-newline.csv',
      'tabs.tsv',
      'windows-1252.csv',
    ]);
    for (const file of summary.files) {
      expect(file.status, file.path).toBe('loaded');
      expect(file.rowsSeen, file.path).toBe(file.rowsLoaded + file.rowsRejected);
    }
    const sources = await rows(harness, 'sources', 'source_id');
    expect(sources).toHaveLength(8);
    for (const source of sources) {
      expect(Number(source.rows_seen)).toBe(Number(source.rows_loaded) + Number(source.rows_rejected));
    }
  });

  it('reads a BOM and CRLF file into typed columns', async () => {
    const harness = await engineWithCase(folder, 'bom.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [csv('bom-crlf.csv')] }));
    expect(outcomeFor(summary, 'bom-crlf.csv')).toMatchObject({ status: 'loaded', table: 'raw_bom_crlf', rowsLoaded: 3 });
    const tables = unwrap(await harness.service.handlers.listTables({}));
    const table = tables.find((candidate) => candidate.name === 'raw_bom_crlf');
    expect(table?.columns.map((column) => [column.name, column.kind])).toEqual([
      ['sku', 'text'],
      ['location', 'text'],
      ['on_hand', 'number'],
    ]);
    expect(await rows(harness, 'raw_bom_crlf')).toEqual([
      { sku: 'A-1', location: 'ATL1', on_hand: '10' },
      { sku: 'A-2', location: 'ATL1', on_hand: '0' },
      { sku: 'A-3', location: 'DFW2', on_hand: '7' },
    ]);
  });

  it('keeps a quoted newline and semicolon delimiter inside one value', async () => {
    const harness = await engineWithCase(folder, 'semi.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [csv('semicolon-quoted-newline.csv')] }));
    const loaded = await rows(harness, 'raw_semicolon_quoted_newline');
    expect(loaded.map((row) => row.note)).toEqual(['line one\nline two', 'semi;colon inside']);
    expect(loaded.map((row) => Number(row.qty))).toEqual([5, -3]);
  });

  it('records malformed rows in rejects with their line and reason instead of dropping them', async () => {
    const harness = await engineWithCase(folder, 'bad.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [csv('malformed-rows.csv')] }));
    expect(outcomeFor(summary, 'malformed-rows.csv')).toMatchObject({ rowsSeen: 4, rowsLoaded: 2, rowsRejected: 2 });
    expect((await rows(harness, 'raw_malformed_rows')).map((row) => row.sku)).toEqual(['C-1', 'C-4']);
    const rejects = await rows(harness, 'rejects', 'line_number');
    expect(rejects.map((row) => [Number(row.line_number), row.raw_line])).toEqual([
      [3, '2,2026-11-02T08:05:00Z,C-2'],
      [4, '3,2026-11-02T08:10:00Z,C-3,7,surplus'],
    ]);
    expect(String(rejects[0]?.reason)).toMatch(/MISSING COLUMNS/);
    expect(String(rejects[1]?.reason)).toMatch(/TOO MANY COLUMNS/);
  });

  it('reports bytes that are not UTF-8 as rejected lines, not garbled text', async () => {
    const harness = await engineWithCase(folder, 'enc.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [csv('windows-1252.csv')] }));
    expect(outcomeFor(summary, 'windows-1252.csv')).toMatchObject({ rowsLoaded: 1, rowsRejected: 1 });
    const [reject] = await rows(harness, 'rejects');
    expect(String(reject?.reason)).toMatch(/not utf-8/i);
  });

  it('reads gzip and tab-separated files, and header-only and empty files as zero rows', async () => {
    const harness = await engineWithCase(folder, 'misc.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({
        paths: [csv('gzipped.csv.gz'), csv('tabs.tsv'), csv('header-only.csv'), csv('empty.csv')],
      }),
    );
    expect(outcomeFor(summary, 'gzipped.csv.gz')).toMatchObject({ table: 'raw_gzipped', rowsLoaded: 3 });
    expect(outcomeFor(summary, 'tabs.tsv')).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
    expect(outcomeFor(summary, 'header-only.csv')).toMatchObject({ status: 'loaded', rowsSeen: 0 });
    expect(outcomeFor(summary, 'empty.csv')).toMatchObject({ status: 'loaded', rowsSeen: 0 });
    expect((await rows(harness, 'raw_tabs')).map((row) => row.sku)).toEqual(['D-1', 'D-2']);
  });

  it('hashes each file into the manifest and detects a re-import of the same content', async () => {
    const harness = await engineWithCase(folder, 'hash.driftcase');
    const copy = join(folder, 'same-content.csv');
    copyFileSync(csv('bom-crlf.csv'), copy);
    const first = unwrap(await harness.service.handlers.importFiles({ paths: [csv('bom-crlf.csv')] }));
    const again = unwrap(await harness.service.handlers.importFiles({ paths: [copy] }));
    const expected = createHash('sha256').update(readFileSync(csv('bom-crlf.csv'))).digest('hex');
    expect(first.files[0]?.sha256).toBe(expected);
    expect(again.files[0]).toMatchObject({ status: 'already_imported', table: 'raw_bom_crlf', rowsLoaded: 0 });
    const sources = await rows(harness, 'sources');
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ sha256: expected, file_name: 'bom-crlf.csv', bytes: '62' });
  });

  it('reports a missing path as a failed file and still loads the others', async () => {
    const harness = await engineWithCase(folder, 'missing.driftcase');
    const summary = unwrap(
      await harness.service.handlers.importFiles({ paths: [join(folder, 'nope.csv'), csv('tabs.tsv')] }),
    );
    expect(outcomeFor(summary, 'nope.csv')).toMatchObject({ status: 'failed' });
    expect(outcomeFor(summary, 'nope.csv').message).toMatch(/nope\.csv: no such file or folder/);
    expect(outcomeFor(summary, 'tabs.tsv')).toMatchObject({ status: 'loaded', rowsLoaded: 2 });
  });

  it('pushes progress that ends with every file and byte done', async () => {
    const harness = await engineWithCase(folder, 'progress.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [csv('bom-crlf.csv'), csv('tabs.tsv')] }));
    const progress = harness.events
      .filter((entry) => entry.event === 'onImportProgress')
      .map((entry) => entry.payload as ImportProgress);
    const last = progress.at(-1);
    expect(progress.some((p) => p.phase === 'loading' && p.currentFile?.endsWith('tabs.tsv'))).toBe(true);
    expect(last).toMatchObject({ phase: 'done', filesDone: 2, filesTotal: 2, rowsLoaded: 5 });
    expect(last?.bytesDone).toBe(last?.bytesTotal);
  });

  it('never writes into the folder it reads from', async () => {
    const source = tempFolder('driftscope-client-');
    copyFileSync(csv('malformed-rows.csv'), join(source, 'events.csv'));
    const before = readFileSync(join(source, 'events.csv'));
    const harness = await engineWithCase(folder, 'readonly.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [source] }));
    expect(readdirSync(source)).toEqual(['events.csv']);
    expect(readFileSync(join(source, 'events.csv')).equals(before)).toBe(true);
  });
});
