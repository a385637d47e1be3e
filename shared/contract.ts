// THE list of calls between the renderer and the engine or shell, with their types and push events.
import type { Result } from './result';
import type { AppInfo, CaseInfo, TableInfo } from './model/case';
import type { ExportCsvRequest, ExportCsvResult, PageRequest, PageResponse } from './model/page';
import type { ColumnValues, ColumnValuesRequest, GridPrefs, LocateRowRequest, LocateRowResult } from './model/page';
import type { ImportPreview, ImportPreviewRequest, ImportProgress, ImportRequest, ImportSummary } from './model/import';
import type { ImportFileList, SaveMappingRequest } from './model/import';
import type { PresetSummary } from './model/mapping';
import type { CaseSummary, RecentCase, SourceRecord } from './model/home';
import type { DirectoryListing, PickResult } from './model/files';
import type { CustodyReport } from './model/custody';
import type { AnalysisProgress, AnalysisRun, AnalyzeRequest, Findings } from './model/findings';
import type { ReportExportRequest, ReportExportResult, ReportPreview, ReportPreviewRequest } from './model/report';
import type { HistoryRequest, LevelsAsOf, LevelsAsOfRequest, SkuHistory } from './model/history';
import type { RowRecord, RowRecordRequest, SkuEvents, SkuEventsRequest } from './model/timeline';
import type { ClusterSkusPage, ClusterSkusRequest, SkuFindings, SkuFindingsRequest, VerdictBoard } from './model/verdicts';
import type {
  Annotation,
  DeleteAnnotationRequest,
  ListAnnotationsRequest,
  SaveAnnotationRequest,
  SetSkuStarredRequest,
  StarredSku,
} from './model/annotations';
import type {
  CrosswalkEntry,
  CrosswalkPage,
  ListCrosswalkRequest,
  RemoveCrosswalkMappingRequest,
  SetCrosswalkMappingRequest,
} from './model/crosswalk';

type Call<Req, Res> = { request: Req; response: Res };
type None = Record<string, never>;

/** Calls answered by the engine service: the same handlers serve IPC, the loopback host and the CLI. */
export type EngineCalls = {
  getAppInfo: Call<None, AppInfo>;
  createCase: Call<{ path: string }, CaseInfo>;
  openCase: Call<{ path: string }, CaseInfo>;
  closeCase: Call<None, null>;
  listRecentCases: Call<None, RecentCase[]>;
  forgetRecentCase: Call<{ path: string }, RecentCase[]>;
  getCaseSummary: Call<None, CaseSummary>;
  listSources: Call<None, SourceRecord[]>;
  listImportFiles: Call<{ paths: string[] }, ImportFileList>;
  listPresets: Call<None, PresetSummary[]>;
  saveMapping: Call<SaveMappingRequest, { path: string }>;
  previewImport: Call<ImportPreviewRequest, ImportPreview>;
  importFiles: Call<ImportRequest, ImportSummary>;
  cancelImport: Call<None, { cancelled: boolean }>;
  verifySources: Call<{ root: string | null }, CustodyReport>;
  analyzeCase: Call<AnalyzeRequest, Findings>;
  /** Analyses as analyzeCase does, answering with the headline figures only (the app's call). */
  runAnalysis: Call<AnalyzeRequest, AnalysisRun>;
  getFindings: Call<None, Findings | null>;
  getSkuHistory: Call<HistoryRequest, SkuHistory>;
  getLevelsAsOf: Call<LevelsAsOfRequest, LevelsAsOf>;
  getSkuEvents: Call<SkuEventsRequest, SkuEvents>;
  getRowRecord: Call<RowRecordRequest, RowRecord>;
  /** The verdict board of the last analysis; null when the case has not been analysed. */
  getVerdictBoard: Call<None, VerdictBoard | null>;
  getClusterSkus: Call<ClusterSkusRequest, ClusterSkusPage>;
  getSkuFindings: Call<SkuFindingsRequest, SkuFindings>;
  previewReport: Call<ReportPreviewRequest, ReportPreview>;
  exportReport: Call<ReportExportRequest, ReportExportResult>;
  listTables: Call<None, TableInfo[]>;
  getTablePage: Call<PageRequest, PageResponse>;
  exportTableCsv: Call<ExportCsvRequest, ExportCsvResult>;
  locateRow: Call<LocateRowRequest, LocateRowResult>;
  getColumnValues: Call<ColumnValuesRequest, ColumnValues>;
  /** The grid columns saved for a table in the case file; null when none were saved. */
  getGridPrefs: Call<{ table: string }, GridPrefs | null>;
  saveGridPrefs: Call<GridPrefs, GridPrefs>;
  listDirectory: Call<{ path: string | null }, DirectoryListing>;
  listAnnotations: Call<ListAnnotationsRequest, Annotation[]>;
  saveAnnotation: Call<SaveAnnotationRequest, Annotation>;
  deleteAnnotation: Call<DeleteAnnotationRequest, { deleted: boolean }>;
  listStarredSkus: Call<None, StarredSku[]>;
  setSkuStarred: Call<SetSkuStarredRequest, StarredSku[]>;
  listCrosswalk: Call<ListCrosswalkRequest, CrosswalkPage>;
  setCrosswalkMapping: Call<SetCrosswalkMappingRequest, CrosswalkEntry>;
  removeCrosswalkMapping: Call<RemoveCrosswalkMappingRequest, { removed: boolean }>;
};

