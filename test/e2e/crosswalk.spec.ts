// The crosswalk panel on the case home, in browser mode: a generated retailer whose systems name warehouses and SKUs
// their own way, each pair shown with how it was matched, a mapping set and removed.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateDump } from '../generator/generate-dump';
import { collectConsoleErrors, hostUrl, importThroughWizard, newCase } from './e2e-steps';

const workDir = () => process.env.DRIFTSCOPE_E2E_DIR ?? '';

/** The panel in the light and the dark theme, saved as test artifacts. */
async function shoot(page: Page, name: string): Promise<void> {
  const panel = page.getByTestId('crosswalk-panel');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await panel.screenshot({ path: test.info().outputPath(`${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('shows how each system’s warehouses and SKUs were matched, and takes the consultant’s mapping', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = collectConsoleErrors(page);
  // Seed 14: 'Memphis Warehouse' (ERP), 'MEM1' (WMS), 'Memphis Fulfillment Center' (storefront); WMS SKUs unpadded.
  const dump = join(workDir(), 'crosswalk-dump');
  const truth = await generateDump({ seed: 14, outDir: dump, skus: 40, days: 2 });
  await page.goto(hostUrl());
  await newCase(page, join(workDir(), 'crosswalk.driftcase'));
  await importThroughWizard(page, dump, truth.time_zones.join(', '));

  const panel = page.getByTestId('crosswalk-panel');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  const row = (system: string, raw: string) => panel.locator(`[data-testid="crosswalk-row"][data-system="${system}"][data-raw="${raw}"]`);
  await expect(row('erp', 'memphiswarehouse').getByTestId('crosswalk-evidence')).toContainText("shared references with wms 'MEM1'");
  await expect(row('storefront', 'memphisfulfillmentcenter').getByTestId('crosswalk-method')).toHaveText('Shared figures');
  await shoot(page, 'crosswalk-locations');

  const variant = truth.naming.sku_variants[0];
  if (variant === undefined) throw new Error('seed 14 respells no SKU');
  await panel.getByTestId('crosswalk-tab-sku').click();
  await panel.getByTestId('crosswalk-search').fill(variant.sku);
  await expect(row('wms', variant.written).getByTestId('crosswalk-evidence')).toContainText(
    `erp '${variant.sku}', differing only in leading zeros`,
  );
  await expect(row('erp', variant.sku).getByTestId('crosswalk-method')).toHaveText('Exact');
  await shoot(page, 'crosswalk-skus');

  // Map the storefront's Memphis to a name of its own, then take the mapping back.
  await panel.getByTestId('crosswalk-tab-location').click();
  const storefront = row('storefront', 'memphisfulfillmentcenter');
  await storefront.getByRole('button', { name: 'Map' }).click();
  await storefront.getByTestId('crosswalk-target').fill('Memphis Pop-up');
  await shoot(page, 'crosswalk-editing');
  await storefront.getByTestId('crosswalk-target').press('Enter');
  await expect(storefront.getByTestId('crosswalk-method')).toHaveText('Your mapping');
  await expect(storefront.getByTestId('crosswalk-evidence')).toHaveText("set by the user: an identity of its own, 'memphispopup'");
  await expect(page.getByText('now maps to memphispopup: analyse again for the verdicts to follow it.')).toBeVisible();
  await shoot(page, 'crosswalk-mapped');
  await storefront.getByTestId('crosswalk-unset').click();
  await expect(storefront.getByTestId('crosswalk-method')).toHaveText('Shared figures');
  expect(consoleErrors).toEqual([]);
});
