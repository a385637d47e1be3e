// Which view of the open case is shown (home, data, verdicts, one SKU) and which grid row is in focus.
import type { Route } from './hash-route';
import type { SliceFactory } from './slice';
import type { ViewSlice } from './types';

export type View =
  | { kind: 'home' }
  | { kind: 'data' }
  | { kind: 'verdicts'; cluster: string | null }
  | { kind: 'sku'; sku: string; location: string | null };

/** A row of a case table, identified as every canonical row is: its source file id and line. */
export interface RowFocus {
  table: string;
  source_id: number;
  line_number: number | null;
}

export const HOME_VIEW: View = { kind: 'home' };

export const createViewSlice: SliceFactory<ViewSlice> = () => (set, get) => {
  const showTable = async (table: string) => {
    if (!get().tables.some((known) => known.name === table)) await get().refreshTables(table);
    if (get().tables.some((known) => known.name === table)) get().selectTable(table);
  };
  return {
    view: HOME_VIEW,
    gridFocus: null,
    navigate: (view) => set({ view, gridFocus: null }),
    focusRow: async (focus) => {
      await showTable(focus.table);
      set({ gridFocus: focus, view: { kind: 'data' } });
    },
    clearGridFocus: () => set({ gridFocus: null }),
    followRoute: async (route: Route) => {
      if (route.focus !== null) return get().focusRow(route.focus);
      if (route.table !== null) await showTable(route.table);
      get().navigate(route.view);
    },
  };
};
