// Steps the end-to-end tests share: the host's URL, a new case, the in-app chooser, importing through the wizard.
import { expect, type Page } from '@playwright/test';

/** The loopback host's URL, which the global setup started. */
export function hostUrl(): string {
  const url = process.env.DRIFTSCOPE_URL;
  if (url === undefined) throw new Error('DRIFTSCOPE_URL is not set: the global setup did not start the host');
  return url;
}

/** Types a path into the in-app path chooser (browser mode has no native dialogs) and confirms it. */
export async function choosePath(page: Page, path: string): Promise<void> {
  const input = page.getByTestId('path-input');
  await expect(input).toBeVisible();
  await input.fill(path);
  await page.getByTestId('path-dialog-ok').click();
}

/**
 * Imports files or a folder as a user does: Import folder, the path, the zones for naive times in the wizard, Load;
 * returns once the import summary shows.
 */
export async function importThroughWizard(page: Page, path: string, zones = ''): Promise<void> {
  await page.getByTestId('import-folder').first().click();
  await choosePath(page, path);
  const wizard = page.getByTestId('import-wizard');
  await expect(wizard).toBeVisible();
  const zoneInput = wizard.getByTestId('import-time-zones');
  if (zones !== '') {
    await zoneInput.fill(zones);
    await zoneInput.press('Enter');
  }
  await expect(wizard.getByTestId('wizard-file').first()).toBeVisible();
  await wizard.getByTestId('wizard-load').click();
  await expect(wizard).toBeHidden();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
}

/**
 * Creates a case from the top bar or the start screen and waits until the app shows it: the host outlives each test
 * and keeps the previous test's case open, so acting before the switch lands would act on that case.
 */
export async function newCase(page: Page, path: string): Promise<void> {
  await page.getByTestId('new-case').first().click();
  await choosePath(page, path);
  const name = path.split(/[\\/]/).pop() ?? path;
  await expect(page.getByTestId('case-path')).toContainText(name);
}

/** Opens the app with no case open, whatever case an earlier test left open in the shared host. */
export async function startWithoutCase(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const closed = await page.request.post(`${new URL(page.url()).origin}/api/call/closeCase`, { data: {} });
  expect(closed.ok()).toBe(true);
  await page.reload();
  await expect(page.getByTestId('start-screen')).toBeVisible();
}

/** Collects the errors the page logs to its console, for a test to assert there were none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
