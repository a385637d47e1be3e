// The open case: creating, opening and closing it, its tables and which one the grid shows.
import type { CaseInfo } from '../../../shared/model/case';
import type { Result } from '../../../shared/result';
import { EMPTY_GRID_QUERY } from './grid-slice';
import type { AppState, CaseSlice } from './types';
import type { SliceFactory } from './slice';
import { HOME_VIEW } from './view-slice';
import { VERDICT_RESET } from './verdict-slice';
import { CASE_HOME_RESET } from './case-home-slice';
import { IMPORT_WIZARD_RESET } from './import-wizard-slice';
import { TIMELINE_RESET } from './timeline-slice';

/** What showing another table resets: the grid's count and query belonged to the previous one. */
const GRID_RESET: Partial<AppState> = { matchingRowCount: null, gridQuery: EMPTY_GRID_QUERY };

/** Everything that belongs to one case and must not leak into the next. */
const CASE_RESET: Partial<AppState> = {
  ...GRID_RESET,
  tables: [],
  selectedTable: null,
  importProgress: null,
  importSummary: null,
  view: HOME_VIEW,
  gridFocus: null,
  ...VERDICT_RESET,
  ...CASE_HOME_RESET,
  ...IMPORT_WIZARD_RESET,
  ...TIMELINE_RESET,
};

export const createCaseSlice: SliceFactory<CaseSlice> =
  ({ api }) =>
  (set, get) => {
    const enter = async (result: Result<CaseInfo>): Promise<boolean> => {
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      set({ ...CASE_RESET, caseInfo: result.value, error: null, notice: null });
      return get().refreshTables(null);
    };

    return {
      caseInfo: null,
      tables: [],
      selectedTable: null,
      createCase: async (path) => enter(await api.createCase({ path })),
      openCase: async (path) => enter(await api.openCase({ path })),
      closeCase: async () => {
        const result = await api.closeCase({});
        if (!result.ok) {
          get().showError(result.error);
          return false;
        }
        set({ ...CASE_RESET, caseInfo: null, notice: null });
        return true;
      },
      refreshTables: async (preferred = null) => {
        const result = await api.listTables({});
        if (!result.ok) {
          get().showError(result.error);
          return false;
        }
        const tables = result.value;
        const exists = (name: string | null) => name !== null && tables.some((table) => table.name === name);
        const current = get().selectedTable;
        const selectedTable = exists(preferred) ? preferred : exists(current) ? current : (tables[0]?.name ?? null);
        set({ tables, selectedTable, ...(selectedTable === current ? {} : GRID_RESET) });
        return true;
      },
      selectTable: (name) => {
        if (name === get().selectedTable) return;
        set({ selectedTable: name, ...GRID_RESET });
      },
    };
  };
