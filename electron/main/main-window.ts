// The one application window: created with locked-down web preferences, and reachable by menus, dialogs and the engine's events.
import { fileURLToPath } from 'node:url';
import { BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { isTrustedSender } from './app-origin';

let current: BrowserWindow | null = null;

export function mainWindow(): BrowserWindow | null {
  return current !== null && !current.isDestroyed() ? current : null;
}

export function openMainWindow(startUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Driftscope',
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Sandboxed preloads cannot be ES modules, hence the CommonJS bundle next to the main bundle.
      preload: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (current === window) current = null;
  });
  current = window;
  window.loadURL(startUrl).catch((error: unknown) => console.error(`Driftscope could not load ${startUrl}`, error));
  return window;
}

export function focusMainWindow(): void {
  const window = mainWindow();
  if (window === null) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** True only for calls from this window's main frame while it shows one of `pageOrigins`. */
export function isFromMainWindow(event: IpcMainInvokeEvent, pageOrigins: readonly string[]): boolean {
  const window = mainWindow();
  if (window === null || event.sender.id !== window.webContents.id) return false;
  return isTrustedSender(event.senderFrame, window.webContents.mainFrame, pageOrigins);
}
