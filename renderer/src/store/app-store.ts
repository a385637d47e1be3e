// Creates the renderer's one store from its slices, given the API it talks through.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAnalysisSlice } from './analysis-slice';
import { createAppSlice } from './app-slice';
import { createCaseSlice } from './case-slice';
import { createChooserSlice } from './chooser-slice';
import { createCommandSlice } from './command-slice';
import { createGridSlice } from './grid-slice';
import { createImportSlice } from './import-slice';
import type { StoreDeps } from './slice';
import { createViewSlice } from './view-slice';
import type { AppState } from './types';

export type AppStore = StoreApi<AppState>;

export function createAppStore(api: StoreDeps['api'], now: StoreDeps['now'] = () => new Date()): AppStore {
  const deps: StoreDeps = { api, now };
  return createStore<AppState>()((...args) => ({
    ...createAppSlice(deps)(...args),
    ...createCaseSlice(deps)(...args),
    ...createImportSlice(deps)(...args),
    ...createAnalysisSlice(deps)(...args),
    ...createGridSlice(deps)(...args),
    ...createChooserSlice(deps)(...args),
    ...createCommandSlice(deps)(...args),
    ...createViewSlice(deps)(...args),
  }));
}
