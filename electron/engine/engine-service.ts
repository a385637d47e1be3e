// The engine's single service object: one handler per engine call, each returning a Result, never throwing.
import { join } from 'node:path';
import { z } from 'zod';
import type { EngineCalls, EngineHandlers, PushEmitter } from '../../shared/contract';
import { err, ok, type Result } from '../../shared/result';
import type { AppInfo } from '../../shared/model/case';
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
import { listDirectory } from './files/list-directory';
import { requestSchemas } from './request-schemas';
import { appVersion, resourcesDir } from './app-paths';
import { runAnalysis, savedFindings } from './analysis/run-analysis';
import { levelsAsOf, skuHistory } from './analysis/history';

export interface EngineOptions {
  mode: AppInfo['mode'];
  nativeDialogs: boolean;
  emit: PushEmitter;
  limits?: DatabaseLimits;
  /** Where the sample files are; defaults to resources/sample in the package (the desktop build overrides it). */
  sampleDir?: string;
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

  const requireCase = (): OpenCase => {
    if (current === null) throw new EngineError('no_case', 'No case is open: create or open a case first');
    return current;
  };

  const switchTo = async (opening: Promise<OpenCase>) => {
    if (runningImport !== null) throw new EngineError('bad_request', 'An import is running; wait for it to finish');
    if (analysing) throw new EngineError('bad_request', 'An analysis is running; wait for it to finish');
    const next = await opening;
    current?.db.close();
    current = next;
    return next.info;
  };

  const implementations: { [K in keyof EngineCalls]: (request: EngineCalls[K]['request']) => Promise<EngineCalls[K]['response']> } = {
    getAppInfo: async () => ({
      version: appVersion(),
      mode: options.mode,
      nativeDialogs: options.nativeDialogs,
      sampleDir: options.sampleDir ?? join(resourcesDir(), 'sample'),
      openCase: current?.info ?? null,
    }),
    createCase: ({ path }) => switchTo(createCase(path, limits)),
    openCase: async ({ path }) => {
      if (current !== null && current.info.path === path) return current.info;
      return switchTo(openCase(path, limits));
    },
    closeCase: async () => {
      if (runningImport !== null) throw new EngineError('bad_request', 'An import is running; wait for it to finish');
      if (analysing) throw new EngineError('bad_request', 'An analysis is running; wait for it to finish');
      current?.db.close();
      current = null;
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
      }
    },
    cancelImport: async () => {
      if (runningImport === null) return { cancelled: false };
      runningImport.abort();
      return { cancelled: true };
    },
    previewImport: async (request) => previewFile(requireCase().db, request),
    verifySources: async ({ root }) => verifySources(requireCase().db.session, root),
    analyzeCase: async (request) => {
      const open = requireCase();
      if (runningImport !== null) throw new EngineError('bad_request', 'An import is running; analyse when it has finished');
      if (analysing) throw new EngineError('bad_request', 'An analysis is already running');
      analysing = true;
      try {
        return await runAnalysis(open.db, request, appVersion(), (progress) => options.emit('onAnalysisProgress', progress));
      } finally {
        analysing = false;
      }
    },
    getFindings: async () => savedFindings(requireCase().db.session),
    getSkuHistory: async (request) => skuHistory(requireCase().db, request),
    getLevelsAsOf: async (request) => levelsAsOf(requireCase().db, request),
    listTables: async () => listTables(requireCase().db.session),
    getTablePage: async (request) => getTablePage(requireCase().db.session, request),
    exportTableCsv: async (request) => exportTableCsv(requireCase().db.session, request),
    listDirectory: async ({ path }) => listDirectory(path),
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
      current?.db.close();
      current = null;
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
