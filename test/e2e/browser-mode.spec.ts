// Browser mode end to end: create a case, import the sample through the import wizard (recognised by its presets),
// page, sort and filter the canonical tables in the grid.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { choosePath, collectConsoleErrors, hostUrl, importThroughWizard, newCase, startWithoutCase } from './e2e-steps';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', 'resources', 'sample');

const firstCell = (page: Page, column: string) => page.locator(`.ag-row[row-index="0"] [col-id="${column}"]`);

test('imports the sample through the UI and pages, sorts and filters it in the grid', async ({ page }) => {
  const consoleErrors = collectConsoleErrors(page);
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(hostUrl()).origin)) foreignRequests.push(request.url());
  });

  await startWithoutCase(page, hostUrl());
  expect(page.url()).not.toContain('token=');

  await newCase(page, join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'e2e.driftcase'));

  await importThroughWizard(page, SAMPLE_DIR);
  await expect(page.getByTestId('import-summary')).toContainText('6 files: 6 loaded');
  const manifest = page.getByTestId('sources-manifest');
  await expect(manifest.getByTestId('manifest-row')).toHaveCount(6);
  await expect(manifest).toContainText('Generic middleware event log');
  await expect(manifest).toContainText('WMS on-hand snapshot');
  await expect(manifest).toContainText('NetSuite transaction saved search');
  await expect(manifest).toContainText('Shopify inventory CSV export');

  await page.getByTestId('view-tab-data').click();
  await page.getByTestId('table-item-events').click();
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-count', '934');
  await expect(firstCell(page, 'event_id')).toHaveText('700001');

  const header = page.locator('.ag-header-cell[col-id="event_id"] .ag-header-cell-label');
  await header.click();
  await header.click();
  await expect(firstCell(page, 'event_id')).toHaveText('700934');

  await page.locator('.ag-body-vertical-scroll-viewport').evaluate((viewport) => viewport.scrollTo(0, viewport.scrollHeight));
  await expect(page.locator('.ag-row [col-id="event_id"]', { hasText: '700001' })).toBeVisible();

  await page.locator('.ag-header-cell[col-id="event_type"] .ag-header-cell-filter-button').click();
  await page.locator('.ag-filter-body input').first().fill('receipt');
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-count', '18');
  await expect(page.getByTestId('row-count')).toContainText('18 of 934 rows');
  await page.keyboard.press('Escape');
  await expect(firstCell(page, 'event_type')).toHaveText('receipt');

  await page.getByTestId('table-item-rejects').click();
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-count', '5');
  await expect(page.getByTestId('grid')).toContainText('TOO MANY COLUMNS');

  await page.getByTestId('table-item-events').click();
  await expect(firstCell(page, 'event_id')).toHaveText('700001');
  await page.screenshot({ path: test.info().outputPath('grid-after-import.png'), fullPage: true });

  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('shows a clear error when a case cannot be opened', async ({ page }) => {
  await page.goto(hostUrl());
  await page.getByTestId('open-case').first().click();
  await choosePath(page, join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'no-such.driftcase'));
  await expect(page.getByTestId('error-banner')).toContainText('no such case file');
});

test('refuses an import whose time-zone rule names an unknown zone, and says which', async ({ page }) => {
  await page.goto(hostUrl());
  await newCase(page, join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'zones.driftcase'));
  await page.getByTestId('import-folder').first().click();
  await choosePath(page, SAMPLE_DIR);
  const wizard = page.getByTestId('import-wizard');
  const zones = wizard.getByTestId('import-time-zones');
  await zones.fill('erp=America/Chicago, wms=Mars/Base');
  await zones.press('Enter');
  // The previews already say so; Load is refused before anything loads, and the wizard stays to fix it.
  await expect(wizard.getByTestId('wizard-preview-error')).toContainText('--tz wms=Mars/Base: Unknown time zone');
  await wizard.getByTestId('wizard-load').click();
  await expect(page.getByTestId('error-banner')).toContainText('--tz wms=Mars/Base: Unknown time zone');
  await expect(wizard.getByTestId('wizard-message')).toContainText('--tz wms=Mars/Base: Unknown time zone');
  await zones.fill('erp=America/Chicago, wms=Central Standard Time');
  await wizard.getByTestId('wizard-load').click();
  await expect(page.getByTestId('sources-manifest').getByTestId('manifest-row')).toHaveCount(6);
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('import-with-zones.png'), fullPage: true });
});

test('analyses the imported sample and shows its verdicts', async ({ page }) => {
  await page.goto(hostUrl());
  await newCase(page, join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'analysis.driftcase'));
  await importThroughWizard(page, SAMPLE_DIR, 'erp=America/New_York, wms=America/New_York, storefront=America/New_York');
  await expect(page.getByTestId('sources-manifest').getByTestId('manifest-row')).toHaveCount(6);

  await page.getByTestId('analyse').click();
  const board = page.getByTestId('verdict-board');
  await expect(board.getByTestId('cluster-cards')).toBeVisible({ timeout: 60_000 });
  for (const cluster of ['phantom_stock', 'ghost_shipment', 'phantom_shrinkage', 'stranded_adjustment', 'duplicate_application']) {
    await expect(board.locator(`[data-testid="cluster-card"][data-cluster="${cluster}"]`)).not.toHaveAttribute('data-skus', '0');
  }
  await expect(board.locator('[data-testid="cluster-card"][data-cluster="unexplained"]')).toHaveAttribute('data-skus', '0');
  await expect(board.locator('[data-testid="sync-mode"][data-path="erp->wms"]')).toContainText('clock every 30 min');
  await page.screenshot({ path: test.info().outputPath('findings.png'), fullPage: true });

  await page.getByTestId('view-tab-data').click();
  await page.getByTestId('table-item-analysis_verdicts').click();
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-count', '29');
  await expect(firstCell(page, 'cluster')).toHaveText('duplicate_application');
});
