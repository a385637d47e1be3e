// Annotations end to end: import and analyse the sample, annotate and star a SKU on its page, see both
// kept after a reload, and find the annotation in the grid's annotations table.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { hostUrl, newCase } from './e2e-steps';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', 'resources', 'sample');
const ZONES = ['erp=America/New_York', 'wms=America/New_York', 'storefront=America/New_York'];
/** The sample's largest phantom stock drift. */
const SKU = 'HD_GRY_M';
const LOCATION = 'Savannah_Port';

test('annotates and stars a SKU on its page, keeps both across a reload and lists the annotation in the grid', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  await page.goto(hostUrl());
  await newCase(page, join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'annotations.driftcase'));
  const origin = new URL(page.url()).origin;

  // The import UI has tests of its own; the sample (with its zones) goes in through the host's API, which the page's
  // session cookie opens, so this test depends only on analysis and the annotation views.
  const imported = await page.request.post(`${origin}/api/call/importFiles`, { data: { paths: [SAMPLE_DIR], timeZones: ZONES } });
  const summary = (await imported.json()) as { ok: boolean; value?: { files: { status: string }[] }; error?: unknown };
  expect(summary.error).toBeUndefined();
  expect(summary.value?.files.map((file) => file.status)).toEqual(Array(6).fill('loaded'));
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('verdict-board').getByTestId('cluster-cards')).toBeVisible({ timeout: 60_000 });

  // The annotations table is in the grid's list from the start, empty.
  await page.getByTestId('view-tab-data').click();
  await page.getByTestId('table-item-annotations').click();
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-count', '0');

  await page.goto(`${origin}/#/sku/${SKU}?location=${LOCATION}`);
  const panel = page.getByTestId('annotation-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Nothing noted yet');

  // From the keyboard: arrows move along the tag choice to "Confirmed root cause"; Ctrl+Enter in the comment saves.
  const comment = panel.getByRole('textbox', { name: 'Comment' });
  await panel.getByRole('radio', { name: 'Note' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(panel.getByRole('radio', { name: 'False positive' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(panel.getByRole('radio', { name: 'Confirmed root cause' })).toBeChecked();
  await comment.fill('PO26318 receipt timed out <b>twice</b>; the WMS never got it');
  await comment.press('Control+Enter');
  const item = panel.getByTestId('annotation-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-tag', 'confirmed_root_cause');
  await expect(item.getByTestId('annotation-comment')).toHaveText('PO26318 receipt timed out <b>twice</b>; the WMS never got it');
  await expect(comment).toHaveValue('');

  const star = page.getByTestId('sku-detail').getByTestId('star-toggle').first();
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: test.info().outputPath('sku-annotated-light.png'), fullPage: true });

  await page.reload();
  await expect(page.getByTestId('annotation-panel').getByTestId('annotation-item')).toHaveCount(1);
  await expect(page.getByTestId('annotation-panel').getByTestId('annotation-comment')).toHaveText(
    'PO26318 receipt timed out <b>twice</b>; the WMS never got it',
  );
  await expect(page.getByTestId('sku-detail').getByTestId('star-toggle').first()).toHaveAttribute('aria-pressed', 'true');

  // Edit in place: Escape gives up, Ctrl+Enter saves the change.
  const kept = page.getByTestId('annotation-panel').getByTestId('annotation-item');
  await kept.getByRole('button', { name: 'Edit annotation' }).click();
  const editBox = kept.getByRole('textbox', { name: 'Comment' });
  await expect(editBox).toBeFocused();
  await editBox.fill('Confirmed with the client: PO26318 never reached the WMS');
  await editBox.press('Control+Enter');
  await expect(kept.getByTestId('annotation-comment')).toHaveText('Confirmed with the client: PO26318 never reached the WMS');
  await expect(kept).toContainText('edited');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('sku-annotated-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByTestId('view-tab-data').click();
  await page.getByTestId('table-item-annotations').click();
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-count', '1');
  const row = page.locator('.ag-row[row-index="0"]');
  await expect(row.locator('[col-id="kind"]')).toHaveText('sku');
  await expect(row.locator('[col-id="tag"]')).toHaveText('confirmed_root_cause');
  await expect(row.locator('[col-id="sku"]')).toHaveText(SKU);

  await page.locator('.ag-header-cell[col-id="tag"] .ag-header-cell-filter-button').click();
  await page.locator('.ag-filter-body input').first().fill('false_positive');
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-count', '0');
  await page.keyboard.press('Escape');

  expect(consoleErrors).toEqual([]);
});
