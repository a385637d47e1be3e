import { describe, expect, it } from 'vitest';
import {
  formatConfidence,
  formatInstant,
  formatSeconds,
  placeLabel,
  selectCoverageGaps,
  selectNoiseDigest,
  selectPageRange,
  syncModeLabel,
} from '../../../../renderer/src/store/verdict-selectors';
import { BOARD, clusterPage } from './verdict-fixtures';

describe('verdict selectors', () => {
  it('writes periods as a person says them', () => {
    expect([45, 61, 300, 1800, 3600, 5400].map(formatSeconds)).toEqual(['45 s', '61 s', '5 min', '30 min', '1 h', '1 h 30 min']);
  });

  it('names each sync mode, with the period of a clock', () => {
    const path = BOARD.sync_mode[0];
    if (path === undefined) return expect.fail('fixture has no path');
    expect(syncModeLabel(path)).toBe('clock every 30 min');
    expect(syncModeLabel({ ...path, mode: 'event', period_s: null })).toBe('event-driven');
    expect(syncModeLabel({ ...path, mode: 'unknown', period_s: null })).toBe('not enough events to tell');
  });

  it('counts failed events and keeps the leading error codes', () => {
    expect(selectNoiseDigest(BOARD.noise, 1)).toEqual({ failed: 7, top: [BOARD.noise.errors_by_code[0]], more: 1 });
  });

  it('lists only the coverage gaps', () => {
    expect(selectCoverageGaps(BOARD.coverage).map((row) => row.event_type)).toEqual(['return']);
  });

  it('places a page in its list, with the pages either side', () => {
    expect(selectPageRange({ offset: 50, value: clusterPage(120, 50, ['A', 'B']) }, 50)).toEqual({
      first: 51, last: 52, total: 120, previous: 0, next: 100,
    });
    expect(selectPageRange({ offset: 0, value: clusterPage(0, 0, []) }, 50)).toEqual({
      first: 0, last: 0, total: 0, previous: null, next: null,
    });
    expect(selectPageRange({ offset: 0, value: null }, 50).next).toBeNull();
  });

  it('writes places and confidences the same way everywhere', () => {
    expect(placeLabel('A', 'ATL')).toBe('A @ ATL');
    expect(placeLabel('A', null)).toBe('A');
    expect(formatConfidence(0.856)).toBe('86%');
    expect(formatInstant('2026-09-21T03:20:05.123Z')).toBe('2026-09-21 03:20 UTC');
    expect(formatInstant('2026-09-21T03:20:05.123Z', true)).toBe('2026-09-21 03:20:05 UTC');
    expect(formatInstant(null)).toBe('unknown time');
  });
});
