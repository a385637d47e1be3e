import { describe, expect, it } from 'vitest';
import type { ImportSummary, FileOutcome } from '../../../../shared/model/import';
import {
  selectCanAnalyse,
  selectCanExport,
  selectCanImport,
  selectChooserPaths,
  selectFirstLoadedTable,
  selectImportFraction,
  selectOutcomeCounts,
  selectRowCounts,
  selectSelectedTableInfo,
} from '../../../../renderer/src/store/selectors';
import type { ChooserState } from '../../../../renderer/src/store/types';
import { CASE_INFO, outcome as fullOutcome, table } from '../fake-api';

function outcome(path: string, status: FileOutcome['status'], tableName: string | null): FileOutcome {
  return fullOutcome({ path, status, table: tableName, rowsSeen: 1, rowsLoaded: 1 });
}

function summary(files: FileOutcome[]): ImportSummary {
  return { files, rowsLoaded: files.length, rowsRejected: 0 };
}

function chooser(partial: Partial<ChooserState>): ChooserState {
  return {
    purpose: 'open-case',
    listing: { path: '/data', parent: '/', entries: [] },
    loading: false,
    problem: null,
    input: '',
    selected: [],
    ...partial,
  };
}

describe('table selectors', () => {
  const tables = [table('a', 3), table('b', 10)];

  it('finds the selected table, or null', () => {
    expect(selectSelectedTableInfo({ tables, selectedTable: 'b' })?.rowCount).toBe(10);
    expect(selectSelectedTableInfo({ tables, selectedTable: 'gone' })).toBeNull();
    expect(selectSelectedTableInfo({ tables, selectedTable: null })).toBeNull();
  });

  it('counts rows: the table size until the grid reports the filtered count', () => {
    const base = { tables, selectedTable: 'b', gridQuery: { sort: [], filter: {}, quickFind: '' } };
    expect(selectRowCounts({ ...base, matchingRowCount: null })).toEqual({ matching: 10, total: 10, filtered: false });
    const filter = { id: { filterType: 'number' as const, type: 'greaterThan' as const, filter: 4 } };
    expect(selectRowCounts({ ...base, matchingRowCount: 6, gridQuery: { sort: [], filter, quickFind: '' } })).toEqual({
      matching: 6,
      total: 10,
      filtered: true,
    });
    expect(selectRowCounts({ ...base, selectedTable: null, matchingRowCount: null })).toBeNull();
  });
});

describe('import selectors', () => {
  it('picks the first file that loaded into a table', () => {
    const result = summary([
      outcome('/x.csv', 'failed', null),
      outcome('/y.csv', 'already_imported', 'raw_y'),
      outcome('/z.csv', 'loaded', 'raw_z'),
      outcome('/w.csv', 'loaded', 'raw_w'),
    ]);
    expect(selectFirstLoadedTable(result)).toBe('raw_z');
    expect(selectFirstLoadedTable(summary([outcome('/x.csv', 'failed', null)]))).toBeNull();
  });

  it('counts outcomes per status', () => {
    const result = summary([outcome('/a', 'loaded', 't'), outcome('/b', 'loaded', 'u'), outcome('/c', 'failed', null)]);
    expect(selectOutcomeCounts(result)).toEqual({ loaded: 2, loaded_raw: 0, already_imported: 0, failed: 1, cancelled: 0 });
  });

  it('measures progress by bytes, falling back to files, clamped to 0..1', () => {
    const progress = {
      phase: 'loading' as const,
      currentFile: '/a.csv',
      filesDone: 1,
      filesTotal: 4,
      bytesDone: 50,
      bytesTotal: 200,
      rowsLoaded: 10,
      fileFraction: null,
    };
    expect(selectImportFraction(null)).toBe(0);
    expect(selectImportFraction(progress)).toBe(0.25);
    expect(selectImportFraction({ ...progress, bytesTotal: 0 })).toBe(0.25);
    expect(selectImportFraction({ ...progress, bytesDone: 400 })).toBe(1);
    expect(selectImportFraction({ ...progress, phase: 'done' })).toBe(1);
  });

  it('follows DuckDB through the file being loaded', () => {
    const loading = {
      phase: 'loading' as const,
      currentFile: '/b.csv',
      filesDone: 1,
      filesTotal: 2,
      bytesDone: 100,
      bytesTotal: 100,
      rowsLoaded: 10,
      fileFraction: 0.5,
    };
    expect(selectImportFraction(loading)).toBe(0.75);
  });

  it('allows import and analysis only with a case and nothing running; export also needs a table', () => {
    const idle = { caseInfo: CASE_INFO, importRunning: false, analysisRunning: false };
    expect(selectCanImport(idle)).toBe(true);
    expect(selectCanImport({ ...idle, importRunning: true })).toBe(false);
    expect(selectCanImport({ ...idle, analysisRunning: true })).toBe(false);
    expect(selectCanImport({ ...idle, caseInfo: null })).toBe(false);
    expect(selectCanAnalyse(idle)).toBe(true);
    expect(selectCanAnalyse({ ...idle, importRunning: true })).toBe(false);
    expect(selectCanAnalyse({ ...idle, analysisRunning: true })).toBe(false);
    expect(selectCanExport({ ...idle, selectedTable: null })).toBe(false);
    expect(selectCanExport({ ...idle, selectedTable: 't' })).toBe(true);
  });
});

describe('selectChooserPaths', () => {
  it('prefers what was typed, resolved against the folder shown', () => {
    expect(selectChooserPaths(chooser({ input: 'case.driftcase', purpose: 'new-case' }))).toEqual([
      '/data/case.driftcase',
    ]);
    expect(selectChooserPaths(chooser({ input: '  /elsewhere/x.driftcase ' }))).toEqual(['/elsewhere/x.driftcase']);
  });

  it('falls back to ticked files, or to the folder shown when importing a folder', () => {
    expect(selectChooserPaths(chooser({ purpose: 'import-files', selected: ['/data/a.csv'] }))).toEqual([
      '/data/a.csv',
    ]);
    expect(selectChooserPaths(chooser({ purpose: 'import-folder' }))).toEqual(['/data']);
    expect(selectChooserPaths(chooser({ purpose: 'open-case' }))).toEqual([]);
    expect(selectChooserPaths(chooser({ purpose: 'import-folder', listing: null }))).toEqual([]);
  });
});
