// A time column whose own name says UTC: naive times in it are UTC by the export's statement.
import { describe, expect, it } from 'vitest';
import { columnsStatingUtc } from '../../../../../electron/engine/ingest/column-zone';

describe('columnsStatingUtc', () => {
  it('reads UTC or GMT as a word of the name, however the name is spelled', () => {
    for (const column of ['Date Processed (UTC)', 'created_at_utc', 'TranDateUtc', 'UTC Time', 'Time (GMT)']) {
      expect(columnsStatingUtc({ ts: column }), column).toEqual([column]);
    }
  });

  it('never reads the letters inside another word, and needs every time column to say it', () => {
    expect(columnsStatingUtc({ ts: 'Outcome Date' })).toBeNull();
    expect(columnsStatingUtc({ ts: 'Date' })).toBeNull();
    expect(columnsStatingUtc({ ts: 'created_at_utc', last_modified: 'Last Modified' })).toBeNull();
    expect(columnsStatingUtc({ sku: 'SKU (UTC)' })).toBeNull();
  });
});
