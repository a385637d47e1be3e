// The shell calls of the contract: native open and save dialogs, attached to the app window.
import { basename } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { ShellHandlers } from '../../shared/contract';
import { ok, type Result } from '../../shared/result';
import type { PickResult } from '../../shared/model/files';

const CASE_FILTER = { name: 'Driftscope case', extensions: ['driftcase'] };
const CSV_FILTER = { name: 'CSV', extensions: ['csv'] };
const ALL_FILES = { name: 'All files', extensions: ['*'] };

export function createShellHandlers(window: () => BrowserWindow | null): ShellHandlers {
  const open = async (options: OpenDialogOptions): Promise<Result<PickResult>> => {
    const parent = window();
    const chosen = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
    return ok({ paths: chosen.canceled ? [] : chosen.filePaths });
  };

  const save = async (options: SaveDialogOptions, extension: string): Promise<Result<PickResult>> => {
    const parent = window();
    const chosen = parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
    if (chosen.canceled || !chosen.filePath) return ok({ paths: [] });
    return ok({ paths: [withExtension(chosen.filePath, extension)] });
  };

  return {
    pickImportFiles: () =>
      open({
        title: 'Import files',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Data files', extensions: ['csv', 'tsv', 'txt', 'gz'] }, ALL_FILES],
      }),
    pickImportFolder: () => open({ title: 'Import folder', properties: ['openDirectory'] }),
    pickCaseToOpen: () => open({ title: 'Open case', properties: ['openFile'], filters: [CASE_FILTER, ALL_FILES] }),
    pickCaseToCreate: () =>
      save(
        {
          title: 'New case',
          defaultPath: 'case.driftcase',
          filters: [CASE_FILTER],
          // No overwrite prompt: the engine refuses to create a case over an existing file and says why.
          properties: ['createDirectory'],
        },
        '.driftcase',
      ),
    pickExportPath: (request) =>
      save(
        {
          title: 'Export view as CSV',
          defaultPath: suggestedFileName(request),
          filters: [CSV_FILTER],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
        '.csv',
      ),
  };
}

/** Linux save dialogs do not add the filter's extension, and file association and the open filter rely on it. */
function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}

/** The request comes from the page: keep only a bare file name so it cannot steer the dialog to another folder. */
function suggestedFileName(request: unknown): string {
  const name = (request as { suggestedName?: unknown } | null)?.suggestedName;
  const bare = typeof name === 'string' ? basename(name.replace(/\\/g, '/')) : '';
  return bare === '' ? 'export.csv' : bare;
}
