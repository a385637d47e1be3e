// Importing files into the open case: the running flag, live progress pushes and the last summary.
import type { ImportRequest } from '../../../shared/model/import';
import { selectFirstLoadedTable, selectZoneRules } from './selectors';
import type { ImportSlice } from './types';
import type { SliceFactory } from './slice';

export const createImportSlice: SliceFactory<ImportSlice> =
  ({ api }) =>
  (set, get) => ({
    importRunning: false,
    importProgress: null,
    importSummary: null,
    importTimeZones: '',
    setImportTimeZones: (text) => set({ importTimeZones: text }),
    importFiles: async (paths, choices = {}) => {
      if (get().importRunning || paths.length === 0) return false;
      set({ importRunning: true, importProgress: null, importSummary: null, notice: null, error: null });
      const request: ImportRequest = { ...choices, paths };
      const timeZones = [...selectZoneRules(get().importTimeZones), ...(choices.timeZones ?? [])];
      if (timeZones.length > 0) request.timeZones = timeZones;
      else delete request.timeZones;
      const result = await api.importFiles(request);
      set({ importRunning: false, importProgress: null });
      if (!result.ok) {
        get().showError(result.error);
        await get().refreshTables(null);
        return false;
      }
      set({ importSummary: result.value });
      await get().refreshTables(selectFirstLoadedTable(result.value));
      return true;
    },
    cancelImport: async () => {
      if (!get().importRunning) return;
      const result = await api.cancelImport({});
      if (!result.ok) get().showError(result.error);
    },
    receiveImportProgress: (progress) => {
      // A push can arrive after the call's answer; once the import is over it is stale.
      if (get().importRunning) set({ importProgress: progress });
    },
    dismissImportSummary: () => set({ importSummary: null }),
  });
