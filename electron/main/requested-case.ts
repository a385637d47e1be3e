// Cases the operating system asks the app to open (command line, file association, a second launch) and how they reach the engine.
import { dialog, type BrowserWindow } from 'electron';
import type { EngineService } from '../engine/engine-service';

/** Opens the case before the window loads, so the page finds it open at start-up; returns the failure message, if any. */
export async function openCaseBeforeWindow(service: EngineService, path: string): Promise<string | null> {
  const result = await service.openCaseFile(path, false);
  return result.ok ? null : result.error.message;
}

/**
 * The page only learns which case is open when it starts (getAppInfo) and the contract has no push event for
 * "a case was opened", so a case opened from outside reloads the page.
 */
export async function openCaseInRunningApp(service: EngineService, path: string, window: BrowserWindow | null): Promise<void> {
  const info = await service.handlers.getAppInfo({});
  if (info.ok && info.value.openCase?.path === path) return;
  const failure = await openCaseBeforeWindow(service, path);
  if (failure !== null) {
    reportCaseFailure(window, path, failure);
    return;
  }
  window?.webContents.reload();
}

export function reportCaseFailure(window: BrowserWindow | null, path: string, message: string): void {
  const options = { type: 'error' as const, title: 'Driftscope', message: `Could not open ${path}`, detail: message };
  const shown = window === null ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options);
  shown.catch((error: unknown) => console.error('Driftscope could not report a case failure', error));
}
