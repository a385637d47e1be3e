// Creates the renderer's one store from its slices, given the API it talks through.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAnalysisSlice } from './analysis-slice';
import { createAnnotationSlice } from './annotation-slice';
import { createAppSlice } from './app-slice';
import { createCaseSlice } from './case-slice';
import { createChooserSlice } from './chooser-slice';
import { createCommandSlice } from './command-slice';
import { createGridSlice } from './grid-slice';
import { createImportSlice } from './import-slice';
import type { StoreDeps } from './slice';
import { createViewSlice } from './view-slice';
import { createReportSlice } from './report-slice';
import type { AppState } from './types';
import { createCaseHomeSlice } from './case-home-slice';
import { createRecentCasesSlice } from './recent-cases-slice';
import { createImportWizardSlice } from './import-wizard-slice';
import { createVerdictSlice } from './verdict-slice';
import { createTimelineSlice } from './timeline-slice';
import { createCrosswalkSlice } from './crosswalk-slice';

export type AppStore = StoreApi<AppState>;

export function createAppStore(
  api: StoreDeps['api'],
  now: StoreDeps['now'] = () => new Date(),
  pathForFile: StoreDeps['pathForFile'] = () => '',
): AppStore {
  const deps: StoreDeps = { api, now, pathForFile };
  return createStore<AppState>()((...args) => ({
    ...createAppSlice(deps)(...args),
    ...createCaseSlice(deps)(...args),
    ...createImportSlice(deps)(...args),
    ...createAnalysisSlice(deps)(...args),
    ...createGridSlice(deps)(...args),
    ...createChooserSlice(deps)(...args),
    ...createCommandSlice(deps)(...args),
    ...createViewSlice(deps)(...args),
    ...createReportSlice(deps)(...args),
    ...createAnnotationSlice(deps)(...args),
    ...createVerdictSlice(deps)(...args),
    ...createTimelineSlice(deps)(...args),
    ...createCaseHomeSlice(deps)(...args),
    ...createRecentCasesSlice(deps)(...args),
    ...createImportWizardSlice(deps)(...args),
    ...createCrosswalkSlice(deps)(...args),
  }));
}
