// The shape of the renderer's state: one interface per slice, combined into AppState.
import type { MenuCommand } from '../../../shared/contract';
import type { AppError, Result } from '../../../shared/result';
import type { AppInfo, CaseInfo, TableInfo } from '../../../shared/model/case';
import type { DirectoryListing } from '../../../shared/model/files';
import type { ImportProgress, ImportSummary } from '../../../shared/model/import';
import type { AnalysisProgress, Cluster } from '../../../shared/model/findings';
import type { FilterModel, PageRequest, PageResponse, SortSpec } from '../../../shared/model/page';
import type { ColumnValues, ColumnValuesRequest, GridPrefs } from '../../../shared/model/page';
import type { RowFocus, View } from './view-slice';
import type { ReportPreview } from '../../../shared/model/report';
import type { Annotation, SaveAnnotationRequest, StarredSku } from '../../../shared/model/annotations';
import type { Route } from './hash-route';
import type { ImportChoices } from './import-wizard-selectors';
import type { CaseHomeSlice } from './case-home-slice';
import type { RecentCasesSlice } from './recent-cases-slice';
import type { ImportWizardSlice } from './import-wizard-slice';
import type { CrosswalkSlice } from './crosswalk-slice';
import type { LevelsAsOf, SkuHistory } from '../../../shared/model/history';
import type { RowRecord, SkuEvents } from '../../../shared/model/timeline';
import type { ClusterSkuSort, ClusterSkusPage, SkuFindings, VerdictBoard } from '../../../shared/model/verdicts';

export interface AppSlice {
  appInfo: AppInfo | null;
  /** The last failure to show in the error banner. */
  error: AppError | null;
  /** A short confirmation of something that worked (e.g. an export), shown until dismissed. */
  notice: string | null;
  init(): Promise<void>;
  showError(error: AppError): void;
  dismissError(): void;
  showNotice(message: string): void;
  dismissNotice(): void;
}

export interface CaseSlice {
  caseInfo: CaseInfo | null;
  tables: TableInfo[];
  selectedTable: string | null;
  createCase(path: string): Promise<boolean>;
  openCase(path: string): Promise<boolean>;
  closeCase(): Promise<boolean>;
  /** Reloads the tables list; selects `preferred` if it exists, else keeps the selection, else the first table. */
  refreshTables(preferred?: string | null): Promise<boolean>;
  selectTable(name: string): void;
}

export interface ImportSlice {
  importRunning: boolean;
  importProgress: ImportProgress | null;
  importSummary: ImportSummary | null;
  /** Zones for naive times, as the user typed them (`erp=America/Chicago, wms=UTC`); sent with every import. */
  importTimeZones: string;
  setImportTimeZones(text: string): void;
  /** Imports the paths with the zones typed for every file, plus a file's own zone, preset or mapping (the wizard's). */
  importFiles(paths: string[], choices?: ImportChoices): Promise<boolean>;
  /** Stops the running import: the file being loaded is rolled back, files already loaded stay. */
  cancelImport(): Promise<void>;
  receiveImportProgress(progress: ImportProgress): void;
  dismissImportSummary(): void;
}

export interface AnalysisSlice {
  analysisRunning: boolean;
  analysisProgress: AnalysisProgress | null;
  /** Analyses the open case, then shows its verdict board. */
  analyse(): Promise<boolean>;
  receiveAnalysisProgress(progress: AnalysisProgress): void;
}

/** Something the verdict views ask the engine for: what arrived last (kept while the next loads) and how it went. */
export interface Loaded<T> {
  value: T | null;
  /** True once an answer (value or problem) arrived. */
  loaded: boolean;
  loading: boolean;
  /** Why the last request failed, shown in place of the view. */
  problem: string | null;
}

/** The opened card's list of SKU x locations: how it is sorted, filtered and paged, and the page shown. */
export interface ClusterList extends Loaded<ClusterSkusPage> {
  cluster: Cluster;
  sort: ClusterSkuSort;
  descending: boolean;
  filter: string;
  offset: number;
}

export interface SkuPage extends Loaded<SkuFindings> {
  sku: string;
  location: string | null;
}

export interface VerdictSlice {
  /** The board of the last analysis; a ready value of null means the case has not been analysed. */
  verdictBoard: Loaded<VerdictBoard>;
  clusterList: ClusterList | null;
  skuPage: SkuPage | null;
  loadVerdictBoard(): Promise<void>;
  /** Opens a card's list; the same card keeps its sort, filter and page. */
  openClusterList(cluster: Cluster): Promise<void>;
  /** Sorts by a column: largest first; the same column again flips the direction. */
  sortClusterList(sort: ClusterSkuSort): Promise<void>;
  filterClusterList(filter: string): Promise<void>;
  pageClusterList(offset: number): Promise<void>;
  loadSkuPage(sku: string, location: string | null): Promise<void>;
}