/** Calls answered by the shell around the engine: native dialogs in the desktop app. */
export type ShellCalls = {
  pickImportFiles: Call<None, PickResult>;
  pickImportFolder: Call<None, PickResult>;
  pickCaseToOpen: Call<None, PickResult>;
  pickCaseToCreate: Call<None, PickResult>;
  pickExportPath: Call<{ suggestedName: string }, PickResult>;
  pickMappingSavePath: Call<{ suggestedName: string }, PickResult>;
  pickExportFolder: Call<None, PickResult>;
};

export type ApiCalls = EngineCalls & ShellCalls;
export type CallName = keyof ApiCalls;
export type RequestOf<K extends CallName> = ApiCalls[K]['request'];
export type ResponseOf<K extends CallName> = ApiCalls[K]['response'];

type HandlerMap<Calls extends Record<string, Call<unknown, unknown>>> = {
  [K in keyof Calls]: (request: Calls[K]['request']) => Promise<Result<Calls[K]['response']>>;
};

/** What the engine implements: one handler per engine call. */
export type EngineHandlers = HandlerMap<EngineCalls>;
/** What each shell (Electron main, loopback host) implements on top of the engine. */
export type ShellHandlers = HandlerMap<ShellCalls>;
/** What the renderer sees: every call, each returning a Result. */
export type ApiClient = HandlerMap<ApiCalls>;

/** Every engine call name, checked against EngineCalls at compile time (a missing or extra name fails). */
export const ENGINE_CALLS = Object.keys({
  getAppInfo: true,
  createCase: true,
  openCase: true,
  closeCase: true,
  listRecentCases: true,
  forgetRecentCase: true,
  getCaseSummary: true,
  listSources: true,
  listImportFiles: true,
  listPresets: true,
  saveMapping: true,
  previewImport: true,
  importFiles: true,
  cancelImport: true,
  verifySources: true,
  analyzeCase: true,
  runAnalysis: true,
  getFindings: true,
  getSkuHistory: true,
  getLevelsAsOf: true,
  getSkuEvents: true,
  getRowRecord: true,
  getVerdictBoard: true,
  getClusterSkus: true,
  getSkuFindings: true,
  previewReport: true,
  exportReport: true,
  listTables: true,
  getTablePage: true,
  exportTableCsv: true,
  locateRow: true,
  getColumnValues: true,
  getGridPrefs: true,
  saveGridPrefs: true,
  listDirectory: true,
  listAnnotations: true,
  saveAnnotation: true,
  deleteAnnotation: true,
  listStarredSkus: true,
  setSkuStarred: true,
  listCrosswalk: true,
  setCrosswalkMapping: true,
  removeCrosswalkMapping: true,
} satisfies Record<keyof EngineCalls, true>) as (keyof EngineCalls)[];

/** Every shell call name, checked against ShellCalls at compile time. */
export const SHELL_CALLS = Object.keys({
  pickImportFiles: true,
  pickImportFolder: true,
  pickCaseToOpen: true,
  pickCaseToCreate: true,
  pickExportPath: true,
  pickMappingSavePath: true,
  pickExportFolder: true,
} satisfies Record<keyof ShellCalls, true>) as (keyof ShellCalls)[];

export const API_CALLS: CallName[] = [...ENGINE_CALLS, ...SHELL_CALLS];

/** Commands the desktop menu sends to the renderer. */
export type MenuCommand = 'new-case' | 'open-case' | 'import-files' | 'import-folder' | 'export-csv' | 'export-report';

/** Events pushed from the engine or shell to the renderer. */
export interface PushEvents {
  onImportProgress: ImportProgress;
  onAnalysisProgress: AnalysisProgress;
  onMenuCommand: MenuCommand;
}

export type PushEventName = keyof PushEvents;

export const PUSH_EVENTS = Object.keys({
  onImportProgress: true,
  onAnalysisProgress: true,
  onMenuCommand: true,
} satisfies Record<PushEventName, true>) as PushEventName[];

/** Sends a push event; each shell provides one. */
export type PushEmitter = <E extends PushEventName>(event: E, payload: PushEvents[E]) => void;

/** Subscribes to a push event; returns the unsubscribe function. */
export type PushSubscriber = <E extends PushEventName>(
  event: E,
  listener: (payload: PushEvents[E]) => void,
) => () => void;

/** IPC channel name of a call or push event in the desktop app. */
export function ipcChannel(name: CallName | PushEventName): string {
  return `driftscope:${name}`;
}

/** HTTP path of a call on the loopback host. */
export function hostCallPath(name: CallName): string {
  return `/api/call/${name}`;
}

export const HOST_EVENTS_PATH = '/api/events';
export const HOST_TOKEN_HEADER = 'x-driftscope-token';

/** What the desktop preload exposes on `window[BRIDGE_KEY]`: one method per call, and push subscriptions. */
export interface DesktopBridge {
  api: ApiClient;
  on: PushSubscriber;
  /** The file-system path of a file dropped on the window (a DOM File; Electron's webUtils), '' when it has none. */
  pathForFile(file: unknown): string;
}

export const BRIDGE_KEY = 'driftscope';
