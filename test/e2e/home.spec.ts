// The start screen's recent cases, the import wizard (detection, mapped preview, zones, mapping editor, save) and
// the case home (summary strip, sources manifest, rejects drill-down, import progress and cancel), in browser mode.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { choosePath, collectConsoleErrors, hostUrl } from './e2e-steps';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE_DIR = join(ROOT, 'resources', 'sample');
const RELAY_DIR = join(ROOT, 'test', 'fixtures', 'presets', '_unmatched');
const ZONES = 'erp=America/New_York, wms=America/New_York, storefront=America/New_York';

const workDir = () => process.env.DRIFTSCOPE_E2E_DIR ?? '';

/** The page in the light and the dark theme, saved as test artifacts. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: test.info().outputPath(`${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function newCase(page: Page, name: string): Promise<string> {
  const path = join(workDir(), name);
  await page.getByTestId('new-case').first().click();
  await choosePath(page, path);
  await expect(page.getByTestId('case-path')).toContainText(name);
  return path;
}

test('the start screen lists recent cases, opens one, and shows a moved one as missing', async ({ page }) => {
  await page.goto(hostUrl());
  const kept = await newCase(page, 'recent-kept.driftcase');
  await page.getByTestId('close-case').click();
  const gone = await newCase(page, 'recent-gone.driftcase');
  await page.getByTestId('close-case').click();

  const recent = page.getByTestId('recent-cases');
  await expect(recent.locator(`[data-path="${gone}"]`)).toBeVisible();
  // Most recent first.
  const paths = await recent.getByTestId('recent-case').evaluateAll((items) => items.map((item) => item.getAttribute('data-path')));
  expect(paths.indexOf(gone)).toBeLessThan(paths.indexOf(kept));
  // The list lives in the run's own settings folder, never the user's.
  const stored = readFileSync(join(process.env.DRIFTSCOPE_CONFIG_DIR ?? '', 'recent-cases.json'), 'utf8');
  expect(stored).toContain(kept);

  rmSync(gone);
  await page.reload();
  const missing = recent.locator(`[data-path="${gone}"]`);
  await expect(missing).toHaveAttribute('data-missing', 'true');
  await expect(missing).toContainText('missing');
  await expect(missing.locator('button').first()).toBeDisabled();
  await shoot(page, 'start-recent');

  await missing.getByTestId('forget-recent-case').click();
  await expect(missing).toHaveCount(0);

  await recent.locator(`[data-path="${kept}"] button`).first().click();
  await expect(page.getByTestId('case-path')).toContainText('recent-kept.driftcase');
  await expect(page.getByTestId('home-empty')).toBeVisible();
});

test('imports the sample through the wizard and drills from the manifest into a file’s rejects', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleErrors = collectConsoleErrors(page);
  await page.goto(hostUrl());
  await newCase(page, 'home.driftcase');

  // An empty case says what to do.
  const empty = page.getByTestId('home-empty');
  await expect(empty).toContainText('This case has no data yet');
  await empty.getByTestId('home-import').click();
  const wizard = page.getByTestId('import-wizard');
  await expect(wizard).toContainText('No files yet');

  await wizard.getByTestId('wizard-add-folder').click();
  await choosePath(page, SAMPLE_DIR);
  const files = wizard.getByTestId('wizard-file');
  await expect(files).toHaveCount(6);
  await expect(wizard.locator('[data-testid="wizard-file"][data-status="recognised"]')).toHaveCount(6);

  // Naive times and no zone yet: the wizard names the files that would be read as UTC.
  const missing = wizard.getByTestId('wizard-zone-missing');
  await expect(missing).toContainText('NS_Transaction_Search_Results.csv (erp)');
  await expect(missing).not.toContainText('integration-log.csv');
  const zones = wizard.getByTestId('import-time-zones');
  await zones.fill(ZONES);
  await zones.press('Enter');
  await expect(missing).toHaveCount(0);

  // The middleware log: its preset, why, and its first records as they would be stored.
  await files.filter({ hasText: 'integration-log.csv' }).click();
  const detail = wizard.getByTestId('wizard-detail');
  await expect(detail).toHaveAttribute('data-path', join(SAMPLE_DIR, 'integration-log.csv'));
  await expect(detail.getByTestId('wizard-preset-name')).toHaveText('Generic middleware event log');
  await expect(detail.getByTestId('wizard-reason')).toContainText('columns time, record_type, status match Generic middleware event log');
  const preview = detail.getByTestId('wizard-preview');
  await expect(preview.getByTestId('wizard-preview-row')).toHaveCount(20);
  await expect(preview.locator('th[data-field="event_id"]')).toContainText('← log_id');
  const firstRow = preview.getByTestId('wizard-preview-row').first();
  await expect(firstRow.locator('td[data-field="event_id"]')).toHaveText('700001');
  await expect(firstRow.locator('td[data-field="event_type"]')).toHaveText('planning_signal');
  await expect(firstRow.locator('td[data-field="ts"]')).toHaveText('2026-09-18 04:58:59+00');

  // The NetSuite ledger with its zone: the rule in effect and its times in UTC.
  await files.filter({ hasText: 'NS_Transaction_Search_Results.csv' }).click();
  await expect(detail.getByTestId('wizard-preset-name')).toHaveText('NetSuite transaction saved search (CSV)');
  await expect(detail.getByTestId('wizard-tz-rule')).toContainText('--tz erp=America/New_York');
  await shoot(page, 'wizard');

  await wizard.getByTestId('wizard-load').click();
  await expect(wizard).toBeHidden();

  // The home: summary strip and manifest.
  const manifest = page.getByTestId('sources-manifest');
  await expect(manifest.getByTestId('manifest-row')).toHaveCount(6);
  await expect(page.getByTestId('summary-skus')).toContainText('60');
  await expect(page.getByTestId('summary-events')).toContainText('934');
  await expect(page.getByTestId('summary-files')).toContainText('5 rows rejected');
  await expect(page.getByTestId('summary-drift')).toHaveAttribute('data-analysed', 'false');
  const netsuite = manifest.getByTestId('manifest-row').filter({ hasText: 'NS_Transaction_Search_Results.csv' });
  await expect(netsuite.getByTestId('manifest-loaded')).toHaveText('445');
  await expect(netsuite.getByTestId('manifest-rejects')).toHaveText('1');
  await expect(netsuite).toContainText('--tz erp=America/New_York');
  const sha = netsuite.getByTestId('manifest-sha');
  await expect(sha).toHaveText(/^[0-9a-f]{12}$/);
  await expect(sha).toHaveAttribute('title', /^[0-9a-f]{64}$/);
  await shoot(page, 'home');

  // Drill into the WMS change log's two rejected lines.
  const shiphero = manifest.getByTestId('manifest-row').filter({ hasText: 'shiphero_inventory_changes.ndjson' });
  await shiphero.getByTestId('manifest-rejects').click();
  const rejects = page.getByTestId('rejects-panel');
  await expect(rejects.getByTestId('rejects-count')).toHaveAttribute('data-count', '2');
  await expect(rejects.getByTestId('reject-row')).toHaveCount(2);
  await expect(rejects.getByTestId('reject-row').first().locator('td').first()).toHaveText('88');
  await expect(rejects.getByTestId('reject-row').nth(1).locator('td').first()).toHaveText('241');
  await rejects.scrollIntoViewIfNeeded();
  await shoot(page, 'home-rejects');

  // Analysed, the strip counts drifting SKU x locations per cluster.
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('view-tab-verdicts')).toHaveAttribute('aria-selected', 'true', { timeout: 60_000 });
  await page.getByTestId('view-tab-home').click();
  const drift = page.getByTestId('summary-drift');
  await expect(drift).toHaveAttribute('data-analysed', 'true');
  await expect(drift.locator('[data-testid="summary-cluster"][data-cluster="phantom_stock"]')).toBeVisible();
  await shoot(page, 'home-analysed');
  expect(consoleErrors).toEqual([]);
});

test('edits a mapping for a file nothing recognises, previews it, saves it outside the inputs and loads with it', async ({ page }) => {
  await page.goto(hostUrl());
  await newCase(page, 'mapping.driftcase');
  await page.getByTestId('import-folder').first().click();
  await choosePath(page, RELAY_DIR);
  const wizard = page.getByTestId('import-wizard');
  const relay = wizard.getByTestId('wizard-file').filter({ hasText: 'acme-relay.jsonl' });
  await expect(relay).toHaveAttribute('data-status', 'unrecognised');
  await relay.click();
  const detail = wizard.getByTestId('wizard-detail');
  await expect(detail.getByTestId('wizard-reason')).toContainText('not recognised');

  await detail.getByTestId('wizard-edit-mapping').click();
  const editor = detail.getByTestId('mapping-editor');
  await editor.getByTestId('mapping-id').fill('acme-relay');
  const field = (name: string) => editor.locator(`[data-testid="mapping-field"][data-field="${name}"]`);
  await field('event_id').locator('select').selectOption('relay_id');
  await field('ts').locator('select').selectOption('received');
  await field('status').locator('select').selectOption('outcome');
  await field('sku').locator('select').selectOption('body');
  await field('sku').locator('input').fill('$.lines[0].sku');
  await editor.getByTestId('mapping-zone').fill('America/Chicago');
  const statusMap = editor.locator('[data-testid="value-map"][data-field="status"]');
  await statusMap.getByLabel('Raw status value').fill('NACKED');
  await statusMap.getByLabel('Normalised status').selectOption('rejected');
  await statusMap.getByRole('button', { name: 'Add' }).click();
  await expect(editor.getByTestId('mapping-json')).toContainText('"json": "$.lines[0].sku"');

  await editor.getByTestId('wizard-apply-mapping').click();
  await expect(relay).toHaveAttribute('data-status', 'edited');
  const firstRow = detail.getByTestId('wizard-preview-row').first();
  await expect(firstRow.locator('td[data-field="sku"]')).toHaveText('TEE-BLK-M');
  await expect(firstRow.locator('td[data-field="status"]')).toHaveText('rejected');
  // 08:00:02 in Chicago (CDT, since 8 March) is 13:00:02 UTC.
  await expect(firstRow.locator('td[data-field="ts"]')).toHaveText('2026-03-11 13:00:02.12+00');
  await detail.evaluate((element) => element.scrollTo(0, 0));
  await shoot(page, 'wizard-mapping');
  await detail.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await shoot(page, 'wizard-mapped-preview');

  // Never into the folder being imported; anywhere else, as the documented mapping file.
  await editor.getByTestId('wizard-save-mapping').click();
  await choosePath(page, join(RELAY_DIR, 'acme-relay.json'));
  await expect(wizard.getByTestId('wizard-message')).toContainText('one of the client');
  expect(existsSync(join(RELAY_DIR, 'acme-relay.json'))).toBe(false);
  const saved = join(workDir(), 'acme-relay.json');
  await editor.getByTestId('wizard-save-mapping').click();
  await choosePath(page, saved);
  await expect(wizard.getByTestId('wizard-message')).toContainText(`Mapping saved to ${saved}`);
  const written = JSON.parse(readFileSync(saved, 'utf8')) as Record<string, unknown>;
  expect(written).toMatchObject({ id: 'acme-relay', system: 'middleware', kind: 'events', timeZone: 'America/Chicago' });
  expect(written.fields).toMatchObject({ ts: ['received'], sku: { column: ['body'], json: '$.lines[0].sku' } });

  await wizard.getByTestId('wizard-load').click();
  const row = page.getByTestId('sources-manifest').getByTestId('manifest-row').filter({ hasText: 'acme-relay.jsonl' });
  await expect(row.getByTestId('manifest-preset')).toHaveText('Mapping for acme-relay.jsonl');
  await expect(row).toContainText('events');
});

test('shows a running import on the home and cancels it, keeping nothing of the file', async ({ page }) => {
  test.setTimeout(120_000);
  // A generic event log big enough to still be loading when Cancel is clicked.
  const folder = join(workDir(), 'big-export');
  const lines = ['event_id,time,record_type,status,item_sku,qty'];
  for (let i = 0; i < 1_500_000; i += 1) lines.push(`${i},2026-09-18T00:00:${String(i % 60).padStart(2, '0')}Z,receipt,200,SKU-${i % 997},${i % 13}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'events.csv'), `${lines.join('\n')}\n`);

  await page.goto(hostUrl());
  await newCase(page, 'cancel.driftcase');
  await page.getByTestId('import-folder').first().click();
  await choosePath(page, folder);
  const wizard = page.getByTestId('import-wizard');
  await expect(wizard.getByTestId('wizard-file')).toHaveCount(1);
  await wizard.getByTestId('wizard-load').click();

  const progress = page.getByTestId('home-import-progress');
  await expect(progress).toContainText('rows loaded');
  await shoot(page, 'home-importing');
  await progress.getByTestId('home-cancel-import').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary.locator('[data-testid="import-summary-row"][data-status="cancelled"]')).toHaveCount(1, { timeout: 60_000 });
  await expect(progress).toBeHidden();
  await expect(page.getByTestId('home-empty')).toBeVisible();
});
