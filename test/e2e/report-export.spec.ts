// Exporting the findings report from the app: the dialog previews the report, then writes HTML, PDF and CSV beside the case.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { hostUrl } from './e2e-steps';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE_DIR = join(ROOT, 'resources', 'sample');
const ZONES = ['--tz', 'erp=America/New_York', '--tz', 'wms=America/New_York', '--tz', 'storefront=America/New_York'];
const run = promisify(execFile);

test('the Report button previews the report and exports it beside the case, never into the client folder', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'driftscope-report-export-'));
  try {
    const casePath = join(dir, 'acme.driftcase');
    await run(process.execPath, [join(ROOT, 'bin', 'driftscope.js'), 'analyze', SAMPLE_DIR, '--case', casePath, ...ZONES, '--no-progress'], {
      cwd: ROOT,
      timeout: 120_000,
    });

    await page.goto(hostUrl());
    await page.getByTestId('open-case').first().click();
    await page.getByTestId('path-input').fill(casePath);
    await page.getByTestId('path-dialog-ok').click();
    await expect(page.getByTestId('case-path')).toContainText('acme.driftcase');
    await page.getByTestId('export-report').click();

    const dialog = page.getByTestId('report-dialog');
    await expect(dialog).toBeVisible();
    const preview = page.frameLocator('[data-testid="report-preview-frame"]');
    await expect(preview.getByRole('heading', { name: 'Executive summary' })).toBeVisible();
    await expect(preview.locator('svg.step-chart').first()).toBeVisible();
    await expect(page.getByTestId('report-htmlPath')).toHaveValue(join(dir, 'acme-report.html'));
    await page.screenshot({ path: test.info().outputPath('report-dialog.png') });

    await page.getByTestId('report-csvDir-want').check();
    await page.getByTestId('report-csvDir').fill(join(SAMPLE_DIR, 'exports'));
    await page.getByTestId('report-export').click();
    await expect(page.getByTestId('report-problem')).toContainText("one of the client's folders being read");
    expect(existsSync(join(SAMPLE_DIR, 'exports'))).toBe(false);
    expect(existsSync(join(dir, 'acme-report.html'))).toBe(false);

    await page.getByTestId('report-csvDir').fill(join(dir, 'exports'));
    await page.getByTestId('report-pdfPath-want').check();
    await page.getByTestId('report-export').click();
    await expect(dialog).toHaveCount(0, { timeout: 60_000 });
    await expect(page.getByTestId('notice-banner')).toContainText('Report exported: 5 files written');

    expect(readFileSync(join(dir, 'acme-report.html'), 'utf8')).toContain('Executive summary');
    expect(readFileSync(join(dir, 'acme-report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'exports', 'verdicts.csv'), 'utf8')).toMatch(/^sku,location,cluster/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
