// Imports files into the open case, one transaction per file, with progress; a failed file never stops the rest.
import {
  blankOutcome,
  type FileOutcome,
  type ImportProgress,
  type ImportRequest,
  type ImportSummary,
} from '../../../shared/model/import';
import type { CaseDatabase } from '../db/case-database';
import sourceByHashSql from '../sql/source-by-hash.sql?raw';
import { listTableNames } from '../query/table-catalog';
import { collectFiles, type InputFile } from './collect-files';
import { hashFile } from './hash-file';
import { inferNaiveZones } from './infer-naive-zones';
import { loadSource } from './load-source';
import { loadMappingFile, parseMapping } from './mapping-file';
import { sniffFile } from './sniff-file';
import { createZonePolicy, type ZonePolicy } from './zone-policy';
import { assertOutsideInputs } from '../files/outside-inputs';
import { reinferCrosswalk } from '../crosswalk/infer-crosswalk';
import { fillSkusFromText } from './sku-from-text';
import { resolve } from 'node:path';

export type ProgressListener = (progress: ImportProgress) => void;

/** How often a loading file's progress is pushed: often enough to look alive, rarely enough to cost nothing. */
const PROGRESS_POLL_MS = 400;

export async function importFiles(
  db: CaseDatabase,
  request: ImportRequest,
  onProgress: ProgressListener,
  signal: AbortSignal,
): Promise<ImportSummary> {
  assertOutsideInputs(db.path, request.paths, 'case file');
  const mapping = request.mappingPath ? await loadMappingFile(request.mappingPath) : null;
  // Every edited mapping is checked before anything loads, as a mapping file is.
  const fileMappings = new Map(
    Object.entries(request.mappings ?? {}).map(([path, document]) => [resolve(path), parseMapping(document, `the mapping edited for ${path}`)]),
  );
  const zones = await createZonePolicy(db.session, request.timeZones ?? []);
  const { files, unusable } = await collectFiles(request.paths);
  const progress: ImportProgress = {
    phase: 'scanning',
    currentFile: null,
    filesDone: 0,
    filesTotal: files.length,
    bytesDone: 0,
    bytesTotal: files.reduce((sum, file) => sum + file.bytes, 0),
    rowsLoaded: 0,
    fileFraction: null,
  };
  onProgress({ ...progress });
  const takenNames = new Set(await listTableNames(db.session));
  const outcomes: FileOutcome[] = unusable.map(({ path, reason }) => ({ ...blankOutcome(path, path), message: reason }));
  for (const file of files) {
    const outcome = signal.aborted
      ? { ...blankOutcome(file.path, file.relativePath), status: 'cancelled' as const, message: 'import cancelled before this file' }
      : await importOneFile(
          db,
          file,
          { mapping: fileMappings.get(file.path) ?? mapping, zones, takenNames, overrides: request.presetOverrides ?? {}, signal },
          progress,
          onProgress,
        );
    outcomes.push(outcome);
    progress.filesDone += 1;
    progress.rowsLoaded += outcome.rowsLoaded;
    onProgress({ ...progress });
  }
  for (const inferred of await inferNaiveZones(db)) {
    const outcome = outcomes.find((candidate) => candidate.sha256 === inferred.sha256 && candidate.status === 'loaded');
    if (outcome !== undefined) Object.assign(outcome, { tzRule: inferred.tzRule, warnings: inferred.warnings });
  }
  if (outcomes.some((outcome) => outcome.status === 'loaded')) {
    // New rows may link (or bring) locations and SKUs: the crosswalk analysis joins on is inferred afresh.
    await reinferCrosswalk(db);
    // They may also bring the SKU an event's message names, in this import's files or an earlier one's.
    for (const changed of await db.withSession(fillSkusFromText)) {
      const outcome = outcomes.find((candidate) => candidate.sha256 === changed.sha256 && candidate.status === 'loaded');
      if (outcome !== undefined) outcome.warnings = changed.warnings;
    }
  }
  progress.phase = 'done';
  progress.currentFile = null;
  onProgress({ ...progress });
  return {
    files: outcomes,
    rowsLoaded: outcomes.reduce((sum, o) => sum + o.rowsLoaded, 0),
    rowsRejected: outcomes.reduce((sum, o) => sum + o.rowsRejected, 0),
  };
}

