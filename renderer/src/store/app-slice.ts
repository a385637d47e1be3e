// App-wide state: what the engine says about itself, the error banner and the notice line.
import type { AppSlice } from './types';
import type { SliceFactory } from './slice';

export const createAppSlice: SliceFactory<AppSlice> =
  ({ api }) =>
  (set, get) => ({
    appInfo: null,
    error: null,
    notice: null,
    init: async () => {
      const result = await api.getAppInfo({});
      if (!result.ok) {
        get().showError(result.error);
        return;
      }
      set({ appInfo: result.value, caseInfo: result.value.openCase });
      if (result.value.openCase !== null) await get().refreshTables(null);
    },
    showError: (error) => set({ error }),
    dismissError: () => set({ error: null }),
    showNotice: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null }),
  });
