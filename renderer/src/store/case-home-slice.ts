// The case home: its summary strip and sources manifest, and the drill-down into one file's rejected rows.
import type { CaseSummary, SourceRecord } from '../../../shared/model/home';
import type { PageRow } from '../../../shared/model/page';
import type { SliceFactory } from './slice';
import type { AppState } from './types';

/** Rejected rows per page of the drill-down. */
export const REJECTS_PAGE_SIZE = 50;

export interface RejectsView {
  source: SourceRecord;
  /** Index of the page shown, from 0. */
  page: number;
  rows: PageRow[];
  /** Rejected rows of the file, once the first page arrived. */
  rowCount: number | null;
  loading: boolean;
  problem: string | null;
}

export interface CaseHomeSlice {
  caseSummary: CaseSummary | null;
  caseSources: SourceRecord[] | null;
  /** Why the home could not be read, shown in its place. */
  homeProblem: string | null;
  rejectsView: RejectsView | null;
  /** Reads the summary and manifest again (after opening, importing or analysing). */
  loadCaseHome(): Promise<void>;
  openRejects(sourceId: number): Promise<void>;
  showRejectsPage(page: number): Promise<void>;
  closeRejects(): void;
}

/** What a new case resets: all of it described the previous one. */
export const CASE_HOME_RESET: Pick<AppState, 'caseSummary' | 'caseSources' | 'homeProblem' | 'rejectsView'> = {
  caseSummary: null,
  caseSources: null,
  homeProblem: null,
  rejectsView: null,
};

export const createCaseHomeSlice: SliceFactory<CaseHomeSlice> =
  ({ api }) =>
  (set, get) => {
    // Answers for a case that is no longer open, or overtaken by a newer request, are dropped.
    let homeTicket = 0;
    let rejectsTicket = 0;

    const fetchRejects = async (view: RejectsView) => {
      const ticket = ++rejectsTicket;
      set({ rejectsView: { ...view, loading: true, problem: null } });
      const result = await api.getTablePage({
        table: 'rejects',
        startRow: view.page * REJECTS_PAGE_SIZE,
        endRow: (view.page + 1) * REJECTS_PAGE_SIZE,
        sort: [{ column: 'line_number', direction: 'asc' }],
        filter: { source_id: { filterType: 'number', type: 'equals', filter: view.source.sourceId } },
      });
      const latest = get().rejectsView;
      if (ticket !== rejectsTicket || latest === null) return;
      set({
        rejectsView: result.ok
          ? { ...latest, rows: result.value.rows, rowCount: result.value.rowCount, loading: false }
          : { ...latest, loading: false, problem: result.error.message },
      });
    };

    return {
      ...CASE_HOME_RESET,
      loadCaseHome: async () => {
        const casePath = get().caseInfo?.path ?? null;
        if (casePath === null) return;
        const ticket = ++homeTicket;
        const [summary, sources] = await Promise.all([api.getCaseSummary({}), api.listSources({})]);
        if (ticket !== homeTicket || get().caseInfo?.path !== casePath) return;
        const problem = !summary.ok ? summary.error.message : !sources.ok ? sources.error.message : null;
        set({
          caseSummary: summary.ok ? summary.value : get().caseSummary,
          caseSources: sources.ok ? sources.value : get().caseSources,
          homeProblem: problem,
        });
      },
      openRejects: async (sourceId) => {
        const source = get().caseSources?.find((candidate) => candidate.sourceId === sourceId);
        if (source === undefined) return;
        await fetchRejects({ source, page: 0, rows: [], rowCount: null, loading: true, problem: null });
      },
      showRejectsPage: async (page) => {
        const view = get().rejectsView;
        if (view === null || page < 0) return;
        await fetchRejects({ ...view, page });
      },
      closeRejects: () => {
        rejectsTicket += 1;
        set({ rejectsView: null });
      },
    };
  };
