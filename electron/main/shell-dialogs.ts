// The shell calls of the contract: native open and save dialogs, attached to the app window.
import { basename, extname } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { ShellHandlers } from '../../shared/contract';
import { ok, type Result } from '../../shared/result';
import type { PickResult } from '../../shared/model/files';

const CASE_FILTER = { name: 'Driftscope case', extensions: ['driftcase'] };
/** What a save dialog offers, by the extension of the name the page suggests. */
interface ExportKind {
  title: string;
  filterName: string;
  extension: string;
}
const CSV_KIND: ExportKind = { title: 'Export view as CSV', filterName: 'CSV', extension: 'csv' };
const EXPORT_KINDS: Record<string, ExportKind> = {
  '.csv': CSV_KIND,
  '.html': { title: 'Export report as HTML', filterName: 'HTML report', extension: 'html' },
  '.pdf': { title: 'Export report as PDF', filterName: 'PDF', extension: 'pdf' },
};
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
    pickExportPath: (request) => {
      const name = suggestedFileName(request);
      const extension = extname(name).toLowerCase();
      const kind = EXPORT_KINDS[extension] ?? CSV_KIND;
      return save(
        {
          title: kind.title,
          defaultPath: name,
          filters: [{ name: kind.filterName, extensions: [kind.extension] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
        `.${kind.extension}`,
      );
    },
    pickExportFolder: () =>
      open({ title: 'Folder for the CSV and JSON exports', properties: ['openDirectory', 'createDirectory'] }),
    pickMappingSavePath: (request) =>
      save(
        {
          title: 'Save mapping',
          defaultPath: suggestedFileName(request).replace(/\.csv$/i, '.json'),
          filters: [{ name: 'Driftscope mapping', extensions: ['json'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
        '.json',
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
