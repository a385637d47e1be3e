// The crosswalk panel: one kind of the open case's crosswalk (searched, paged on), and the consultant's mappings.
import type {
  CrosswalkEntry,
  CrosswalkKind,
  CrosswalkMethod,
  RemoveCrosswalkMappingRequest,
  SetCrosswalkMappingRequest,
} from '../../../shared/model/crosswalk';
import type { SliceFactory } from './slice';

/** Rows fetched at a time: every location of a case fits, SKUs page on. */
export const CROSSWALK_PAGE_SIZE = 100;

export interface CrosswalkView {
  /** The case, kind and search the rows are for. */
  casePath: string;
  kind: CrosswalkKind;
  search: string;
  entries: CrosswalkEntry[];
  /** Rows matching in all (more than `entries` when there are pages still to load). */
  total: number;
  methods: { method: CrosswalkMethod; count: number }[];
}

export interface CrosswalkSlice {
  crosswalkKind: CrosswalkKind;
  crosswalkSearch: string;
  /** What was last loaded; stale when its case or kind or search is not the current one. */
  crosswalkView: CrosswalkView | null;
  crosswalkLoading: boolean;
  /** Why the crosswalk could not be read, shown in the panel. */
  crosswalkProblem: string | null;
  /** A mapping being saved or removed: the crosswalk is inferred again meanwhile. */
  crosswalkSaving: boolean;
  /** Reads the first page for the current kind and search (again, after an import or a mapping). */
  loadCrosswalk(): Promise<boolean>;
  showCrosswalkKind(kind: CrosswalkKind): Promise<boolean>;
  searchCrosswalk(search: string): Promise<boolean>;
  /** Appends the next page. */
  loadMoreCrosswalk(): Promise<boolean>;
  setCrosswalkMapping(request: SetCrosswalkMappingRequest): Promise<boolean>;
  removeCrosswalkMapping(request: RemoveCrosswalkMappingRequest): Promise<boolean>;
}

const AFTER_CHANGE = 'analyse again for the verdicts to follow it';

export const createCrosswalkSlice: SliceFactory<CrosswalkSlice> =
  ({ api }) =>
  (set, get) => {
    // Answers overtaken by a newer request, or for a case no longer open, are dropped.
    let ticket = 0;

    /** Fetches rows [offset, offset + limit) of the current kind and search; appends them or replaces the view. */
    const fetch = async (offset: number, limit: number): Promise<boolean> => {
      const casePath = get().caseInfo?.path ?? null;
      if (casePath === null) return false;
      const { crosswalkKind: kind, crosswalkSearch: search } = get();
      const mine = ++ticket;
      set({ crosswalkLoading: true });
      const result = await api.listCrosswalk({ kind, search, offset, limit });
      if (mine !== ticket || get().caseInfo?.path !== casePath) return false;
      if (!result.ok) {
        set({ crosswalkLoading: false, crosswalkProblem: result.error.message });
        return false;
      }
      const kept = offset === 0 ? [] : (get().crosswalkView?.entries ?? []);
      set({
        crosswalkLoading: false,
        crosswalkProblem: null,
        crosswalkView: { casePath, kind, search, entries: [...kept, ...result.value.entries], total: result.value.total, methods: result.value.methods },
      });
      return true;
    };

    /** Runs a change to the mappings, then reads as many rows as were shown, and the tables list, again. */
    const change = async (work: () => Promise<{ ok: true; message: string } | { ok: false }>): Promise<boolean> => {
      if (get().caseInfo === null || get().crosswalkSaving) return false;
      set({ crosswalkSaving: true });
      try {
        const outcome = await work();
        if (!outcome.ok) return false;
        get().showNotice(outcome.message);
        const shown = get().crosswalkView?.entries.length ?? 0;
        await fetch(0, Math.max(CROSSWALK_PAGE_SIZE, Math.min(shown, 500)));
        void get().refreshTables();
        return true;
      } finally {
        set({ crosswalkSaving: false });
      }
    };

    return {
      crosswalkKind: 'location',
      crosswalkSearch: '',
      crosswalkView: null,
      crosswalkLoading: false,
      crosswalkProblem: null,
      crosswalkSaving: false,
      loadCrosswalk: () => fetch(0, CROSSWALK_PAGE_SIZE),
      showCrosswalkKind: (kind) => {
        set({ crosswalkKind: kind, crosswalkSearch: '' });
        return fetch(0, CROSSWALK_PAGE_SIZE);
      },
      searchCrosswalk: (search) => {
        set({ crosswalkSearch: search });
        return fetch(0, CROSSWALK_PAGE_SIZE);
      },
      loadMoreCrosswalk: () => fetch(get().crosswalkView?.entries.length ?? 0, CROSSWALK_PAGE_SIZE),
      setCrosswalkMapping: (request) =>
        change(async () => {
          const result = await api.setCrosswalkMapping(request);
          if (!result.ok) {
            get().showError(result.error);
            return { ok: false };
          }
          const entry = result.value;
          return { ok: true, message: `${entry.system} ${entry.raw_value} now maps to ${entry.canonical_key}: ${AFTER_CHANGE}.` };
        }),
      removeCrosswalkMapping: (request) =>
        change(async () => {
          const result = await api.removeCrosswalkMapping(request);
          if (!result.ok) {
            get().showError(result.error);
            return { ok: false };
          }
          const what = `${request.system} ${request.raw}`;
          return {
            ok: true,
            message: result.value.removed ? `Your mapping of ${what} is removed, the inferred one applies again: ${AFTER_CHANGE}.` : `${what} had no mapping of yours.`,
          };
        }),
    };
  };
