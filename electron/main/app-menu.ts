// The application menu: platform conventions, and File commands forwarded to the page so it runs the same flow as its buttons.
import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { ipcChannel, type MenuCommand } from '../../shared/contract';
import { appVersion } from '../engine/app-paths';
import { mainWindow } from './main-window';

export function installAppMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', app.isPackaged)));
}

function menuTemplate(isMac: boolean, isPackaged: boolean): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string, menuCommand: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => mainWindow()?.webContents.send(ipcChannel('onMenuCommand'), menuCommand),
  });
  const about: MenuItemConstructorOptions = { label: 'About Driftscope', click: showAbout };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Driftscope',
          submenu: [
            about,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        command('New Case…', 'CmdOrCtrl+N', 'new-case'),
        command('Open Case…', 'CmdOrCtrl+O', 'open-case'),
        { type: 'separator' },
        command('Import Files…', 'CmdOrCtrl+I', 'import-files'),
        command('Import Folder…', 'CmdOrCtrl+Shift+I', 'import-folder'),
        { type: 'separator' },
        command('Export View as CSV…', 'CmdOrCtrl+E', 'export-csv'),
        command('Export Report…', 'CmdOrCtrl+Shift+E', 'export-report'),
        { type: 'separator' },
        // On macOS Quit lives in the app menu and File ends with Close Window.
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...(isPackaged
          ? []
          : ([
              { role: 'reload' },
              // F12 because the default Ctrl+Shift+I is taken by Import Folder.
              { role: 'toggleDevTools', accelerator: 'F12' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    { role: 'help', submenu: [about] },
  ];
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'About Driftscope',
    message: 'Driftscope',
    detail: `Version ${appVersion()}\nOffline forensic analysis of inventory drift.`,
    buttons: ['OK'],
  };
  const window = mainWindow();
  const shown = window === null ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options);
  shown.catch((error: unknown) => console.error('Driftscope could not show the About box', error));
}
