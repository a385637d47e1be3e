// The per-SKU timeline end to end: import the sample (plus one relay log with a payload) with its zones, analyse,
// open a verdict SKU by deep link, read the lanes and markers off the chart, hover and click a marker, follow its
// record to the grid, switch the display zone and travel back in time.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectConsoleErrors, hostUrl } from './e2e-steps';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', 'resources', 'sample');
const ZONES = ['erp=America/New_York', 'wms=America/New_York', 'storefront=America/New_York'];
/** A phantom-stock verdict of resources/sample.ground_truth.json: its erp->wms receipt failed. */
const SKU = 'HD_GRY_M';
const LOCATION = 'Savannah_Port';
/** The retried event the relay log adds, with its payload. */
const RELAY_EVENT = {
  id: 'relay-1',
  ts: '2026-09-20T14:00:00.000Z',
  path: 'erp->wms',
  type: 'receipt',
  status: 'retried',
  code: '503',
  message: 'WMS busy, retrying',
  trace_id: 'corr-relay-1',
  dedupe_key: 'rcpt-relay-1',
  reference: 'PO-RELAY-1',
  payload: { sku: SKU, qty: 36, location: LOCATION, carrier: 'relay-test-carrier' },
};

/** Calls the engine through the host, as the page does (the page's cookie carries the token). */
async function call(page: Page, name: string, request: unknown): Promise<unknown> {
  const response = await page.request.post(`${new URL(hostUrl()).origin}/api/call/${name}`, { data: request });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
  return result.value;
}

/** The sample's files and the relay log in a folder of their own. */
function exportsFolder(): string {
  const folder = join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'timeline-exports');
  mkdirSync(folder, { recursive: true });
  cpSync(SAMPLE_DIR, folder, { recursive: true });
  writeFileSync(join(folder, 'relay-events.jsonl'), `${JSON.stringify(RELAY_EVENT)}\n`);
  return folder;
}

/** The pixel, within the canvas, of the first marker of a status series (the chart's own conversion). */
async function markerPixel(canvas: Locator, status: string): Promise<{ x: number; y: number; index: number }> {
  return canvas.evaluate((host, seriesId) => {
    type Chart = {
      getOption(): { series: { id: string; data: number[][] }[] };
      convertToPixel(finder: { seriesId: string }, value: number[]): number[];
    };
    const chart = (host as unknown as { echarts: Chart }).echarts;
    const series = chart.getOption().series.find((candidate) => candidate.id === seriesId);
    const point = series?.data[0];
    if (point === undefined) throw new Error(`no marker in ${seriesId}`);
    const [x, y] = chart.convertToPixel({ seriesId }, [point[0] ?? 0, point[1] ?? 0]);
    return { x: x ?? 0, y: y ?? 0, index: point[2] ?? -1 };
  }, `markers:${status}`);
}

/** The shown share of the time axis, as the chart's zoom holds it (percent, rounded). */
async function zoomOf(canvas: Locator): Promise<number[]> {
  return canvas.evaluate((host) => {
    const chart = (host as unknown as { echarts: { getOption(): { dataZoom: { start: number; end: number }[] } } }).echarts;
    const zoom = chart.getOption().dataZoom[0];
    return [Math.round(zoom?.start ?? 0), Math.round(zoom?.end ?? 100)];
  });
}

async function at(canvas: Locator, pixel: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('the chart has no box');
  return { x: box.x + pixel.x, y: box.y + pixel.y };
}

