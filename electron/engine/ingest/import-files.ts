// Imports files into the open case, one transaction per file, with progress; a failed file never stops the rest.
import { basename } from 'node:path';
import type { FileOutcome, ImportProgress, ImportSummary } from '../../../shared/model/import';
import type { CaseDatabase, Session } from '../db/case-database';
import { withIdentifiers } from '../db/sql-template';
import csvLoadSql from '../sql/csv-load.sql?raw';
import csvRejectsClearSql from '../sql/csv-rejects-clear.sql?raw';
import csvRejectsCountSql from '../sql/csv-rejects-count.sql?raw';
import csvRejectsSaveSql from '../sql/csv-rejects-save.sql?raw';
import tableCountSql from '../sql/table-count.sql?raw';
import sourceByHashSql from '../sql/source-by-hash.sql?raw';
import sourceInsertSql from '../sql/source-insert.sql?raw';
import { collectFiles, type InputFile } from './collect-files';
import { hashFile } from './hash-file';
import { rawTableName } from './raw-table-name';
import { listTableNames } from '../query/table-catalog';

/** How much of a malformed line the rejects table keeps. */
export const MAX_REJECT_LINE_CHARS = 2000;

export type ProgressListener = (progress: ImportProgress) => void;

export async function importFiles(
  db: CaseDatabase,
  paths: string[],
  onProgress: ProgressListener,
): Promise<ImportSummary> {
  const { files, unusable } = await collectFiles(paths);
  const progress: ImportProgress = {
    phase: 'scanning',
    currentFile: null,
    filesDone: 0,
    filesTotal: files.length,
    bytesDone: 0,
    bytesTotal: files.reduce((sum, file) => sum + file.bytes, 0),
    rowsLoaded: 0,
  };
  onProgress({ ...progress });
  const takenNames = new Set(await listTableNames(db.session));
  const outcomes: FileOutcome[] = unusable.map(({ path, reason }) => ({
    ...emptyOutcome(path),
    message: reason,
  }));
  for (const file of files) {
    const outcome = await importOneFile(db, file, takenNames, progress, onProgress);
    outcomes.push(outcome);
    progress.filesDone += 1;
    progress.rowsLoaded += outcome.rowsLoaded;
    onProgress({ ...progress });
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

async function importOneFile(
  db: CaseDatabase,
  file: InputFile,
  takenNames: Set<string>,
  progress: ImportProgress,
  onProgress: ProgressListener,
): Promise<FileOutcome> {
  const outcome = emptyOutcome(file.path);
  progress.currentFile = file.path;
  progress.phase = 'hashing';
  onProgress({ ...progress });
  const bytesBefore = progress.bytesDone;
  try {
    outcome.sha256 = await hashFile(file.path, (bytes) => {
      progress.bytesDone += bytes;
    });
  } catch (error) {
    progress.bytesDone = bytesBefore + file.bytes;
    outcome.message = `${file.path}: cannot be read (${messageOf(error)})`;
    return outcome;
  }
  const earlier = await db.query<{ source_id: number; path: string; table_name: string }>(sourceByHashSql, {
    sha256: outcome.sha256,
  });
  const first = earlier[0];
  if (first !== undefined) {
    outcome.status = 'already_imported';
    outcome.table = first.table_name;
    outcome.message = `same content as ${first.path}, already in table ${first.table_name}`;
    return outcome;
  }
  progress.phase = 'loading';
  onProgress({ ...progress });
  const table = rawTableName(file.path, takenNames);
  try {
    const counts = await db.transaction((session) => loadCsv(session, file, table, outcome.sha256 ?? ''));
    takenNames.add(table);
    Object.assign(outcome, { status: 'loaded', table, ...counts });
    if (counts.rowsRejected > 0) {
      outcome.message = `${counts.rowsRejected} malformed row(s) recorded in rejects`;
    }
  } catch (error) {
    outcome.message = `${file.path}: ${messageOf(error)}`;
  }
  return outcome;
}

async function loadCsv(
  session: Session,
  file: InputFile,
  table: string,
  sha256: string,
): Promise<{ rowsSeen: number; rowsLoaded: number; rowsRejected: number }> {
  await session.run(csvRejectsClearSql);
  await session.run(withIdentifiers(csvLoadSql, { table }), { path: file.path });
  const [loaded] = await session.query<{ row_count: string }>(withIdentifiers(tableCountSql, { table }));
  const [rejected] = await session.query<{ rejected: string }>(csvRejectsCountSql);
  const rowsLoaded = Number(loaded?.row_count ?? 0);
  const rowsRejected = Number(rejected?.rejected ?? 0);
  const rowsSeen = rowsLoaded + rowsRejected;
  const [source] = await session.query<{ source_id: number }>(sourceInsertSql, {
    path: file.path,
    file_name: basename(file.path),
    sha256,
    bytes: file.bytes,
    modified_at: file.modifiedAt.toISOString(),
    detected_format: 'csv',
    table_name: table,
    rows_seen: rowsSeen,
    rows_loaded: rowsLoaded,
    rows_rejected: rowsRejected,
  });
  await session.run(csvRejectsSaveSql, {
    source_id: source?.source_id ?? null,
    max_line_chars: MAX_REJECT_LINE_CHARS,
  });
  return { rowsSeen, rowsLoaded, rowsRejected };
}

function emptyOutcome(path: string): FileOutcome {
  return {
    path,
    status: 'failed',
    table: null,
    rowsSeen: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    sha256: null,
    message: null,
  };
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
