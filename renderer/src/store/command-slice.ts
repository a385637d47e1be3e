// Commands from buttons and the desktop menu: ask for paths (native dialog or the chooser), then act on them.
import type { ApiClient } from '../../../shared/contract';
import type { PickResult } from '../../../shared/model/files';
import type { Result } from '../../../shared/result';
import { sampleCasePath } from './paths';
import { SAMPLE_TIME_ZONES, selectedFile } from './import-wizard-selectors';
import type { AppCommand, AppState, CommandSlice, PathCommand } from './types';
import type { SliceFactory } from './slice';

/** Why a command cannot run now, or null when it can. */
export function commandBlocker(
  state: Pick<AppState, 'appInfo' | 'caseInfo' | 'importRunning' | 'selectedTable' | 'importWizard'>,
  command: AppCommand,
): string | null {
  if (state.importRunning) return 'An import is running; wait for it to finish';
  switch (command) {
    case 'import-files':
    case 'import-folder':
      return state.caseInfo === null ? 'Create or open a case before importing files' : null;
    case 'export-csv':
      return state.caseInfo === null || state.selectedTable === null ? 'Select a table to export first' : null;
    case 'explore-sample':
      return state.appInfo === null ? 'Driftscope is still starting; try again in a moment' : null;
    case 'export-report':
      return state.caseInfo === null ? 'Open a case and analyse it before exporting its report' : null;
    case 'save-mapping':
      return selectedFile(state.importWizard)?.mapping == null ? 'Edit a file’s mapping in the import wizard first' : null;
    case 'new-case':
    case 'open-case':
      return null;
  }
}

/** What the chooser's text field starts with for a command. */
export function initialChooserInput(
  state: Pick<AppState, 'selectedTable' | 'importWizard'>,
  command: PathCommand,
  now: Date,
): string {
  switch (command) {
    case 'new-case':
      return 'untitled.driftcase';
    case 'export-csv':
      return `${state.selectedTable ?? 'export'}.csv`;
    case 'explore-sample':
      return sampleCasePath(now);
    case 'save-mapping':
      return suggestedMappingName(state);
    case 'open-case':
    case 'import-files':
    case 'import-folder':
      return '';
  }
}

function pickNative(api: ApiClient, command: PathCommand, state: AppState): Promise<Result<PickResult>> {
  switch (command) {
    case 'new-case':
    case 'explore-sample':
      return api.pickCaseToCreate({});
    case 'open-case':
      return api.pickCaseToOpen({});
    case 'import-files':
      return api.pickImportFiles({});
    case 'import-folder':
      return api.pickImportFolder({});
    case 'export-csv':
      return api.pickExportPath({ suggestedName: `${state.selectedTable ?? 'export'}.csv` });
    case 'save-mapping':
      return api.pickMappingSavePath({ suggestedName: suggestedMappingName(state) });
  }
}

/** The edited mapping's id as a file name. */
function suggestedMappingName(state: Pick<AppState, 'importWizard'>): string {
  return `${selectedFile(state.importWizard)?.mapping?.id ?? 'mapping'}.json`;
}

export const createCommandSlice: SliceFactory<CommandSlice> =
  ({ api, now }) =>
  (_set, get) => ({
    runCommand: async (command) => {
      const state = get();
      const blocker = commandBlocker(state, command);
      if (blocker !== null) {
        state.showError({ code: 'bad_request', message: blocker });
        return;
      }
      if (command === 'export-report') {
        await state.openReportDialog();
        return;
      }
      if (state.appInfo?.nativeDialogs !== true) {
        await state.openChooser(command, initialChooserInput(state, command, now()));
        return;
      }
      const picked = await pickNative(api, command, state);
      if (!picked.ok) {
        if (picked.error.code !== 'cancelled') get().showError(picked.error);
        return;
      }
      await get().completeCommand(command, picked.value.paths);
    },
    completeCommand: async (command, paths) => {
      const [first] = paths;
      if (first === undefined) return;
      const state = get();
      switch (command) {
        case 'new-case':
          await state.createCase(first);
          return;
        case 'open-case':
          await state.openCase(first);
          return;
        case 'import-files':
        case 'import-folder':
          await state.addImportPaths(paths);
          return;
        case 'save-mapping':
          await state.saveImportMapping(first);
          return;
        case 'export-csv':
          await state.exportCsv(first);
          return;
        case 'explore-sample': {
          const sampleDir = state.appInfo?.sampleDir;
          if (sampleDir === undefined || !(await state.createCase(first))) return;
          // The sample writes naive local times; its zones are known, so the wizard opens ready to load.
          if (get().importTimeZones.trim() === '') get().setImportTimeZones(SAMPLE_TIME_ZONES);
          await get().openImportWizard([sampleDir]);
          return;
        }
      }
    },
  });
