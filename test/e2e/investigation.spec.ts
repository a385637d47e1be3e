// The consultant's whole path through the UI on the sample: import the folder through the wizard, analyse, open a
// verdict card, open a SKU, see its timeline with markers, follow an evidence row into the grid, annotate, reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, hostUrl, importThroughWizard, newCase } from './e2e-steps';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE_DIR = join(ROOT, 'resources', 'sample');
const TRUTH = JSON.parse(readFileSync(join(ROOT, 'resources', 'sample.ground_truth.json'), 'utf8')) as { time_zones: string[] };

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('import, analyse, verdict card, SKU timeline, evidence row in the grid, annotation kept across a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = collectConsoleErrors(page);

  await page.goto(hostUrl());
  await newCase(page, join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'investigation.driftcase'));
  await importThroughWizard(page, SAMPLE_DIR, TRUTH.time_zones.join(', '));
  await shoot(page, '1-home');

  await page.getByTestId('analyse').click();
  const board = page.getByTestId('verdict-board');
  await expect(board.getByTestId('cluster-cards')).toBeVisible({ timeout: 60_000 });
  await shoot(page, '2-board');

  await board.locator('[data-testid="cluster-card"][data-cluster="ghost_shipment"] .board-card-open').click();
  const list = page.getByTestId('cluster-list');
  await expect(list).toHaveAttribute('data-cluster', 'ghost_shipment');
  await list.getByTestId('cluster-sku').first().click();

  const detail = page.getByTestId('sku-detail');
  await expect(detail).toBeVisible();
  const canvas = detail.getByTestId('timeline-canvas');
  await expect(canvas).toBeVisible();
  await expect.poll(async () => Number(await canvas.getAttribute('data-marker-count'))).toBeGreaterThan(0);
  await expect.poll(async () => Number(await canvas.getAttribute('data-step-count'))).toBeGreaterThan(0);
  await expect(detail.getByTestId('checklist-step')).toHaveCount(5);
  await shoot(page, '3-sku');
  const skuHash = new URL(page.url()).hash;

  const panel = detail.getByTestId('annotation-panel');
  await panel.getByText('Confirmed root cause', { exact: true }).click();
  await expect(panel.getByRole('radio', { name: 'Confirmed root cause' })).toBeChecked();
  const comment = panel.getByRole('textbox', { name: 'Comment' });
  await comment.fill('Shipment confirm lost on wms->erp; client confirmed');
  await comment.press('Control+Enter');
  await expect(panel.getByTestId('annotation-item')).toHaveCount(1);
  await expect(panel.getByTestId('annotation-item')).toHaveAttribute('data-tag', 'confirmed_root_cause');

  const evidence = detail.getByTestId('evidence-row').first();
  await evidence.click();
  await expect(page.getByTestId('view-data')).toBeVisible();
  await expect(page.locator('.ag-row.grid-row-focused')).toHaveCount(1, { timeout: 15_000 });
  await shoot(page, '4-grid-focus');

  await page.goto(`${hostUrl().split('#')[0]}${skuHash}`);
  await page.reload();
  const again = page.getByTestId('sku-detail');
  await expect(again.getByTestId('annotation-panel').getByTestId('annotation-comment')).toHaveText(
    'Shipment confirm lost on wms->erp; client confirmed',
  );
  await shoot(page, '5-after-reload');
  expect(consoleErrors).toEqual([]);
});
