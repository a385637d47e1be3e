// The engine's single service object: one handler per engine call, each returning a Result, never throwing.
import { join } from 'node:path';
import { z } from 'zod';
import type { EngineCalls, EngineHandlers, PushEmitter } from '../../shared/contract';
import { err, ok, type Result } from '../../shared/result';
import type { AppInfo, CaseInfo } from '../../shared/model/case';
import { DEFAULT_LIMITS, type DatabaseLimits } from './db/case-database';
import { createCase, openCase, type OpenCase } from './case/case-store';
import { EngineError } from './engine-error';
import { importFiles } from './ingest/import-files';
import { verifySources } from './ingest/verify-sources';
import { previewFile } from './ingest/preview-file';
import { listTables, UnknownTableError } from './query/table-catalog';
import { FilterError } from './query/filter-sql';
import { getTablePage, PageRangeError } from './query/table-page';
import { exportTableCsv, ExportPathError } from './query/export-csv';
import { closeViewCache, forgetViews, viewBuildsRunning } from './query/view-cache';
import { locateRow } from './query/locate-row';
import { getColumnValues } from './query/column-values';
import { getGridPrefs, saveGridPrefs } from './query/grid-prefs';
import { listDirectory } from './files/list-directory';
import { requestSchemas } from './request-schemas';
import { appVersion, resourcesDir } from './app-paths';
import { runAnalysis, savedFindings } from './analysis/run-analysis';
import { levelsAsOf, skuHistory } from './analysis/history';
import { recentCasesIn } from './case/recent-cases';
import { caseSummary, listSources } from './case/case-summary';
import { listImportFiles } from './ingest/list-import-files';
import { listPresets } from './ingest/list-presets';
import { saveMapping } from './ingest/save-mapping';
import { inputFolders } from './report/input-folders';
import { skuEvents } from './timeline/sku-events';
import { rowRecord } from './timeline/row-record';
import { getVerdictBoard } from './verdicts/verdict-board';
import { getClusterSkus } from './verdicts/cluster-skus';
import { getSkuFindings } from './verdicts/sku-findings';
import type { AnalyzeRequest, Findings } from '../../shared/model/findings';
import { exportReport, previewReport } from './report/export-report';
import { chromiumPrinter, type PdfPrinter } from './report/print-pdf';
import { deleteAnnotation, listAnnotations, saveAnnotation } from './annotations/annotations';
import { listStarredSkus, setSkuStarred } from './annotations/starred-skus';
import { listCrosswalk, removeCrosswalkMapping, setCrosswalkMapping } from './crosswalk/crosswalk-mappings';

export interface EngineOptions {
  mode: AppInfo['mode'];
  nativeDialogs: boolean;
  emit: PushEmitter;
  limits?: DatabaseLimits;
  /** Where the sample files are; defaults to resources/sample in the package (the desktop build overrides it). */
  sampleDir?: string;
  /** The user's settings folder, where the recent-cases list is kept; without one (CLI, tests) none is kept. */
  configDir?: string | null;
  /** Prints reports to PDF; defaults to a locally installed Chromium (the desktop app passes Electron's printToPDF). */
  printPdf?: PdfPrinter;
}

export interface EngineService {
  handlers: EngineHandlers;
  /** Opens a case before any call arrives (e.g. from a command-line flag). */
  openCaseFile(path: string, create: boolean): Promise<Result<AppInfo['openCase']>>;
  close(): void;
}