interface ImportSettings {
  mapping: Awaited<ReturnType<typeof loadMappingFile>> | null;
  zones: ZonePolicy;
  takenNames: Set<string>;
  overrides: Record<string, string>;
  signal: AbortSignal;
}

async function importOneFile(
  db: CaseDatabase,
  file: InputFile,
  settings: ImportSettings,
  progress: ImportProgress,
  onProgress: ProgressListener,
): Promise<FileOutcome> {
  const outcome = blankOutcome(file.path, file.relativePath);
  progress.currentFile = file.path;
  progress.phase = 'hashing';
  onProgress({ ...progress });
  const bytesBefore = progress.bytesDone;
  try {
    outcome.sha256 = await hashFile(
      file.path,
      (bytes) => {
        progress.bytesDone += bytes;
      },
      settings.signal,
    );
  } catch (error) {
    progress.bytesDone = bytesBefore + file.bytes;
    if (settings.signal.aborted) return cancelled(outcome);
    outcome.message = `${file.path}: cannot be read (${messageOf(error)})`;
    return outcome;
  }
  if (settings.signal.aborted) return cancelled(outcome);
  const [earlier] = await db.query<{ source_id: number; path: string; table_name: string; kind: string }>(sourceByHashSql, {
    sha256: outcome.sha256,
  });
  // A file kept as a raw table is read again when the consultant now gives a mapping or chooses a preset for it.
  const rereads = settings.mapping !== null || settings.overrides[file.path] !== undefined;
  const replaces = earlier !== undefined && earlier.kind === 'raw' && rereads ? { sourceId: earlier.source_id, table: earlier.table_name } : null;
  if (earlier !== undefined && replaces === null) {
    outcome.status = 'already_imported';
    outcome.table = earlier.table_name;
    outcome.message = `same content as ${earlier.path}, already in the case`;
    return outcome;
  }
  progress.phase = 'loading';
  onProgress({ ...progress });
  try {
    const sniff = await sniffFile(file.path);
    const sha256 = outcome.sha256;
    const fileProgress = new LoadProgress();
    const loaded = await db.withSession(async (session) => {
      const poll = setInterval(() => {
        progress.fileFraction = fileProgress.next(session.progress());
        onProgress({ ...progress });
      }, PROGRESS_POLL_MS);
      const interrupt = () => session.cancel();
      settings.signal.addEventListener('abort', interrupt);
      // An abort that came between the check above and this listener must still stop the load.
      if (settings.signal.aborted) throw new Error('import cancelled');
      try {
        return await loadSource({
          session,
          file,
          sha256,
          sniff,
          mapping: settings.mapping,
          presetOverride: settings.overrides[file.path] ?? null,
          zones: settings.zones,
          takenNames: settings.takenNames,
          replaces,
        });
      } finally {
        clearInterval(poll);
        progress.fileFraction = null;
        settings.signal.removeEventListener('abort', interrupt);
      }
    });
    Object.assign(outcome, loaded);
    if (loaded.rowsRejected > 0) outcome.message = `${loaded.rowsRejected} malformed row(s) recorded in rejects`;
  } catch (error) {
    if (settings.signal.aborted) return cancelled(outcome);
    outcome.message = `${file.path}: ${messageOf(error)}`;
  }
  return outcome;
}

/**
 * Turns DuckDB's per-statement progress into one rising fraction for the file. A file loads in LOAD_STATEMENTS long
 * statements (read, type, write), each reporting 0..1 afresh; a fall in the reading means the next one began.
 */
class LoadProgress {
  private statement = 0;
  private last = 0;

  next(fraction: number | null): number | null {
    if (fraction === null) return null;
    if (fraction < this.last - 0.2) this.statement = Math.min(this.statement + 1, LOAD_STATEMENTS - 1);
    this.last = fraction;
    return (this.statement + fraction) / LOAD_STATEMENTS;
  }
}

const LOAD_STATEMENTS = 3;

function cancelled(outcome: FileOutcome): FileOutcome {
  return { ...outcome, status: 'cancelled', message: 'import cancelled: nothing of this file was kept' };
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