test('draws a SKU\'s lanes and markers, opens a record, switches zone and travels in time', async ({ page }) => {
  const consoleErrors = collectConsoleErrors(page);
  // The case is built through the host's API (the import and analysis screens have end-to-end tests of their own).
  await page.goto(hostUrl());
  await call(page, 'createCase', { path: join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'timeline.driftcase') });
  await call(page, 'importFiles', { paths: [exportsFolder()], timeZones: ZONES });
  await call(page, 'analyzeCase', {});

  // The page was open before the case was: load it again on the deep link, as a bookmark would.
  await page.goto(`${new URL(hostUrl()).origin}/#/sku/${SKU}?location=${LOCATION}`);
  await page.reload();
  const timeline = page.getByTestId('sku-timeline');
  await expect(timeline).toHaveAttribute('data-status', 'ready');
  const canvas = page.getByTestId('timeline-canvas');
  await expect(canvas).toHaveAttribute('data-marker-count', '11');
  expect(Number(await canvas.getAttribute('data-step-count'))).toBeGreaterThan(3);
  expect(Number(await canvas.getAttribute('data-tick-count'))).toBeGreaterThan(100);
  await expect(timeline.locator('.legend-item[data-status="error"]')).toContainText('1');
  await expect(timeline.locator('.legend-item[data-status="retried"]')).toContainText('1');
  await page.screenshot({ path: test.info().outputPath('timeline-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('timeline-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Zoom: the wheel over a lane, a brushed range, and back to everything.
  const plot = await at(canvas, { x: 500, y: 60 });
  await page.mouse.move(plot.x, plot.y);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
  await expect.poll(() => zoomOf(canvas)).not.toEqual([0, 100]);
  await timeline.getByRole('button', { name: 'Reset zoom' }).click();
  await expect.poll(() => zoomOf(canvas)).toEqual([0, 100]);
  await timeline.getByRole('button', { name: 'Brush to zoom' }).click();
  await page.mouse.move(plot.x, plot.y);
  await page.mouse.down();
  await page.mouse.move(plot.x + 150, plot.y + 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => zoomOf(canvas)).not.toEqual([0, 100]);
  await timeline.getByRole('button', { name: 'Brush to zoom' }).click();
  await timeline.getByRole('button', { name: 'Reset zoom' }).click();
  await expect.poll(() => zoomOf(canvas)).toEqual([0, 100]);

  // Hover the failed receipt: the tooltip names it; click it: the drawer shows its record, file and line.
  const failed = await at(canvas, await markerPixel(canvas, 'error'));
  await page.mouse.move(failed.x, failed.y);
  await expect(canvas).toContainText('error · receipt');
  await page.screenshot({ path: test.info().outputPath('timeline-hover.png') });
  await page.mouse.click(failed.x, failed.y);
  const drawer = page.getByTestId('record-drawer');
  await expect(drawer.getByTestId('record-source')).toHaveText(/^integration-log\.csv · line \d+$/);
  await expect(drawer).toContainText('HD_GRY_M');
  await expect(drawer.getByTestId('record-payload')).toContainText('no payload');
  await drawer.getByRole('button', { name: 'Close the record' }).click();

  // The relay's retried event carries a payload, shown indented.
  const retried = await at(canvas, await markerPixel(canvas, 'retried'));
  await page.mouse.click(retried.x, retried.y);
  await expect(drawer.getByTestId('record-source')).toHaveText('relay-events.jsonl · line 1');
  await expect(drawer.getByTestId('record-payload')).toContainText('"carrier": "relay-test-carrier"');
  await page.screenshot({ path: test.info().outputPath('timeline-record.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('timeline-record-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  await drawer.getByRole('button', { name: 'Show in grid' }).click();
  await expect(page.getByTestId('view-data')).toBeVisible();
  await expect(page).toHaveURL(/#\/data\/events\?source=\d+&line=1$/);
  await page.goBack();
  await expect(page.getByTestId('sku-timeline')).toHaveAttribute('data-status', 'ready');

  // Zone: UTC by default; New York shows the relay event four hours earlier; a wrong name is refused.
  const zone = page.getByTestId('zone-switch');
  await expect(zone).toHaveAttribute('data-zone', 'UTC');
  const asOf = page.getByLabel(/^As-of instant/);
  await asOf.fill('2026-09-20T14:00:00');
  const levels = page.getByTestId('as-of-levels');
  await expect(levels).toContainText('2026-09-20 14:00:00 UTC');
  await zone.getByLabel('Time zone name').fill('Mars/Olympus');
  await zone.getByRole('button', { name: 'Show in zone' }).click();
  await expect(zone.getByRole('alert')).toHaveText('Unknown time zone "Mars/Olympus"');
  await zone.getByLabel('Time zone name').fill('america/new_york');
  await zone.getByRole('button', { name: 'Show in zone' }).click();
  await expect(zone).toHaveAttribute('data-zone', 'America/New_York');
  await expect(levels).toContainText('2026-09-20 10:00:00 EDT');
  await expect(asOf).toHaveValue(/^2026-09-20T10:00(:00)?$/);

  // Time travel: before the ERP received PO stock, and after; the figures come from the engine's as-of call.
  await asOf.fill('2026-09-19T08:00:00');
  await expect(levels.locator('[data-system="erp"]')).toHaveAttribute('data-level', '19');
  await asOf.fill('2026-09-19T13:00:00');
  await expect(levels.locator('[data-system="erp"]')).toHaveAttribute('data-level', '55');
  await page.screenshot({ path: test.info().outputPath('timeline-as-of.png') });

  // Clicking the chart's background moves the as-of line there.
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('the chart has no box');
  await page.mouse.click(box.x + box.width * 0.25, box.y + 50);
  await expect(levels).not.toContainText('2026-09-19 13:00:00');
  await page.reload();
  await expect(page.getByTestId('zone-switch')).toHaveAttribute('data-zone', 'America/New_York');
  expect(consoleErrors).toEqual([]);
});

test('says the timeline needs an analysis, and draws it once the case is analysed', async ({ page }) => {
  await page.goto(hostUrl());
  await call(page, 'createCase', { path: join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'timeline-unanalysed.driftcase') });
  await call(page, 'importFiles', { paths: [SAMPLE_DIR], timeZones: ZONES });
  const deepLink = `${new URL(hostUrl()).origin}/#/sku/${SKU}?location=${LOCATION}`;
  await page.goto(deepLink);
  await page.reload();
  const timeline = page.getByTestId('sku-timeline');
  await expect(timeline).toHaveAttribute('data-status', 'not_analysed');
  await expect(timeline.getByTestId('timeline-empty')).toContainText('No analysis yet');
  await page.screenshot({ path: test.info().outputPath('timeline-not-analysed.png') });

  await timeline.getByRole('button', { name: 'Analyse the case' }).click();
  await expect(page.getByTestId('verdict-board').getByTestId('cluster-cards')).toBeVisible({ timeout: 60_000 });
  await page.goBack();
  await expect(page.getByTestId('sku-timeline')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('timeline-canvas')).toHaveAttribute('data-marker-count', '10');
});
