// Plain data for importing files into a case: the request, progress pushes and per-file outcomes.

export interface ImportRequest {
  /** Files or folders (folders are walked recursively for CSV files). */
  paths: string[];
}

export type FileOutcomeStatus = 'loaded' | 'already_imported' | 'failed';

export interface FileOutcome {
  path: string;
  status: FileOutcomeStatus;
  /** Table the rows went into, where loaded. */
  table: string | null;
  rowsSeen: number;
  rowsLoaded: number;
  rowsRejected: number;
  sha256: string | null;
  /** Why the file failed, or a note on how it was handled. */
  message: string | null;
}

export interface ImportSummary {
  files: FileOutcome[];
  rowsLoaded: number;
  rowsRejected: number;
}

export type ImportPhase = 'scanning' | 'hashing' | 'loading' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  /** File being worked on, if any. */
  currentFile: string | null;
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  rowsLoaded: number;
}
