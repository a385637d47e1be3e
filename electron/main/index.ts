// Desktop app lifecycle: single instance, sandbox, app scheme, engine binding, the window, and shutdown.
import { join, resolve } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { ipcChannel, type PushEmitter } from '../../shared/contract';
import { createEngineService, type EngineService } from '../engine/engine-service';
import { rendererDir } from '../engine/app-paths';
import { configDirFromEnv } from '../engine/case/config-dir';
import { APP_START_URL, appOrigins } from './app-origin';
import { installAppMenu } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { bindIpc } from './ipc-binding';
import { caseFileFromArgs } from './launch-args';
import { focusMainWindow, isFromMainWindow, mainWindow, openMainWindow } from './main-window';
import { printWithElectron } from './print-report-pdf';
import { openCaseBeforeWindow, openCaseInRunningApp, reportCaseFailure } from './requested-case';
import { createShellHandlers } from './shell-dialogs';
import { hardenSession, hardenWebContents } from './web-hardening';

const launchCase = caseFileFromArgs(process.argv.slice(1), process.cwd());

// An explicit profile folder (such as the smoke test's throwaway one) also gets its own single-instance lock.
const profileDir = app.commandLine.getSwitchValue('user-data-dir');
if (profileDir !== '') app.setPath('userData', resolve(profileDir));

// The case path travels with the lock request because a second launch's argv can arrive reordered by Chromium.
if (app.requestSingleInstanceLock({ casePath: launchCase })) {
  start(launchCase);
} else {
  app.quit();
}

function start(requestedCase: string | null): void {
  app.enableSandbox();
  registerAppScheme();

  // Only an unpackaged app may load the dev server: in an installed app the variable would let anyone swap the page.
  const devServerUrl = app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null);
  const origins = appOrigins(devServerUrl);
  const startUrl = devServerUrl ?? APP_START_URL;
  let pendingCase = requestedCase;
  let service: EngineService | null = null;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins));

  // macOS hands over double-clicked files with this event instead of argv, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (service === null) pendingCase = path;
    else void openCaseInRunningApp(service, path, mainWindow());
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    focusMainWindow();
    const casePath = casePathOf(additionalData) ?? caseFileFromArgs(argv.slice(1), workingDirectory);
    if (casePath !== null && service !== null) void openCaseInRunningApp(service, casePath, mainWindow());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => service?.close());

  const emit: PushEmitter = (event, payload) => mainWindow()?.webContents.send(ipcChannel(event), payload);

  const ready = async () => {
    hardenSession(session.defaultSession, origins);
    serveRenderer(rendererDir());
    const engine = createEngineService({
      mode: 'desktop',
      nativeDialogs: true,
      emit,
      // DuckDB's native code cannot read inside app.asar, so the packaged samples live beside it as extraResources.
      sampleDir: app.isPackaged ? join(process.resourcesPath, 'sample') : undefined,
      // The recent-cases list lives in the profile folder, so a throw-away profile (the smoke test) has its own.
      configDir: configDirFromEnv(process.env) ?? app.getPath('userData'),
      printPdf: printWithElectron,
    });
    service = engine;
    bindIpc(engine, createShellHandlers(mainWindow), (event) => isFromMainWindow(event, origins.pages));
    installAppMenu();

    const caseFailure = pendingCase === null ? null : await openCaseBeforeWindow(engine, pendingCase);
    const window = openMainWindow(startUrl);
    if (caseFailure !== null && pendingCase !== null) {
      const failedCase = pendingCase;
      window.once('ready-to-show', () => reportCaseFailure(window, failedCase, caseFailure));
    }

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow(startUrl);
    });
  };

  app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      console.error('Driftscope failed to start', error);
      app.exit(1);
    });
}

function casePathOf(additionalData: unknown): string | null {
  const casePath = (additionalData as { casePath?: unknown } | null)?.casePath;
  return typeof casePath === 'string' ? casePath : null;
}
