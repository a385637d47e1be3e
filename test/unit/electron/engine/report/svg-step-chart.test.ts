import { describe, expect, it } from 'vitest';
import { renderStepChart } from '../../../../../electron/engine/report/svg-step-chart';

const points = (svg: string, system: string): [number, number][] => {
  const match = new RegExp(`data-system="${system}" points="([^"]+)"`).exec(svg);
  expect(match, `a line for ${system}`).not.toBeNull();
  return (match?.[1] ?? '').split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);
};

describe('the step chart', () => {
  const svg = renderStepChart({
    label: 'SKU <1> @ Reno',
    steps: [
      { system: 'wms', ts: '2026-11-20T11:00:00.000Z', level: 24, delta: -2, table: 'ledger', source_id: 1, source_file: 'w.log', line: 3 },
      { system: 'wms', ts: '2026-11-20T10:00:00.000Z', level: 26, delta: -4, table: 'ledger', source_id: 1, source_file: 'w.log', line: 2 },
      { system: 'erp', ts: '2026-11-20T09:00:00.000Z', level: 40, delta: 10, table: 'ledger', source_id: 1, source_file: 'e.csv', line: 9 },
    ],
    opening: { erp: 30, wms: 30, storefront: 30 },
    asOf: '2026-11-20T12:00:00.000Z',
    lastKnownGood: '2026-11-20T08:30:00.000Z',
    firstDivergence: '2026-11-20T09:00:00.000Z',
  });

  it('draws one step line per system, left to right, with a vertical at each change', () => {
    for (const system of ['erp', 'wms', 'storefront']) {
      const line = points(svg, system);
      for (let i = 1; i < line.length; i += 1) expect(line[i]![0]).toBeGreaterThanOrEqual(line[i - 1]![0]);
    }
    const wms = points(svg, 'wms');
    // opening, then each change as a corner pair (same x), then on to the as-of instant: 1 + 2 x 2 + 1 points.
    expect(wms).toHaveLength(6);
    expect(wms[1]![0]).toBe(wms[2]![0]);
    expect(wms[2]![1]).toBeGreaterThan(wms[1]![1]);
    expect(points(svg, 'storefront')).toHaveLength(2);
  });

  it('marks the last known-good moment and the first divergence, ticks time in UTC and escapes its label', () => {
    expect(svg).toContain('data-marker="last-known-good"');
    expect(svg).toContain('data-marker="first-divergence"');
    expect(svg).toContain('time (UTC)');
    expect(svg).toMatch(/>11-20 (08|09|10|11|12):00</);
    expect(svg).toContain('aria-label="SKU &lt;1&gt; @ Reno"');
    expect(svg).not.toContain('<1>');
  });

  it('leaves out a system it knows nothing about, and a marker it has no moment for', () => {
    const bare = renderStepChart({
      label: 'x',
      steps: [{ system: 'erp', ts: '2026-11-20T09:00:00.000Z', level: 5, delta: 5, table: 'ledger', source_id: 1, source_file: 'e.csv', line: 1 }],
      opening: { erp: null, wms: null, storefront: null },
      asOf: '2026-11-20T12:00:00.000Z',
      lastKnownGood: null,
      firstDivergence: null,
    });
    expect(bare).toContain('data-system="erp"');
    expect(bare).not.toContain('data-system="wms"');
    expect(bare).not.toContain('data-marker');
  });
});