export function createEngineService(options: EngineOptions): EngineService {
  const limits = options.limits ?? DEFAULT_LIMITS;
  let current: OpenCase | null = null;
  let runningImport: AbortController | null = null;
  let analysing = false;
  const recentCases = recentCasesIn(options.configDir ?? null);

  // A recent-cases list that cannot be written (read-only settings folder) must not stop a case from opening.
  const remembered = async (info: CaseInfo): Promise<CaseInfo> => {
    await recentCases.remember(info.path).catch(() => undefined);
    return info;
  };

  const requireCase = (): OpenCase => {
    if (current === null) throw new EngineError('no_case', 'No case is open: create or open a case first');
    return current;
  };

  /** The open case, for a change that re-infers what an import or analysis is reading. */
  const requireIdleCase = (): OpenCase => {
    if (runningImport !== null) throw new EngineError('bad_request', 'An import is running; wait for it to finish');
    if (analysing) throw new EngineError('bad_request', 'An analysis is running; wait for it to finish');
    return requireCase();
  };

  const switchTo = async (opening: Promise<OpenCase>) => {
    if (runningImport !== null) throw new EngineError('bad_request', 'An import is running; wait for it to finish');
    if (analysing) throw new EngineError('bad_request', 'An analysis is running; wait for it to finish');
    const next = await opening;
    if (current !== null) {
      await closeViewCache(current.db);
      await current.db.close();
    }
    current = next;
    return next.info;
  };

  const analyse = async (request: AnalyzeRequest): Promise<Findings> => {
    const open = requireCase();
    if (runningImport !== null) throw new EngineError('bad_request', 'An import is running; analyse when it has finished');
    if (analysing) throw new EngineError('bad_request', 'An analysis is already running');
    analysing = true;
    try {
      return await runAnalysis(open.db, request, appVersion(), (progress) => options.emit('onAnalysisProgress', progress));
    } finally {
      analysing = false;
    }
  };

  const implementations: { [K in keyof EngineCalls]: (request: EngineCalls[K]['request']) => Promise<EngineCalls[K]['response']> } = {
    getAppInfo: async () => ({
      version: appVersion(),
      mode: options.mode,
      nativeDialogs: options.nativeDialogs,
      sampleDir: options.sampleDir ?? join(resourcesDir(), 'sample'),
      openCase: current?.info ?? null,
    }),
    createCase: async ({ path }) => remembered(await switchTo(createCase(path, limits))),
    openCase: async ({ path }) => {
      if (current !== null && current.info.path === path) return remembered(current.info);
      return remembered(await switchTo(openCase(path, limits)));
    },
    listRecentCases: () => recentCases.list(),
    forgetRecentCase: ({ path }) => recentCases.forget(path),
    getCaseSummary: async () => caseSummary(requireCase().db.session),
    listSources: async () => listSources(requireCase().db.session),
    listImportFiles: ({ paths }) => listImportFiles(paths),
    listPresets: async () => listPresets(),
    saveMapping: async (request) => saveMapping(request, current === null ? [] : await inputFolders(current.db.session)),
    closeCase: async () => {
      if (runningImport !== null) throw new EngineError('bad_request', 'An import is running; wait for it to finish');
      if (analysing) throw new EngineError('bad_request', 'An analysis is running; wait for it to finish');
      const closing = current;
      current = null;
      if (closing !== null) {
        await closeViewCache(closing.db);
        await closing.db.close();
      }
      return null;
    },
    importFiles: async (request) => {
      const open = requireCase();
      if (runningImport !== null) throw new EngineError('bad_request', 'An import is already running');
      if (analysing) throw new EngineError('bad_request', 'An analysis is running; import when it has finished');
      const controller = new AbortController();
      runningImport = controller;
      try {
        return await importFiles(open.db, request, (progress) => options.emit('onImportProgress', progress), controller.signal);
      } finally {
        runningImport = null;
        forgetViews(open.db);
      }
    },
    cancelImport: async () => {
      if (runningImport === null) return { cancelled: false };
      runningImport.abort();
      return { cancelled: true };
    },
    previewImport: async (request) => previewFile(requireCase().db, request),
    verifySources: async ({ root }) => verifySources(requireCase().db.session, root),
    analyzeCase: analyse,
    runAnalysis: async (request) => {
      const { generated_at, as_of, summary } = await analyse(request);
      return { generated_at, as_of, summary };
    },
    getFindings: async () => savedFindings(requireCase().db.session),
    getSkuHistory: async (request) => skuHistory(requireCase().db, request),
    getLevelsAsOf: async (request) => levelsAsOf(requireCase().db, request),
    getSkuEvents: async (request) => skuEvents(requireCase().db, request),
    getRowRecord: async (request) => rowRecord(requireCase().db.session, request),
    getVerdictBoard: async () => getVerdictBoard(requireCase().db.session),
    getClusterSkus: async (request) => getClusterSkus(requireCase().db.session, request),
    getSkuFindings: async (request) => getSkuFindings(requireCase().db.session, request),
    previewReport: async ({ top }) => previewReport(requireCase().db, top),
    exportReport: async (request) => exportReport(requireCase().db, request, { printer: () => options.printPdf ?? chromiumPrinter() }),
    listTables: async () => listTables(requireCase().db.session),
    getTablePage: async (request) => getTablePage(requireCase().db, request),
    exportTableCsv: async (request) => exportTableCsv(requireCase().db.session, request),
    locateRow: async (request) => locateRow(requireCase().db, request),
    getColumnValues: async (request) => getColumnValues(requireCase().db.session, request),
    getGridPrefs: async ({ table }) => getGridPrefs(requireCase().db.session, table),
    saveGridPrefs: async (request) => saveGridPrefs(requireCase().db.session, request),
    listDirectory: async ({ path }) => listDirectory(path),
    listAnnotations: async (request) => listAnnotations(requireCase().db.session, request),
    saveAnnotation: async (request) => saveAnnotation(requireCase().db.session, request),
    deleteAnnotation: async ({ id }) => deleteAnnotation(requireCase().db.session, id),
    listStarredSkus: async () => listStarredSkus(requireCase().db.session),
    setSkuStarred: async (request) => setSkuStarred(requireCase().db.session, request),
    listCrosswalk: async (request) => listCrosswalk(requireCase().db, request),
    setCrosswalkMapping: async (request) => setCrosswalkMapping(requireIdleCase().db, request),
    removeCrosswalkMapping: async (request) => removeCrosswalkMapping(requireIdleCase().db, request),
  };

  const handlers = Object.fromEntries(
    (Object.keys(implementations) as (keyof EngineCalls)[]).map((name) => [
      name,
      (request: unknown) => runHandler(name, request, implementations[name] as (r: unknown) => Promise<unknown>),
    ]),
  ) as unknown as EngineHandlers;

  return {
    handlers,
    openCaseFile: async (path, create) => {
      const result = await handlers[create ? 'createCase' : 'openCase']({ path });
      return result.ok ? ok(result.value) : result;
    },
    close: () => {
      const closing = current;
      current = null;
      if (closing === null) return;
      // Closing under a grid view still building in the background is unsafe: then the case closes once it stopped.
      if (viewBuildsRunning(closing.db)) void closeViewCache(closing.db).then(() => closing.db.close());
      else void closing.db.close();
    },
  };
}

async function runHandler(
  name: keyof EngineCalls,
  request: unknown,
  implementation: (request: unknown) => Promise<unknown>,
): Promise<Result<unknown>> {
  const parsed = requestSchemas[name].safeParse(request ?? {});
  if (!parsed.success) {
    return err('bad_request', `${name}: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
  }
  try {
    return ok(await implementation(parsed.data));
  } catch (error) {
    return toErrorResult(error);
  }
}

function toErrorResult(error: unknown): Result<never> {
  const message = error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error);
  if (error instanceof EngineError) return err(error.code, message);
  if (error instanceof UnknownTableError) return err('not_found', message);
  if (
    error instanceof FilterError ||
    error instanceof PageRangeError ||
    error instanceof ExportPathError
  ) {
    return err('bad_request', message);
  }
  if (isNodeError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return err('not_found', message);
  if (isNodeError(error) && error.code === 'EACCES') return err('forbidden', message);
  if (error instanceof Error && /Error: /.test(error.message)) return err('query_failed', message);
  return err('internal', message);
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
