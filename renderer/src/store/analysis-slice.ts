// Analysing the open case: the running flag, live progress pushes and the findings of the last run.
import type { AnalysisSlice } from './types';
import type { SliceFactory } from './slice';

/** The analysis table the grid opens on once a run has finished. */
export const VERDICTS_TABLE = 'analysis_verdicts';

export const createAnalysisSlice: SliceFactory<AnalysisSlice> =
  ({ api }) =>
  (set, get) => ({
    analysisRunning: false,
    analysisProgress: null,
    findings: null,
    analyse: async () => {
      if (get().analysisRunning || get().importRunning || get().caseInfo === null) return false;
      set({ analysisRunning: true, analysisProgress: null, findings: null, notice: null, error: null });
      const result = await api.analyzeCase({});
      set({ analysisRunning: false, analysisProgress: null });
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      set({ findings: result.value });
      await get().refreshTables(VERDICTS_TABLE);
      return true;
    },
    receiveAnalysisProgress: (progress) => {
      // A push can arrive after the call's answer; once the analysis is over it is stale.
      if (get().analysisRunning) set({ analysisProgress: progress });
    },
    dismissFindings: () => set({ findings: null }),
  });
