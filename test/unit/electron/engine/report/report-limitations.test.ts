import { describe, expect, it } from 'vitest';
import { renderLimitations, renderAppendix } from '../../../../../electron/engine/report/report-tables';
import { findingsWith, verdictWith } from './report-fixture';

describe('data limitations and the manifest in the report', () => {
  const base = findingsWith([verdictWith()]);
  const [relay] = base.sources;
  if (relay === undefined) throw new Error('the fixture has a source');
  const findings = {
    ...base,
    as_of: '2026-11-23T12:00:00.000Z',
    sources: [
      { ...relay, bytes: 5_368_709_120, gaps: [{ from: '2026-11-20T02:00:00.000Z', to: '2026-11-20T14:30:00.000Z' }] },
      {
        ...relay,
        file: 'erp/<ledger>.csv',
        system: 'erp',
        tz_rule: 'inferred UTC-05:00',
        warnings: 'no zone given: UTC-05:00 inferred from 41 of 42 references',
        first_ts: '2026-11-20T08:00:00.000Z',
        last_ts: '2026-11-21T17:00:00.000Z',
      },
      { ...relay, file: 'wms/on-hand.csv', system: 'wms', first_ts: '2026-11-23T12:00:00.000Z', last_ts: '2026-11-23T12:00:00.000Z' },
    ],
  };

  it('lists each export’s time range and gaps, names the one that ends days early, and shows inferred offsets with how sure', () => {
    const html = renderLimitations(findings);

    expect(html).toContain('<span class="flag">12 h 30 min</span> from 2026-11-20 02:00:00 UTC');
    expect(html).toMatch(/data-testid="limitations-gaps"[^>]*><span class="flag">Gaps:<\/span> 1 export/);
    expect(html).toContain('<span class="code file">erp/<wbr>&lt;ledger&gt;.<wbr>csv</span> ends 1 d 19 h before that instant');
    expect(html).not.toContain('hand.<wbr>csv</span> ends');
    expect(html).toContain('inferred UTC-05:00<br><span class="muted">no zone given: UTC-05:00 inferred from 41 of 42 references</span>');
    expect(html).toContain('at <span class="nowrap">2026-11-23 12:00:00 UTC</span>');
  });

  it('says so when no export falls silent, and names no early end when all reach the compared instant', () => {
    const html = renderLimitations({ ...base, as_of: relay.last_ts });
    expect(html).toContain('No export has a silence beyond its usual pauses.');
    expect(html).not.toContain('limitations-stale');
  });

  it('gives each file’s size in the manifest, exact bytes on hover', () => {
    const html = renderAppendix(findings, 'acme');
    expect(html).toContain('<span title="5368709120 bytes">5 GiB</span>');
    expect(html).toContain('<span title="2048 bytes">2 KiB</span>');
  });
});
