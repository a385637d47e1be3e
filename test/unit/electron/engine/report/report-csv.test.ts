import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, writeReportCsv } from '../../../../../electron/engine/report/report-csv';
import { tempFolder } from '../../../../support/temp-folder';
import { findingsWith, verdictWith } from './report-fixture';

describe('the report CSV files', () => {
  const folder = tempFolder();
  it('quotes as RFC 4180 says and neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\r\nbye')).toBe('"say ""hi""\r\nbye"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const text of ['+1', '@x', '-cmd', '\tx', '\rx']) expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });

  it('writes verdicts, evidence and findings, with hostile text neutralised and negative figures left as numbers', () => {
    const dir = join(folder, 'out');
    const verdict = verdictWith({
      sku: '=HYPERLINK("http://evil","click")',
      location: '+1',
      drift: { erp: -4, wms: 3, storefront: null },
      evidence: [{ table: 'ledger', source_file: '@x.csv', source_id: 2, line: 12, ts: '2026-11-20T10:00:00.000Z', summary: '-cmd /c calc' }],
    });
    const findings = findingsWith([verdict]);
    const files = writeReportCsv(findings, dir);

    const verdicts = readFileSync(files.verdicts, 'utf8').split('\r\n');
    expect(verdicts[0]).toBe('sku,location,cluster,confidence,units,wms,erp,storefront,bucket,first_check,conclusion');
    expect(verdicts[1]).toBe(
      `"'=HYPERLINK(""http://evil"",""click"")",'+1,phantom_stock,0.9,12,3,-4,,on_hand,The inbound PO receipt handoff ERP->WMS.,Explained by phantom_stock.`,
    );
    const evidence = readFileSync(files.evidence, 'utf8').split('\r\n');
    expect(evidence[0]).toBe('sku,location,cluster,table,source_file,line,ts,summary');
    expect(evidence[1]).toBe(`"'=HYPERLINK(""http://evil"",""click"")",'+1,phantom_stock,ledger,'@x.csv,12,2026-11-20T10:00:00.000Z,'-cmd /c calc`);
    expect(JSON.parse(readFileSync(files.findings, 'utf8'))).toEqual(findings);
  });
});
