// The in-app path chooser over the engine's read-only directory listing, for shells without native dialogs.
import { CHOOSER_PURPOSES, type ChooserMode } from './chooser-purposes';
import { selectChooserPaths } from './selectors';
import type { ChooserSlice } from './types';
import type { SliceFactory } from './slice';

const NOTHING_CHOSEN: Record<ChooserMode, string> = {
  'new-file': 'Type a file name',
  'existing-file': 'Choose a file, or type its path',
  files: 'Tick at least one file, or type a path',
  folder: 'Choose a folder',
};

export const createChooserSlice: SliceFactory<ChooserSlice> =
  ({ api }) =>
  (set, get) => ({
    chooser: null,
    lastFolder: null,
    openChooser: async (purpose, input = '') => {
      set({ chooser: { purpose, listing: null, loading: true, problem: null, input, selected: [] } });
      await get().browse(get().lastFolder);
    },
    browse: async (path) => {
      const before = get().chooser;
      if (before === null) return;
      set({ chooser: { ...before, loading: true, problem: null } });
      const result = await api.listDirectory({ path });
      const chooser = get().chooser;
      if (chooser === null) return;
      if (result.ok) {
        set({ lastFolder: result.value.path, chooser: { ...chooser, loading: false, listing: result.value } });
      } else if (path !== null && chooser.listing === null) {
        // The remembered folder is gone: start from the home folder instead of an empty dialog.
        await get().browse(null);
      } else {
        set({ chooser: { ...chooser, loading: false, problem: result.error.message } });
      }
    },
    setChooserInput: (input) => {
      const chooser = get().chooser;
      if (chooser !== null) set({ chooser: { ...chooser, input, problem: null } });
    },
    toggleChooserSelection: (path) => {
      const chooser = get().chooser;
      if (chooser === null) return;
      const selected = chooser.selected.includes(path)
        ? chooser.selected.filter((item) => item !== path)
        : [...chooser.selected, path];
      set({ chooser: { ...chooser, selected, problem: null } });
    },
    closeChooser: () => set({ chooser: null }),
    confirmChooser: async () => {
      const chooser = get().chooser;
      if (chooser === null) return;
      const paths = selectChooserPaths(chooser);
      if (paths.length === 0) {
        const problem = NOTHING_CHOSEN[CHOOSER_PURPOSES[chooser.purpose].mode];
        set({ chooser: { ...chooser, problem } });
        return;
      }
      set({ chooser: null });
      await get().completeCommand(chooser.purpose, paths);
    },
  });
