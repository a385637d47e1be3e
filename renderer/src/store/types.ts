// The shape of the renderer's state: one interface per slice, combined into AppState.
import type { MenuCommand } from '../../../shared/contract';
import type { AppError, Result } from '../../../shared/result';
import type { AppInfo, CaseInfo, TableInfo } from '../../../shared/model/case';
import type { DirectoryListing } from '../../../shared/model/files';
import type { ImportProgress, ImportSummary } from '../../../shared/model/import';
import type { AnalysisProgress, Findings } from '../../../shared/model/findings';
import type { FilterModel, PageRequest, PageResponse, SortSpec } from '../../../shared/model/page';
import type { RowFocus, View } from './view-slice';
import type { Annotation, SaveAnnotationRequest, StarredSku } from '../../../shared/model/annotations';
import type { Route } from './hash-route';

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
  importFiles(paths: string[]): Promise<boolean>;
  /** Stops the running import: the file being loaded is rolled back, files already loaded stay. */
  cancelImport(): Promise<void>;
  receiveImportProgress(progress: ImportProgress): void;
  dismissImportSummary(): void;
}

export interface AnalysisSlice {
  analysisRunning: boolean;
  analysisProgress: AnalysisProgress | null;
  /** The findings of the analysis just run, shown until dismissed. */
  findings: Findings | null;
  /** Analyses the open case, then shows its verdicts table. */
  analyse(): Promise<boolean>;
  receiveAnalysisProgress(progress: AnalysisProgress): void;
  dismissFindings(): void;
}

/** The sort and filter the grid last asked for, which an export repeats. */
export interface GridQuery {
  sort: SortSpec[];
  filter: FilterModel;
}

export interface GridSlice {
  gridQuery: GridQuery;
  /** Rows of the selected table matching the grid's filter, once the first page arrived. */
  matchingRowCount: number | null;
  loadPage(request: PageRequest): Promise<Result<PageResponse>>;
  exportCsv(path: string): Promise<boolean>;
}

/** Everything the user can start from a button, the start screen or the desktop menu. */
export type AppCommand = MenuCommand | 'explore-sample';

/** The in-app path chooser used where the shell has no native dialogs (browser mode). */
export interface ChooserState {
  purpose: AppCommand;
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
  openChooser(purpose: AppCommand, input?: string): Promise<void>;
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
  completeCommand(command: AppCommand, paths: string[]): Promise<void>;
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

export type AppState = AppSlice &
  CaseSlice &
  ImportSlice &
  AnalysisSlice &
  GridSlice &
  ChooserSlice &
  CommandSlice &
  ViewSlice &
  AnnotationSlice;
