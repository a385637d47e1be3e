// THE list of calls between the renderer and the engine or shell, with their types and push events.
import type { Result } from './result';
import type { AppInfo, CaseInfo, TableInfo } from './model/case';
import type { ExportCsvRequest, ExportCsvResult, PageRequest, PageResponse } from './model/page';
import type { ImportPreview, ImportPreviewRequest, ImportProgress, ImportRequest, ImportSummary } from './model/import';
import type { DirectoryListing, PickResult } from './model/files';
import type { CustodyReport } from './model/custody';
import type { AnalysisProgress, AnalyzeRequest, Findings } from './model/findings';
import type { HistoryRequest, LevelsAsOf, LevelsAsOfRequest, SkuHistory } from './model/history';

type Call<Req, Res> = { request: Req; response: Res };
type None = Record<string, never>;

/** Calls answered by the engine service: the same handlers serve IPC, the loopback host and the CLI. */
export type EngineCalls = {
  getAppInfo: Call<None, AppInfo>;
  createCase: Call<{ path: string }, CaseInfo>;
  openCase: Call<{ path: string }, CaseInfo>;
  closeCase: Call<None, null>;
  previewImport: Call<ImportPreviewRequest, ImportPreview>;
  importFiles: Call<ImportRequest, ImportSummary>;
  cancelImport: Call<None, { cancelled: boolean }>;
  verifySources: Call<{ root: string | null }, CustodyReport>;
  analyzeCase: Call<AnalyzeRequest, Findings>;
  getFindings: Call<None, Findings | null>;
  getSkuHistory: Call<HistoryRequest, SkuHistory>;
  getLevelsAsOf: Call<LevelsAsOfRequest, LevelsAsOf>;
  listTables: Call<None, TableInfo[]>;
  getTablePage: Call<PageRequest, PageResponse>;
  exportTableCsv: Call<ExportCsvRequest, ExportCsvResult>;
  listDirectory: Call<{ path: string | null }, DirectoryListing>;
};

/** Calls answered by the shell around the engine: native dialogs in the desktop app. */
export type ShellCalls = {
  pickImportFiles: Call<None, PickResult>;
  pickImportFolder: Call<None, PickResult>;
  pickCaseToOpen: Call<None, PickResult>;
  pickCaseToCreate: Call<None, PickResult>;
  pickExportPath: Call<{ suggestedName: string }, PickResult>;
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
  previewImport: true,
  importFiles: true,
  cancelImport: true,
  verifySources: true,
  analyzeCase: true,
  getFindings: true,
  getSkuHistory: true,
  getLevelsAsOf: true,
  listTables: true,
  getTablePage: true,
  exportTableCsv: true,
  listDirectory: true,
} satisfies Record<keyof EngineCalls, true>) as (keyof EngineCalls)[];

/** Every shell call name, checked against ShellCalls at compile time. */
export const SHELL_CALLS = Object.keys({
  pickImportFiles: true,
  pickImportFolder: true,
  pickCaseToOpen: true,
  pickCaseToCreate: true,
  pickExportPath: true,
} satisfies Record<keyof ShellCalls, true>) as (keyof ShellCalls)[];

export const API_CALLS: CallName[] = [...ENGINE_CALLS, ...SHELL_CALLS];

/** Commands the desktop menu sends to the renderer. */
export type MenuCommand = 'new-case' | 'open-case' | 'import-files' | 'import-folder' | 'export-csv';

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
}

export const BRIDGE_KEY = 'driftscope';
