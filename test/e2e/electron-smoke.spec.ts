// Smoke test of the real desktop app: one sandboxed window, the start screen, an isolated bridge; skipped where Electron's binary is absent.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { API_CALLS, BRIDGE_KEY } from '../../shared/contract';
import { electronExecutable } from '../../scripts/electron-binary.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const SKIP_REASON = 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); run where Electron is available';
const electronMissing = electronExecutable() === null;
// The list reporter shows a skip without its reason, so the reason is printed too.
if (electronMissing) console.log(`electron smoke test skipped: ${SKIP_REASON}`);
test.skip(electronMissing, SKIP_REASON);

test('the desktop app opens one locked-down window on its start screen', async () => {
  expect(existsSync(join(projectRoot, 'out', 'main', 'index.js')), 'run `electron-vite build` first').toBe(true);
  const profile = mkdtempSync(join(tmpdir(), 'driftscope-electron-'));
  const app = await electron.launch({ args: ['.', `--user-data-dir=${profile}`], cwd: projectRoot });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Driftscope/);
    expect(page.url()).toMatch(/^driftscope:\/\/app\//);
    await expect(page.locator('[data-testid="start-screen"], [data-testid="app-shell"]').first()).toBeVisible();

    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    const isolation = await page.evaluate((bridgeKey) => {
      const scope = globalThis as unknown as Record<string, unknown>;
      const bridge = scope[bridgeKey] as { api?: Record<string, unknown>; on?: unknown } | undefined;
      return {
        bridgeKeys: bridge === undefined ? null : Object.keys(bridge).sort(),
        apiCalls: bridge?.api === undefined ? [] : Object.keys(bridge.api).sort(),
        onIsFunction: typeof bridge?.on === 'function',
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
      };
    }, BRIDGE_KEY);
    expect(isolation).toEqual({
      bridgeKeys: ['api', 'on', 'pathForFile'],
      apiCalls: [...API_CALLS].sort(),
      onIsFunction: true,
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });

    const appInfo = await page.evaluate(async (bridgeKey) => {
      const bridge = (globalThis as unknown as Record<string, { api: { getAppInfo: (r: object) => Promise<unknown> } }>)[
        bridgeKey
      ];
      return bridge?.api.getAppInfo({});
    }, BRIDGE_KEY);
    expect(appInfo).toMatchObject({ ok: true, value: { mode: 'desktop', nativeDialogs: true } });

    const testInfo = test.info();
    const screenshot = testInfo.outputPath('electron-smoke.png');
    await page.screenshot({ path: screenshot });
    await testInfo.attach('electron window', { path: screenshot, contentType: 'image/png' });
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
