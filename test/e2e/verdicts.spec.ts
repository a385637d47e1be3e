// The verdict board end to end: analyse the imported sample, check the board against the answer key, open a card,
// open a SKU, follow an evidence row into the grid, and reload the deep links; screenshots in light and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, hostUrl, newCase } from './e2e-steps';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE_DIR = join(ROOT, 'resources', 'sample');
const TRUTH = JSON.parse(readFileSync(join(ROOT, 'resources', 'sample.ground_truth.json'), 'utf8')) as {
  time_zones: string[];
  verdicts: { sku: string; location: string; cluster: string }[];
};
const CLUSTERS = ['phantom_stock', 'ghost_shipment', 'phantom_shrinkage', 'stranded_adjustment', 'duplicate_application'];

/** Screenshots of the page in the light and the dark theme, tall enough to show what the view scrolls to. */
async function shoot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport?.width ?? 1400, height: 1500 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: test.info().outputPath(`${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (viewport !== null) await page.setViewportSize(viewport);
}

const hash = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

test('analyses the sample, shows its verdict board, and links a card to a SKU and a SKU to its rows', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleErrors = collectConsoleErrors(page);

  await page.goto(hostUrl());
  await newCase(page, join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'verdicts.driftcase'));
  await page.getByTestId('view-tab-verdicts').click();
  await expect(page.getByTestId('verdicts-empty')).toContainText('No findings yet');
  await shoot(page, 'not-analysed');

  // The import UI has tests of its own; the sample (with its zones) goes in through the host's API, which the page's
  // session cookie opens, so this test depends only on the verdict views.
  const imported = await page.request.post(`${new URL(page.url()).origin}/api/call/importFiles`, {
    data: { paths: [SAMPLE_DIR], timeZones: TRUTH.time_zones },
  });
  const summary = (await imported.json()) as { ok: boolean; value?: { files: { status: string }[] } };
  expect(summary.value?.files.map((file) => file.status)).toEqual(Array(6).fill('loaded'));

  // After Analyse the board shows, with one card per cluster and the answer key's counts.
  await page.getByTestId('analyse').click();
  const board = page.getByTestId('verdict-board');
  await expect(board.getByTestId('cluster-cards')).toBeVisible({ timeout: 60_000 });
  expect(hash(page)).toBe('#/verdicts');
  for (const cluster of CLUSTERS) {
    const expected = TRUTH.verdicts.filter((verdict) => verdict.cluster === cluster).length;
    await expect(board.locator(`[data-testid="cluster-card"][data-cluster="${cluster}"]`)).toHaveAttribute('data-skus', String(expected));
  }
  await expect(board.locator('[data-testid="cluster-card"][data-cluster="unexplained"]')).toHaveAttribute('data-skus', '0');
  await expect(board.getByTestId('board-headline')).toContainText('27 of 180 SKU x locations drift, by 251 units');
  await expect(board.locator('[data-testid="sync-mode"][data-path="erp->wms"]')).toContainText('clock every 30 min');
  await expect(board.locator('[data-testid="sync-mode"][data-path="wms->erp"]')).toContainText('event-driven');
  await expect(board.getByTestId('coverage-gap')).toHaveCount(2);
  await expect(board.getByTestId('noise-code').first()).toBeVisible();
  await shoot(page, 'board');

  // The keyboard opens a card: focus it, Enter.
  const ghostCard = board.locator('[data-testid="cluster-card"][data-cluster="ghost_shipment"] .board-card-open');
  await ghostCard.focus();
  await page.keyboard.press('Enter');
  expect(hash(page)).toBe('#/verdicts/ghost_shipment');
  await expect(page.getByTestId('cluster-sku')).toHaveCount(6);
  await page.getByTestId('crumb-verdicts').click();

  // A card opens its SKU list, largest first, with the first handoff point to check.
  await board.locator('[data-testid="cluster-card"][data-cluster="phantom_stock"] .board-card-open').click();
  expect(hash(page)).toBe('#/verdicts/phantom_stock');
  const list = page.getByTestId('cluster-list');
  const rows = list.getByTestId('cluster-sku');
  await expect(rows).toHaveCount(7);
  await expect(list.getByTestId('list-range')).toHaveText('1–7 of 7');
  await expect(list.getByTestId('first-check')).toContainText('First handoff point to check');
  await expect(rows.first()).toHaveAttribute('data-sku', 'HD_GRY_M');
  const truthSkus = TRUTH.verdicts.filter((verdict) => verdict.cluster === 'phantom_stock').map((verdict) => verdict.sku).sort();
  expect((await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-sku')))).sort()).toEqual(truthSkus);

  await list.getByTestId('cluster-filter').fill('SAVANNAH');
  await expect(list.getByTestId('list-range')).toHaveText(/of [1-6]$/);
  for (const location of await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-location')))) {
    expect(location).toBe('Savannah_Port');
  }
  await list.getByTestId('cluster-filter').fill('no such sku');
  await expect(list.getByTestId('cluster-list-empty')).toContainText('No phantom stock SKU or location contains "no such sku"');
  await list.getByTestId('cluster-filter').fill('');
  await expect(rows).toHaveCount(7);
  await list.getByTestId('sort-sku').click();
  await expect(rows.first()).toHaveAttribute('data-sku', truthSkus[0] ?? '');
  await shoot(page, 'cluster-list');

  // The keyboard moves between rows and opens a SKU with Enter.
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  const row = list.locator('[data-testid="cluster-sku"][data-sku="HD_GRY_M"]');
  await row.focus();
  await page.keyboard.press('Enter');
  expect(hash(page)).toBe('#/sku/HD_GRY_M?location=Savannah_Port');
  const detail = page.getByTestId('sku-detail');
  await expect(detail.getByTestId('sku-timeline')).toBeAttached();
  await expect(detail.getByTestId('sku-verdict')).toHaveCount(2);
  await expect(detail.getByTestId('sku-status')).toHaveText('Drifts');
  await expect(detail.getByTestId('checklist-step')).toHaveCount(5);
  await expect(detail.getByTestId('checklist-conclusion')).toContainText('Explained by phantom_stock and stranded_adjustment');
  const evidence = detail.locator('[data-testid="sku-verdict"][data-cluster="phantom_stock"] [data-testid="evidence-row"]');
  await expect(evidence.first()).toBeVisible();
  await shoot(page, 'sku');

  // An evidence row opens the grid on that row of its table.
  const first = evidence.first();
  const table = await first.getAttribute('data-table');
  const source = await first.getAttribute('data-source');
  const line = await first.getAttribute('data-line');
  await first.click();
  await expect(page.getByTestId('view-data')).toBeVisible();
  expect(hash(page)).toBe(`#/data/${table}?source=${source}&line=${line}`);
  await expect(page.getByTestId(`table-item-${table}`)).toHaveClass(/selected/);
  await shoot(page, 'evidence-in-grid');

  // Deep links survive a reload.
  await page.goto(`${new URL(page.url()).origin}/#/verdicts/ghost_shipment`);
  await expect(page.getByTestId('cluster-list')).toHaveAttribute('data-cluster', 'ghost_shipment');
  await expect(page.getByTestId('cluster-sku')).toHaveCount(6);
  await page.goto(`${new URL(page.url()).origin}/#/sku/HD_GRY_M?location=Savannah_Port`);
  await expect(page.getByTestId('sku-detail').getByTestId('sku-verdict')).toHaveCount(2);
  await page.reload();
  await expect(page.getByTestId('sku-detail').getByTestId('checklist-step')).toHaveCount(5);
  await page.goto(`${new URL(page.url()).origin}/#/sku/SCK_BLK_M?location=Atlanta_FC`);
  await expect(page.getByTestId('sku-no-verdict')).toContainText('No verdict: Agrees');
  await page.goto(`${new URL(page.url()).origin}/#/sku/NO_SUCH_SKU`);
  await expect(page.getByTestId('sku-problem')).toContainText('NO_SUCH_SKU was not compared by the last analysis');
  await page.goto(`${new URL(page.url()).origin}/#/verdicts/gremlins`);
  await expect(page.getByTestId('unknown-cluster')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
