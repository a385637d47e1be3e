import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCase } from '../../../../../electron/engine/case/case-store';
import { buildReport } from '../../../../../electron/engine/report/build-report';
import { renderReportHtml } from '../../../../../electron/engine/report/render-report';
import type { ReportInput } from '../../../../../electron/engine/report/report-input';
import { formatNumber } from '../../../../../electron/engine/report/report-format';
import { escapeFileName, escapeHtml } from '../../../../../electron/engine/report/escape-html';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', '..', '..', 'resources', 'sample');
const ZONES = ['erp=America/New_York', 'wms=America/New_York', 'storefront=America/New_York'];

/** The HTML of the element whose data-testid is `id`, up to its closing tag (sections and tables do not nest in themselves). */
function part(html: string, id: string, tag: 'section' | 'table'): string {
  const start = html.indexOf(`data-testid="${id}"`);
  expect(start, `${id} is in the report`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

describe('the report of the sample case', () => {
  const folder = tempFolder();
  let input: ReportInput;
  let html: string;

  beforeAll(async () => {
    const { service, casePath } = await engineWithCase(folder, 'sample.driftcase');
    unwrap(await service.handlers.importFiles({ paths: [SAMPLE_DIR], mappingPath: null, timeZones: ZONES }));
    unwrap(await service.handlers.analyzeCase({}));
    service.close();
    const { db } = await openCase(casePath, { memoryLimit: '512MB', threads: 2 });
    try {
      input = await buildReport(db, { top: 10 });
    } finally {
      db.close();
    }
    html = renderReportHtml(input);
  });

  it('gives pages to the ten largest drifts, each with its history', () => {
    expect(input.caseName).toBe('sample');
    expect(input.histories).toHaveLength(10);
    const largest = Math.max(...input.findings.verdicts.map((verdict) => verdict.units));
    const first = input.findings.verdicts.find((verdict) => verdict.units === largest);
    expect(input.histories[0]).toMatchObject({ sku: first?.sku, location: first?.location });
    for (const history of input.histories) expect(history.steps.length).toBeGreaterThan(0);
    expect(html.match(/data-testid="sku-page"/g)).toHaveLength(10);
    expect(html.match(/<svg class="step-chart"/g)).toHaveLength(10);
  });

  it('has every section, self-contained, with no script and a strict content security policy', () => {
    for (const section of ['summary', 'clusters', 'sku-pages', 'noise', 'coverage', 'limitations', 'appendix']) {
      expect(html).toContain(`data-testid="section-${section}"`);
    }
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
  });

  it('states the summary figures of the findings', () => {
    const { summary } = input.findings;
    const figures = part(html, 'section-summary', 'section');
    expect(figures).toContain(`data-testid="figure-skus"><b>${formatNumber(summary.skus)}</b>`);
    expect(figures).toContain(`data-testid="figure-drifting"><b>${formatNumber(summary.drifting)}</b>`);
    expect(figures).toContain(`data-testid="figure-units"><b>${formatNumber(summary.units)}</b>`);
    const clusters = part(html, 'summary-clusters', 'table');
    for (const row of summary.by_cluster) expect(clusters).toContain(`#cluster-${row.cluster}`);
    for (const mode of input.findings.sync_mode) expect(part(html, 'summary-sync', 'table')).toContain(escapeHtml(mode.path));
    expect(figures).toContain('clock-driven, every 30 min');
  });

  it('gives each cluster its SKU count, units, every verdict and its first check', () => {
    for (const row of input.findings.summary.by_cluster) {
      const verdicts = input.findings.verdicts.filter((verdict) => verdict.cluster === row.cluster);
      expect(verdicts).toHaveLength(row.skus);
      expect(html).toContain(`data-testid="cluster-${row.cluster}" data-skus="${row.skus}" data-units="${row.units}"`);
      const section = part(html, `cluster-${row.cluster}`, 'section');
      const places = `${formatNumber(row.skus)} SKU × location${row.skus === 1 ? '' : 's'}`;
      expect(section).toContain(`<span class="badge">${places} · ${formatNumber(row.units)} unit${row.units === 1 ? '' : 's'}</span>`);
      const table = part(section, `verdicts-${row.cluster}`, 'table');
      expect(table.match(/<tr>/g)).toHaveLength(verdicts.length + 1);
      for (const verdict of verdicts) {
        expect(table).toContain(`>${escapeHtml(verdict.sku)}</span></td><td>${escapeHtml(verdict.location)}</td><td class="num">${formatNumber(verdict.units)}</td>`);
        expect(section).toContain(escapeHtml(verdict.first_check));
        const [evidence] = verdict.evidence;
        if (evidence) expect(table).toContain(`${escapeHtml(evidence.source_file)}:${evidence.line}`);
      }
    }
  });

  it('lists noise, highlights coverage gaps and carries the manifest with every SHA-256', () => {
    const noise = part(html, 'noise-errors', 'table');
    for (const row of input.findings.noise.errors_by_code) expect(noise).toContain(escapeHtml(row.code));
    const coverage = part(html, 'coverage', 'table');
    const gaps = input.findings.coverage.filter((row) => row.gap).length;
    expect(gaps).toBeGreaterThan(0);
    expect(coverage.match(/<tr class="gap">/g)).toHaveLength(gaps);
    const limitations = part(html, 'limitations-sources', 'table');
    const manifest = part(html, 'manifest', 'table');
    for (const source of input.findings.sources) {
      expect(manifest).toContain(source.sha256);
      expect(limitations).toContain(escapeFileName(source.file));
      if (source.tz_rule !== null) expect(limitations).toContain(escapeHtml(source.tz_rule));
    }
    const settings = part(html, 'settings', 'table');
    expect(settings).toContain(input.findings.app_version);
    expect(settings).toContain('15 min');
  });
});
