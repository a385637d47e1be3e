import { describe, expect, it } from 'vitest';
import { escapeFileName, escapeHtml } from '../../../../../electron/engine/report/escape-html';
import { renderReportHtml } from '../../../../../electron/engine/report/render-report';
import { findingsWith, historyOf, reportInputOf, verdictWith } from './report-fixture';

describe('escaping client data in the report', () => {
  it('escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(-3)).toBe('-3');
  });

  it('lets a file name break after its separators only, and still escapes it', () => {
    expect(escapeFileName('on-hand_2026.csv')).toBe('on-<wbr>hand_<wbr>2026.<wbr>csv');
    expect(escapeFileName('a<b>/c')).toBe('a&lt;b&gt;/<wbr>c');
  });

  it('renders a SKU, location, evidence and file name holding markup as text, so the report has no script at all', () => {
    const attack = '<script>alert(1)</script>';
    const verdict = verdictWith({
      sku: attack,
      location: `"><img src=x onerror=alert(2)>`,
      first_check: attack,
      evidence: [{ table: 'events', source_file: `${attack}.csv`, source_id: 1, line: 1, ts: null, summary: `payload ${attack}` }],
    });
    const findings = findingsWith([verdict]);
    findings.sources[0]!.file = attack;
    findings.sync_mode[0]!.evidence = attack;
    const html = renderReportHtml(reportInputOf(findings, [historyOf(verdict)], { caseName: attack }));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-sku="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
