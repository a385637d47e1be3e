// The findings report end to end: written by the CLI from the sample, opened from disk in Chromium with every
// request blocked (it must need none and still show its charts), then printed to PDF by the CLI and its first pages
// turned into images.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE_DIR = join(ROOT, 'resources', 'sample');
const ZONES = ['--tz', 'erp=America/New_York', '--tz', 'wms=America/New_York', '--tz', 'storefront=America/New_York'];

const run = promisify(execFile);
const driftscope = (...args: string[]) => run(process.execPath, [join(ROOT, 'bin', 'driftscope.js'), ...args], { cwd: ROOT, timeout: 120_000 });

test('the sample report opens offline with its charts, and prints to PDF', async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'driftscope-report-e2e-'));
  try {
    const casePath = join(dir, 'sample.driftcase');
    const reportPath = join(dir, 'report.html');
    await driftscope('analyze', SAMPLE_DIR, '--case', casePath, ...ZONES, '--report', reportPath, '--no-progress');
    const reportUrl = pathToFileURL(reportPath).href;

    const context = await browser.newContext({ offline: true, viewport: { width: 1100, height: 900 } });
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === reportUrl) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (request.url() !== reportUrl && !foreign.includes(request.url())) foreign.push(request.url());
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(reportUrl);

    await expect(page.getByRole('heading', { name: 'Executive summary' })).toBeVisible();
    for (const section of ['summary', 'clusters', 'sku-pages', 'annotations', 'noise', 'coverage', 'limitations', 'appendix']) {
      await expect(page.getByTestId(`section-${section}`)).toBeVisible();
    }
    const charts = page.locator('svg.step-chart');
    await expect(charts).toHaveCount(10);
    for (const chart of await charts.all()) {
      await expect(chart).toBeVisible();
      expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(150);
      await expect(chart.locator('polyline')).not.toHaveCount(0);
    }
    await expect(page.locator('script')).toHaveCount(0);

    await page.screenshot({ path: test.info().outputPath('report.png'), fullPage: true });
    await page.getByTestId('sku-page').first().screenshot({ path: test.info().outputPath('report-first-sku-page.png') });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: test.info().outputPath('report-print.png'), fullPage: true });
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();

    const pdfPath = join(dir, 'report.pdf');
    await driftscope('report', '--case', casePath, '--pdf', pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The pages as images (poppler's pdftoppm, which .ci/run installs), kept as artifacts to look at.
    const pages = test.info().outputPath('report-pdf-page');
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdfPath, pages]);
    const images = readdirSync(test.info().outputDir).filter((name) => name.startsWith('report-pdf-page') && name.endsWith('.png'));
    expect(images).toHaveLength(4);
    for (const image of images) expect(statSync(join(test.info().outputDir, image)).size).toBeGreaterThan(10_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
