// The start screen's recent cases: the engine's list of case files created or opened lately, and forgetting one.
import type { RecentCase } from '../../../shared/model/home';
import type { SliceFactory } from './slice';

export interface RecentCasesSlice {
  /** Null until the list arrived. */
  recentCases: RecentCase[] | null;
  loadRecentCases(): Promise<void>;
  /** Takes a case off the list (the file itself stays where it is). */
  forgetRecentCase(path: string): Promise<void>;
}

export const createRecentCasesSlice: SliceFactory<RecentCasesSlice> =
  ({ api }) =>
  (set, get) => ({
    recentCases: null,
    loadRecentCases: async () => {
      const result = await api.listRecentCases({});
      if (result.ok) set({ recentCases: result.value });
      else get().showError(result.error);
    },
    forgetRecentCase: async (path) => {
      const result = await api.forgetRecentCase({ path });
      if (result.ok) set({ recentCases: result.value });
      else get().showError(result.error);
    },
  });
