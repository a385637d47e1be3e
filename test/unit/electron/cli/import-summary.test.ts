// The import command's closing summary reads as English whatever the counts: one file, one row, many of each.
import { describe, expect, it } from 'vitest';
import { blankOutcome, type ImportSummary } from '../../../../shared/model/import';
import { describeSummary } from '../../../../electron/cli/import-command';
import { countOf } from '../../../../electron/cli/format';

function summaryOf(rowsLoaded: number[], failed = 0): ImportSummary {
  const loaded = rowsLoaded.map((rows, i) => ({
    ...blankOutcome(`/data/f${i}.csv`, `f${i}.csv`),
    status: 'loaded' as const,
    rowsSeen: rows,
    rowsLoaded: rows,
  }));
  const failures = Array.from({ length: failed }, (_, i) => ({ ...blankOutcome(`/data/bad${i}.csv`, `bad${i}.csv`), message: 'unreadable' }));
  const files = [...loaded, ...failures];
  return { files, rowsLoaded: rowsLoaded.reduce((sum, rows) => sum + rows, 0), rowsRejected: 0 };
}

describe('import summary', () => {
  it('names one file and one row in the singular', () => {
    expect(describeSummary(summaryOf([1]))).toContain('1 file: 1 row loaded, 0 rejected');
  });

  it('names several in the plural, with thousands separated, and the failed files', () => {
    expect(describeSummary(summaryOf([1200, 34], 1))).toContain('3 files: 1,234 rows loaded, 0 rejected');
    expect(describeSummary(summaryOf([5], 2))).toContain(', 2 files failed');
    expect(describeSummary(summaryOf([5], 1))).toContain(', 1 file failed');
  });

  it('takes an irregular plural', () => {
    expect(countOf(1, 'SKU x location', 'SKU x locations')).toBe('1 SKU x location');
    expect(countOf(0, 'SKU x location', 'SKU x locations')).toBe('0 SKU x locations');
  });
});