/** The sort, column filters and quick-find the grid shows, which an export and locating a row repeat. */
export interface GridQuery {
  sort: SortSpec[];
  filter: FilterModel;
  quickFind: string;
}

/** A table's grid columns as arranged for one case (order, hidden), once loaded from the case file. */
export interface GridColumns {
  /** Which case and table they belong to (see gridColumnsKey). */
  key: string;
  columns: GridPrefs['columns'];
  /** True when the consultant arranged them; false for the table's own order, all shown. */
  saved: boolean;
}

/** Where the focused row sits in the grid's current view. */
export interface FocusLocation {
  focus: RowFocus;
  index: number;
}

export interface GridSlice {
  gridQuery: GridQuery;
  /** Rows of the selected table matching the grid's filter, once the first page arrived. */
  matchingRowCount: number | null;
  /** Bumped when the grid must drop its column filters (they hid the focused row). */
  gridFilterResets: number;
  /** Bumped when the rows' annotations changed: the grid fetches its pages again for their badges. */
  gridRowsRevision: number;
  gridColumns: GridColumns | null;
  focusLocation: FocusLocation | null;
  loadPage(request: PageRequest): Promise<Result<PageResponse>>;
  /** Applies quick-find text (already debounced by the grid) to the grid's view. */
  setQuickFind(text: string): void;
  loadColumnValues(request: ColumnValuesRequest): Promise<Result<ColumnValues>>;
  loadGridColumns(table: string): Promise<void>;
  /** Saves the selected table's column order and visibility into the case file. */
  saveGridColumns(columns: GridPrefs['columns']): Promise<void>;
  /** Finds the focused row in the grid's view; clears the filters (and says so) when they hide it. */
  locateFocus(): Promise<void>;
  /** Exports the grid's view (sort, filters, quick-find, visible columns in order) to a CSV file. */
  exportCsv(path: string): Promise<boolean>;
  /** Has the grid fetch its pages again, keeping its place (the rows' annotations came with them). */
  refreshGridRows(): void;
}

/** Everything the user can start from a button, the start screen or the desktop menu. */
export type AppCommand = MenuCommand | 'explore-sample' | 'save-mapping';

/** The commands that ask for a path first (the report opens its own dialog instead). */
export type PathCommand = Exclude<AppCommand, 'export-report'>;

/** The in-app path chooser used where the shell has no native dialogs (browser mode). */
export interface ChooserState {
  purpose: PathCommand;
  listing: DirectoryListing | null;
  loading: boolean;
  /** What stops the chooser: a folder that cannot be listed, or nothing chosen yet. */
  problem: string | null;
  /** What the user typed: a file name for new files, else a path (absolute, or relative to the listed folder). */
  input: string;
  /** Files ticked in the list (import files only). */
  selected: string[];
}

export interface ChooserSlice {
  chooser: ChooserState | null;
  /** Folder the chooser last showed, where the next one starts. */
  lastFolder: string | null;
  openChooser(purpose: PathCommand, input?: string): Promise<void>;
  browse(path: string | null): Promise<void>;
  setChooserInput(input: string): void;
  toggleChooserSelection(path: string): void;
  closeChooser(): void;
  confirmChooser(): Promise<void>;
}

export interface CommandSlice {
  /** Runs a command end to end: asks for paths (native dialog or the chooser), then acts on them. */
  runCommand(command: AppCommand): Promise<void>;
  /** Acts on paths already chosen for a command. */
  completeCommand(command: PathCommand, paths: string[]): Promise<void>;
}

/** The outputs the report dialog will write; an output is written only when ticked. */
export interface ReportDraft {
  wantHtml: boolean;
  htmlPath: string;
  wantPdf: boolean;
  pdfPath: string;
  wantCsv: boolean;
  csvDir: string;
}

export interface ReportDialogState {
  preview: ReportPreview | null;
  loading: boolean;
  exporting: boolean;
  /** Why the preview or the export failed, shown in the dialog. */
  problem: string | null;
  draft: ReportDraft;
}

