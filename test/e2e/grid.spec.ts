// The data grid end to end: the sample imported, quick-find, the set-of-values filter, hide a column and see it stay
// hidden after reopening the case, copy a cell, and focus a row through a deep link (clearing the filters that hid it).
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { choosePath, collectConsoleErrors, hostUrl, newCase } from './e2e-steps';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', 'resources', 'sample');

const rowCount = (page: Page) => page.getByTestId('row-count');
const header = (page: Page, column: string) => page.locator(`.ag-header-cell[col-id="${column}"]`);
/** Scrolls the grid sideways until a column's header is rendered (the grid renders only the columns in view). */
async function revealColumn(page: Page, column: string): Promise<void> {
  const viewport = page.locator('.ag-body-horizontal-scroll-viewport');
  await viewport.evaluate((element) => element.scrollTo(0, 0));
  for (let step = 0; step < 30 && (await header(page, column).count()) === 0; step += 1) {
    await viewport.evaluate((element) => element.scrollBy(300, 0));
  }
}

const cell = (page: Page, row: number, column: string) => page.locator(`.ag-row[row-index="${row}"] [col-id="${column}"]`);

test('quick-find, set filter, columns kept in the case, copy and row focus', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const consoleErrors = collectConsoleErrors(page);
  const casePath = join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'grid.driftcase');

  await page.goto(hostUrl());
  await newCase(page, casePath);
  const origin = new URL(page.url()).origin;
  // The import UI has tests of its own; the sample goes in through the host's API, which the page's cookie opens.
  const imported = await page.request.post(`${origin}/api/call/importFiles`, { data: { paths: [SAMPLE_DIR] } });
  const summary = (await imported.json()) as { ok: boolean; value?: { files: { status: string }[] } };
  expect(summary.value?.files.map((file) => file.status)).toEqual(Array(6).fill('loaded'));
  await page.reload();
  await page.getByTestId('view-tab-data').click();
  await page.getByTestId('table-item-events').click();
  await expect(rowCount(page)).toHaveAttribute('data-count', '934');

  // Quick-find is case-insensitive: a SKU typed in lower case finds its 18 events.
  await page.getByTestId('quick-find').fill('scf_wht');
  await expect(rowCount(page)).toHaveAttribute('data-count', '18');
  await expect(rowCount(page)).toContainText('18 of 934 rows');
  await page.getByTestId('quick-find').fill('');
  await expect(rowCount(page)).toHaveAttribute('data-count', '934');

  // The set filter lists event types with their counts; keep only receipts.
  await header(page, 'event_type').locator('.ag-header-cell-filter-button').click();
  const values = page.getByTestId('values-filter');
  await expect(values.getByTestId('values-filter-value').filter({ hasText: 'receipt' })).toContainText('18');
  await values.locator('.values-filter-all input').uncheck();
  await expect(rowCount(page)).toHaveAttribute('data-count', '0');
  await values.getByTestId('values-filter-value').filter({ hasText: /^receipt/ }).locator('input').check();
  await expect(rowCount(page)).toHaveAttribute('data-count', '18');
  await page.screenshot({ path: test.info().outputPath('grid-set-filter.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('grid-set-filter-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Escape');
  await expect(cell(page, 0, 'event_type')).toHaveText('receipt');

  // Hide a column with the column chooser.
  await page.getByTestId('column-chooser').click();
  await page.getByTestId('column-chooser-panel').locator('[data-column="path_raw"] input[type="checkbox"]').uncheck();
  await expect(header(page, 'path_raw')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('grid-columns.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('column-chooser')).toContainText('1 hidden');

  // Copy a cell with the keyboard: click it, Ctrl+C.
  await cell(page, 0, 'event_type').click();
  await page.keyboard.press('Control+c');
  await expect(page.getByTestId('grid-copied')).toHaveText('Cell copied');
  expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe('receipt');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+Shift+c');
  await expect(page.getByTestId('grid-copied')).toHaveText('Row copied');
  expect((await page.evaluate<string>('navigator.clipboard.readText()')).split('\t')).toContain('receipt');

  // Reopen the case: the column stays hidden.
  await page.getByTestId('close-case').click();
  await page.getByTestId('open-case').first().click();
  await choosePath(page, casePath);
  await page.getByTestId('view-tab-data').click();
  await page.getByTestId('table-item-events').click();
  await expect(rowCount(page)).toHaveAttribute('data-count', '934');
  await expect(header(page, 'event_id')).toBeVisible();
  await expect(header(page, 'path_raw')).toHaveCount(0);

  // The number and date filters work through the UI too: quantity 1, then only times on 2026-09-18 (UTC).
  const source = (await cell(page, 0, 'source_id').textContent()) ?? '';
  await revealColumn(page, 'qty');
  await header(page, 'qty').locator('.ag-header-cell-filter-button').click();
  await page.locator('.ag-filter-body input').first().fill('1');
  await expect(rowCount(page)).not.toHaveAttribute('data-count', '934');
  const withQty = Number(await rowCount(page).getAttribute('data-count'));
  expect(withQty).toBeGreaterThan(0);
  await expect(cell(page, 0, 'qty')).toHaveText('1');
  await page.keyboard.press('Escape');
  await revealColumn(page, 'ts');
  await header(page, 'ts').locator('.ag-header-cell-filter-button').click();
  await page.locator('.ag-filter-body input').first().fill('2026-09-18');
  await expect(rowCount(page)).not.toHaveAttribute('data-count', String(withQty));
  expect(Number(await rowCount(page).getAttribute('data-count'))).toBeLessThan(withQty);
  await page.keyboard.press('Escape');

  // Focus a row by deep link while the filters and a quick-find hide it: they are cleared, with a notice, and the
  // row shows.
  const quickFindSent = page.waitForRequest(
    (request) => request.url().endsWith('/api/call/getTablePage') && (request.postData() ?? '').includes('scf_wht'),
  );
  await page.getByTestId('quick-find').fill('scf_wht');
  await quickFindSent;
  await page.goto(`${origin}/#/data/events?source=${source}&line=300`);
  await expect(page.getByTestId('notice-banner')).toContainText(`they hid the row from source file ${source}, line 300`);
  await expect(rowCount(page)).toHaveAttribute('data-count', '934');
  await expect(page.getByTestId('quick-find')).toHaveValue('');
  const focused = page.locator('.ag-row.grid-row-focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('[col-id="line_number"]')).toHaveText('300');
  await expect(focused).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('grid-focus.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('grid-focus-dark.png') });

  expect(consoleErrors).toEqual([]);
});
