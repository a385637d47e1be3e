// Numbers as the report writes them.
import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber } from '../../../../../electron/engine/report/report-format';

describe('report numbers', () => {
  it('groups thousands and keeps two decimals at most', () => {
    expect(formatNumber(1234.567)).toBe('1,234.57');
    expect(formatNumber(null)).toBe('–');
  });

  it('names one thing in the singular and any other count in the plural', () => {
    expect(formatCount(1, 'SKU × location', 'SKU × locations')).toBe('1 SKU × location');
    expect(formatCount(0, 'unit', 'units')).toBe('0 units');
    expect(formatCount(1200, 'unit', 'units')).toBe('1,200 units');
  });
});