export interface ReportSlice {
  reportDialog: ReportDialogState | null;
  /** Opens the dialog with outputs beside the case file, and renders the preview. */
  openReportDialog(): Promise<void>;
  setReportDraft(patch: Partial<ReportDraft>): void;
  /** Asks the desktop's save or folder dialog for an output's path. */
  browseReportOutput(output: 'htmlPath' | 'pdfPath' | 'csvDir'): Promise<void>;
  exportReport(): Promise<boolean>;
  closeReportDialog(): void;
}

export interface ViewSlice {
  view: View;
  /** The row the grid should scroll to and highlight, set by links from other views. */
  gridFocus: RowFocus | null;
  navigate(view: View): void;
  /** Shows a table's row in the grid: selects the table, focuses the row and switches to the data view. */
  focusRow(focus: RowFocus): Promise<void>;
  clearGridFocus(): void;
  /** Shows what a deep link names (a view, a table, a row). */
  followRoute(route: Route): Promise<void>;
}

export interface AnnotationSlice {
  /** The open case's annotations and starred SKUs, loaded on first need (see annotationsCase). */
  annotations: Annotation[];
  starredSkus: StarredSku[];
  /** The case path they were loaded for: null before the first load; another path means they are stale. */
  annotationsCase: string | null;
  annotationsLoading: boolean;
  /** Loads them unless they are loaded (or loading) for the open case already. */
  ensureAnnotations(): Promise<void>;
  /** Reloads the annotations and starred SKUs of the open case. */
  loadAnnotations(): Promise<boolean>;
  /** Creates (no id) or updates an annotation; true when it was saved. */
  saveAnnotation(request: SaveAnnotationRequest): Promise<boolean>;
  deleteAnnotation(id: number): Promise<boolean>;
  setSkuStarred(sku: string, location: string | null, starred: boolean): Promise<boolean>;
}

/** Which SKU x location the timeline shows. */
export interface TimelineKey {
  sku: string;
  location: string | null;
}

/** Where loading one SKU's timeline got: `not_analysed` and `failed` carry a problem to show. */
export type TimelineStatus = 'loading' | 'ready' | 'not_analysed' | 'failed';

export interface TimelineState {
  key: TimelineKey;
  status: TimelineStatus;
  /** The level steps; null before they arrive, or when the SKU is not in the drift table (see problem). */
  history: SkuHistory | null;
  /** The markers and ticks of the range last fetched; the first answer's range is the timeline's whole span. */
  events: SkuEvents | null;
  span: { from: string; to: string } | null;
  /** The middleware paths of the whole span: a zoomed range keeps their rows. */
  paths: string[];
  /** The zoomed range the events were refetched for; null for the whole span. */
  window: { from: string; to: string } | null;
  problem: string | null;
}

/** The row the record drawer shows, as it loads. */
export interface RecordDrawerState {
  focus: RowFocus;
  record: RowRecord | null;
  problem: string | null;
}

/** Time travel: the instant chosen and every system's figure there. */
export interface AsOfState {
  at: string;
  levels: LevelsAsOf['levels'] | null;
  problem: string | null;
}

export interface TimelineSlice {
  timeline: TimelineState | null;
  /** The zone times are shown in: 'UTC' or an IANA name the user typed (checked with Intl, remembered). */
  displayZone: string;
  timelineRecord: RecordDrawerState | null;
  asOf: AsOfState | null;
  /** Loads the SKU's history and events (skipped when that SKU is shown or loading; TIMELINE_RESET forgets it). */
  loadTimeline(sku: string, location: string | null): Promise<void>;
  /** Refetches the markers and ticks for a zoomed range; null for the whole span. */
  loadTimelineWindow(window: { from: string; to: string } | null): Promise<void>;
  /** Shows times in the zone if Intl knows it; false (nothing changes) when it does not. */
  setDisplayZone(zone: string): boolean;
  openRecord(focus: RowFocus): Promise<void>;
  closeRecord(): void;
  /** Time travel to an instant (ISO); null leaves it. */
  setAsOf(at: string | null): Promise<void>;
  /** Fetches the shown timeline's markers and steps again, in place, for the annotations their rows carry. */
  refreshTimelineNotes(): Promise<void>;
}

export type AppState = AppSlice &
  CaseSlice &
  ImportSlice &
  AnalysisSlice &
  GridSlice &
  ChooserSlice &
  CommandSlice &
  ViewSlice &
  ReportSlice &
  AnnotationSlice &
  VerdictSlice &
  TimelineSlice &
  CaseHomeSlice &
  RecentCasesSlice &
  ImportWizardSlice &
  CrosswalkSlice;
