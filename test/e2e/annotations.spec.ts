// Annotations end to end: import and analyse the sample, annotate and star a SKU on its page, see both
// kept after a reload, and find the annotation in the grid's annotations table; annotate an event from its record
// on the timeline and see it ringed there and badged in the grid, until it is deleted.
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectConsoleErrors, hostUrl, newCase } from './e2e-steps';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', 'resources', 'sample');
const ZONES = ['erp=America/New_York', 'wms=America/New_York', 'storefront=America/New_York'];
/** The sample's largest phantom stock drift. */
const SKU = 'HD_GRY_M';
const LOCATION = 'Savannah_Port';

test('annotates and stars a SKU on its page, keeps both across a reload and lists the annotation in the grid', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleErrors = collectConsoleErrors(page);

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

/** Calls the engine through the host, as the page does (the page's cookie carries the token). */
async function call(page: Page, name: string, request: unknown): Promise<unknown> {
  const response = await page.request.post(`${new URL(page.url()).origin}/api/call/${name}`, { data: request });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
  return result.value;
}

/** The page pixel of the first point of a chart series (the chart's own conversion), and how many points it has. */
async function seriesPoint(canvas: Locator, seriesId: string): Promise<{ x: number; y: number; count: number }> {
  const point = await canvas.evaluate((host, id) => {
    type Chart = {
      getOption(): { series: { id: string; data: (number[] | { value: number[] })[] }[] };
      convertToPixel(finder: { seriesId: string }, value: number[]): number[];
    };
    const chart = (host as unknown as { echarts: Chart }).echarts;
    const data = chart.getOption().series.find((candidate) => candidate.id === id)?.data ?? [];
    const first = data[0];
    const value = first === undefined ? [0, 0] : Array.isArray(first) ? first : first.value;
    const [x, y] = chart.convertToPixel({ seriesId: id }, [value[0] ?? 0, value[1] ?? 0]);
    return { x: x ?? 0, y: y ?? 0, count: data.length };
  }, seriesId);
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('the chart has no box');
  return { x: box.x + point.x, y: box.y + point.y, count: point.count };
}

test('annotates an event from its record: ringed on the timeline, badged in the grid, gone once deleted', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleErrors = collectConsoleErrors(page);
  await page.goto(hostUrl());
  await newCase(page, join(process.env.DRIFTSCOPE_E2E_DIR ?? '', 'annotated-rows.driftcase'));
  await call(page, 'importFiles', { paths: [SAMPLE_DIR], timeZones: ZONES });
  await call(page, 'analyzeCase', {});
  await page.goto(`${new URL(page.url()).origin}/#/sku/${SKU}?location=${LOCATION}`);
  await page.reload();
  await expect(page.getByTestId('sku-timeline')).toHaveAttribute('data-status', 'ready');
  const canvas = page.getByTestId('timeline-canvas');
  await expect(canvas).toHaveAttribute('data-annotated-count', '0');
  await expect(page.getByTestId('legend-annotated')).toContainText('Annotated 0');

  // The failed receipt's record offers the row's annotations; one is added there from the keyboard.
  const failed = await seriesPoint(canvas, 'markers:error');
  await page.mouse.click(failed.x, failed.y);
  const drawer = page.getByTestId('record-drawer');
  await expect(drawer.getByTestId('record-source')).toHaveText(/^integration-log\.csv · line \d+$/);
  const line = (await drawer.getByTestId('record-source').textContent())?.match(/line (\d+)/)?.[1] ?? '';
  const panel = drawer.getByTestId('annotation-panel');
  await expect(panel).toContainText('Nothing noted yet');
  await panel.getByText('Confirmed root cause', { exact: true }).click();
  await expect(panel.getByRole('radio', { name: 'Confirmed root cause' })).toBeChecked();
  const comment = 'E422 on PO26318 <b>rejected</b>: the receipt never reached the WMS';
  await panel.getByRole('textbox', { name: 'Comment' }).fill(comment);
  await panel.getByRole('textbox', { name: 'Comment' }).press('Control+Enter');
  await expect(panel.getByTestId('annotation-item')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('record-annotated-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('record-annotated-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // The marker gets a ring, the legend says so, and the tooltip tells the tag and the comment (as text).
  await expect(canvas).toHaveAttribute('data-annotated-count', '1');
  await expect(page.getByTestId('legend-annotated')).toContainText('Annotated 1');
  await drawer.getByRole('button', { name: 'Close the record' }).click();
  const ring = await seriesPoint(canvas, 'annotated:markers:all');
  expect(ring.count).toBe(1);
  expect([Math.round(ring.x), Math.round(ring.y)]).toEqual([Math.round(failed.x), Math.round(failed.y)]);
  await page.mouse.move(ring.x, ring.y);
  await expect(canvas).toContainText(`Confirmed root cause: ${comment}`);
  await page.screenshot({ path: test.info().outputPath('timeline-annotated-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.mouse.move(ring.x + 40, ring.y + 40);
  await page.mouse.move(ring.x, ring.y);
  await expect(canvas).toContainText(`Confirmed root cause: ${comment}`);
  await page.screenshot({ path: test.info().outputPath('timeline-annotated-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Its row in the grid carries the badge, with the annotation in its tooltip; no other row does.
  await page.mouse.click(ring.x, ring.y);
  await drawer.getByRole('button', { name: 'Show in grid' }).click();
  await expect(page).toHaveURL(new RegExp(`#/data/events\\?source=\\d+&line=${line}$`));
  const badge = page.locator('.ag-row.grid-row-focused [data-testid="row-annotation-badge"]');
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveAttribute('data-tags', 'confirmed_root_cause');
  await expect(badge).toHaveAttribute('title', `Confirmed root cause: ${comment}`);
  await expect(badge).toHaveAccessibleName(`1 annotation: Confirmed root cause: ${comment}`);
  await expect(page.getByTestId('row-annotation-badge')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('grid-annotated-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('grid-annotated-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Deleted from the record: the ring and the badge go.
  await page.goBack();
  await expect(page.getByTestId('sku-timeline')).toHaveAttribute('data-status', 'ready');
  await expect(canvas).toHaveAttribute('data-annotated-count', '1');
  await page.mouse.click(ring.x, ring.y);
  const item = drawer.getByTestId('annotation-item');
  await item.getByRole('button', { name: 'Delete annotation' }).click();
  await item.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(item).toHaveCount(0);
  await expect(canvas).toHaveAttribute('data-annotated-count', '0');
  await drawer.getByRole('button', { name: 'Show in grid' }).click();
  await expect(page.locator('.ag-row.grid-row-focused')).not.toHaveCount(0);
  await expect(page.getByTestId('row-annotation-badge')).toHaveCount(0);

  expect(consoleErrors).toEqual([]);
});
