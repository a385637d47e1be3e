// Analysing the open case: the running flag, live progress pushes, then the verdict board of the run.
import type { AnalysisSlice } from './types';
import type { SliceFactory } from './slice';
import { VERDICT_RESET } from './verdict-slice';
import { TIMELINE_RESET } from './timeline-slice';

export const createAnalysisSlice: SliceFactory<AnalysisSlice> =
  ({ api }) =>
  (set, get) => ({
    analysisRunning: false,
    analysisProgress: null,
    analyse: async () => {
      if (get().analysisRunning || get().importRunning || get().caseInfo === null) return false;
      set({ analysisRunning: true, analysisProgress: null, notice: null, error: null });
      const result = await api.runAnalysis({});
      set({ analysisRunning: false, analysisProgress: null });
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      // The board, lists and SKU pages shown so far came from the previous run; the board asks for aggregates and
      // pages, however many verdicts the run produced.
      set({ ...VERDICT_RESET, ...TIMELINE_RESET });
      const board = get().loadVerdictBoard();
      get().navigate({ kind: 'verdicts', cluster: null });
      await Promise.all([board, get().refreshTables()]);
      return true;
    },
    receiveAnalysisProgress: (progress) => {
      // A push can arrive after the call's answer; once the analysis is over it is stale.
      if (get().analysisRunning) set({ analysisProgress: progress });
    },
  });
