// The verdict board, the opened card's paged SKU list and one SKU's findings, each asked of the engine when shown.
import type { Result } from '../../../shared/result';
import type { ClusterSkuSort } from '../../../shared/model/verdicts';
import type { SliceFactory } from './slice';
import type { AppState, ClusterList, Loaded, VerdictSlice } from './types';

/** SKU x locations per page of a card's list. */
export const CLUSTER_PAGE_SIZE = 50;

/** Nothing asked yet. */
export const NOT_LOADED: Loaded<never> = { value: null, loaded: false, loading: false, problem: null };

/** What a new case or a new analysis resets: all of it came from the previous one. */
export const VERDICT_RESET: Pick<AppState, 'verdictBoard' | 'clusterList' | 'skuPage'> = {
  verdictBoard: NOT_LOADED,
  clusterList: null,
  skuPage: null,
};

/** Numbers read largest first, SKUs from A. */
const descendingByDefault = (sort: ClusterSkuSort): boolean => sort !== 'sku';

/** The loaded state after an answer: its value, or the reason it failed with the previous value kept. */
function answered<T, S extends Loaded<T>>(state: S, result: Result<T>): S {
  return result.ok
    ? { ...state, value: result.value, loaded: true, loading: false, problem: null }
    : { ...state, loaded: true, loading: false, problem: result.error.message };
}

type RequestKind = 'board' | 'list' | 'sku';

export const createVerdictSlice: SliceFactory<VerdictSlice> =
  ({ api }) =>
  (set, get) => {
    // Each request takes a ticket; its answer lands only if it is still the latest of its kind, for the same case.
    const tickets: Record<RequestKind, number> = { board: 0, list: 0, sku: 0 };
    const ask = <T>(kind: RequestKind, call: () => Promise<Result<T>>): Promise<Result<T> | null> => {
      const ticket = ++tickets[kind];
      const casePath = get().caseInfo?.path ?? null;
      return call().then((result) => (tickets[kind] === ticket && get().caseInfo?.path === casePath ? result : null));
    };

    const fetchList = async (list: ClusterList): Promise<void> => {
      set({ clusterList: { ...list, loading: true } });
      const { cluster, sort, descending, filter, offset } = list;
      const result = await ask('list', () =>
        api.getClusterSkus({ cluster, sort, descending, filter, offset, limit: CLUSTER_PAGE_SIZE }),
      );
      const latest = get().clusterList;
      if (result !== null && latest !== null) set({ clusterList: answered(latest, result) });
    };

    const relist = (change: Partial<ClusterList>): Promise<void> => {
      const list = get().clusterList;
      return list === null ? Promise.resolve() : fetchList({ ...list, ...change });
    };

    return {
      ...VERDICT_RESET,
      loadVerdictBoard: async () => {
        if (get().caseInfo === null) return;
        set({ verdictBoard: { ...get().verdictBoard, loading: true } });
        const result = await ask('board', () => api.getVerdictBoard({}));
        if (result !== null) set({ verdictBoard: answered(get().verdictBoard, result) });
      },
      openClusterList: async (cluster) => {
        const list = get().clusterList;
        if (list !== null && list.cluster === cluster && list.problem === null && (list.loaded || list.loading)) return;
        await fetchList({ ...NOT_LOADED, cluster, sort: 'units', descending: true, filter: '', offset: 0 });
      },
      sortClusterList: (sort) => {
        const list = get().clusterList;
        const descending = list?.sort === sort ? !list.descending : descendingByDefault(sort);
        return relist({ sort, descending, offset: 0 });
      },
      filterClusterList: (filter) => relist({ filter, offset: 0 }),
      pageClusterList: (offset) => relist({ offset: Math.max(0, offset) }),
      loadSkuPage: async (sku, location) => {
        const page = get().skuPage;
        const same = page !== null && page.sku === sku && page.location === location;
        set({ skuPage: { ...(same ? page : NOT_LOADED), sku, location, loading: true } });
        const result = await ask('sku', () => api.getSkuFindings({ sku, location }));
        const latest = get().skuPage;
        if (result !== null && latest !== null) set({ skuPage: answered(latest, result) });
      },
    };
  };
